from collections.abc import (Mapping, MutableMapping, Sequence, MutableSequence, Set, MutableSet,
                             Iterable, Iterator, Generator, Hashable, Callable, Sized, Container,
                             Collection, Reversible, KeysView, ItemsView, ValuesView, MappingView,
                             ByteString, Awaitable, Coroutine, AsyncIterable, AsyncIterator)
import collections.abc


class Frozen(Mapping):
    def __init__(self, *args, **kw):
        self._d = dict(*args, **kw)

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __repr__(self):
        return f'Frozen({self._d})'


m = Frozen(a=1, b=2)
print(m['a'], m.get('a'), m.get('z'), m.get('z', 0), 'a' in m, 'z' in m, len(m))
print(list(m.keys()), list(m.values()), list(m.items()))
print(m.keys(), type(m.items()).__name__)
print(m == {'a': 1, 'b': 2}, m == {'a': 1}, m != {'a': 1}, m == Frozen(b=2, a=1), m == [1])
print('a' in m.keys(), ('a', 1) in m.items(), ('a', 2) in m.items(), 1 in m.values(), 5 in m.values())
print(m.keys() & {'a', 'c'}, m.keys() | {'c'} == {'a', 'b', 'c'}, sorted(m.keys() - {'a'}), m.keys() ^ {'a', 'c'} == {'b', 'c'})
print(m.keys() == {'a', 'b'}, m.keys() < {'a', 'b', 'c'}, m.keys() <= {'a'}, m.items().isdisjoint([('a', 2)]))
print(isinstance(m, Mapping), isinstance(m, MutableMapping), isinstance(m, Collection), isinstance(m, Hashable))
print(Mapping.__reversed__, hasattr(m, '__reversed__'))
try:
    reversed(m)
except TypeError as e:
    print('TypeError:', e)
print(dict(m), sorted(m))


class Store(MutableMapping):
    def __init__(self):
        self.data = {}

    def __getitem__(self, k):
        return self.data[k]

    def __setitem__(self, k, v):
        self.data[k] = v

    def __delitem__(self, k):
        del self.data[k]

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        return f'Store({self.data})'


s = Store()
s['x'] = 1
s.update({'y': 2}, z=3)
s.update([('w', 4)])
print(s, s.setdefault('x', 9), s.setdefault('q', 9), s)
print(s.pop('q'), s.pop('nope', 'dflt'), s.popitem(), s)
try:
    s.pop('nope')
except KeyError as e:
    print('KeyError', e)
s.clear()
print(s, len(s))
try:
    s.popitem()
except KeyError as e:
    print('KeyError', repr(e))


class Squares(Sequence):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i

    def __len__(self):
        return self.n


q = Squares(6)
print(list(q), q[1:4], 9 in q, 10 in q, list(reversed(q)), q.index(16), q.count(4), q.count(3))
print(q.index(4, 1), q.index(4, -5, 3))
for args in ((7,), (4, 3), (16, 0, 4)):
    try:
        q.index(*args)
    except ValueError as e:
        print('ValueError', repr(e))
print(isinstance(q, Sequence), isinstance(q, Reversible), isinstance(q, MutableSequence), isinstance(q, Iterable))
match q:
    case [0, 1, *rest]:
        print('matched sequence', rest)
    case _:
        print('no match')


class Vec(MutableSequence):
    def __init__(self, items=()):
        self._items = list(items)

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __delitem__(self, i):
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def insert(self, i, v):
        self._items.insert(i, v)

    def __repr__(self):
        return f'Vec({self._items})'


v = Vec([3, 1])
v.append(4)
v.extend([1, 5])
v.extend(v)
print(v, v.pop(), v.pop(0), v)
v.remove(1)
v.reverse()
print(v)
v += [9, 2]
print(v, len(v), v.index(9))
try:
    v.remove(42)
except ValueError as e:
    print('ValueError', repr(e))
v.clear()
print(v)


class LSet(Set):
    def __init__(self, items=()):
        self.items = []
        for x in items:
            if x not in self.items:
                self.items.append(x)

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def __repr__(self):
        return f'LSet({self.items})'

    __hash__ = Set._hash


