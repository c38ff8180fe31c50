# ClassVar and InitVar names in a dataclass: listed in __dataclass_fields__ with their kind, left
# out of fields(), __init__, __repr__, comparisons, asdict and replace, through inheritance.
import dataclasses
from dataclasses import InitVar, asdict, dataclass, field, fields, replace
from typing import ClassVar


@dataclass
class Base:
    x: int
    registry: ClassVar[list] = []
    scale: InitVar[int] = 1

    def __post_init__(self, scale):
        self.x *= scale
        Base.registry.append(self.x)


@dataclass(order=True)
class Child(Base):
    y: int = 0
    unit: ClassVar[str] = "cm"


@dataclass(frozen=True)
class Frozen:
    a: int
    limit: ClassVar[int] = 10


@dataclass(frozen=True)
class FrozenChild(Frozen):
    pass


for cls in (Base, Child, Frozen, FrozenChild):
    print(cls.__name__, list(cls.__dataclass_fields__), [f.name for f in fields(cls)], cls.__match_args__)
    print("  ", [(f.name, f._field_type) for f in cls.__dataclass_fields__.values()])
c = Child(2, 5, 3)
print(c, asdict(c), Child.unit, Base.registry)
print(replace(c, y=9, scale=2), Base.registry)
print(Child(1) < Child(2), Child(1, 5) == Child(1, 5))
f = FrozenChild(1)
try:
    f.a = 2
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError", e)
try:
    f.limit = 3
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError", e)
print(Frozen.limit, repr(Base.__dataclass_fields__["registry"]).startswith("Field(name='registry'"))
print(repr(Base.__dataclass_fields__["scale"]).split(",")[-1])
