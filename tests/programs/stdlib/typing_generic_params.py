# A Generic class's __orig_bases__ and __parameters__, typing.is_typeddict.
from typing import Generic, TypeVar, TypedDict, Protocol, Dict
import typing

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


class Box(Generic[T]):
    def __init__(self, v):
        self.v = v


class Pair(Generic[K, V]):
    pass


class IntBox(Box[int]):
    pass


class Mapped(Dict[K, V], Generic[K, V]):
    pass


class Plain:
    pass


print(Box.__orig_bases__, Box.__parameters__, Pair.__parameters__)
print(IntBox.__orig_bases__, IntBox.__parameters__, Mapped.__parameters__, Box(3).v)
print(hasattr(Plain, "__orig_bases__"), "__orig_bases__" in vars(Box), "__orig_bases__" in vars(Plain))


class Movie(TypedDict):
    title: str


print(typing.is_typeddict(Movie), typing.is_typeddict(dict), typing.is_typeddict(Box))
