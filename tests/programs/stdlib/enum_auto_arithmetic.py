# Later lines of an enum body compute with the values of earlier auto() members, and a Flag
# with boundary=EJECT gives back a plain int for a value outside its members.
from enum import Enum, Flag, IntFlag, auto, EJECT


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W
    ALL = R | W | X
    NEXT = auto()


print(list(Perm), Perm.RW, Perm.ALL, Perm.NEXT.value, repr(Perm.ALL))
print(Perm.RW.value, Perm.ALL.value, Perm(3) is Perm.RW)


class Mask(IntFlag):
    A = auto()
    B = auto()
    AB = A | B
    NOT_A = ~A & 3
    BOTH_XOR = A ^ B


print(Mask.AB, Mask.NOT_A, Mask.BOTH_XOR, [m.name for m in Mask])


class Step(Enum):
    FIRST = auto()
    SECOND = auto()
    SHIFTED = 1 << SECOND
    DOUBLE = SECOND * 2 + 10
    NEGATED = -FIRST
    AFTER = auto()


print([(m.name, m.value) for m in Step], Step(-1))


class Ej(IntFlag, boundary=EJECT):
    A = 1
    B = 2


for v in (1, 3, 4, 7, 0):
    r = Ej(v)
    print(v, type(r).__name__, r)


class EjFlag(Flag, boundary=EJECT):
    A = 1


r = EjFlag(6)
print(type(r).__name__, r)


# auto() after a value that cannot add 1 falls back to the largest value that can (3.11 warns).
class Named(Enum):
    A = 5
    B = "text"
    C = auto()


print([(m.name, m.value) for m in Named])
