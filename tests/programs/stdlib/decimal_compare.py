# Decimal against operands it cannot handle itself: comparisons and arithmetic give the other
# operand's reflected method its turn, and the errors name both types as CPython does.
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
import collections
import operator


class Money:
    """Wraps a Decimal and compares and adds from either side."""

    def __init__(self, v):
        self.v = Decimal(v)

    def __lt__(self, o):
        return self.v < (o.v if isinstance(o, Money) else o)

    def __gt__(self, o):
        return self.v > (o.v if isinstance(o, Money) else o)

    def __le__(self, o):
        return self.v <= (o.v if isinstance(o, Money) else o)

    def __ge__(self, o):
        return self.v >= (o.v if isinstance(o, Money) else o)

    def __radd__(self, o):
        return Money(o + self.v)

    def __rsub__(self, o):
        return Money(o - self.v)

    def __rmul__(self, o):
        return Money(o * self.v)

    def __rtruediv__(self, o):
        return 'rtruediv %s' % o

    def __rpow__(self, o):
        return 'rpow %s' % o

    def __repr__(self):
        return 'Money(%s)' % self.v


class Opaque:
    pass


ORDERINGS = [('<', operator.lt), ('<=', operator.le), ('>', operator.gt), ('>=', operator.ge)]
ARITHMETIC = [('+', operator.add), ('-', operator.sub), ('*', operator.mul), ('/', operator.truediv),
              ('//', operator.floordiv), ('%', operator.mod), ('**', operator.pow), ('divmod', divmod)]


def attempt(f, *args):
    try:
        return repr(f(*args))
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


values = [Decimal('1.5'), Decimal('-2'), Decimal('NaN'), Decimal('Infinity')]
others = [Money('1.5'), Money(3), Opaque(), timedelta(1), date(2020, 1, 2), 'text', 1.25, 2,
          Fraction(3, 2), 1j, None, [1], collections.deque([1]), b'x']
for d in values:
    for o in others:
        cells = [attempt(f, d, o) for _, f in ORDERINGS]
        cells += [attempt(f, o, d) for _, f in ORDERINGS]
        print(repr(d), type(o).__name__, ' | '.join(cells))
for d in values[:2]:
    for o in others[:-2] + others[-1:]:
        cells = [attempt(f, d, o) for _, f in ARITHMETIC]
        cells += [attempt(f, o, d) for _, f in ARITHMETIC]
        print(repr(d), type(o).__name__, ' | '.join(cells))

# The dunders themselves answer NotImplemented.
for name in ['__lt__', '__le__', '__gt__', '__ge__', '__eq__', '__ne__', '__add__', '__radd__',
             '__sub__', '__rsub__', '__mul__', '__rmul__', '__truediv__', '__rtruediv__', '__pow__',
             '__rpow__', '__mod__', '__rmod__', '__floordiv__', '__divmod__']:
    print(name, getattr(Decimal(1), name)(object()) is NotImplemented,
          getattr(Decimal(1), name)(1.5) is NotImplemented)

# Conversions that are refused name the type.
for v in [timedelta(2), date(2000, 1, 1), collections.deque(), collections.OrderedDict(), Opaque(),
          Money(1), [1, 2], {1: 2}, object(), 1j]:
    print(attempt(Decimal, v) if not isinstance(v, list) else 'list', attempt(Decimal(1).compare, v),
          attempt(Decimal(1).quantize, v), attempt(Decimal(1).max, v))

# Three-argument pow with operands Decimal cannot take.
for args in [(Decimal(2), 3, 'x'), (Decimal(2), 'x', 3), (Decimal(2), Fraction(1), 3),
             (2, Decimal(3), 'x'), (Decimal(2), 3, 5), (Decimal(2), Decimal(10), Decimal(7))]:
    print(attempt(pow, *args))

# Sorting a mixed list goes through the reflected comparisons.
wallet = [Money('2.50'), Decimal('1.25'), Money('0.75'), Decimal('3')]
print(sorted(wallet, key=lambda v: v.v if isinstance(v, Money) else v))
print(Decimal(1) < Money(2), Decimal(3) > Money(2), Decimal(2) <= Money(2), Decimal(1) >= Money(2))
print(max(Decimal('0.5'), Money('0.25'), key=lambda v: v if isinstance(v, Decimal) else v.v))


# repr of a subclass keeps Decimal's own spelling.
class Price(Decimal):
    def __str__(self):
        return 'EUR ' + Decimal.__str__(self)


class Tagged(Decimal):
    def __repr__(self):
        return 'Tagged<%s>' % Decimal.__str__(self)


for text in ['9.99', '-0', '1E+3', 'NaN', 'sNaN12', '-Infinity', '0.000001', '123456789012345678901234567890']:
    p = Price(text)
    print(repr(p), str(p), [p], (p,), repr(Tagged(text)), [Tagged(text)], '%r' % (p,), f'{p!r}')
