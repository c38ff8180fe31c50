# Run-time behaviour of typing's forms: TypedDict requiredness, protocols, ParamSpec, overloads,
# final, dataclass_transform, Literal, Annotated, NamedTuple checks and the errors they raise.
import inspect
import io
import typing
from typing import (Annotated, Any, Callable, ClassVar, Concatenate, Dict, Final, Generic, List,
                    Literal, NamedTuple, NotRequired, Optional, ParamSpec, Protocol, Required,
                    SupportsAbs, SupportsBytes, SupportsComplex, SupportsFloat, SupportsIndex,
                    SupportsInt, SupportsRound, Tuple, TypedDict, TypeVar, TypeVarTuple, Union,
                    Unpack, clear_overloads, dataclass_transform, final, get_args, get_origin,
                    get_overloads, get_type_hints, overload, runtime_checkable)

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')


def show(label, thunk):
    try:
        print(label, thunk())
    except Exception as e:
        print(label, type(e).__name__, e)


print('-- TypedDict')
WRAPS = [lambda t: t, lambda t: Required[t], lambda t: NotRequired[t], lambda t: Annotated[Required[t], 'doc'],
         lambda t: Annotated[NotRequired[t], 'doc']]
for total in (True, False):
    for first in range(len(WRAPS)):
        for second in range(len(WRAPS)):
            if total:
                class TD(TypedDict):
                    a: WRAPS[first](int)
                    b: WRAPS[second](str)
            else:
                class TD(TypedDict, total=False):
                    a: WRAPS[first](int)
                    b: WRAPS[second](str)
            print(total, first, second, sorted(TD.__required_keys__),
                  sorted(TD.__optional_keys__), TD.__total__)


class Movie(TypedDict, total=False):
    title: Required[str]
    year: int


class Sequel(Movie):
    prequel: NotRequired[str]
    rating: float


print(sorted(Sequel.__required_keys__), sorted(Sequel.__optional_keys__))
print(get_type_hints(Sequel))
print(get_type_hints(Sequel, include_extras=True))
Point = TypedDict('Point', {'x': int, 'y': NotRequired[int]}, total=False)
print(sorted(Point.__optional_keys__), sorted(Point.__required_keys__), Point.__total__)
Point2 = TypedDict('Point2', {'x': int, 'y': NotRequired[int]})
print(sorted(Point2.__optional_keys__), sorted(Point2.__required_keys__), Point2.__total__)

print('-- protocols')


@runtime_checkable
class Readable(Protocol):
    def read(self, n: int = -1) -> str: ...


class Reader:
    def read(self):
        return ''


class NoneRead:
    read = None


@runtime_checkable
class Sized2(Protocol):
    def __len__(self) -> int: ...


@runtime_checkable
class HasX(Protocol):
    x: int


class WithX:
    x = 1


for cls in [Reader, io.StringIO, int, NoneRead, list, str, dict, WithX]:
    show(f'issubclass {cls.__name__} Readable', lambda: issubclass(cls, Readable))
    show(f'issubclass {cls.__name__} Sized2', lambda: issubclass(cls, Sized2))
for value in [Reader(), io.StringIO(), 3, NoneRead(), [1], 'ab', WithX()]:
    show(f'isinstance {type(value).__name__}', lambda: (isinstance(value, Readable),
                                                        isinstance(value, Sized2),
                                                        isinstance(value, HasX)))
show('issubclass data protocol', lambda: issubclass(WithX, HasX))
show('issubclass non-class', lambda: issubclass(1, Readable))
SUPPORTS = [SupportsInt, SupportsFloat, SupportsComplex, SupportsBytes, SupportsIndex,
            SupportsAbs, SupportsRound]
for value in [3, 3.5, '3', b'x', True, 2j, [1], None, range(2)]:
    print(repr(value), [isinstance(value, proto) for proto in SUPPORTS])
for cls in [int, float, str, bytes, bool, complex]:
    print(cls.__name__, [issubclass(cls, proto) for proto in SUPPORTS])
print(SupportsInt, SupportsAbs[int], SupportsRound[float])


class Plain(Protocol):
    def f(self) -> int: ...


class Impl(Plain):
    def f(self):
        return 1


class ImplInit(Plain):
    def __init__(self, v):
        self.v = v

    def f(self):
        return self.v


print(Impl().f(), ImplInit(5).f(), isinstance(Impl(), Impl))
show('instantiate protocol', lambda: Plain())
show('instantiate runtime protocol', lambda: Readable())
show('isinstance non-runtime', lambda: isinstance(1, Plain))
show('issubclass non-runtime', lambda: issubclass(int, Plain))
show('runtime_checkable non-protocol', lambda: runtime_checkable(Impl))

print('-- ParamSpec and Callable')
P = ParamSpec('P')
R = TypeVar('R')
print(P, P.args, P.kwargs, P.args == P.args, P.args == P.kwargs, P.args.__origin__ is P)


def decorate(fn: Callable[P, R]) -> Callable[P, R]:
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        return fn(*args, **kwargs)
    return inner


