# copy.copy and copy.deepcopy through the reduction protocol: a class's own __reduce_ex__ or
# __reduce__ decides how it is rebuilt (callable and arguments, state, list and dict items, or a
# global's name), and the standard library's types copy as CPython copies them.
import copy
import datetime
import enum
import fractions
import logging
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple


class Scaled:
    def __init__(self, x):
        self.x = x

    def __reduce__(self):
        return (Scaled, (self.x * 10,))


class WithState:
    def __init__(self, items):
        self.items = items

    def __reduce_ex__(self, protocol):
        return (WithState.fresh, (), {"items": self.items, "protocol": protocol})

    @classmethod
    def fresh(cls):
        obj = cls.__new__(cls)
        obj.made_by = "fresh"
        return obj


class Restored:
    def __init__(self):
        self.a = 1

    def __reduce__(self):
        return (Restored.__new__, (Restored,), {"a": self.a})

    def __setstate__(self, state):
        self.a = state["a"] + 100


class Bag(list):
    def __reduce__(self):
        return (Bag, (), {"label": getattr(self, "label", None)}, iter(self))


class Table(dict):
    def __reduce__(self):
        return (Table, (), None, None, iter(self.items()))


class Singleton:
    def __reduce__(self):
        return "THE_ONE"


THE_ONE = Singleton()


class Both:
    def __reduce_ex__(self, protocol):
        return (Both, (), {"via": "reduce_ex"})

    def __reduce__(self):
        return (Both, (), {"via": "reduce"})


class Child(Both):
    def __reduce__(self):
        return (Child, (), {"via": "child reduce"})


class Slotted:
    __slots__ = ("a", "b")

    def __reduce__(self):
        return (Slotted, (), (None, {"a": self.a, "b": self.b}))


s = Slotted.__new__(Slotted)
s.a, s.b = 1, [2]
print(copy.copy(Scaled(1)).x, copy.deepcopy(Scaled(2)).x)
w = WithState([1, [2]])
c, d = copy.copy(w), copy.deepcopy(w)
print(c.made_by, c.protocol, c.items is w.items, d.items == w.items, d.items is w.items, d.items[1] is w.items[1])
print(copy.copy(Restored()).a, copy.deepcopy(Restored()).a)
b = Bag([1, [2], 3])
b.label = "L"
bc, bd = copy.copy(b), copy.deepcopy(b)
print(type(bc).__name__, bc, bc.label, bc[1] is b[1], bd[1] is b[1])
t = Table(a=[1], b=2)
tc, td = copy.copy(t), copy.deepcopy(t)
print(type(tc).__name__, tc, tc["a"] is t["a"], td["a"] is t["a"])
print(copy.copy(THE_ONE) is THE_ONE, copy.deepcopy(THE_ONE) is THE_ONE)
print(copy.copy(Both()).via, copy.copy(Child()).via)
sc = copy.deepcopy(s)
print(sc.a, sc.b, sc.b is s.b)

# a cycle through a reduced object: the memo hands back the copy being made
class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __reduce__(self):
        return (Node, (self.name,), {"name": self.name, "peer": self.peer})


n1, n2 = Node("one"), Node("two")
n1.peer, n2.peer = n2, n1
m1 = copy.deepcopy(n1)
print(m1.name, m1.peer.name, m1.peer.peer is m1, m1 is not n1)

# the standard library's types
day = datetime.date(2024, 2, 29)
moment = datetime.datetime(2024, 2, 29, 12, 30, tzinfo=datetime.timezone.utc)
print(copy.copy(day), copy.deepcopy(moment), copy.copy(datetime.timedelta(days=1, seconds=5)))
print(copy.copy(fractions.Fraction(3, 4)), copy.deepcopy(fractions.Fraction(-5, 6)))
dq = deque([1, [2]], maxlen=5)
dqc = copy.deepcopy(dq)
print(dqc, dqc.maxlen, dqc[1] is dq[1])
od = OrderedDict(b=1, a=[2])
print(copy.copy(od), copy.deepcopy(od)["a"] is od["a"])
dd = defaultdict(list, {"k": [1]})
ddc = copy.deepcopy(dd)
print(ddc, ddc.default_factory is list, ddc["k"] is dd["k"])
print(copy.copy(Counter("abracadabra")).most_common(2))
Point = namedtuple("Point", "x y")
print(copy.copy(Point(1, [2])), copy.deepcopy(Point(1, [2])))


class Color(enum.Enum):
    RED = 1
    GREEN = 2


print(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Color.GREEN) is Color.GREEN)
log = logging.getLogger("copy.test")
print(copy.copy(log) is log, copy.deepcopy(log) is log)
