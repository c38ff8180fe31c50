# The rules dataclass() checks as CPython 3.11 does: a user __init__ stays, any unhashable default
# is refused, frozen and non-frozen dataclasses do not mix, the __hash__ table, order needs eq.
from dataclasses import dataclass, field
@dataclass
class X:
    a: int
    def __init__(self, v):
        self.a = v * 10
print(X(2))
@dataclass
class P:
    x: int = 0
try:
    @dataclass
    class Q:
        p: P = P()
except ValueError as e:
    print(e)
try:
    @dataclass
    class Q2:
        s: set = field(default=set())
except ValueError as e:
    print(e)
@dataclass(frozen=True)
class FP:
    x: int = 0
@dataclass
class Q3:
    p: FP = FP()
print(Q3())
try:
    @dataclass(unsafe_hash=True)
    class H:
        x: int
        def __hash__(self): return 1
except TypeError as e:
    print(e)
try:
    @dataclass(order=True, eq=False)
    class O:
        x: int
except ValueError as e:
    print(e)
@dataclass(frozen=True)
class HH:
    x: int
    def __hash__(self): return 42
print(hash(HH(1)))
@dataclass
class E1:
    x: int
    def __eq__(self, o): return True
print(E1.__hash__)
@dataclass(eq=False)
class E2:
    x: int
print(E2.__hash__ is object.__hash__)
class Base:
    def __hash__(self): return 7
@dataclass
class E3(Base):
    x: int
print(E3.__hash__)
@dataclass(frozen=True, eq=False)
class E4:
    x: int
print(E4.__hash__ is object.__hash__)
@dataclass
class Rep:
    x: int
    def __repr__(self): return "custom"
print(Rep(1), str(Rep(1)))
class Outer:
    @dataclass
    class Inner:
        a: int
print(Outer.Inner(1))
@dataclass(frozen=True)
class Frozen:
    a: int
try:
    @dataclass
    class Thawed(Frozen):
        b: int = 0
except TypeError as e:
    print(e)
@dataclass
class Plain:
    a: int
try:
    @dataclass(frozen=True)
    class Refrozen(Plain):
        b: int = 0
except TypeError as e:
    print(e)
@dataclass(frozen=True)
class FrozenChild(Frozen):
    b: int = 0
print(FrozenChild(1, 2), hash(FrozenChild(1, 2)) == hash((1, 2)))
class NotADataclass:
    pass
@dataclass(frozen=True)
class FrozenOverPlain(NotADataclass):
    a: int = 0
print(FrozenOverPlain())
try:
    @dataclass
    class Unannotated:
        a: int
        b = field(default=1)
except TypeError as e:
    print(e)
try:
    @dataclass
    class ListDefault:
        a: list = []
except ValueError as e:
    print(e)
class MyList(list):
    pass
try:
    @dataclass
    class SubListDefault:
        a: MyList = MyList()
except ValueError as e:
    print(e)
@dataclass
class TupleDefault:
    a: tuple = (1, 2)
    b: frozenset = frozenset()
print(TupleDefault())
