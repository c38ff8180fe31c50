# FlagBoundary as an enum, each boundary applied to many values, _order_ checks, lookup
# errors, memberless enums and dir() of enum classes and members.
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, FlagBoundary, STRICT, CONFORM, EJECT, KEEP, auto

print(list(FlagBoundary))
print(FlagBoundary.STRICT, repr(FlagBoundary.KEEP), FlagBoundary('eject'), len(FlagBoundary))
print(STRICT is FlagBoundary.STRICT, CONFORM == 'conform', isinstance(KEEP, str), KEEP.value)
print(enum.EJECT.name, type(EJECT).__name__, [b.name for b in reversed(FlagBoundary)])
print(Flag._boundary_, IntFlag._boundary_, repr(Flag._boundary_))


def make_pair(boundary):
    if boundary is None:
        class Plain(Flag):
            A = 1
            B = 2
            D = 8

        class Number(IntFlag):
            A = 1
            B = 2
            D = 8
    else:
        class Plain(Flag, boundary=boundary):
            A = 1
            B = 2
            D = 8

        class Number(IntFlag, boundary=boundary):
            A = 1
            B = 2
            D = 8
    return Plain, Number


def flag_kinds():
    made = []
    for boundary in (STRICT, CONFORM, EJECT, KEEP, FlagBoundary.STRICT, None):
        made.append((boundary,) + make_pair(boundary))
    return made


def seeded(n, seed):
    out = []
    state = seed
    for _ in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        out.append(state % 40 - 20)
    return out


for boundary, Plain, Number in flag_kinds():
    print('boundary', boundary, Plain._boundary_, Number._boundary_)
    for kind in (Plain, Number):
        row = []
        for value in [0, 1, 3, 4, 7, 11, 15, 16, 31, -1, -2, -9] + seeded(8, 7):
            try:
                got = kind(value)
                row.append(repr(got) if isinstance(got, kind) else 'int:%r' % (got,))
            except Exception as e:
                row.append('%s(%s)' % (type(e).__name__, str(e).replace('\n', '/')))
        print(kind.__name__, row)
        for make in (lambda: ~kind.A, lambda: ~(kind.A | kind.D), lambda: kind.A | kind.B,
                     lambda: kind.B ^ kind.D, lambda: kind.A & kind.B):
            try:
                print('  ', repr(make()))
            except Exception as e:
                print('  ', type(e).__name__, e)

# _order_
def order_case(label, body_order, kind=Enum):
    try:
        if kind is Flag:
            class O(Flag):
                _order_ = body_order
                A = 1
                B = 2
                AB = 3
        else:
            class O(kind):
                _order_ = body_order
                A = 1
                B = 2
                C = 2
        print(label, 'ok', [m.name for m in O])
    except TypeError as e:
        print(label, 'TypeError', e)


for i, order in enumerate(["A B", "B A", "A, B", "A B C", "A C", "A", "", "A B AB", "B A AB",
                           ["A", "B"], ("B",)]):
    order_case('enum%d' % i, order)
    order_case('int%d' % i, order, IntEnum)
    order_case('flag%d' % i, order, Flag)

for spelled in ('B A', 'A B'):
    try:
        class Old(Enum):
            __order__ = spelled
            A = 1
            B = 2
        print('__order__', spelled, 'ok', hasattr(Old, '_order_'), '__order__' in Old.__dict__)
    except TypeError as e:
        print('__order__', spelled, 'TypeError', e)

# missing member attribute errors
class Err(Enum):
    A = 1
for name in ('B', 'a', '__foo__', '_x_', 'value', 'name'):
    try:
        getattr(Err, name)
        print(name, 'found')
    except AttributeError as e:
        print(name, 'AttributeError', repr(e.args))
print(hasattr(Err, 'B'), getattr(Err, 'C', 'dflt'))

# memberless enums
class Empty(Enum):
    pass
class EmptyFlag(Flag):
    pass
class EmptyInt(IntEnum):
    def double(self):
        return self * 2
for kind in (Empty, EmptyFlag, EmptyInt):
    for value in (1, 0, 'x'):
        try:
            kind(value)
        except Exception as e:
            print(kind.__name__, value, type(e).__name__, e)
class Child(EmptyInt):
    X = 4
print(Child(4), Child.X.double())

# dir() of classes and members
class Color(Enum):
    RED = 1
    GREEN = 2
    def shade(self):
        return self.value * 10
    @property
    def loud(self):
        return self.name.upper()
    @classmethod
    def pick(cls):
        return cls.RED
print(type(Color).__dir__(Color))
print(dir(Color.RED))
class Dirs(Flag):
    N = 1
    S = 2
    NS = 3
print(type(Dirs).__dir__(Dirs))
print(dir(Dirs.N), dir(Dirs.N | Dirs.S))
class WithNew(Enum):
    def __new__(cls, v):
        obj = object.__new__(cls)
        obj._value_ = v
        return obj
    A = 5
print(type(WithNew).__dir__(WithNew))
class Attrs(Enum):
    X = 1
    def __init__(self, v):
        self.extra = v * 2
        self._hidden = 0
print(dir(Attrs.X))
K = IntEnum('K', 'ONE TWO')
print(set(dir(int)) <= set(type(K).__dir__(K)), 'ONE' in type(K).__dir__(K), '__new__' in type(K).__dir__(K))
S = StrEnum('S', 'A')
print(set(dir(str)) <= set(type(S).__dir__(S)), sorted(n for n in set(dir(S.A)) - set(dir(str)) if not n.startswith('_')))
