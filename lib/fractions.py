"""Exact rational numbers: the Fraction type."""

import math
import numbers
import re
import sys
import operator

__all__ = ['Fraction']

# A rational's hash is n * d**-1 reduced modulo this prime, the same rule int and float follow,
# so that equal numbers of different types hash alike.
_MODULUS = sys.hash_info.modulus
# What a value hashes to when its denominator has no inverse modulo the prime.
_HASH_OF_INFINITY = sys.hash_info.inf

_DIGITS = r'\d+(?:_\d+)*'
# Accepted text: optional blanks and sign, then either "n/d" or a decimal number with optional
# fraction and exponent, then optional blanks. The fraction part may also be a run of the letter
# d (a slip in CPython's pattern, kept so the same strings fail the same way).
_TEXT_FORM = re.compile(
    r'\s*(?P<sign>[-+]?)(?=\.?\d)(?P<num>(?:' + _DIGITS + r')?)'
    r'(?:/(?P<denom>' + _DIGITS + r')'
    r'|(?:\.(?P<decimal>[dD]*|' + _DIGITS + r'))?(?:[eE](?P<exp>[-+]?' + _DIGITS + r'))?)'
    r'\s*')


def _ratio_from_text(text):
    """The (numerator, denominator) that the string `text` spells, not yet in lowest terms."""
    m = _TEXT_FORM.fullmatch(text)
    if m is None:
        raise ValueError('Invalid literal for Fraction: %r' % text)
    top = int(m.group('num') or '0')
    below = m.group('denom')
    if below:
        bottom = int(below)
    else:
        bottom = 1
        digits = m.group('decimal')
        if digits:
            digits = digits.replace('_', '')
            unit = 10 ** len(digits)
            top = top * unit + int(digits)
            bottom *= unit
        exponent = m.group('exp')
        if exponent:
            exponent = int(exponent)
            if exponent >= 0:
                top *= 10 ** exponent
            else:
                bottom *= 10 ** -exponent
    if m.group('sign') == '-':
        top = -top
    return top, bottom


def _is_decimal(x):
    """Whether x is a decimal.Decimal. Only a program that imports decimal can hold one, so the
    module is looked up, not imported (importing it here would bundle it with every fraction)."""
    decimal = sys.modules.get('decimal')
    return decimal is not None and isinstance(x, decimal.Decimal)


