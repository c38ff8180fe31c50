# dataclasses the way programs use them: field options, defaults, frozen, order, eq/hash rules,
# __post_init__, InitVar, kw_only, inheritance, asdict/astuple/replace/fields and their errors.
import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, InitVar, KW_ONLY, FrozenInstanceError
from typing import List, Optional, ClassVar


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, repr(p), p == Point(1, 2), p != Point(2, 1), p == (1, 2))
print(Point(3), Point(y=5, x=4), Point.__init__.__name__ if hasattr(Point.__init__, '__name__') else '')
print(Point.__dataclass_fields__.keys() if hasattr(Point, '__dataclass_fields__') else None)
print(is_dataclass(p), is_dataclass(Point), is_dataclass(3), Point.__hash__)
try:
    Point()
except TypeError as e:
    print('TypeError', e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print('TypeError', e)
try:
    Point(1, z=3)
except TypeError as e:
    print('TypeError', e)


@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default='s', compare=False)
    tags: dict = field(default_factory=dict, metadata={'doc': 'tags'})


a = Inventory('a')
b = Inventory('a')
a.items.append('x')
print(a, b, a == b, a.items is b.items)
print(Inventory('n', ['i'], 3, 'zz') == Inventory('n', ['i'], 3, 'yy'))
for f in fields(Inventory):
    print(f.name, f.type, f.default is dataclasses.MISSING, f.default_factory is dataclasses.MISSING, f.default if f.default is not dataclasses.MISSING else None, f.default_factory if f.default_factory is not dataclasses.MISSING else None, f.repr, f.compare, f.init, f.hash, dict(f.metadata))
print(fields(a)[0].name, [f.name for f in fields(a)])
try:
    fields(3)
except TypeError as e:
    print('TypeError', e)


@dataclass(frozen=True)
class Frozen:
    a: int
    b: str = 'b'


fz = Frozen(1)
print(fz, hash(fz) == hash(Frozen(1)), hash(fz) == hash((1, 'b')), {fz: 1}[Frozen(1)])
try:
    fz.a = 2
except FrozenInstanceError as e:
    print('FrozenInstanceError', e, isinstance(e, AttributeError))
try:
    del fz.b
except FrozenInstanceError as e:
    print('FrozenInstanceError', e)


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)


vs = [Version(1, 2), Version(0, 9, 'x'), Version(1, 0), Version(1, 2, 'b')]
print(sorted(vs), Version(1, 0) < Version(1, 1), Version(2) >= Version(1, 9), max(vs))
try:
    Version(1) < 3
except TypeError as e:
    print('TypeError', e)
print(Version(1, 2, 'a') == Version(1, 2, 'b'))


@dataclass
class WithPost:
    w: float
    h: float
    area: float = field(init=False)
    scale: InitVar[int] = 1

    def __post_init__(self, scale):
        self.area = self.w * self.h * scale


wp = WithPost(2, 3, scale=2)
print(wp, wp.area, [f.name for f in fields(WithPost)])
print(WithPost(1.5, 2))


@dataclass
class Base:
    x: int
    y: int = 1

    def total(self):
        return self.x + self.y


@dataclass
class Child(Base):
    z: int = 2
    x: int = 10


c = Child()
print(c, c.total(), [f.name for f in fields(c)], isinstance(c, Base))
print(Child(1, 2, 3), Child(z=9))


@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3


print(KW(1), KW(1, c=5, b=4))
try:
    KW(1, 2)
except TypeError as e:
    print('TypeError', e)


@dataclass(kw_only=True)
class AllKW:
    a: int
    b: int = 0


print(AllKW(a=1), AllKW(b=2, a=3))


@dataclass
class Mixed:
    a: int
    b: int = field(kw_only=True, default=5)
    c: int = 0


print(Mixed(1, 2), Mixed(1, c=3, b=4))


@dataclass
class Nested:
    name: str
    point: Point
    points: list
    mapping: dict
    pair: tuple
    opt: Optional[int] = None


n = Nested('n', Point(1, 2), [Point(3, 4), 5], {'k': Point(6, 7), 'j': [1]}, (Point(8, 9), 'x'))
print(asdict(n))
print(astuple(n))
print(asdict(Point(1, 2), dict_factory=lambda kv: sorted(kv, reverse=True)))
n2 = replace(n, name='m', opt=4)
print(n2, n2.point is n.point)
try:
    replace(n, nope=1)
