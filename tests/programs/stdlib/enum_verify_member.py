# enum.verify with UNIQUE, CONTINUOUS and NAMED_FLAGS; member() and nonmember() in an enum body.
from enum import (CONTINUOUS, NAMED_FLAGS, UNIQUE, Enum, EnumCheck, Flag, IntEnum, member,
                  nonmember, show_flag_values, verify)

try:
    @verify(UNIQUE)
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
try:
    @verify(CONTINUOUS)
    class Gap(IntEnum):
        A = 1
        C = 3
        F = 6
except ValueError as e:
    print(e)
try:
    @verify(CONTINUOUS)
    class FlagGap(Flag):
        A = 1
        D = 8
except ValueError as e:
    print(e)
try:
    @verify(NAMED_FLAGS)
    class Unnamed(Flag):
        A = 1
        B = 2
        ABX = 11
except ValueError as e:
    print(e)
try:
    @verify(NAMED_FLAGS)
    class OneMissing(Flag):
        A = 1
        AX = 5
        AY = 9
except ValueError as e:
    print(e)


@verify(UNIQUE, CONTINUOUS)
class Fine(IntEnum):
    A = 1
    B = 2
    C = 3


print(list(Fine), EnumCheck.UNIQUE, repr(CONTINUOUS), list(EnumCheck), show_flag_values(13))


class WithNon(Enum):
    A = 1
    limit = nonmember(10)

    @member
    def fn(self):
        return 1

    def method(self):
        return self.name


print([m.name for m in WithNon], WithNon.limit, WithNon.A.method(), WithNon.fn.name, callable(WithNon.fn.value))
