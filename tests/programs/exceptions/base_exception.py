class Custom(BaseException):
    pass
try:
    try:
        raise Custom("not an Exception")
    except Exception:
        print("wrong handler")
except BaseException as e:
    print("BaseException caught", type(e).__name__, e)
import sys
try:
    sys.exit(4)
except SystemExit as e:
    print("SystemExit", e.code, e.args)
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit", e.code)
try:
    raise KeyboardInterrupt
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))
try:
    raise GeneratorExit
except Exception:
    print("wrong")
except BaseException as e:
    print("GeneratorExit is BaseException", type(e).__name__)
print(issubclass(Custom, Exception), issubclass(Custom, BaseException))
