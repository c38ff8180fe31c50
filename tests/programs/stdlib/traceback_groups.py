# traceback.format_exception, print_exception, format_exc and format_exception_only on exception
# groups: the tree of Lib/traceback.py, more than 15 members, members caught with their chains.
import sys, traceback

def fail(i):
    raise ValueError(f"bad {i}")

def run():
    errors = []
    for i in range(3):
        try:
            fail(i)
        except ValueError as e:
            errors.append(e)
    try:
        raise KeyError("ctx")
    except KeyError:
        try:
            raise TypeError("inner")
        except TypeError as t:
            errors.append(t)
    raise ExceptionGroup("batch", errors)

try:
    run()
except ExceptionGroup as eg:
    lines = traceback.format_exception(eg)
    print(len(lines) > 0)
    print("".join(lines), end="")
    traceback.print_exception(eg, file=sys.stdout)
    print("".join(traceback.format_exception_only(eg)), end="")

try:
    try:
        run()
    except* TypeError:
        pass
except ExceptionGroup as eg:
    print(traceback.format_exc(), end="")
    print(repr(eg))

big = ExceptionGroup("big", [ValueError(i) for i in range(20)])
print("".join(traceback.format_exception(big)), end="")
