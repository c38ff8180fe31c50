# Mixin methods of collections.abc at their edges: operator fallbacks, empty containers,
# negative bounds, closing generator-likes, the Callable alias's repr and Set._hash.
from collections.abc import (Set, MutableSet, Sequence, MutableSequence, Mapping, MutableMapping,
                             Generator, Coroutine, Callable, Hashable, Sized, Iterable, Iterator,
                             Reversible, Container, Collection, Awaitable, AsyncIterator,
                             AsyncGenerator, AsyncIterable, KeysView, ValuesView, ItemsView)


class Bag(MutableSet):
    def __init__(self, items=()):
        self.items = []
        for x in items:
            self.add(x)

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(list(self.items))

    def __len__(self):
        return len(self.items)

    def add(self, x):
        if x not in self.items:
            self.items.append(x)

    def discard(self, x):
        if x in self.items:
            self.items.remove(x)

    def __repr__(self):
        return f"Bag({self.items})"


class HBag(Bag):
    __hash__ = Set._hash


b = Bag([1, 2, 3])
b ^= [3, 4, 4]
print(b, len(b))
b ^= b
print(b)
b |= range(5)
b -= [0, 9]
b &= {1, 2, 3, 7}
print(b, b <= {1, 2, 3}, b < {1, 2, 3}, b >= Bag([1]), b > Bag([1, 2, 3]), b == {3, 2, 1})
print(b & [2, 5], [2, 5] & b if False else None, b | [8], b - [1], [1, 5] - Bag([5]) if False else None)
print(Bag([1, 2]) ^ Bag([2, 3]), Bag([1]).isdisjoint([2, 3]), Bag([1]).isdisjoint(iter([1])))
print(b.__and__(5), b.__sub__(5), b.__le__([1]), b.__eq__([1, 2, 3]))
e = Bag()
try:
    e.pop()
except KeyError as err:
    print("KeyError", repr(err), err.__suppress_context__, repr(err.__context__))
try:
    e.remove(4)
except KeyError as err:
    print("KeyError", err)
print(hash(HBag([1, 2, 3])) == hash(frozenset({1, 2, 3})), hash(HBag()) == hash(frozenset()))
print(hash(HBag(["a", (1, 2), None, -1, 2 ** 70])) == hash(frozenset(["a", (1, 2), None, -1, 2 ** 70])))


class Seq(MutableSequence):
    def __init__(self, *xs):
        self.xs = list(xs)

    def __getitem__(self, i):
        return self.xs[i]

    def __setitem__(self, i, v):
        self.xs[i] = v

    def __delitem__(self, i):
        del self.xs[i]

    def __len__(self):
        return len(self.xs)

    def insert(self, i, v):
        self.xs.insert(i, v)


s = Seq(5, 6, 7, 6, 5, float("nan"))
print(s.index(6), s.index(6, 2), s.index(5, -2), s.index(6, -5, -1), s.count(6), s.count(9))
nan = s[5]
print(nan in s, s.count(nan), s.index(nan), list(reversed(s))[1:])
for args in [(9,), (6, 4), (5, 1, 4), (7, -1)]:
    try:
        s.index(*args)
    except ValueError as err:
        print("ValueError", repr(err), args)
s.extend(s)
print(len(s))
s.reverse()
s.remove(7)
s += (1, 2)
print(s.pop(), s.pop(0), s.xs[:4], len(s))
s.clear()
print(s.xs)
try:
    s.pop()
except IndexError as err:
    print("IndexError", err)


class Map(MutableMapping):
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


class Keyed:
    def keys(self):
        return ["p", "q"]

    def __getitem__(self, k):
        return k * 2


m = Map()
m.update(Keyed(), r=1)
m.update([("s", 2)])
print(dict(m), m.pop("p"), m.pop("zz", None), m.setdefault("t"), dict(m))
print(repr(m.keys()).split(" ")[0], list(m.values()), ("q", "qq") in m.items(), ("q", 1) in m.items(), 2 in m.values())
m.clear()
try:
    m.popitem()
except KeyError as err:
    print("KeyError", repr(err), err.__suppress_context__, repr(err.__context__))
try:
    m.pop("x")
except KeyError as err:
    print("KeyError", err)


class Gen(Generator):
    def send(self, v):
        raise StopIteration

    def throw(self, typ, val=None, tb=None):
        return super().throw(typ, val, tb)


class Stubborn(Generator):
    def send(self, v):
        return 1

    def throw(self, typ, val=None, tb=None):
        return 2


Gen().close()
try:
    Stubborn().close()
except RuntimeError as err:
    print("RuntimeError", err)
try:
    Gen().throw(ValueError, ValueError("given"))
except ValueError as err:
    print("ValueError", err)
try:
    Gen().throw(KeyError)
except KeyError as err:
    print("KeyError", repr(err))
print(next(iter(Stubborn())), isinstance(Gen(), Iterator), issubclass(Gen, Iterable))


class Co(Coroutine):
    def __await__(self):
        return iter(())

    def send(self, v):
        return 0

    def throw(self, *a):
        return 0


try:
    Co().close()
except RuntimeError as err:
    print("RuntimeError", err)

print(Callable[[int, str], float], Callable[..., int], Callable[[], None])
print(Callable[[int], list[int]].__args__, Callable[[Bag], Seq])
try:
    Callable[int, int]
except TypeError as err:
    print("TypeError", err)
try:
    Callable[int]
except TypeError as err:
    print("TypeError", err)


class OnlyLen:
    def __len__(self):
        return 0


class NoHash:
    __hash__ = None


class Both:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration

    def __reversed__(self):
        return self

    def __contains__(self, x):
        return False

    def __len__(self):
        return 0

    def __call__(self):
        pass


for cls in (OnlyLen, NoHash, Both, int, str, list, dict, type(None)):
    print(cls.__name__, [abc.__name__ for abc in (Hashable, Sized, Iterable, Iterator, Reversible,
                                                   Container, Collection, Callable, Awaitable,
                                                   AsyncIterable) if issubclass(cls, abc)])
print(issubclass(Both, Sequence), issubclass(Both, Mapping), issubclass(Both, Set))
print(KeysView({1: 2}), ValuesView({}), ItemsView({"a": 1}), len(KeysView({1: 2, 3: 4})))
print(sorted(KeysView({1: 2, 3: 4}) | {9}), KeysView({1: 2}) & [1, 5], ItemsView({1: 2}) - {(1, 2)})
