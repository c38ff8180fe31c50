# Enum's functional API: every way of naming members, per enum kind, plus keyword options.
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto


def show(label, cls):
    try:
        print(label, cls.__name__, cls.__qualname__, cls.__module__,
              [(m.name, m.value) for m in cls], len(cls.__members__))
    except Exception as e:
        print(label, 'error', type(e).__name__, e)


def attempt(label, make):
    try:
        show(label, make())
    except Exception as e:
        print(label, type(e).__name__, e)


KINDS = [Enum, IntEnum, StrEnum, Flag, IntFlag]
SPECS = [
    "A B C",
    "A,B,C",
    "A, B,  C",
    " A ",
    ["A", "B", "C"],
    ("X", "Y"),
    [],
    "",
]
for kind in KINDS:
    for i, spec in enumerate(SPECS):
        attempt(f'{kind.__name__}-spec{i}', lambda: kind('Gen', spec))
    for start in (0, 1, 3, 4, 10):
        attempt(f'{kind.__name__}-start{start}', lambda: kind('Gen', 'P Q R S', start=start))

# pairs, mappings and iterables of pairs
PAIRS = [
    [("A", 1), ("B", 2), ("C", 4)],
    (("A", 8), ("B", 16)),
    {"A": 1, "B": 2, "AB": 3},
    [("ONE", 1), ("UNO", 1)],
]
for kind in (Enum, IntEnum, Flag, IntFlag):
    for i, spec in enumerate(PAIRS):
        attempt(f'{kind.__name__}-pairs{i}', lambda: kind('Pairs', spec))
attempt('gen-pairs', lambda: Enum('G', ((n, i * i) for i, n in enumerate('abc'))))
attempt('str-pairs', lambda: StrEnum('S', [('A', 'x'), ('B', 'y')]))
attempt('str-bad', lambda: StrEnum('S', [('A', 1)]))

# the class's own _generate_next_value_, plain or static
class Lower(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Counted(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return (name, start, count, list(last_values))


show('lower', Lower('Dir', 'UP DOWN LEFT'))
show('counted', Counted('Cnt', 'A B C', start=7))
show('counted-list', Counted('Cnt', ['P', 'Q']))

# keyword options
N = Enum('N', 'a b', qualname='Outer.N')
print(N.__qualname__, N.__name__, N.__module__)
M = Enum('M', 'a b', module='some.where')
print(M.__module__, repr(M.a), str(M.b))
T = Enum('T', 'a b', type=int)
print(T.a + 1, isinstance(T.a, int), T.b.value, repr(T.b))
T2 = Enum('T2', [('x', 'abc')], type=str)
print(T2.x.upper(), T2.x.value)
F = Flag('F', 'A B C', boundary=enum.STRICT)
print(F._boundary_, list(F))
try:
    F(9)
except ValueError as e:
    print('ValueError', e)
F2 = Flag('F2', 'X Y Z', start=4)
print([m.value for m in F2], F2.X | F2.Z)
print(Flag('F3', 'A B C', boundary=enum.CONFORM)(15))
print(repr(IntFlag('F4', 'A B', boundary=enum.KEEP)(15)))
print(Flag('F5', 'A B', boundary=enum.EJECT)(12))

# functional creation from a subclass that already has members
class Full(Enum):
    A = 1
try:
    Full('More', 'X Y')
except TypeError as e:
    print('TypeError', e)

# member lookups on the functional classes
Perm = Flag('Perm', 'R W X')
print(list(Perm), Perm.X.value, Perm.R | Perm.X, Perm(6), repr(~Perm.R))
Color = StrEnum('Color', 'RED GREEN')
print(list(Color), Color('red'), Color.GREEN == 'green', f'{Color.RED}')
Num = IntEnum('Num', 'ONE TWO THREE')
print(Num.THREE * 2, Num(2), sorted(Num, reverse=True))