class Fraction(numbers.Rational):
    """A rational number numerator/denominator, always in lowest terms with denominator > 0.

    Fraction(n=0, d=None) takes two Rationals (ints, Fractions), or one Rational, float or
    string such as '3/7', '-1.25' or '2e-3'.
    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            # One argument: a number already in lowest terms, or a string.
            if type(numerator) is int:
                self._numerator, self._denominator = numerator, 1
                return self
            if isinstance(numerator, numbers.Rational):
                self._numerator, self._denominator = numerator.numerator, numerator.denominator
                return self
            if isinstance(numerator, float) or _is_decimal(numerator):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if not isinstance(numerator, str):
                raise TypeError("argument should be a string or a Rational instance")
            numerator, denominator = _ratio_from_text(numerator)
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif isinstance(numerator, numbers.Rational) and isinstance(denominator, numbers.Rational):
            # (a/b) / (c/d) == (a*d) / (c*b)
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be Rational instances")

        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            common = math.gcd(numerator, denominator)
            # Dividing by a negative common factor moves the sign to the numerator.
            if denominator < 0:
                common = -common
            numerator //= common
            denominator //= common
        self._numerator, self._denominator = numerator, denominator
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of float `f` (an int is accepted too)."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a Decimal (an int is accepted too)."""
        if isinstance(dec, numbers.Integral):
            return cls(int(dec), 1)
        if not _is_decimal(dec):
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)"
                            % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        """(numerator, denominator)"""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The Fraction nearest to self whose denominator is at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if max_denominator >= self._denominator:
            return Fraction(self)
        # Walk the continued fraction of self, keeping the last two convergents prev/cur, until
        # the next convergent's denominator would be too large.
        prev_n, prev_d, cur_n, cur_d = 0, 1, 1, 0
        top, bottom = self._numerator, self._denominator
        while True:
            term = top // bottom
            next_d = prev_d + term * cur_d
            if next_d > max_denominator:
                break
            prev_n, prev_d, cur_n, cur_d = cur_n, cur_d, prev_n + term * cur_n, next_d
            top, bottom = bottom, top - term * bottom
        # The best answer is the last convergent or the semiconvergent with the largest
        # denominator allowed; the convergent wins a tie.
        steps = (max_denominator - prev_d) // cur_d
        semiconvergent = Fraction(prev_n + steps * cur_n, prev_d + steps * cur_d)
        convergent = Fraction(cur_n, cur_d)
        if abs(convergent - self) <= abs(semiconvergent - self):
            return convergent
        return semiconvergent

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # Binary arithmetic. Each operation is written once for two rationals; `_mixed` wraps it into
    # the forward and reflected methods, which hand float and complex operands to the float or
    # complex operation instead.

    def _mixed(exact, inexact):
        def forward(a, b):
            if isinstance(b, (int, Fraction)):
                return exact(a, b)
            if isinstance(b, float):
                return inexact(float(a), b)
            if isinstance(b, complex):
                return inexact(complex(a), b)
            return NotImplemented

        def reflected(b, a):
            if isinstance(a, numbers.Rational):
                return exact(a, b)
            if isinstance(a, numbers.Real):
                return inexact(float(a), float(b))
            if isinstance(a, numbers.Complex):
                return inexact(complex(a), complex(b))
            return NotImplemented

        forward.__name__ = '__%s__' % inexact.__name__
        reflected.__name__ = '__r%s__' % inexact.__name__
        forward.__doc__ = reflected.__doc__ = exact.__doc__
        return forward, reflected

    def _add(a, b):
        """a + b"""
        return _sum_or_difference(a.numerator, a.denominator, b.numerator, b.denominator, False)

    def _sub(a, b):
        """a - b"""
        return _sum_or_difference(a.numerator, a.denominator, b.numerator, b.denominator, True)

    def _mul(a, b):
        """a * b"""
        # Cancelling across the product keeps the factors small and the result in lowest terms.
        an, bd = _without_common_factor(a.numerator, b.denominator)
        bn, ad = _without_common_factor(b.numerator, a.denominator)
        return Fraction(an * bn, bd * ad, _normalize=False)

    def _div(a, b):
        """a / b"""
        an, bn = _without_common_factor(a.numerator, b.numerator)
        bd, ad = _without_common_factor(b.denominator, a.denominator)
        top, bottom = an * bd, bn * ad
        if bottom < 0:
            top, bottom = -top, -bottom
        return Fraction(top, bottom, _normalize=False)

    def _floordiv(a, b):
        """floor of the quotient, an int"""
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    def _divmod(a, b):
        """(a // b, a % b)"""
        ad, bd = a.denominator, b.denominator
        quotient, rest = divmod(a.numerator * bd, ad * b.numerator)
        return quotient, Fraction(rest, ad * bd)

    def _mod(a, b):
        """a % b"""
        ad, bd = a.denominator, b.denominator
        return Fraction((a.numerator * bd) % (b.numerator * ad), ad * bd)

    __add__, __radd__ = _mixed(_add, operator.add)
    __sub__, __rsub__ = _mixed(_sub, operator.sub)
    __mul__, __rmul__ = _mixed(_mul, operator.mul)
    __truediv__, __rtruediv__ = _mixed(_div, operator.truediv)
    __floordiv__, __rfloordiv__ = _mixed(_floordiv, operator.floordiv)
    __divmod__, __rdivmod__ = _mixed(_divmod, divmod)
    __mod__, __rmod__ = _mixed(_mod, operator.mod)

    def __pow__(a, b):
        """a ** b: exact for an integral exponent, a float (or complex) otherwise."""
        if not isinstance(b, numbers.Rational):
            return float(a) ** b
        if b.denominator != 1:
            return float(a) ** float(b)
        power = b.numerator
        n, d = a._numerator, a._denominator
        # Powers of coprime numbers stay coprime, so no gcd is needed.
        if power >= 0:
            return Fraction(n ** power, d ** power, _normalize=False)
        if n >= 0:
            return Fraction(d ** -power, n ** -power, _normalize=False)
        return Fraction((-d) ** -power, (-n) ** -power, _normalize=False)

    def __rpow__(b, a):
        """a ** b"""
        n, d = b._numerator, b._denominator
        if d == 1 and n >= 0:
            # A natural power: the base's own ** keeps its type.
            return a ** n
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        return a ** n if d == 1 else a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a, _index=operator.index):
        """int(a), rounding toward zero"""
        n, d = a._numerator, a._denominator
        return _index(-(-n // d) if n < 0 else n // d)

    def __trunc__(a):
        n, d = a._numerator, a._denominator
        return -(-n // d) if n < 0 else n // d

    def __floor__(a):
        return a.numerator // a.denominator

    def __ceil__(a):
        return -(-a.numerator // a.denominator)

    def __round__(self, ndigits=None):
        """round(self): the nearest int, ties to even; round(self, k): a Fraction."""
        if ndigits is None:
            whole, rest = divmod(self.numerator, self.denominator)
            twice = rest * 2
            if twice < self.denominator:
                return whole
            if twice > self.denominator or whole % 2 == 1:
                return whole + 1
            return whole
        scale = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * scale), scale)
        return Fraction(round(self / scale) * scale)

    def __hash__(self):
        n, d = self._numerator, self._denominator
        try:
            inverse = pow(d, -1, _MODULUS)
        except ValueError:
            # d is a multiple of the modulus.
            h = _HASH_OF_INFINITY
        else:
            h = hash(hash(abs(n)) * inverse)
        if n < 0:
            h = -h
        return -2 if h == -1 else h

    def __eq__(a, b):
        if type(b) is int:
            return a._denominator == 1 and a._numerator == b
        if isinstance(b, numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if not isinstance(b, float):
            return NotImplemented
        if math.isnan(b) or math.isinf(b):
            # Equal to no finite number; 0.0 stands in for self.
            return 0.0 == b
        return a == a.from_float(b)

    def _compare(self, other, op):
        """op(self, other) for an ordering op, computed exactly."""
        if isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator, self._denominator * other.numerator)
        if not isinstance(other, float):
            return NotImplemented
        if math.isnan(other) or math.isinf(other):
            return op(0.0, other)
        return op(self, self.from_float(other))

    def __lt__(a, b):
        return a._compare(b, operator.lt)

    def __gt__(a, b):
        return a._compare(b, operator.gt)

    def __le__(a, b):
        return a._compare(b, operator.le)

    def __ge__(a, b):
        return a._compare(b, operator.ge)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    # An exact Fraction is immutable and can be shared; a subclass may carry more state.
    def _clone(self):
        return self if type(self) is Fraction else self.__class__(self._numerator, self._denominator)

    def __copy__(self):
        return self._clone()

    def __deepcopy__(self, memo):
        return self._clone()


def _without_common_factor(x, y):
    """x and y divided by their greatest common divisor."""
    g = math.gcd(x, y)
    return (x // g, y // g) if g > 1 else (x, y)


def _sum_or_difference(an, ad, bn, bd, subtract):
    """an/ad + bn/bd (or -) in lowest terms, with gcds of the denominators, not of the result."""
    g = math.gcd(ad, bd)
    if g == 1:
        top = an * bd - ad * bn if subtract else an * bd + ad * bn
        return Fraction(top, ad * bd, _normalize=False)
    ad_part = ad // g
    top = an * (bd // g) - bn * ad_part if subtract else an * (bd // g) + bn * ad_part
    # Only a factor of g can divide both the new numerator and ad * bd / g.
    g2 = math.gcd(top, g)
    if g2 == 1:
        return Fraction(top, ad_part * bd, _normalize=False)
    return Fraction(top // g2, ad_part * (bd // g2), _normalize=False)
