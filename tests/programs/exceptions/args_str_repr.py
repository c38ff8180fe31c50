cases = [
    Exception(),
    Exception("one"),
    Exception("two", 2),
    Exception(None),
    ValueError(""),
    KeyError("key"),
    KeyError(3),
    KeyError(),
    KeyError("a", "b"),
    IndexError("idx"),
    TypeError("a 'quoted' msg"),
    RuntimeError('dq "x"'),
    OSError("disk full"),
    StopIteration(5),
    ZeroDivisionError("division by zero"),
    AssertionError([1, 2]),
]
for e in cases:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
e = ValueError("x")
e.args = ("changed", 1)
print(e, repr(e))
print(str(StopIteration()), repr(StopIteration()), StopIteration(7).value)
