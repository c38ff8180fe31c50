# `raise ... from None` hides the context; an explicit __context__ shows it; a __cause__ set after
# the raise shows too.


def convert(s):
    try:
        return int(s)
    except ValueError:
        raise TypeError("not a number") from None


try:
    convert("x")
except TypeError as e:
    print("suppressed:", e.__suppress_context__, repr(e.__context__))


def rewrap():
    try:
        convert("y")
    except TypeError as e:
        err = LookupError("rewrapped")
        err.__cause__ = e
        raise err


rewrap()
