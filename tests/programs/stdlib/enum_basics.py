from enum import Enum, IntEnum, Flag, IntFlag, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f'{self.name} is {self.value}'


print(Color.RED, repr(Color.GREEN), Color.RED.name, Color.RED.value, Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color(2), Color['BLUE'], Color.RED in Color, Color.BLUE.describe())
print([m.name for m in Color], list(Color.__members__), type(Color.RED).__name__, isinstance(Color.RED, Color))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE, hash(Color.RED) == hash(Color.RED))
print(f'{Color.RED}', '{}'.format(Color.GREEN), str(Color.BLUE), Color)
d = {Color.RED: 'stop', Color.GREEN: 'go'}
print(d[Color.RED], sorted(Color, key=lambda c: c.value, reverse=True))
try:
    Color(7)
except ValueError as e:
    print('ValueError:', e)
try:
    Color['PURPLE']
except KeyError as e:
    print('KeyError', e)


class Shape(Enum):
    CIRCLE = auto()
    SQUARE = auto()
    TRIANGLE = auto()


print(list(Shape), Shape.TRIANGLE.value)


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


print(Priority.LOW < Priority.HIGH, Priority.MEDIUM + 1, Priority.HIGH == 10, repr(Priority.LOW), str(Priority.LOW))
print(sorted([Priority.HIGH, Priority.LOW]), Priority(5), f'{Priority.HIGH}', int(Priority.MEDIUM))


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(repr(rw), str(rw), Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), repr(Perm.R & Perm.X))
print(repr(~Perm.R), list(rw), Perm(7))


class Opt(IntFlag):
    A = auto()
    B = auto()
    C = auto()


print(Opt.A, Opt.C.value, Opt.A | Opt.B, repr(Opt.A | Opt.C), (Opt.A | Opt.B) & 2)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print('ValueError:', e)
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


print(Planet.EARTH.mass, Planet.MERCURY.value, Planet((5.976e+24, 6.37814e6)))
match Color.GREEN:
    case Color.RED:
        print('red')
    case Color.GREEN:
        print('green')
