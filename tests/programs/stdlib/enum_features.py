# enum the way programs use it: Enum/IntEnum/StrEnum/Flag/IntFlag, auto, unique, aliases,
# _missing_, iteration, membership, repr/str/format, lookups and their errors.
import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


print(Color.RED, repr(Color.RED), str(Color.GREEN), format(Color.BLUE), f'{Color.RED}')
print(Color.CRIMSON is Color.RED, Color.CRIMSON.name, list(Color), len(Color))
print(list(Color.__members__), Color.__members__['CRIMSON'])
print(Color(2), Color['BLUE'], Color.RED.value, Color.RED.name, type(Color.RED), Color.RED in Color)
print(Color.RED == 1, Color.RED == Color.RED, Color.RED != Color.GREEN, hash(Color.RED) == hash(Color.RED))
print(isinstance(Color.RED, Color), isinstance(Color.RED, Enum), repr(Color), Color.__name__)
print({Color.RED: 'r'}[Color.CRIMSON], sorted(Color, key=lambda c: c.value, reverse=True))
try:
    Color(7)
except ValueError as e:
    print('ValueError', e)
try:
    Color['PURPLE']
except KeyError as e:
    print('KeyError', e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print('TypeError', e)
print(Color.RED.__class__.__name__, [m.value for m in Color])


class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404


print(Status.OK, repr(Status.OK), str(Status.OK), format(Status.OK), f'{Status.OK:>5}', Status.OK + 1)
print(Status.OK == 200, Status(404), Status.OK < Status.NOT_FOUND, sorted([Status.NOT_FOUND, Status.OK]))
print(int(Status.OK), Status.OK.value, isinstance(Status.OK, int), [s for s in Status], '%d' % Status.OK)


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6


print(Perm.R | Perm.W, repr(Perm.R | Perm.W), Perm.RW, repr(Perm.R | Perm.X), str(Perm.R | Perm.X))
print(Perm.R & Perm.W, repr(Perm(0)), bool(Perm(0)), Perm.R in Perm.RW, Perm.X in Perm.RW)
print(list(Perm), ~Perm.R, repr(~Perm.R), Perm(7), repr(Perm(7)), (Perm.R | Perm.W | Perm.X).value)
print(list(Perm.R | Perm.X), len(Perm.RW), Perm.R ^ Perm.RW)
try:
    Perm(8)
except ValueError as e:
    print('ValueError', e)


class Num(IntFlag):
    A = 1
    B = 2
    C = 4


print(Num.A | Num.B, repr(Num.A | Num.B), Num.A | 8, repr(Num.A | 8), Num(3), Num.A + 1, str(Num.C), format(Num.B))
print(Num.A & 3, ~Num.A, repr(Num(0)), isinstance(Num.A | Num.B, int), list(Num(7)))


class Shape(Enum):
    CIRCLE = auto()
    SQUARE = auto()
    TRIANGLE = auto()


print(list(Shape), [s.value for s in Shape])


class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    NORTH = auto()
    SOUTH = auto()


print(Lower.NORTH.value, Lower('south'), repr(Lower.SOUTH))


class Bits(Flag):
    A = auto()
    B = auto()
    C = auto()


print([b.value for b in Bits], Bits.A | Bits.C, repr(Bits(5)))

try:
    @unique
    class Dup(Enum):
        ONE = 1
        UNO = 1
        TWO = 2
        DOS = 2
except ValueError as e:
    print('ValueError', e)


@unique
class Fine(Enum):
    ONE = 1
    TWO = 2


print(Fine.TWO)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 3), Planet((3.303e+23, 2.4397e6)))


class Mood(Enum):
    HAPPY = 'happy'
    SAD = 'sad'

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None

    def describe(self):
        return f'{self.name} is {self.value}'

    def __str__(self):
        return f'Mood({self.value})'


print(Mood('HAPPY'), Mood.SAD.describe(), repr(Mood.SAD), f'{Mood.HAPPY}', format(Mood.HAPPY))
try:
    Mood(3)
except ValueError as e:
    print('ValueError', e)


class Ordered(Enum):
    def __lt__(self, other):
        return self.value < other.value
    LOW = 1
    HIGH = 2


print(sorted([Ordered.HIGH, Ordered.LOW]), Ordered.LOW < Ordered.HIGH)

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, repr(Animal.CAT))
Pet = Enum('Pet', [('DOG', 'd'), ('FISH', 'f')])
print(Pet.DOG, Pet('f'))
Size = IntEnum('Size', {'S': 1, 'M': 2})
print(Size.M, repr(Size.S), Size.M * 2)


class Str(str, Enum):
    A = 'a'
    B = 'b'


print(Str.A, repr(Str.A), Str.A == 'a', Str.A.upper(), f'{Str.B}', format(Str.B), '{}'.format(Str.A))

if hasattr(enum, 'StrEnum'):
    class SE(enum.StrEnum):
        X = auto()
        Y = 'why'
    print(SE.X, repr(SE.X), SE.Y, SE.X == 'x', f'{SE.Y}')

print(Color.RED.name, Color._member_names_, Color._value2member_map_[2])
print(Shape.CIRCLE.__hash__ is not None, type(Shape.CIRCLE.value), Color.__members__.keys())


class Empty(Enum):
    pass


class Extended(Empty):
    ONE = 1


print(list(Empty), Extended.ONE)
try:
    class Bad(Color):
        PINK = 9
except TypeError as e:
    print('TypeError', e)
print(bool(Color.RED), Color.RED.__reduce_ex__(2)[0] is Color)
d = {m: m.value for m in Perm}
print(d)
print(Perm.R | Perm.W == Perm.RW, Perm(6) is Perm.RW, Perm.RW.name, (Perm.R | Perm.X).name)
print(Color.__members__, type(Color.__members__).__name__, list(Color.__members__.items())[-1])
try:
    Color.__members__['PINK'] = 4
except TypeError as e:
    print('TypeError', e)