except TypeError as e:
    print('TypeError', e)
try:
    replace(wp, area=3)
except ValueError as e:
    print('ValueError', e)
try:
    asdict(Point)
except TypeError as e:
    print('TypeError', e)


@dataclass
class Counter:
    total: ClassVar[int] = 0
    name: str = 'c'

    def __post_init__(self):
        Counter.total += 1


Counter()
Counter('d')
print(Counter.total, [f.name for f in fields(Counter)], Counter())


@dataclass(eq=False)
class Ident:
    v: int


print(Ident(1) == Ident(1), hash(Ident(1)) is not None)


@dataclass(unsafe_hash=True)
class Hashed:
    v: int
    w: list = field(default_factory=list, hash=False, compare=False)


print(hash(Hashed(3)) == hash((3,)), Hashed(3) == Hashed(3, [1]))


@dataclass
class Unhashable:
    v: int


print(Unhashable.__hash__ is None)
try:
    hash(Unhashable(1))
except TypeError as e:
    print('TypeError', e)


@dataclass(repr=False)
class NoRepr:
    v: int


print(repr(NoRepr(1)).startswith('<__main__.NoRepr object at'))


@dataclass
class CustomRepr:
    v: int

    def __repr__(self):
        return f'CR<{self.v}>'


print(CustomRepr(5), [CustomRepr(1)])

try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print('TypeError', e)

try:
    @dataclass
    class BadDefault:
        a: list = []
except ValueError as e:
    print('ValueError', e)

try:
    field(default=1, default_factory=list)
except ValueError as e:
    print('ValueError', e)


@dataclass
class Recursive:
    v: int
    children: list = field(default_factory=list)


r = Recursive(1, [Recursive(2), Recursive(3, [Recursive(4)])])
print(r)
print(asdict(r))
print(type(dataclasses.MISSING).__name__, repr(field()).startswith('Field('))


@dataclass(slots=True)
class Slotted:
    a: int
    b: int = 2


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'))
try:
    s.c = 3
except AttributeError as e:
    print('AttributeError', e)

Dyn = dataclasses.make_dataclass('Dyn', ['a', ('b', int), ('c', int, field(default=3))])
print(Dyn(1, 2), fields(Dyn)[1].type)
print(Point.__match_args__, Child.__match_args__, KW.__match_args__)
match Point(1, 5):
    case Point(1, y):
        print('matched y =', y)


@dataclass(frozen=True, slots=True)
class FrozenSlots:
    a: int
    b: tuple = ()


fs = FrozenSlots(1)
print(fs, hash(fs) == hash((1, ())), FrozenSlots.__slots__)
try:
    fs.a = 2
except FrozenInstanceError as e:
    print('FrozenInstanceError', e)


@dataclass(slots=True)
class SlotChild(Slotted):
    c: int = 3


print(SlotChild(1), SlotChild.__slots__, [f.name for f in fields(SlotChild)])


@dataclass(order=True)
class Box:
    a: object
    b: object = 0


nan = float('nan')
print(Box(nan) == Box(nan), Box(float('nan')) == Box(float('nan')), Box(nan, 1) < Box(nan, 2), Box(1, 2) <= Box(1, 2))
print(Box({1}, 0) < Box({1, 2}, 0), Box({1, 2}) > Box({1}), Box({1}) <= Box({2}), Box([1, 2]) >= Box([1, 1]))
print(Box(1) == Box(1.0), Box(1, 'x') != Box(1, 'y'), hash(Frozen(2, 'q')) == hash((2, 'q')))


class SubBox(Box):
    pass


print(Box(1) == SubBox(1), SubBox(1) == SubBox(1))
try:
    Box(1) < SubBox(2)
except TypeError as e:
    print('TypeError', e)
try:
    Box(1, 'a') < Box(1, 2)
except TypeError as e:
    print('TypeError', e)
order = []


@dataclass
class Factories:
    a: list = field(default_factory=lambda: order.append('a') or [])
    b: int = field(default=5, init=False)
    c: list = field(default_factory=lambda: order.append('c') or ['c'])
    d: int = field(init=False, default_factory=lambda: order.append('d') or 4)

    def __post_init__(self):
        order.append('post')


fa = Factories()
fb = Factories([9])
print(fa, fb, order, fa.a is not fb.a)
