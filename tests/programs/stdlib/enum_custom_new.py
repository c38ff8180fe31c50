# An enum's own __new__ makes its members (setting _value_ itself or not); lookups by value
# still find the members.
from enum import Enum, IntEnum


class Coin(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj

    PENNY = (1, "penny")
    NICKEL = (5, "nickel")
    CENT = (1, "cent")


print(Coin.PENNY, Coin(5), Coin.NICKEL.label, Coin.PENNY.value, Coin.CENT is Coin.PENNY, list(Coin))
try:
    Coin((1, "penny"))
except ValueError as e:
    print(e)


class Described(int, Enum):
    def __new__(cls, value, doc=""):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.doc = doc
        return obj

    A = (1, "first")
    B = 2


print(Described.A, Described.A.doc, repr(Described.B.doc), Described(2), Described.A + 1, repr(Described.A))


class NoValue(Enum):
    def __new__(cls, *args):
        obj = object.__new__(cls)
        obj.args = args
        return obj

    X = (1, 2)
    Y = 3


print(NoValue.X.value, NoValue.Y.value, NoValue.X.args, NoValue((1, 2)))


class Counted(Enum):
    def __new__(cls, *args):
        value = len(cls.__members__) + 1
        obj = object.__new__(cls)
        obj._value_ = value
        return obj

    def __init__(self, a, b):
        self.a = a
        self.b = b

    RED = "r", "ff0000"
    BLUE = "b", "0000ff"


print([(m.name, m.value, m.a, m.b) for m in Counted], Counted(2))


class Base(IntEnum):
    def __new__(cls, value, unit):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.unit = unit
        return obj


class Length(Base):
    CM = (1, "centimetre")
    M = (100, "metre")


print(Length.M, Length.M.unit, Length(1), Length.M > Length.CM, sorted(Length, reverse=True))
