# Flag lookups over ranges of values for each boundary, with aliases and gaps in the members;
# names, reprs, membership, iteration and the errors of each boundary.
import enum
from enum import Flag, IntFlag, Enum, auto, STRICT, CONFORM, EJECT, KEEP


def classes():
    out = []
    for boundary in (STRICT, CONFORM, EJECT, KEEP):
        class Color(Flag, boundary=boundary):
            RED = 1
            GREEN = 2
            BLUE = 8
            PURPLE = RED | BLUE
        out.append(Color)

        class Perm(IntFlag, boundary=boundary):
            R = 4
            W = 2
            X = 1
            RWX = 7
        out.append(Perm)
    return out


for cls in classes():
    print('==', cls.__name__, cls._boundary_, list(cls), cls._flag_mask_, cls._all_bits_)
    for value in range(-3, 20):
        try:
            member = cls(value)
            if isinstance(member, cls):
                print(' ', value, repr(member), str(member), len(member), list(member),
                      bool(member), member.name)
            else:
                print(' ', value, 'plain', type(member).__name__, member)
        except Exception as e:
            print(' ', value, type(e).__name__, str(e).replace('\n', ' / '))

Color = classes()[0]
print(Color.RED in Color.PURPLE, Color.GREEN in Color.PURPLE, Color.PURPLE in Color(11))
try:
    1 in Color.RED
except TypeError as e:
    print('TypeError', e)
print(Color.RED | Color.GREEN, Color.PURPLE & Color.BLUE, Color.PURPLE ^ Color.RED, ~Color.RED,
      Color(0), repr(Color(0)))
for bad in ('x', 2.0, None):
    try:
        Color(bad)
    except ValueError as e:
        print('ValueError', e)


class Auto(Flag):
    A = auto()
    B = auto()
    C = 16
    D = auto()


print([(m.name, m.value) for m in Auto], Auto(51), Auto(3))

try:
    class Bad(Flag):
        A = 'text'
        B = auto()
except Exception as e:
    print(type(e).__name__, e)

for n in (0, 1, 5, -1, -8, 255):
    print(n, enum.show_flag_values(n) if n >= 0 else '', enum.bin(n), enum.bin(n, 10))


@enum.unique
class Fine(Enum):
    A = 1
    B = 2


try:
    @enum.unique
    class Dupes(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print('ValueError', e)


class Shape(Enum):
    SQUARE = 4
    CIRCLE = 0


print(repr(Shape.SQUARE), str(Shape.CIRCLE), format(Shape.SQUARE), f'{Shape.SQUARE:>14}|',
      Shape.SQUARE.name, Shape.SQUARE.value, hash(Shape.SQUARE) == hash('SQUARE'))
import copy
print(copy.copy(Shape.SQUARE) is Shape.SQUARE, copy.deepcopy(Shape.CIRCLE) is Shape.CIRCLE,
      Shape.SQUARE.__reduce_ex__(2))
