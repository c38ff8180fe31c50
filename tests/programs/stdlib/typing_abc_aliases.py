import typing
from typing import (Mapping, MutableMapping, Sequence, MutableSequence, AbstractSet, MutableSet,
                    Iterable, Iterator, Generator, Callable, Hashable, Sized, Collection, Container,
                    Reversible, KeysView, ItemsView, ValuesView, ByteString)
import collections.abc as cabc

print(Mapping, Mapping[str, int], AbstractSet[int], Callable[[int], str], Callable[..., None])
print(Mapping.__origin__ is cabc.Mapping, AbstractSet.__origin__ is cabc.Set, Mapping[str, int].__origin__ is cabc.Mapping)
print(typing.get_origin(Sequence[int]) is cabc.Sequence, typing.get_args(Mapping[str, int]), typing.get_origin(Callable[[int], str]) is cabc.Callable)
print(Mapping[str, int] == Mapping[str, int], Mapping[str, int] == Mapping[str, str], hash(Sequence[int]) == hash(Sequence[int]))

for o in ([], (), 'x', {}, set(), frozenset(), range(2), iter([]), (x for x in ()), len, 5, None, b'', {}.keys()):
    print(type(o).__name__, [a._name for a in (Mapping, MutableMapping, Sequence, MutableSequence, AbstractSet, MutableSet,
                                               Iterable, Iterator, Generator, Callable, Hashable, Sized, Collection,
                                               Container, Reversible, KeysView, ByteString) if isinstance(o, a)])
print(issubclass(list, MutableSequence), issubclass(dict, Sequence), issubclass(frozenset, AbstractSet))


class Env(Mapping[str, str]):
    def __init__(self, **kw):
        self._d = kw

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


e = Env(HOME='/root', USER='me')
print(isinstance(e, cabc.Mapping), e.get('HOME'), e.get('X', '-'), sorted(e.items()), 'USER' in e, e == {'HOME': '/root', 'USER': 'me'})
print([c.__name__ for c in Env.__mro__ if c.__module__ != 'typing'])


class Bag(typing.MutableSet):
    def __init__(self):
        self.items = []

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def add(self, x):
        if x not in self.items:
            self.items.append(x)

    def discard(self, x):
        if x in self.items:
            self.items.remove(x)


b = Bag()
b |= [3, 1, 3]
print(list(b), len(b), b == {1, 3}, isinstance(b, AbstractSet))
try:
    Mapping()
except TypeError as err:
    print('TypeError:', err)


def f(x: Mapping[str, int], y: Sequence[int] = ()) -> Iterator[int]:
    return iter(y)


print(f.__annotations__)