a, b = LSet([1, 2, 3]), LSet([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, b - [2], [2, 9] - a if False else None)
print(a == LSet([3, 2, 1]), a <= b, a < LSet([1, 2, 3, 4]), a >= LSet([1]), a > a, a.isdisjoint([7]))
print(a == {1, 2, 3}, {1, 2, 3} == a, a & {2}, hash(LSet()) == hash(frozenset()), hash(a) == hash(frozenset([1, 2, 3])))
print(a.__and__(5), a.__sub__(5), a.__eq__(5))


class MSet(MutableSet):
    def __init__(self, items=()):
        self.s = set()
        for x in items:
            self.add(x)

    def __contains__(self, x):
        return x in self.s

    def __iter__(self):
        return iter(sorted(self.s))

    def __len__(self):
        return len(self.s)

    def add(self, x):
        self.s.add(x)

    def discard(self, x):
        self.s.discard(x)

    def __repr__(self):
        return f'MSet({sorted(self.s)})'


ms = MSet([5, 1, 3])
ms.remove(5)
print(ms, ms.pop(), ms)
ms |= [7, 8]
print(ms)
ms &= [7, 8, 9]
print(ms)
ms ^= [8, 10]
print(ms)
ms -= [10]
print(ms)
try:
    ms.remove(99)
except KeyError as e:
    print('KeyError', e)
ms.clear()
print(ms)
try:
    ms.pop()
except KeyError as e:
    print('KeyError', repr(e))


class Countdown(Iterator):
    def __init__(self, n):
        self.n = n

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


c = Countdown(3)
print(iter(c) is c, list(c), isinstance(c, Iterator), isinstance(c, Generator))


class Gen(Generator):
    def __init__(self):
        self.i = 0

    def send(self, value):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return (self.i, value)

    def throw(self, typ, val=None, tb=None):
        return super().throw(typ, val, tb)


g = Gen()
print(next(g), g.send('x'), list(g))
g2 = Gen()
g2.close()
try:
    Gen().throw(ValueError, ValueError('boom'))
except ValueError as e:
    print('ValueError', e)

for cls in (Mapping, MutableMapping, Sequence, MutableSequence, Set, MutableSet, Iterator, Generator, Hashable, Callable, Sized, Container, Iterable, Collection, Reversible, Awaitable, Coroutine, AsyncIterable, AsyncIterator):
    print(cls.__name__, cls.__module__, sorted(cls.__abstractmethods__))
    try:
        cls()
    except TypeError as e:
        print('  TypeError:', e)


class Half(Mapping):
    def __getitem__(self, k):
        return k


try:
    Half()
except TypeError as e:
    print('TypeError:', e)


# One-trick ponies: duck typing through __subclasshook__, and __hash__ / __iter__ set to None.
class Duck:
    def __len__(self):
        return 0

    def __iter__(self):
        return iter(())

    def __contains__(self, x):
        return False

    def __call__(self):
        pass


class NoHash:
    __hash__ = None


class NoIter(Duck):
    __iter__ = None


for o in (Duck(), NoHash(), NoIter()):
    print(type(o).__name__, [c.__name__ for c in (Sized, Iterable, Container, Collection, Callable, Hashable, Reversible, Sequence) if isinstance(o, c)])
print(issubclass(Duck, Collection), issubclass(NoIter, Iterable), issubclass(list, Sequence), issubclass(str, MutableSequence))


class Registered:
    pass


print(Sequence.register(Registered) is Registered, isinstance(Registered(), Sequence), isinstance(Registered(), Iterable), issubclass(Registered, Collection), issubclass(Registered, Mapping))
try:
    Sequence.register(5)
except TypeError as e:
    print('TypeError:', e)
try:
    Iterable.register(Sequence)
    Sequence.register(Iterable)
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    issubclass(3, Iterable)
except TypeError as e:
    print('TypeError:', e)

print(Mapping[str, int], Sequence[int], Callable[[int, str], float], Callable[..., int], Callable[[], None])
print(Iterable[int].__origin__ is Iterable, Callable[[int], str].__args__, MutableMapping[str, list[int]])
print(collections.abc.__all__ == sorted(collections.abc.__all__), len(collections.abc.__all__))
print(KeysView({'a': 1}), ItemsView({'a': 1}), ValuesView({'a': 1}), len(MappingView([1, 2])))
print(list(ItemsView({'a': 1, 'b': 2})), list(ValuesView({'a': 1})), 1 in ValuesView({'a': 1}))
print(isinstance(b'x', ByteString), isinstance(bytearray(), ByteString), isinstance('x', ByteString), isinstance(memoryview(b''), ByteString))
print(isinstance({}.keys(), Set), isinstance({}.values(), Set), isinstance({}.items(), Set), isinstance({}.keys(), KeysView))
print(isinstance(len, Callable), isinstance(lambda: 0, Callable), isinstance(int, Callable), isinstance(3, Callable), isinstance(Duck().__call__, Callable), isinstance([].append, Callable))
print(isinstance((x for x in ()), Generator), isinstance((x for x in ()), Iterator), isinstance(iter(range(1 << 70)), Iterator))
