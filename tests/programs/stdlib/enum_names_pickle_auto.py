# enum: reserved member names, the repr of a pending auto(), and the pickle-by-name helpers.
import enum
import pickle
from enum import Enum, Flag, IntEnum, auto

print(repr(auto()), repr(auto(5)), repr(auto(None)), repr(auto("x")), repr(enum._auto_null))


class E(Enum):
    A = auto()
    B = auto()
    C = auto(7)


class N(Enum):
    X = auto(None)
    Y = 3


print(list(E), list(N), repr(N.X))


class F(Flag):
    R = auto()
    W = auto()
    RW = R | W


print(list(F), F.RW, F.R | F.W)

for name in ["mro", "MRO", "mro_", "_mro", "name", "value", "Mro", "mro2"]:
    for kind in (Enum, IntEnum, Flag):
        try:
            made = kind("Made", [(name, 1)])
            print(kind.__name__, name, "ok", list(made))
        except Exception as e:
            print(kind.__name__, name, type(e).__name__, e)
try:
    class Res(Enum):
        mro = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class Res2(Enum):
        A = 1
        mro = auto()
except ValueError as e:
    print("ValueError:", e)
try:
    Enum("Spaces", "a mro b")
except ValueError as e:
    print("ValueError:", e)


class ByEnum(Enum):
    A = 1
    B = 2
    __reduce_ex__ = enum.pickle_by_enum_name


class ByValue(Enum):
    A = 1


print(ByEnum.A.__reduce_ex__(4), enum.pickle_by_global_name(ByEnum.B, 2))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print(proto, pickle.loads(pickle.dumps(ByEnum.B, proto)) is ByEnum.B,
          pickle.loads(pickle.dumps(ByValue.A, proto)) is ByValue.A)
print(enum.pickle_by_enum_name.__name__, enum.pickle_by_global_name.__name__)
print(sorted(n for n in enum.__all__ if n.startswith("pickle")))
print(enum._reduce_ex_by_global_name is enum.pickle_by_global_name)
