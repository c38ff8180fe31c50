from dataclasses import dataclass, field, asdict, astuple, replace, fields, is_dataclass, FrozenInstanceError


@dataclass
class Point:
    x: int
    y: int = 0


@dataclass(order=True)
class Item:
    name: str
    price: float = 1.0
    tags: list = field(default_factory=list)
    secret: str = field(default='s', repr=False, compare=False)


@dataclass(frozen=True)
class Frozen:
    a: int
    b: str = 'b'


@dataclass
class Derived(Point):
    z: int = 5

    def __post_init__(self):
        self.total = self.x + self.y + self.z


p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(2, 1), p.x, p.y)
print(asdict(p), astuple(p), replace(p, y=9), [f.name for f in fields(p)], is_dataclass(p), is_dataclass(int))
i1 = Item('apple', 2.5, ['fruit'])
i2 = Item('apple', 1.0)
print(i1, i2, i1 > i2, sorted([i1, i2, Item('aaa')]))
i2.tags.append('x')
print(Item('z').tags, i2.tags, i1 == Item('apple', 2.5, ['fruit'], secret='different'))
f = Frozen(1)
print(f, hash(f) == hash(Frozen(1)), f == Frozen(1, 'b'))
try:
    f.a = 2
except FrozenInstanceError as e:
    print('FrozenInstanceError:', e)
d = Derived(1, 2)
print(d, d.total, Derived.__match_args__)
print(asdict(Item('n', 3.0, [Point(1, 1)])))
for bad in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, q=2), lambda: Item()]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print('ValueError:', e)
print(Point.__eq__(p, 5), Point.__hash__)
match p:
    case Point(x, y):
        print('matched', x, y)
