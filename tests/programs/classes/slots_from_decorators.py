# A method's store on self obeys the slots of the class that runs it, whoever made them: a
# dataclass with slots=True, a NamedTuple, a metaclass; plain classes keep their __dict__.
from dataclasses import dataclass
from typing import NamedTuple


@dataclass(slots=True)
class Point:
    x: int
    y: int

    def __post_init__(self):
        try:
            self.extra = 1
        except AttributeError as e:
            print("AttributeError:", e)
        self.x = self.x * 10

    def move(self, dx):
        self.x += dx
        try:
            self.label = "moved"
        except AttributeError as e:
            print("AttributeError:", e)
        return self


p = Point(1, 2).move(5)
print(p, hasattr(p, "__dict__"))


class Pair(NamedTuple):
    a: int
    b: int

    def tag(self):
        try:
            self.t = 1
        except AttributeError as e:
            print("AttributeError:", e)
        return self.a + self.b


print(Pair(1, 2).tag())


class Slotted(type):
    def __new__(mcls, name, bases, ns):
        ns["__slots__"] = ("v",)
        return super().__new__(mcls, name, bases, ns)


class Made(metaclass=Slotted):
    def __init__(self):
        self.v = 1
        try:
            self.w = 2
        except AttributeError as e:
            print("AttributeError:", e)


m = Made()
print(m.v, hasattr(m, "w"))


@dataclass
class Plain:
    n: int

    def __post_init__(self):
        self.twice = self.n * 2


print(Plain(4), Plain(4).twice)


class Ordinary:
    def __init__(self):
        self.anything = "fine"


print(Ordinary().anything)
from collections import namedtuple
P = namedtuple("P", "x y")
p = P(1, 2)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError", e)
class T(tuple): pass
t = T((1,)); t.q = 1; print(t.q)
class TS(tuple):
    __slots__ = ()
try:
    TS().q = 1
except AttributeError as e:
    print("AttributeError", e)
class LS(list):
    __slots__ = ("a",)
l = LS(); l.a = 1; print(l.a)
try:
    l.b = 2
except AttributeError as e:
    print("AttributeError", e)
class ES(Exception):
    __slots__ = ()
e = ES(); e.x = 1; print(e.x)
class SS(str):
    __slots__ = ()
try:
    SS("a").y = 1
except AttributeError as e:
    print("AttributeError", e)
class IS(int):
    __slots__ = ()
try:
    IS(1).y = 1
except AttributeError as e:
    print("AttributeError", e)
class DS(dict):
    __slots__ = ()
try:
    DS().y = 1
except AttributeError as e:
    print("AttributeError", e)
