# singledispatch / singledispatchmethod / cached_property edges: register() argument errors,
# dispatch caches dropped when an ABC gains a virtual subclass, _clear_cache, the composed MRO
# of implemented ABCs, cached_property on a class without __dict__.
from functools import singledispatch, singledispatchmethod, cached_property
from collections.abc import Iterable, Sized, Collection, Container, Reversible, Sequence
import abc
import re
import typing


def attempt(label, thunk):
    try:
        result = thunk()
    except Exception as e:
        result = f"{type(e).__name__} {e}"
    print(label, re.sub(r" at 0x[0-9a-f]+", "", str(result)))


@singledispatch
def f(x):
    return "base"


attempt("no args", lambda: f())
attempt("non-class with func", lambda: f.register(3, lambda x: 0))
attempt("no annotations", lambda: f.register(lambda x: 0))


def bad_union(x: typing.Union[int, typing.List[int]]):
    return 0


def only_return() -> int:
    return 0


attempt("bad union", lambda: f.register(bad_union))
attempt("return only", lambda: f.register(only_return) is only_return and f.dispatch(int))
attempt("decorator", lambda: f.register(int)(lambda x: "int")(5))
attempt("generic alias", lambda: f.register(list[int], lambda x: 0))
print(f(1), f(True), f("s"), [k.__name__ for k in f.registry])
attempt("registry readonly", lambda: f.registry.__setitem__(str, None))


class Box:
    pass


@singledispatch
def g(x):
    return "base"


@g.register
def _(x: Sized):
    return "sized"


print(g(Box()), g([]), g.dispatch(Box) is g.dispatch(object))
Sized.register(Box)
print(g(Box()))
g._clear_cache()
print(g(Box()))


class Both:
    def __len__(self):
        return 0

    def __iter__(self):
        return iter(())

    def __contains__(self, x):
        return False


@singledispatch
def h(x):
    return "base"


h.register(Iterable, lambda x: "iterable")
h.register(Container, lambda x: "container")
attempt("ambiguous", lambda: h(Both()))
h.register(Collection, lambda x: "collection")
attempt("collection wins", lambda: h(Both()))
h.register(Reversible, lambda x: "reversible")
attempt("list", lambda: h([1]))
attempt("tuple", lambda: h((1,)))
attempt("set", lambda: h({1}))


class Seq(Sequence):
    def __getitem__(self, i):
        raise IndexError

    def __len__(self):
        return 0


attempt("real abc", lambda: h(Seq()))


class A:
    @singledispatchmethod
    def m(self, x):
        return "base", type(self).__name__

    @m.register
    def _(self, x: int):
        return "int"

    @m.register
    @classmethod
    def _(cls, x: str):
        return "str", cls.__name__

    @m.register
    @staticmethod
    def _(x: float):
        return "float"


a = A()
print(a.m([]), a.m(1), a.m("s"), a.m(1.5), A.m.__name__, A.m.__isabstractmethod__)
attempt("not callable", lambda: singledispatchmethod(3))


class Abstract(abc.ABC):
    @singledispatchmethod
    @abc.abstractmethod
    def run(self, x):
        pass


print(Abstract.__abstractmethods__, Abstract.run.__isabstractmethod__)


class Slotted:
    __slots__ = ("x",)

    @cached_property
    def value(self):
        return 1


attempt("slots", lambda: Slotted().value)


class Lazy:
    calls = 0

    @cached_property
    def value(self):
        Lazy.calls += 1
        return [Lazy.calls]


z = Lazy()
print(z.value, z.value, Lazy.calls, "value" in z.__dict__, Lazy.value.attrname)
