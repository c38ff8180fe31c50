# Mapping patterns against every kind of mapping: dict subclasses, Mapping subclasses,
# registered classes, mappingproxy; sequences vs mappings when a type could be both.
import collections
import types
from collections import OrderedDict, defaultdict, Counter, ChainMap, UserDict, UserList, UserString, deque
from collections.abc import Mapping, MutableMapping, Sequence, MutableSequence


class MyMap(Mapping):
    def __init__(self, **d):
        self.d = d
        self.gets = 0

    def __getitem__(self, k):
        self.gets += 1
        return self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


class LoggingMap(MyMap):
    def get(self, key, default=None):
        print("  get", repr(key))
        return super().get(key, default)


class Plain:
    """Not a mapping at all, though it quacks like one."""
    def __init__(self, **d):
        self.d = d

    def __getitem__(self, k):
        return self.d[k]

    def keys(self):
        return self.d.keys()

    def get(self, k, default=None):
        return self.d.get(k, default)

    def __len__(self):
        return len(self.d)


class Registered:
    def __init__(self, **d):
        self.d = d

    def __getitem__(self, k):
        return self.d[k]

    def keys(self):
        return list(self.d)

    def __iter__(self):
        return iter(self.d)

    def get(self, k, default=None):
        return self.d.get(k, default)

    def __len__(self):
        return len(self.d)


Mapping.register(Registered)


class RegisteredChild(Registered):
    pass


class MutReg(Registered):
    pass


class MutRegLate(Registered):
    pass


class Dsub(dict):
    def get(self, k, default=None):
        print("  Dsub.get", repr(k))
        return dict.get(self, k, default)


class Missing(dict):
    def __missing__(self, k):
        print("  __missing__ ran")
        return 0


