def inner():
    raise ValueError("from inner")
def middle():
    try:
        inner()
    except ValueError:
        print("middle logs and re-raises")
        raise
def outer():
    try:
        middle()
    except ValueError as e:
        print("outer handles:", e)
        return "recovered"
print(outer())
def convert():
    try:
        inner()
    except ValueError as e:
        raise RuntimeError("converted: " + str(e))
try:
    convert()
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__))
def cleanup_then_raise():
    resource = ["open"]
    try:
        raise KeyError("k")
    except KeyError:
        resource[0] = "closed"
        raise
    finally:
        print("resource", resource[0])
try:
    cleanup_then_raise()
except KeyError as e:
    print("finally saw it:", repr(e))
def raise_class():
    raise IndexError
try:
    raise_class()
except IndexError as e:
    print(repr(e), e.args, str(e) == "")
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
