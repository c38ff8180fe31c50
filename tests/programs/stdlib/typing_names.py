from typing import (Any, Callable, Dict, Generic, Iterable, Iterator, List, Literal, NamedTuple,
                    Optional, Protocol, Sequence, Set, Tuple, TypeVar, Union, cast, overload,
                    TYPE_CHECKING, Final, ClassVar, NewType, get_args, get_origin)
import typing

T = TypeVar('T')
K = TypeVar('K', bound=str)


def first(xs: List[T]) -> Optional[T]:
    return xs[0] if xs else None


def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


class Greeter(Protocol):
    def greet(self) -> str:
        ...


s = Stack[int]() if False else Stack()
s.push(1)
s.push(2)
print(s.pop(), first([5, 6]), first([]), apply(lambda v: v * 3, 4))
print(T, K, List[int], Dict[str, int], Optional[int], Union[int, str], Tuple[int, ...])
print(Callable[[int, str], bool], Callable[..., Any], Literal['a', 1], Any, List)
print(Union[int, None] == Optional[int], Union[int], Set[Union[int, str]])
print(cast(int, 'x'), TYPE_CHECKING, get_origin(List[int]) is list, get_args(Dict[str, int]))
UserId = NewType('UserId', int)
print(UserId(5), type(UserId(5)).__name__)
Point = NamedTuple('Point', [('x', int), ('y', int)])
p = Point(1, 2)
print(p, p.x + p.y, Point._fields)


@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x


print(f(3), f('s'))
print(typing.Iterable[int], typing.Sequence, isinstance([1], typing.Iterable))
