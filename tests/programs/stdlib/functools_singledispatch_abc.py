# singledispatch as CPython's: union annotations, ABCs (registered or implemented), the
# composed MRO, ambiguity, dispatch caches, singledispatchmethod over classmethod.
from functools import singledispatch, singledispatchmethod, cached_property
from collections.abc import Sequence, Mapping, Iterable, Sized, Container
import abc
from typing import Union


@singledispatch
def kind(x):
    return "default"


@kind.register
def _(x: int | str):
    return "int|str"


@kind.register(Sequence)
def _(x):
    return "sequence"


@kind.register(Mapping)
def _(x):
    return "mapping"


@kind.register
def _(x: Union[float, complex]):
    return "float|complex"


print(kind(1), kind(True), kind("s"), kind([1]), kind((1,)), kind({}), kind(1.5), kind(2j),
      kind(range(3)), kind({1}), kind(None), kind(b"x"))
print(sorted(k.__name__ for k in kind.registry), type(kind.registry).__name__)
print(kind.dispatch(bool)(0), kind.dispatch(list) is kind.dispatch(tuple))


class MyABC(abc.ABC):
    pass


class Plain:
    pass


@kind.register(MyABC)
def _(x):
    return "myabc"


print(kind(Plain()))
MyABC.register(Plain)
print(kind(Plain()))


class Both:
    def __len__(self):
        return 0

    def __contains__(self, x):
        return False


@singledispatch
def amb(x):
    return "base"


amb.register(Sized, lambda x: "sized")
amb.register(Container, lambda x: "container")
try:
    amb(Both())
except RuntimeError as e:
    print("RuntimeError:", e)


@singledispatch
def it(x):
    return "obj"


@it.register
def _(x: Iterable):
    return "iterable"


print(it([]), it("s"), it(5), it(iter([])))


@singledispatch
def strann(x):
    return "default"


@strann.register
def _(x: "int"):
    return "int via string annotation"


print(strann(3), strann("3"))
def unannotated(x):
    return x


for bad in (lambda: kind.register(3, lambda x: x), lambda: kind.register(unannotated)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", str(e).replace(hex(id(unannotated)), "ADDR"))
try:
    @kind.register
    def _(x: list[int]):
        return "x"
except TypeError as e:
    print("TypeError:", e)
try:
    @kind.register
    def _(x: int | list[int]):
        return "x"
except TypeError as e:
    print("TypeError:", e)
try:
    kind()
except TypeError as e:
    print("TypeError:", e)


class Shape:
    @singledispatchmethod
    @classmethod
    def make(cls, arg):
        return f"{cls.__name__} from object"

    @make.register
    @classmethod
    def _(cls, arg: int):
        return f"{cls.__name__} from int {arg}"

    @singledispatchmethod
    def area(self, unit):
        return f"area in {unit!r}"

    @area.register
    def _(self, unit: float):
        return f"area scaled {unit}"


class Square(Shape):
    pass


print(Shape.make("x"), Square.make(4), Square().make(2.5), Shape().area("cm"), Shape().area(2.0))
print(Shape.area.__name__ if hasattr(Shape.area, "__name__") else "")


class Slotted:
    __slots__ = ("a",)

    @cached_property
    def p(self):
        return 1


try:
    Slotted().p
except TypeError as e:
    print("TypeError:", e)


def annotated(cls, x: int) -> str:
    "the doc"


for wrapper in (classmethod(annotated), staticmethod(annotated)):
    print(type(wrapper).__name__, wrapper.__name__, wrapper.__qualname__, wrapper.__doc__,
          wrapper.__annotations__, wrapper.__module__, wrapper.__isabstractmethod__,
          wrapper.__wrapped__ is annotated)
try:
    classmethod(len).__annotations__
except AttributeError as e:
    print("AttributeError:", e)
print(classmethod(print).__name__, staticmethod(abs).__qualname__)
