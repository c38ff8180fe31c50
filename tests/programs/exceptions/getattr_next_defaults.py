# getattr(x, name, default), hasattr and next(it, default) answer without raising when they can;
# every path that runs user code must still behave exactly as the general one.
import traceback


class Plain:
    x = 1


class WithGetattr:
    def __getattr__(self, name):
        if name.startswith("dyn"):
            return "dynamic " + name
        raise AttributeError(f"no {name} here")


class PropRaises:
    @property
    def bad(self):
        raise AttributeError("from property")

    @property
    def worse(self):
        raise ValueError("not an attribute error")

    @property
    def handled(self):
        try:
            return lookup({}, "k")
        except KeyError as e:
            print([(fr.name, fr.lineno) for fr in traceback.extract_tb(e.__traceback__)])
            return "handled inside"


def lookup(d, k):
    return d[k]


class Slotted:
    __slots__ = ("a",)


def func():
    pass


print(getattr(Plain(), "x", "d"), getattr(Plain(), "missing", "d"))
print(getattr(WithGetattr(), "dyn_a", "d"), getattr(WithGetattr(), "other", "d"))
print(getattr(PropRaises(), "bad", "d"))
try:
    getattr(PropRaises(), "worse", "d")
except ValueError as e:
    print("ValueError:", e)
print(getattr(PropRaises(), "handled", "d"))
print(getattr(None, "missing", "d"))
print(getattr(func, "__name__", "d"), getattr(func, "missing", "d"))
print(getattr(Plain, "x", "d"), getattr(Plain, "missing", "d"))
print(getattr(traceback, "missing", "d"), getattr(traceback, "print_exc", "d") is traceback.print_exc)
print(getattr(Slotted(), "__dict__", "no dict"), getattr(Slotted(), "a", "unset slot"))
print(type(getattr(Plain(), "__dict__", "d")).__name__)
print(getattr(5, "real", "d"), getattr(5, "missing", "d"), getattr("s", "upper", "d")())
print(getattr(Plain(), "missing", None) is None)
print(hasattr(Plain(), "x"), hasattr(Plain(), "y"), hasattr(WithGetattr(), "dyn"), hasattr(WithGetattr(), "z"))
print(hasattr(PropRaises(), "bad"), hasattr(None, "y"), hasattr(func, "__doc__"), hasattr(func, "nope"))
try:
    hasattr(PropRaises(), "worse")
except ValueError as e:
    print("ValueError:", e)
for bad in (1, None):
    try:
        getattr(Plain(), bad, "d")
    except TypeError as e:
        print("TypeError:", e)
    try:
        hasattr(Plain(), bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    getattr(Plain(), "missing")
except AttributeError as e:
    print("AttributeError:", e, e.name)


def empty():
    return
    yield


def returns_value():
    yield 1
    return "ret"


def raises_stop():
    yield 1
    raise StopIteration("inner")


def raises_value():
    yield 1
    raise ValueError("boom")


g = empty()
print(next(g, "d"), next(g, "d"), next(g, None))
g = returns_value()
print(next(g, "d"), next(g, "d"), next(g, "d"))
g = raises_stop()
print(next(g, "d"))
try:
    next(g, "d")
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__))
print(next(g, "after"))
g = raises_value()
print(next(g, "d"))
try:
    next(g, "d")
except ValueError as e:
    print("ValueError:", e)
print(next(g, "after"))


def reentrant():
    yield next(me, "inner default")


me = reentrant()
try:
    next(me, "d")
except ValueError as e:
    print("ValueError:", e)
g = empty()
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args)
print(next(iter([]), "list default"), next(iter([7]), "d"), next((x for x in "ab"), "d"))
