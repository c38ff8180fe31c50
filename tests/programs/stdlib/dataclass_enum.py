from dataclasses import dataclass, field, asdict, replace
from enum import Enum, IntEnum, auto
@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    def total(self, n):
        return self.price * n
@dataclass(frozen=True, order=True)
class Pt:
    x: int
    y: int = 0
i = Item("pen", 1.5)
i.tags.append("office")
print(i, i.total(4), Item("a") == Item("a"), Item("a") == Item("b"), asdict(i))
j = replace(i, name="pencil")
print(j, i.name)
p = Pt(1, 2)
print(p, sorted([Pt(2), Pt(1, 5), Pt(1, 1)]), Pt(1) < Pt(1, 1), hash(p) == hash(Pt(1, 2)), {p, Pt(1, 2)})
try:
    p.x = 5
except Exception as e:
    print(type(e).__name__, e)
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.GREEN), Color(3), Color["RED"], Color.RED.name, Color.RED.value, list(Color), len(Color))
print(Color.RED is Color(1), Color.RED == 1, isinstance(Color.RED, Color), [c.name for c in Color if c.value > 1])
try:
    Color(9)
except ValueError as e:
    print(e)
class Pri(IntEnum):
    LOW = 1
    HIGH = 2
print(Pri.LOW < Pri.HIGH, Pri.HIGH + 1, sorted([Pri.HIGH, Pri.LOW]), Pri(2).name, int(Pri.LOW))
class Auto(Enum):
    A = auto()
    B = auto()
print(Auto.A.value, Auto.B.value, {Color.RED: "r"}[Color.RED])
