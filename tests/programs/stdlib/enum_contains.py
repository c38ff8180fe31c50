# `x in EnumClass` in 3.11: members answer by membership (a Flag value made by | is not a named
# member); any other value raises TypeError (3.12 will accept values).
import enum
from http import HTTPStatus


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Perm(enum.Flag):
    R = 4
    W = 2
    X = 1


class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2


for probe in (Color.RED, Perm.R, Perm.R | Perm.W, Perm(0), Level.LOW, 1, "RED", None, 2.0, HTTPStatus.OK, 200):
    for cls in (Color, Perm, Level, HTTPStatus):
        try:
            print(repr(probe), cls.__name__, probe in cls)
        except TypeError as e:
            print(repr(probe), cls.__name__, "TypeError", e)
print(Perm.R in (Perm.R | Perm.W), Perm.X in (Perm.R | Perm.W))
