# The builtin classes' docstrings, read from the class, an instance, and missing on subclasses.
import builtins

names = sorted(n for n in dir(builtins)
               if isinstance(getattr(builtins, n), type) and not n.startswith("_"))
for n in names:
    doc = getattr(builtins, n).__doc__
    print("==", n)
    print(doc)

samples = [5, -7, 2 ** 80, 1.5, 2.0, float("nan"), True, "s", b"b", [1], (1,), {1: 2}, {1}, frozenset(), 1j,
           bytearray(), range(3), slice(1), object(), ValueError("x"), KeyError(1), property()]
for s in samples:
    print(type(s).__name__, s.__doc__ == type(s).__doc__)


class MyInt(int):
    pass


class MyStr(str):
    "Own words."


class MyError(ValueError):
    pass


print(MyInt.__doc__, MyInt(3).__doc__, MyStr.__doc__, MyStr("a").__doc__, MyError.__doc__, MyError().__doc__)
print(property(lambda s: 1, doc="given").__doc__, type.__doc__)
print(int.__dict__["__doc__"] == int.__doc__, "__doc__" in str.__dict__)