class Seqish(Sequence):
    def __init__(self, *items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


class Foo:
    pass


class BothSM(Sequence, Mapping):
    def __getitem__(self, i):
        return (10, 20)[i]

    def __len__(self):
        return 2

    def __iter__(self):
        return iter((0, 1))

    def get(self, k, default=None):
        return {0: 10, 1: 20}.get(k, default)

    def keys(self):
        return [0, 1]


class BothMS(Mapping, Sequence):
    def __getitem__(self, i):
        return (10, 20)[i]

    def __len__(self):
        return 2

    def __iter__(self):
        return iter((0, 1))

    def get(self, k, default=None):
        return {0: 10, 1: 20}.get(k, default)

    def keys(self):
        return [0, 1]


class FooMap(Foo, Mapping):
    def __getitem__(self, k):
        if k == "x":
            return 1
        raise KeyError(k)

    def __len__(self):
        return 1

    def __iter__(self):
        return iter(["x"])


class ListMap(list, Mapping):
    def get(self, k, default=None):
        return "got"


class MapThenSeq(BothMS):
    pass


Sequence.register(MapThenSeq)


class ListRegMap(list):
    def get(self, k, default=None):
        return "lrm"

    def keys(self):
        return ["k"]

    def __getitem__(self, k):
        return "lrm-item"


Mapping.register(ListRegMap)


class MineAbc(Mapping):
    pass


class ViaMine:
    def __len__(self):
        return 1

    def get(self, k, default=None):
        return "mine" if k == "m" else default

    def keys(self):
        return ["m"]

    def __getitem__(self, k):
        return "mine"


MineAbc.register(ViaMine)


class Sub(ViaMine):
    pass


MutableMapping.register(MutReg)


def describe(subject):
    match subject:
        case {"a": 1, "b": b, **rest}:
            return f"a=1 b={b!r} rest={rest!r}"
        case {"a": a}:
            return f"a={a!r}"
        case {"x": x}:
            return f"x={x!r}"
        case {0: p, 1: q}:
            return f"0/1 -> {p!r} {q!r}"
        case {"m": m}:
            return f"m={m!r}"
        case {}:
            return f"empty-pattern mapping len={len(subject)}"
        case [first, *others]:
            return f"sequence first={first!r} others={others!r}"
        case []:
            return "empty sequence"
        case str() | bytes() | bytearray():
            return f"text {subject!r}"
        case _:
            return "other " + type(subject).__name__


subjects = [
    {"a": 1, "b": 2, "c": 3},
    {"a": 5},
    {},
    MyMap(a=1, b=2, z=9),
    MyMap(a=7),
    MyMap(q=1),
    MyMap(),
    Plain(a=1),
    Registered(a=3, b=4),
    RegisteredChild(x=11),
    MutReg(a=1, b="bee"),
    OrderedDict([("a", 1), ("b", "ob"), ("c", 3)]),
    defaultdict(list, {"x": [1]}),
    defaultdict(int),
    Counter("aab"),
    Counter(x=4),
    ChainMap({"a": 1}, {"b": 9, "c": 0}),
    UserDict({"x": "ud"}),
    UserList([1, 2, 3]),
    UserString("hey"),
    types.MappingProxyType({"a": 1, "b": 22}),
    types.MappingProxyType({}),
    Seqish(1, 2),
    BothSM(),
    BothMS(),
    FooMap(),
    ListMap([4, 5]),
    MapThenSeq(),
    ListRegMap([7, 8]),
    ViaMine(),
    Sub(),
    deque([1, 2]),
    range(3),
    (),
    "ab",
    b"ab",
    bytearray(b"ab"),
    42,
    None,
    {0: "zero", 1: "one"},
]
for i, s in enumerate(subjects):
    print(i, describe(s))

print("-- get is used, never __getitem__ directly")
m = LoggingMap(a=1, b=2)
match m:
    case {"b": 2, "a": 1}:
        print("ordered match", m.gets)
match m:
    case {"zz": _}:
        print("bad")
    case _:
        print("missing key, no match")

print("-- dict subclass with its own get")
match Dsub(a=1):
    case {"a": v, "b": w}:
        print("bad", v, w)
    case {"a": v}:
        print("Dsub a", v)

print("-- __missing__ and default factories never run")
d = Missing(a=1)
match d:
    case {"nope": n}:
        print("bad", n)
    case {"a": a}:
        print("Missing a", a, sorted(d))
dd = defaultdict(list)
match dd:
    case {"k": k}:
        print("bad", k)
    case _:
        print("defaultdict untouched", dict(dd))

print("-- length check happens before any get")
class Short(MyMap):
    def __len__(self):
        print("  len asked")
        return 0
    def get(self, key, default=None):
        print("  get asked", key)
        return 1
match Short(a=1):
    case {"a": 1}:
        print("bad")
    case {}:
        print("empty pattern matched without get")

print("-- **rest uses keys() and __getitem__")
match MyMap(p=1, q=2, r=3):
    case {"q": 2, **others}:
        print("others", others, type(others).__name__)
match types.MappingProxyType({"k": 1, "j": 2}):
    case {**everything}:
        print("everything", everything, type(everything).__name__)

print("-- duplicate non-literal keys")
class K:
    A = "a"
    B = "a"
try:
    match {"a": 1, "b": 2}:
        case {K.A: 1, K.B: 1}:
            print("bad")
except Exception as e:
    print(type(e).__name__, e)

print("-- sequence patterns for registered and subclassed sequences")
class RegSeq:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __iter__(self):
        return iter(self.xs)
Sequence.register(RegSeq)
for s in [RegSeq(1, 2, 3), RegSeq(), Seqish("a"), UserList("xy"), deque("pq")]:
    match s:
        case [a, b, c]:
            print("three", a, b, c)
        case [x]:
            print("one", x)
        case []:
            print("none")
        case [*xs]:
            print("many", xs)

print("-- registering later changes the shape")
class Late:
    def __len__(self):
        return 1
    def __getitem__(self, i):
        if i == 0:
            return "item0"
        raise IndexError(i)
    def get(self, k, default=None):
        return "late" if k == "k" else default
    def keys(self):
        return ["k"]
    def __iter__(self):
        return iter(["item0"])
late = Late()
print(describe(late))
MutableSequence.register(Late)
print(describe(late))
class LateChild(Late):
    pass
print(describe(LateChild()))

print("-- a Mapping subclass registered as a Sequence becomes a sequence, with its subclasses")
class MapFirst(Mapping):
    def __init__(self, *xs):
        self.xs = xs
    def __getitem__(self, k):
        if not isinstance(k, int):
            raise KeyError(k)
        return self.xs[k]
    def __len__(self):
        return len(self.xs)
    def __iter__(self):
        return iter(self.xs)
class MapFirstChild(MapFirst):
    pass
print(describe(MapFirst("s0", "s1")), "|", describe(MapFirstChild("c0")))
Sequence.register(MapFirst)
class MapFirstLater(MapFirst):
    pass
for s in [MapFirst("s0", "s1"), MapFirstChild("c0"), MapFirstLater("l0", "l1", "l2")]:
    print(type(s).__name__, describe(s))
print("-- registering a builtin changes nothing; a subclass of one follows its registration")
Mapping.register(range)
print(describe(range(2)))
class Tup(tuple):
    pass
Mapping.register(Tup)
try:
    print(describe(Tup((1, 2))))
except Exception as e:
    print(type(e).__name__, e)
print(describe((1, 2)))
