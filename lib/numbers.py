"""The numeric tower of PEP 3141: Number > Complex > Real > Rational > Integral.

Each level is an abstract base class. A concrete number type either subclasses one (and so must
write out the abstract operations) or is registered with it, as the builtins are at the end.
"""

from abc import ABCMeta, abstractmethod

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


class Number(metaclass=ABCMeta):
    """Root of the tower: isinstance(x, Number) asks whether x is a number at all."""

    __slots__ = ()
    # Subclasses decide how they hash; the root promises nothing.
    __hash__ = None


class Complex(Number):
    """A number with real and imaginary parts and the field operations (complex is one)."""

    __slots__ = ()

    @abstractmethod
    def __complex__(self): raise NotImplementedError

    @property
    @abstractmethod
    def real(self): raise NotImplementedError

    @property
    @abstractmethod
    def imag(self): raise NotImplementedError

    @abstractmethod
    def conjugate(self): raise NotImplementedError

    @abstractmethod
    def __abs__(self): raise NotImplementedError

    @abstractmethod
    def __pos__(self): raise NotImplementedError

    @abstractmethod
    def __neg__(self): raise NotImplementedError

    @abstractmethod
    def __eq__(self, other): raise NotImplementedError

    @abstractmethod
    def __add__(self, other): raise NotImplementedError

    @abstractmethod
    def __radd__(self, other): raise NotImplementedError

    @abstractmethod
    def __mul__(self, other): raise NotImplementedError

    @abstractmethod
    def __rmul__(self, other): raise NotImplementedError

    @abstractmethod
    def __truediv__(self, other): raise NotImplementedError

    @abstractmethod
    def __rtruediv__(self, other): raise NotImplementedError

    @abstractmethod
    def __pow__(self, exponent): raise NotImplementedError

    @abstractmethod
    def __rpow__(self, base): raise NotImplementedError

    # Given addition and negation, subtraction and truth come for free.
    def __sub__(self, other):
        return self + -other

    def __rsub__(self, other):
        return -self + other

    def __bool__(self):
        return self != 0


class Real(Complex):
    """A Complex whose imaginary part is always zero, so it is ordered (float is one)."""

    __slots__ = ()

    @abstractmethod
    def __float__(self): raise NotImplementedError

    @abstractmethod
    def __trunc__(self): raise NotImplementedError

    @abstractmethod
    def __floor__(self): raise NotImplementedError

    @abstractmethod
    def __ceil__(self): raise NotImplementedError

    @abstractmethod
    def __round__(self, ndigits=None): raise NotImplementedError

    @abstractmethod
    def __lt__(self, other): raise NotImplementedError

    @abstractmethod
    def __le__(self, other): raise NotImplementedError

    @abstractmethod
    def __floordiv__(self, other): raise NotImplementedError

    @abstractmethod
    def __rfloordiv__(self, other): raise NotImplementedError

    @abstractmethod
    def __mod__(self, other): raise NotImplementedError

    @abstractmethod
    def __rmod__(self, other): raise NotImplementedError

    def __divmod__(self, other):
        return (self // other, self % other)

    def __rdivmod__(self, other):
        return (other // self, other % self)

    # The Complex interface, answered for a number on the real line.
    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self


class Rational(Real):
    """A Real that is a ratio of two integers in lowest terms (Fraction is one)."""

    __slots__ = ()

    @property
    @abstractmethod
    def numerator(self): raise NotImplementedError

    @property
    @abstractmethod
    def denominator(self): raise NotImplementedError

    def __float__(self):
        # Dividing the two ints rounds once, where float(n) / float(d) would round three times.
        return int(self.numerator) / int(self.denominator)


class Integral(Rational):
    """A Rational with denominator 1 and the bitwise operations (int is one)."""

    __slots__ = ()

    @abstractmethod
    def __int__(self): raise NotImplementedError

    @abstractmethod
    def __pow__(self, exponent, modulus=None): raise NotImplementedError

    @abstractmethod
    def __invert__(self): raise NotImplementedError

    @abstractmethod
    def __lshift__(self, other): raise NotImplementedError

    @abstractmethod
    def __rlshift__(self, other): raise NotImplementedError

    @abstractmethod
    def __rshift__(self, other): raise NotImplementedError

    @abstractmethod
    def __rrshift__(self, other): raise NotImplementedError

    @abstractmethod
    def __and__(self, other): raise NotImplementedError

    @abstractmethod
    def __rand__(self, other): raise NotImplementedError

    @abstractmethod
    def __or__(self, other): raise NotImplementedError

    @abstractmethod
    def __ror__(self, other): raise NotImplementedError

    @abstractmethod
    def __xor__(self, other): raise NotImplementedError

    @abstractmethod
    def __rxor__(self, other): raise NotImplementedError

    def __index__(self):
        return int(self)

    def __float__(self):
        return float(int(self))

    @property
    def numerator(self):
        return +self

    @property
    def denominator(self):
        return 1


# The builtin types join the tower by registration, each at its most specific level.
Complex.register(complex)
Real.register(float)
Integral.register(int)
