# Enum: _ignore_, global_enum, and the errors for writing name/value or deleting members.
import enum
from enum import Enum, IntEnum, Flag, IntFlag, global_enum


def attempt(label, action):
    try:
        print(label, '->', action())
    except Exception as e:
        print(label, '->', type(e).__name__, e)


class Listed(Enum):
    A = 1
    _ignore_ = ["tmp", "other"]
    tmp = 5
    B = 2
    other = 7


print(list(Listed), hasattr(Listed, 'tmp'), hasattr(Listed, 'other'), hasattr(Listed, '_ignore_'))


class Spaced(Enum):
    _ignore_ = 'x, y  w'
    x = 1
    y = 2
    z = 3
    w = 4


print(list(Spaced), len(Spaced), Spaced(3))


class Computed(IntEnum):
    _ignore_ = 'i'
    FIRST = 10
    for i in range(3):
        pass
    LAST = 20


print(list(Computed), 'i' in Computed.__dict__)


def ignore_after_member():
    class Late(Enum):
        tmp = 1
        _ignore_ = ['tmp']
    return list(Late)


def ignore_not_iterable():
    class Bad(Enum):
        _ignore_ = 5
    return list(Bad)


def ignore_after_method():
    class Fine(Enum):
        def helper(self):
            return 1
        _ignore_ = ['helper']
        ONE = 1
    return list(Fine), hasattr(Fine, 'helper')


attempt('late', ignore_after_member)
attempt('not iterable', ignore_not_iterable)
attempt('after method', ignore_after_method)


class Shape(Enum):
    SQUARE = 2
    CIRCLE = 3


def set_value():
    Shape.SQUARE.value = 5


def set_name():
    Shape.SQUARE.name = 'x'


def del_member():
    del Shape.SQUARE


def del_value():
    del Shape.SQUARE.value


def del_name():
    del Shape.CIRCLE.name


def reassign():
    Shape.SQUARE = 1


def extra_attr():
    Shape.SQUARE.extra = 1
    return Shape.SQUARE.extra


def del_missing():
    del Shape.nothing


def class_attr_roundtrip():
    Shape.other = 9
    seen = Shape.other
    del Shape.other
    return seen, hasattr(Shape, 'other')


for label, action in [('set value', set_value), ('set name', set_name), ('del member', del_member),
                      ('del value', del_value), ('del name', del_name), ('reassign', reassign),
                      ('class value', lambda: Shape.value), ('class name', lambda: Shape.name),
                      ('extra', extra_attr), ('del missing', del_missing),
                      ('class attr', class_attr_roundtrip)]:
    attempt(label, action)
print(Shape.SQUARE.value, Shape.CIRCLE.name, list(Shape), Shape['SQUARE'], Shape(3))
print(Enum.__dict__['value'].__doc__ is not None, Shape.SQUARE.__class__.value is None if False else 'ok')


@global_enum
class Tone(Enum):
    LOW = 1
    HIGH = 2


print(repr(Tone.LOW), str(Tone.HIGH), format(Tone.LOW), Tone(2), LOW, HIGH is Tone.HIGH)
print([repr(t) for t in Tone], f'{Tone.LOW!r:>12}|')


@global_enum
class Perm(Flag):
    R = 4
    W = 2
    X = 1


for label, action in [('repr R', lambda: repr(Perm.R)), ('repr RW', lambda: repr(Perm.R | Perm.W)),
                      ('str RX', lambda: str(Perm.R | Perm.X)), ('repr 0', lambda: repr(Perm(0))),
                      ('str 0', lambda: str(Perm(0))), ('global W', lambda: W is Perm.W),
                      ('str R', lambda: str(Perm.R)), ('repr all', lambda: repr(Perm(7)))]:
    attempt(label, action)


@global_enum
class Num(IntEnum):
    ONE = 1
    TWO = 2


print(repr(Num.ONE), str(Num.TWO), f"{Num.ONE}", ONE + TWO, Num(2))


class Num2(IntEnum):
    THREE = 3


Num2 = global_enum(Num2, update_str=True)
print(repr(Num2.THREE), str(Num2.THREE), THREE, f'{THREE}')


@global_enum
class Bits(IntFlag):
    AA = 1
    BB = 2


print(repr(Bits.AA), repr(Bits.AA | Bits.BB), repr(Bits(8)), str(Bits.AA | Bits.BB), repr(Bits(0)))
print(repr(Bits(5)), repr(Bits(12)), str(Bits(0)), AA | BB)
print(enum.global_enum_repr(Tone.LOW), enum.global_str(Shape.SQUARE), enum.global_flag_repr(Bits.BB))
print(sorted(n for n in enum.__all__ if n.startswith('global')))


class Loud(IntEnum):
    A = 1

    def __str__(self):
        return 'loud'


class Named(enum.StrEnum):
    A = 'a'

    def __str__(self):
        return 'named'


class Mask(IntFlag):
    A = 1

    def __str__(self):
        return 'mask'


print(f'{Loud.A}|{Loud.A:>3}|{Named.A}|{Named.A:>3}|{Mask.A}|{Mask.A:>3}|{Mask.A | 8}|{Mask.A:x}')
