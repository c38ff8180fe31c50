# An AttributeError from a property getter or a descriptor's __get__ falls back to __getattr__.


class Q:
    @property
    def broken(self):
        raise AttributeError("inner")

    @property
    def fine(self):
        return "fine"

    no_getter = property()

    def __getattr__(self, name):
        return f"fallback {name}"


q = Q()
print(q.broken, getattr(q, "broken"), hasattr(q, "broken"), q.fine, q.no_getter)


class Raises:
    def __get__(self, obj, cls):
        if obj is None:
            return self
        raise AttributeError("from __get__")


class WithHook:
    d = Raises()

    def __getattr__(self, name):
        return "hook:" + name


class WithoutHook:
    d = Raises()


print(WithHook().d, getattr(WithHook(), "d"))
try:
    WithoutHook().d
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(WithoutHook(), "d"), getattr(WithoutHook(), "d", "dflt"))


class OtherError:
    @property
    def v(self):
        raise ValueError("not an attribute error")

    def __getattr__(self, name):
        return 1


try:
    OtherError().v
except ValueError as e:
    print("ValueError", e)


class Lazy:
    """The property reads a missing attribute; __getattr__ refuses it, then answers for the property."""

    @property
    def data(self):
        return self._data

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(f"no {name}")
        return "lazy:" + name


print(Lazy().data)
lz = Lazy()
lz._data = [1]
print(lz.data)


class Wrapper:
    """Delegation: attributes the wrapper's properties cannot produce go to the wrapped object."""

    def __init__(self, inner):
        self._inner = inner

    @property
    def size(self):
        if not hasattr(self._inner, "__len__"):
            raise AttributeError("size")
        return len(self._inner)

    def __getattr__(self, name):
        return getattr(self._inner, name)


class Thing:
    size = "thing-size"
    colour = "red"


for inner in [[1, 2, 3], "abcd", Thing(), {"k": 1}]:
    w = Wrapper(inner)
    print(type(inner).__name__, w.size, getattr(w, "colour", "-"))

# Generated: which attribute fails decides the answer.
seed = 3
for _ in range(10):
    seed = (seed * 48271) % 2147483647
    fail = seed % 3

    class Gen:
        @property
        def a(self):
            if fail == 0:
                raise AttributeError("a")
            return "a-ok"

        @property
        def b(self):
            if fail == 1:
                raise AttributeError("b")
            return "b-ok"

        def __getattr__(self, name):
            if fail == 2:
                raise AttributeError(f"refused {name}")
            return "ga-" + name

    g = Gen()
    print(fail, getattr(g, "a", "none"), getattr(g, "b", "none"), hasattr(g, "zz"))
