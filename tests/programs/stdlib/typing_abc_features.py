# typing, abc, numbers and warnings the way programs use them.
import abc
import numbers
import typing
import warnings
from typing import (Any, Callable, ClassVar, Dict, Generic, List, Literal, NamedTuple, Optional,
                    Protocol, Tuple, TypedDict, TypeVar, Union, cast, overload, get_type_hints, runtime_checkable)

T = TypeVar('T')
K = TypeVar('K', bound=str)
print(T, repr(T), K.__bound__, T.__name__, TypeVar('N', int, float).__constraints__)
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, None], Tuple[int, ...], Callable[[int], str], Callable[..., None])
print(Dict[str, None], Callable[[None], None], Tuple[int, None], Literal[None], typing.get_args(List[None]))
print(Literal['a', 1], ClassVar[int], Any, List, typing.Sequence[int], typing.Iterable, typing.Mapping[str, int])
print(Optional[int] == Union[int, None], Union[int, int], Union[int, Union[str, float]], List[int] == List[int], typing.get_origin(List[int]), typing.get_args(Dict[str, int]))
print(typing.get_origin(Optional[int]) is Union, typing.get_args(Union[int, str]), typing.get_args(Callable[[int], str]), typing.get_origin(int))
print(cast(int, 'x'), cast('List[int]', [1]))


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(3)
print(s.pop(), Stack.__name__, Stack[int], isinstance(s, Stack))


class Employee(NamedTuple):
    name: str
    id: int = 3

    def describe(self):
        return f'{self.name}#{self.id}'


e = Employee('ann')
print(e, e.describe(), Employee._fields, Employee._field_defaults, e._replace(id=9), isinstance(e, tuple))


class Movie(TypedDict, total=False):
    title: str
    year: int


m: Movie = {'title': 'x', 'year': 1}
print(m, type(m).__name__, Movie.__total__, sorted(Movie.__optional_keys__), Movie.__annotations__)


class Full(TypedDict):
    a: int


print(Full(a=1), Full.__total__, sorted(Full.__required_keys__), Full.__annotations__)


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...


class F:
    def close(self):
        pass


print(isinstance(F(), Closable), isinstance(1, Closable))


class Sized2(Protocol):
    size: int

    def grow(self) -> None: ...


class Impl(Sized2):
    size = 1

    def grow(self):
        pass


print(Impl().size)
try:
    isinstance(F(), Sized2)
except TypeError as e:
    print('TypeError', e)
try:
    runtime_checkable(F)
except TypeError as e:
    print('TypeError', str(e)[:60])
Sized2 = runtime_checkable(Sized2)


class HasBoth:
    size = 3

    def grow(self):
        pass


class NoneGrow:
    size = 3
    grow = None


print(isinstance(HasBoth(), Sized2), isinstance(NoneGrow(), Sized2), isinstance(F(), Sized2), isinstance(Impl(), Sized2))


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(2), double('a'), typing.TYPE_CHECKING, typing.NoReturn, typing.Final[int] if hasattr(typing, 'Final') else '')


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...

    @property
    @abc.abstractmethod
    def name(self):
        ...

    def describe(self):
        return f'{self.name}: {self.area()}'


class Sq(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    @property
    def name(self):
        return 'square'


print(Sq(3).describe(), isinstance(Sq(1), Shape), issubclass(Sq, abc.ABC), sorted(Shape.__abstractmethods__))
try:
    Shape()
except TypeError as e:
    print('TypeError', e)


class Half(Shape):
    def area(self):
        return 0


try:
    Half()
except TypeError as e:
    print('TypeError', e)


class Meta(metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def run(self):
        pass


Meta.register(int)
print(isinstance(3, Meta), issubclass(bool, Meta), issubclass(str, Meta))
print(isinstance(3, numbers.Number), isinstance(3.5, numbers.Real), isinstance(3, numbers.Integral), isinstance(3.5, numbers.Integral), isinstance(True, numbers.Integral))
from fractions import Fraction
print(isinstance(Fraction(1, 2), numbers.Rational), isinstance(Fraction(1, 2), numbers.Integral), issubclass(float, numbers.Complex), isinstance('1', numbers.Number))

warnings.simplefilter('always')
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    warnings.warn('first')
    warnings.warn('second', DeprecationWarning)
    warnings.warn(UserWarning('third'))
print([(str(w.message), w.category.__name__) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('boom', RuntimeWarning)
    except RuntimeWarning as err:
        print('raised', repr(err))
with warnings.catch_warnings(record=True) as caught:
    warnings.filterwarnings('ignore', category=DeprecationWarning)
    warnings.warn('hidden', DeprecationWarning)
    warnings.warn('shown', UserWarning)
print([str(w.message) for w in caught], issubclass(DeprecationWarning, Warning))
print(get_type_hints(Employee), get_type_hints(Movie), get_type_hints(Sq))
