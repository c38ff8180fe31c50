# Generated nested typing aliases: their reprs, __name__, __parameters__, get_origin/get_args,
# and substituting type variables into them (with arity errors when the count is off).
import typing
from typing import (Annotated, Callable, Dict, Generic, List, Optional, Tuple, TypeVar, Union,
                    get_args, get_origin)

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')


class Box(Generic[T]):
    pass


class Pair(Generic[K, V]):
    pass


class Lcg:
    """A small deterministic generator so the program prints the same thing on every run."""

    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 8) % n


LEAVES = [int, str, float, None, T, K, V, T, K, V, bytes]


def leaf(rng):
    return LEAVES[rng.below(len(LEAVES))]


def build(rng, depth):
    """A random type expression; depth bounds the nesting."""
    if depth == 0 or rng.below(4) == 0:
        return leaf(rng)
    kind = rng.below(11)
    a = build(rng, depth - 1)
    if kind == 0:
        return List[a]
    if kind == 1:
        return Dict[a, build(rng, depth - 1)]
    if kind == 2:
        return Tuple[a, build(rng, depth - 1)]
    if kind == 3:
        return Optional[a]
    if kind == 4:
        return Union[a, build(rng, depth - 1)]
    if kind == 5:
        return Callable[[a], build(rng, depth - 1)]
    if kind == 6:
        return Callable[..., a]
    if kind == 7:
        return Box[a]
    if kind == 8:
        return Pair[a, build(rng, depth - 1)]
    if kind == 9:
        return Annotated[a, rng.below(3)]
    return list[a] if a is not None else tuple[int, ...]


def top(rng):
    """Like build, but always a typing alias at the top (subscriptable when generic)."""
    while True:
        t = build(rng, 3)
        if isinstance(t, (type(List[int]), type(Optional[int]), type(Callable[[int], int]),
                          type(Annotated[int, 0]))):
            return t
        if type(t).__module__ == 'typing' and not isinstance(t, TypeVar):
            return t


def show(label, thunk):
    try:
        print(label, thunk())
    except Exception as e:
        print(label, type(e).__name__, e)


rng = Lcg(20240611)
CHOICES = [int, str, bytes, List[int], None, Box[str], float]
for case in range(120):
    t = top(rng)
    print(f'#{case}', t)
    show('  name', lambda: t.__name__)
    show('  params', lambda: t.__parameters__)
    show('  origin', lambda: get_origin(t))
    show('  args', lambda: get_args(t))
    count = len(getattr(t, '__parameters__', ()))
    # The right number of arguments most of the time, sometimes one too many or too few.
    wanted = count + [0, 0, 0, 1, -1][rng.below(5)]
    given = tuple(CHOICES[rng.below(len(CHOICES))] for _ in range(max(wanted, 0)))
    if not given:
        show('  subst ()', lambda: t[int])
    else:
        sub = given[0] if len(given) == 1 else given
        show(f'  subst {given}', lambda: t[sub])
        show('  again equal', lambda: t[sub] == t[sub])

# Fixed cases that the generator may miss.
show('union', lambda: Union[T, int][str])
show('optional', lambda: Optional[T][int])
show('dict', lambda: Dict[K, list[T]][str, int])
show('callable', lambda: Callable[[T], T][int])
show('callable params', lambda: Callable[[T], K].__parameters__)
show('nested', lambda: List[Tuple[T, T]][int])
show('collapse', lambda: Union[T, int][int])
show('user', lambda: Box[T][int])
show('user params', lambda: Pair[K, list[V]].__parameters__)
show('too many', lambda: Box[T][int, str])
show('too few', lambda: Dict[K, V][int])
show('not generic', lambda: List[int][str])
show('literal', lambda: typing.Literal[1][int])
for alias in [typing.Any, typing.Union, typing.List, typing.Optional[int], typing.Callable,
              typing.Callable[[int], int], typing.ClassVar[int], typing.Final, typing.Mapping,
              typing.Mapping[int, str], typing.Pattern, typing.Pattern[str], typing.Concatenate,
              typing.Tuple[int], Box[int], Union[int, str], Union[int, None], typing.Literal[3]]:
    show(repr(alias), lambda: alias.__name__)
show('getattr default', lambda: getattr(typing.Any, '__name__', repr(typing.Any)))
