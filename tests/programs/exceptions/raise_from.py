class ConfigError(Exception):
    pass
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ConfigError(f"bad number {s!r}") from e
try:
    parse("x")
except ConfigError as e:
    print(e, "| cause:", type(e.__cause__).__name__, e.__cause__)
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError("not there") from None
try:
    lookup({}, "z")
except LookupError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
try:
    raise ValueError("outer") from TypeError("inner")
except ValueError as e:
    print(repr(e), repr(e.__cause__))
def chain():
    try:
        1 / 0
    except ZeroDivisionError as z:
        try:
            raise KeyError("second")
        except KeyError as k:
            return k
k = chain()
print(repr(k), repr(k.__context__))
