# Class, sequence and mapping patterns over builtin types, their subclasses, the collections
# classes and attribute lookups that need the full getattr protocol.
from collections import UserDict, ChainMap, UserList, UserString, deque, OrderedDict, defaultdict, Counter
from enum import IntEnum, Enum
from fractions import Fraction


class Prio(IntEnum):
    LOW = 1
    HIGH = 2


class Name(str):
    pass


class Count(int):
    pass


class Pair(tuple):
    pass


class Bag(list):
    pass


class Table(dict):
    pass


class Ratio(float):
    pass


class Blob(bytes):
    pass


class Group(set):
    pass


class Frozen(frozenset):
    pass


class Named(Name):
    __match_args__ = ("upper",)


class Color(Enum):
    RED = 1


def kind(x):
    """The first class pattern (with one positional sub-pattern) that matches x."""
    match x:
        case bool(v):
            return f"bool {v!r}"
        case Prio(p):
            return f"Prio {p!r}"
        case Count(n):
            return f"Count {n!r}"
        case Named(u):
            return f"Named upper={u()!r}"
        case Name(n):
            return f"Name {n!r}"
        case Pair(p):
            return f"Pair {p!r}"
        case Bag(b):
            return f"Bag {b!r}"
        case Table(t):
            return f"Table {t!r}"
        case Ratio(r):
            return f"Ratio {r!r}"
        case Blob(b):
            return f"Blob {b!r}"
        case Group(g):
            return f"Group {sorted(g)!r}"
        case Frozen(g):
            return f"Frozen {sorted(g)!r}"
        case list(v):
            return f"list {v!r}"
        case tuple(v):
            return f"tuple {v!r}"
        case int(v):
            return f"int {v!r}"
        case str(v):
            return f"str {v!r}"
        case dict(v):
            return f"dict {v!r}"
        case _:
            return f"other {type(x).__name__}"


def shape(x):
    """Whether a sequence or a mapping pattern accepts x, and what it reads."""
    match x:
        case {"k": v, **rest}:
            return f"map k={v!r} rest={sorted(rest.items())!r}"
        case {}:
            return "empty map"
        case [a]:
            return f"seq1 {a!r}"
        case [a, *more]:
            return f"seq {a!r} +{len(more)}"
        case []:
            return "empty seq"
        case _:
            return "neither"


def list_or_tuple(x):
    match x:
        case list([a]):
            return f"list of one {a!r}"
        case list():
            return "list"
        case tuple([a]):
            return f"tuple of one {a!r}"
        case tuple():
            return "tuple"
        case _:
            return "other"


def lcg(seed):
    """A small seeded generator so the inputs vary but never change between runs."""
    while True:
        seed = (seed * 1103515245 + 12345) % (1 << 31)
        yield seed


values = [
    True, False, 0, 7, -3, Prio.LOW, Prio.HIGH, Count(5), Name("bob"), Named("amy"), "plain",
    Pair((1, 2)), (1, 2), (), (9,), Bag([3]), [3], [], Table(a=1), {"a": 1}, Ratio(1.5), 2.5,
    Blob(b"hi"), b"hi", Group({2, 1}), {3}, Frozen({4}), frozenset(), Color.RED, None, Fraction(1, 2),
]
for v in values:
    try:
        print(repr(v) if not isinstance(v, (set, frozenset)) else type(v).__name__, "->", kind(v))
    except TypeError as e:
        print("TypeError", e)

gen = lcg(2024)
for _ in range(12):
    n = next(gen) % 4
    items = [next(gen) % 10 for _ in range(n)]
    for make in (list, tuple, Bag, Pair):
        print(make.__name__, items, "->", list_or_tuple(make(items)))

print(isinstance((), list), isinstance([], tuple), isinstance(Pair(), list), isinstance(Bag(), tuple))
print(type.__instancecheck__(list, ()), type.__instancecheck__(tuple, ()), type.__instancecheck__(list, []))
print(type.__instancecheck__(list, Pair()), type.__instancecheck__(tuple, Bag()), type.__instancecheck__(list, Bag()))
print(list.__instancecheck__(()), tuple.__instancecheck__([]))

subjects = [
    UserDict(k=1, j=2), UserDict(), ChainMap({"k": 2}, {"z": 0}), ChainMap(), UserList([5, 6]), UserList(),
    UserList([7]), UserString("xy"), UserString(""), deque([3, 4, 5]), deque(), OrderedDict(k=4), OrderedDict(),
    defaultdict(int, k=5), Counter("kkj"), Counter(), {"k": 1}, [1], (2, 3), "str", b"by", bytearray(b"a"),
    range(3), range(0), 42, None,
]
for s in subjects:
    print(type(s).__name__, "->", shape(s))


class Dyn:
    def __getattr__(self, name):
        if name in ("kind", "size"):
            return f"dynamic {name}"
        raise AttributeError(name)


class WithProp:
    __match_args__ = ("area", "kind")

    def __init__(self, w, h):
        self.w, self.h = w, h

    @property
    def area(self):
        return self.w * self.h

    def __getattr__(self, name):
        if name == "kind":
            return "rect" if self.w != self.h else "square"
        raise AttributeError(name)


class Broken:
    @property
    def boom(self):
        raise ValueError("boom from property")

    @property
    def missing(self):
        raise AttributeError("not here")


class Upper:
    """A descriptor computing a value from the instance's name."""

    def __get__(self, obj, objtype=None):
        return obj.name.upper() if obj is not None else self


class Person:
    shout = Upper()

    def __init__(self, name):
        self.name = name


def attrs(x):
    match x:
        case Dyn(kind=k, size=s):
            return f"Dyn {k} / {s}"
        case WithProp(12, "rect"):
            return "twelve rect"
        case WithProp(a, "square"):
            return f"square of area {a}"
        case WithProp(a, k):
            return f"{k} of area {a}"
        case Broken(missing=m):
            return f"missing {m}"
        case Person(shout=s, name="ann"):
            return f"ann shouts {s}"
        case Person(shout=s):
            return f"shouts {s}"
        case _:
            return "no match"


for x in [Dyn(), WithProp(3, 4), WithProp(2, 6), WithProp(5, 5), WithProp(1, 7), Broken(), Person("ann"), Person("bo")]:
    print(type(x).__name__, "->", attrs(x))

try:
    match Broken():
        case Broken(boom=b):
            print("matched", b)
except ValueError as e:
    print("ValueError", e)


class BadArgs:
    __match_args__ = ["a"]


class BadName:
    __match_args__ = (1,)


class Two:
    __match_args__ = ("a",)
    a = 1

for cls, make in [(BadArgs, BadArgs), (BadName, BadName)]:
    try:
        match make():
            case BadArgs(x) | BadName(x):
                print("matched", x)
    except TypeError as e:
        print("TypeError", e)

for pat in range(3):
    try:
        match Name("z"):
            case Name(a, b) if pat == 0:
                print("two", a, b)
            case Two(a, b):
                print("two", a, b)
            case _:
                print("nothing")
    except TypeError as e:
        print("TypeError", e)
try:
    match Two():
        case Two(a, b):
            print("two", a, b)
except TypeError as e:
    print("TypeError", e)
try:
    match Prio.LOW:
        case Prio(a, b):
            print("two", a, b)
except TypeError as e:
    print("TypeError", e)
