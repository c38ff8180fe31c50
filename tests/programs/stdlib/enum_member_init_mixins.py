# Enum members: what __init__ sees, mixin __init__ through the MRO, and which base becomes the
# members' data type (_member_type_), with the reprs that follow.
from enum import Enum, IntEnum, Flag
from dataclasses import dataclass


class Traced(Enum):
    def __init__(self, *args):
        print('init', args, self._name_, self.__objclass__.__name__,
              getattr(self, '_sort_order_', 'unset'), self._value_)

    A = 1
    B = 2, 3
    C = 'x'


print([(m.name, m._sort_order_) for m in Traced])


class DuplicateFreeEnum(Enum):
    def __init__(self, *args):
        cls = self.__class__
        if any(self.value == e.value for e in cls):
            a = self.name
            e = cls(self.value).name
            raise ValueError('aliases not allowed: %r --> %r' % (a, e))


try:
    class Color(DuplicateFreeEnum):
        RED = 1
        GREEN = 2
        BLUE = 3
        GRENE = 2
except ValueError as e:
    print(type(e).__name__, e)


class Shade(DuplicateFreeEnum):
    LIGHT = 1
    DARK = 2


print(list(Shade))


class Scaled(Enum):
    def __init__(self, v):
        self._value_ = v * 10

    A = 1
    B = 2


print(list(Scaled), Scaled(1), Scaled._value2member_map_)
try:
    Scaled(10)
except ValueError as e:
    print(type(e).__name__, e)


@dataclass
class Mix:
    size: str
    legs: int


class Creature(Mix, Enum):
    DOG = 'medium', 4
    BIRD = 'small', 2


print(Creature.DOG.legs, Creature.BIRD.size, repr(Creature.DOG), str(Creature.BIRD))
print(Creature._member_type_.__name__, Creature.DOG.value, Creature.DOG == Creature.BIRD)


class MixChild(Mix):
    pass


class Pet(MixChild, Enum):
    CAT = 'small', 4


print(Pet._member_type_.__name__, repr(Pet.CAT))


class Base:
    def __init__(self, *args):
        print('Base init', args)
        self.total = sum(args)


class Summed(Base, Enum):
    X = 1, 2
    Y = 5
    Z = 4, 4, 4


print(Summed.X.total, Summed.Y.total, Summed.Z.total, Summed.X.value)
print(Summed._member_type_, repr(Summed.X), repr(Summed.Y))


class WithNew:
    def __new__(cls, *args):
        self = object.__new__(cls)
        self.args = args
        return self

    def __repr__(self):
        return 'WithNew%r' % (self.args,)


class Built(WithNew, Enum):
    X = 1, 2
    Y = 3


print(Built._member_type_.__name__, repr(Built.X), Built.X.args, Built.Y.value)


class Sub(int):
    pass


class Counted(Sub, Enum):
    X = 3
    Y = '4'


print(Counted._member_type_.__name__, repr(Counted.X), type(Counted.X.value).__name__,
      repr(Counted.Y), Counted(4) is Counted.Y)


class Plain:
    pass


class Tagged(Plain, Enum):
    X = 5


print(Tagged._member_type_, repr(Tagged.X))


class Numbers(IntEnum):
    ONE = 1
    TWO = '2'


print(repr(Numbers.TWO), type(Numbers.TWO._value_).__name__, Numbers(2))


class Real(float, Enum):
    PI = 3.5
    TWO = '2'


print(repr(Real.PI), repr(Real.TWO), Real(2.0), Real._member_type_)

try:
    class TwoTypes(int, str, Enum):
        X = 1
except TypeError as e:
    print(type(e).__name__, str(e).split(':')[0])


class Perm(Flag):
    def __init__(self, *args):
        print('flag init', self._name_, self._value_)

    R = 4
    W = 2
    X = 1
    RW = 6


print(list(Perm), Perm.RW, Perm(6))

# a mixin whose __init__ records the order members were made in
made = []


class Recorder:
    def __init__(self, *args):
        made.append((self._name_, args))


for n in range(1, 5):
    body = {'M%d' % i: (i, i * n) for i in range(n)}
    Gen = Enum('Gen%d' % n, body, type=Recorder)
    print(n, [repr(m) for m in Gen], Gen._member_type_)
print(made)
