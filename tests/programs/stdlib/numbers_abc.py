# The numeric tower: registrations, abstract methods, the mixin methods each ABC supplies.
import numbers
from fractions import Fraction
from numbers import Complex, Integral, Number, Rational, Real

abcs = [Number, Complex, Real, Rational, Integral]
print(numbers.__all__)
for v in [0, True, 10**40, 1.5, float('nan'), 1j, Fraction(1, 2), Fraction(4), 'x', None, [1], b'1']:
    print(type(v).__name__, [isinstance(v, c) for c in abcs])
for t in [int, bool, float, complex, Fraction, str, object]:
    print(t.__name__, [issubclass(t, c) for c in abcs])
for c in abcs:
    print(c.__name__, c.__module__, c.__qualname__, c.__slots__, [b.__name__ for b in c.__bases__],
          sorted(c.__abstractmethods__), type(c).__name__, c.__hash__ is None)
print(Number.__hash__, Complex.__hash__, Integral.__hash__)
for c in abcs:
    try:
        c()
    except TypeError as e:
        print('instantiate', c.__name__, str(e)[:60])


class MyInt(Integral):
    """An integer held in an attribute, with only the abstract methods written out."""
    def __init__(self, v):
        self.v = v
    def __int__(self): return self.v
    def __pow__(self, e, m=None): return MyInt(pow(self.v, int(e), m))
    def __rpow__(self, b): return MyInt(int(b) ** self.v)
    def __lshift__(self, o): return MyInt(self.v << int(o))
    def __rlshift__(self, o): return MyInt(int(o) << self.v)
    def __rshift__(self, o): return MyInt(self.v >> int(o))
    def __rrshift__(self, o): return MyInt(int(o) >> self.v)
    def __and__(self, o): return MyInt(self.v & int(o))
    def __rand__(self, o): return MyInt(int(o) & self.v)
    def __xor__(self, o): return MyInt(self.v ^ int(o))
    def __rxor__(self, o): return MyInt(int(o) ^ self.v)
    def __or__(self, o): return MyInt(self.v | int(o))
    def __ror__(self, o): return MyInt(int(o) | self.v)
    def __invert__(self): return MyInt(~self.v)
    def __add__(self, o): return MyInt(self.v + int(o))
    def __radd__(self, o): return MyInt(int(o) + self.v)
    def __neg__(self): return MyInt(-self.v)
    def __pos__(self): return MyInt(self.v)
    def __mul__(self, o): return MyInt(self.v * int(o))
    def __rmul__(self, o): return MyInt(int(o) * self.v)
    def __truediv__(self, o): return self.v / int(o)
    def __rtruediv__(self, o): return int(o) / self.v
    def __abs__(self): return MyInt(abs(self.v))
    def __eq__(self, o): return self.v == int(o)
    def __trunc__(self): return self.v
    def __floor__(self): return self.v
    def __ceil__(self): return self.v
    def __round__(self, nd=None): return self.v
    def __floordiv__(self, o): return MyInt(self.v // int(o))
    def __rfloordiv__(self, o): return MyInt(int(o) // self.v)
    def __mod__(self, o): return MyInt(self.v % int(o))
    def __rmod__(self, o): return MyInt(int(o) % self.v)
    def __lt__(self, o): return self.v < int(o)
    def __le__(self, o): return self.v <= int(o)
    def __repr__(self): return 'MyInt(%d)' % self.v
    __hash__ = None


m = MyInt(7)
print(m, float(m), m.numerator, m.denominator, m.real, m.imag, m.conjugate(), complex(m), bool(m), bool(MyInt(0)))
print(m - 2, 10 - m, divmod(m, 2), divmod(20, m), [10, 20, 30, 40, 50, 60, 70, 80][MyInt(2)], hex(MyInt(255)), m.__index__())
print(Fraction(m), Fraction(m, 2), Fraction(1, m), isinstance(m, Rational), isinstance(m, Real))


class Partial(Real):
    def __float__(self): return 2.5


try:
    Partial()
except TypeError as e:
    print('Partial', str(e)[:40])
print(sorted(Partial.__abstractmethods__))


class Halves(Rational):
    """Only numerator and denominator given; the rest is left abstract."""
    numerator = 3
    denominator = 2


print(sorted(Halves.__abstractmethods__), Rational.__float__(Halves))


class Registered:
    pass


Real.register(Registered)
print(isinstance(Registered(), Number), isinstance(Registered(), Complex), isinstance(Registered(), Rational),
      issubclass(Registered, Real))
print(Complex.__bool__(0j), Complex.__bool__(2 + 0j), Complex.__sub__(5, 3), Complex.__rsub__(5, 3),
      Real.__divmod__(7.5, 2), Real.__rdivmod__(7.5, 2), Real.__complex__(1.5), Real.conjugate(2.5),
      Real.real.__get__(3.5), Real.imag.__get__(3.5), Integral.__float__(True), Integral.__index__(5),
      Integral.numerator.__get__(9), Integral.denominator.__get__(9), Rational.__float__(Fraction(1, 4)))
for name in ['real', 'imag', 'numerator', 'denominator']:
    for c in abcs:
        if name in vars(c):
            print(c.__name__, name, type(vars(c)[name]).__name__, vars(c)[name].__isabstractmethod__, getattr(vars(c)[name].fget, '__isabstractmethod__', False))
print(Complex.__add__.__isabstractmethod__, getattr(Complex.__sub__, '__isabstractmethod__', False),
      Integral.__pow__.__isabstractmethod__, getattr(Integral.__index__, '__isabstractmethod__', False))