print(inspect.signature(decorate(len)))
for alias in [Callable[P, R], Callable[Concatenate[int, P], R], Callable[..., R],
              Callable[[int, str], R], Callable[[], int]]:
    print(alias, alias.__parameters__, get_args(alias), get_origin(alias))
show('P subst list', lambda: Callable[P, R][[int, str], bool])
show('P subst ellipsis', lambda: Callable[P, R][..., bool])
show('callable not generic', lambda: Callable[[int], str][int])
show('callable malformed', lambda: Callable[int])
import collections.abc as cabc
print(get_args(cabc.Callable[[int], str]), get_args(cabc.Callable[..., str]))

print('-- generics')


class Box(Generic[T]):
    def __init__(self, item=None):
        self.item = item


class Pair(Generic[K, V]):
    pass


class IntPair(Pair[int, int]):
    pass


class Half(Pair[int, V]):
    pass


class FromDict(Dict[K, List[V]]):
    pass


b = Box[int](3)
print(b.__orig_class__, b.item, hasattr(Box(1), '__orig_class__'))
print(Pair[str, int]().__orig_class__, Half.__parameters__, Half[str], FromDict.__parameters__)
print(Generic in FromDict.__mro__, FromDict[str, int])
show('too few', lambda: Pair[int])
show('too many', lambda: Pair[int, int, int])
show('not generic', lambda: IntPair[int])
show('generic int', lambda: Generic[int])
show('generic repeat', lambda: Generic[T, T])
show('protocol int', lambda: Protocol[int])
show('isinstance alias', lambda: isinstance(1, Pair[int, int]))
show('issubclass alias', lambda: issubclass(int, List[int]))
show('isinstance union', lambda: (isinstance(1, Union[int, str]), isinstance(1.5, Optional[str])))


def unlisted():
    class Bad(Pair[K, T], Generic[K]):
        pass


show('unlisted', unlisted)
Ts = TypeVarTuple('Ts')


class Array(Generic[Unpack[Ts]]):
    pass


print(Ts, Array.__parameters__, Unpack[Ts], Tuple[Unpack[Ts]], Ts.__name__, list(Ts))

print('-- Literal and Annotated')
for args in [(1, 2), (2, 1), (1, 1, 2), (1, True), (True, 1), ('a', 'a'), (0, False, 0)]:
    lit = Literal[args]
    print(lit, lit == Literal[tuple(reversed(args))], hash(lit) == hash(Literal[tuple(reversed(args))]))
print(Literal[Literal[1, 2], 3], Literal[1] == Literal[True], Literal[1].__parameters__)
nested = Annotated[Annotated[int, 1], 2]
print(nested, get_args(nested), nested.__metadata__, nested.__origin__)
print(Annotated[int, 'x'] == Annotated[int, 'y'], Annotated[int, 'x'] == Annotated[int, 'x'])
print(len({Annotated[int, 1], Annotated[int, 1], Annotated[int, 2]}))


class Hinted:
    nick: Optional[Annotated[str, 'm']]
    tags: List[Annotated[int, 0]]
    pair: Dict[Annotated[str, 1], Tuple[Annotated[int, 2], ...]]
    plain: Annotated[Annotated[float, 1], 2]


print(get_type_hints(Hinted))
print(get_type_hints(Hinted, include_extras=True))

print('-- decorators')


@final
class Leaf:
    @final
    def method(self):
        return 1


print(Leaf.__final__, Leaf.method.__final__)


@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x


print(len(get_overloads(f)), f(3), [o.__name__ for o in get_overloads(f)])
show('call overload', lambda: get_overloads(f)[0](1))
clear_overloads()
print(get_overloads(f))


@dataclass_transform()
def model(cls):
    return cls


@dataclass_transform(kw_only_default=True, field_specifiers=(int,), extra=1)
class ModelBase:
    pass


print(model.__dataclass_transform__)
print(ModelBase.__dataclass_transform__)

print('-- NamedTuple and TypeVar')
show('namedtuple classvar', lambda: NamedTuple('X', [('a', ClassVar[int])]))


def final_field():
    class N(NamedTuple):
        a: Final[int]


show('namedtuple final', final_field)
print(TypeVar('S', bound='Cmp').__bound__, TypeVar('S', bound=int).__bound__)
print(get_origin(typing.Pattern[str]), get_origin(typing.Match), get_origin(typing.ContextManager[int]))

print('-- generic NamedTuple')


class Labeled(NamedTuple, Generic[T]):
    label: str
    item: T
    extra: List[T] = []


print(Labeled.__parameters__, Labeled[int], Labeled.__orig_bases__[1:], Labeled._fields)
lab = Labeled[int]('x', 3)
print(lab, type(lab).__name__, lab.extra)
show('too many', lambda: Labeled[int, str])


def bad_base():
    class Bad(NamedTuple, List[int]):
        a: int


show('bad base', bad_base)


class PlainNT(NamedTuple):
    a: int


show('plain subscript', lambda: PlainNT[int])
