# Decimal contexts: construction and validation, repr, flags and traps, the signal classes and
# the exceptions they raise, localcontext, the template contexts, comparisons, hashing and the
# errors of mixing Decimals with other types.
import decimal
from decimal import (Decimal, Context, getcontext, setcontext, localcontext, DefaultContext,
                     BasicContext, ExtendedContext, InvalidOperation, DivisionByZero, Inexact,
                     Rounded, Overflow, Underflow, Subnormal, Clamped, FloatOperation,
                     ConversionSyntax, DivisionImpossible, DivisionUndefined, InvalidContext,
                     DecimalException)
from fractions import Fraction


def attempt(thunk):
    try:
        return repr(thunk())
    except Exception as e:
        return '%s %s' % (type(e).__name__, e)


print(getcontext())
print(DefaultContext)
print(BasicContext)
print(ExtendedContext)
print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY)
print(decimal.HAVE_THREADS, decimal.HAVE_CONTEXTVAR, decimal.__version__)
print([decimal.ROUND_DOWN, decimal.ROUND_HALF_UP, decimal.ROUND_HALF_EVEN, decimal.ROUND_CEILING,
       decimal.ROUND_FLOOR, decimal.ROUND_UP, decimal.ROUND_HALF_DOWN, decimal.ROUND_05UP])

# The signal classes and their bases.
for cls in [DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionImpossible,
            DivisionUndefined, InvalidContext, DivisionByZero, Inexact, Rounded, Subnormal,
            Overflow, Underflow]:
    print(cls.__name__, [b.__name__ for b in cls.__mro__], issubclass(cls, ArithmeticError),
          issubclass(cls, ZeroDivisionError))
print(issubclass(FloatOperation, DecimalException))

# Construction and validation.
print(Context(prec=5, rounding=decimal.ROUND_UP, Emin=-9, Emax=9, capitals=0, clamp=1,
              flags=[Inexact], traps=[Overflow, Clamped]))
for kwargs in [dict(prec=0), dict(prec=-3), dict(prec='5'), dict(prec=1.5), dict(rounding='X'),
               dict(rounding=1), dict(Emin=1), dict(Emax=-1), dict(Emin='a'), dict(capitals=2),
               dict(clamp=-1), dict(traps=[1]), dict(flags={Inexact: True}), dict(traps=[int]),
               dict(prec=decimal.MAX_PREC), dict(Emax=decimal.MAX_EMAX)]:
    print(kwargs, attempt(lambda: Context(**kwargs)))
full = {s: s in (Inexact, Rounded) for s in [InvalidOperation, FloatOperation, DivisionByZero,
                                             Overflow, Underflow, Subnormal, Inexact, Rounded,
                                             Clamped]}
print(Context(traps=full))

c = Context()
for name, value in [('prec', 0), ('prec', 12), ('rounding', 'nope'), ('rounding', 'ROUND_UP'),
                    ('Emin', 5), ('Emin', -50), ('Emax', 50), ('capitals', 0), ('clamp', 1),
                    ('traps', [Inexact]), ('flags', [Rounded]), ('other', 1)]:
    def assign():
        setattr(c, name, value)
        return getattr(c, name, None)
    print(name, value, attempt(assign))
print(c)
print(attempt(lambda: delattr(c, 'prec')))
print(c.Etiny(), c.Etop(), getcontext().Etiny(), getcontext().Etop())
print(c.flags)
print(c.traps)
print(attempt(lambda: c.traps[1]), attempt(lambda: c.flags['x']))
c.traps[DivisionByZero] = 1
print(c.traps[DivisionByZero], DivisionByZero in c.traps, len(c.traps), list(c.traps)[:3])
twin = c.copy()
twin.prec = 3
twin.flags[Clamped] = True
print(c.prec, twin.prec, c.flags[Clamped], twin.flags[Clamped])
c.clear_flags()
c.clear_traps()
print(c)

# Flags collect; traps turn signals into exceptions whose argument lists the trapped causes.
ctx = Context(prec=3, traps=[])
for thunk in [lambda: ctx.divide(1, 3), lambda: ctx.divide(1, 0), lambda: ctx.divide(0, 0),
              lambda: ctx.sqrt(-1), lambda: ctx.multiply(Decimal('9e999999'), 10),
              lambda: ctx.divide_int(10 ** 10, 3), lambda: ctx.create_decimal('bad'),
              lambda: ctx.create_decimal('1.23456'), lambda: ctx.multiply(Decimal('1e-999999'),
                                                                           Decimal('1e-3'))]:
    ctx.clear_flags()
    result = thunk()
    print(result, [s.__name__ for s in ctx.flags if ctx.flags[s]])

for traps in [[Inexact], [Rounded], [Inexact, Rounded], [InvalidOperation], [DivisionByZero],
              [Overflow], [Underflow], [Subnormal], [Clamped], [Overflow, Inexact]]:
    ctx = Context(prec=3, Emax=9, Emin=-9, traps=traps)
    row = []
    for thunk in [lambda: ctx.divide(1, 3), lambda: ctx.divide(5, 0), lambda: ctx.divide(0, 0),
                  lambda: ctx.multiply(Decimal('9e9'), 10), lambda: ctx.divide(1, 10 ** 11),
                  lambda: ctx.create_decimal('xx'), lambda: ctx.divmod(7, 0),
                  lambda: ctx.remainder(10 ** 5, 3), lambda: ctx.quantize(Decimal(1), Decimal('1e-30')),
                  lambda: ctx.add(Decimal('sNaN'), 1), lambda: ctx.create_decimal('1e12'),
                  lambda: ctx.plus(Decimal('1e-11'))]:
        try:
            row.append(str(thunk()))
        except DecimalException as e:
            row.append('%s%s' % (type(e).__name__, [a.__name__ for a in e.args[0]]))
    print([t.__name__ for t in traps], row)

# The trapped exceptions are also the standard errors they extend.
for thunk in [lambda: Decimal(1) / 0, lambda: Decimal(0) / 0, lambda: Decimal(1) // 0,
              lambda: Decimal(5) % 0]:
    try:
        thunk()
    except ZeroDivisionError as e:
        print('ZeroDivisionError', type(e).__name__, e)
    except ArithmeticError as e:
        print('ArithmeticError', type(e).__name__, e)

# localcontext: a copy for the block, keyword settings, restored afterwards.
before = getcontext()
before.prec = 28
with localcontext() as lc:
    lc.prec = 5
    print(Decimal(1) / 7, getcontext() is lc, lc is before)
print(Decimal(1) / 7, getcontext() is before)
with localcontext(prec=4, rounding=decimal.ROUND_DOWN) as lc:
    print(Decimal(2) / 3, lc.prec, lc.rounding)
with localcontext(Context(prec=2)) as lc:
    print(Decimal(2) / 3)
    with localcontext(prec=6, traps=[Inexact]):
        print(attempt(lambda: Decimal(2) / 3))
    print(Decimal(2) / 3)
print(attempt(lambda: localcontext(foo=1)))
print(attempt(lambda: localcontext(prec=0)))
print(attempt(lambda: localcontext(5)))
try:
    with localcontext(prec=3):
        raise KeyError('inside')
except KeyError as e:
    print('left the block', e, getcontext().prec)

# setcontext and the template contexts.
print(attempt(lambda: setcontext(1)))
mine = Context(prec=7)
setcontext(mine)
print(getcontext() is mine, Decimal(1) / 3)
setcontext(BasicContext)
print(getcontext() is BasicContext, getcontext().prec, Decimal(2) / 3)
print(attempt(lambda: Decimal(1) / 0))
setcontext(ExtendedContext)
print(Decimal(1) / 0, Decimal(0) / 0, getcontext().flags[DivisionByZero])
setcontext(DefaultContext)
getcontext().clear_flags()
print(getcontext() is DefaultContext, getcontext())

# Floats: construction and comparison set FloatOperation; a trap raises except for ==.
ctx = getcontext()
ctx.clear_flags()
print(Decimal(0.5), ctx.flags[FloatOperation])
ctx.clear_flags()
print(Decimal(1) < 1.5, Decimal('1.5') == 1.5, Decimal(2) >= 2.0, ctx.flags[FloatOperation])
ctx.traps[FloatOperation] = True
print(attempt(lambda: Decimal(0.5)), attempt(lambda: Decimal(1) < 1.5),
      attempt(lambda: Decimal(1) == 1.0), attempt(lambda: Decimal(1) != 1.5),
      attempt(lambda: Decimal.from_float(0.5)), attempt(lambda: ctx.create_decimal(0.5)))
ctx.traps[FloatOperation] = False
ctx.clear_flags()

# Mixing with other types.
d = Decimal('1.5')
for thunk in [lambda: d + 1.5, lambda: 1.5 + d, lambda: d * 2.0, lambda: d - 'a', lambda: d / [1],
              lambda: d ** 2.0, lambda: 2.0 ** d, lambda: divmod(d, 1.0), lambda: d // None,
              lambda: d + Fraction(1, 2), lambda: d < 'a', lambda: d >= None,
              lambda: d < 1j, lambda: d + 1j, lambda: d + True, lambda: 3 - d, lambda: 2 ** d,
              lambda: ctx.add(d, 1.5), lambda: ctx.add('1', d), lambda: d.compare(0.5),
              lambda: d.quantize(0.1), lambda: Decimal(1).quantize(Decimal(1), 'X'),
              lambda: Decimal(1).quantize(Decimal(1), context=1), lambda: round(d, None),
              lambda: round(d, 1.5)]:
    print(attempt(thunk))

# Comparisons with ints, floats, Fractions and complex numbers.
values = [Decimal('1.5'), Decimal('-0'), Decimal('0'), Decimal(3), Decimal('Infinity'),
          Decimal('-Infinity'), Decimal('1E+1'), Decimal('0.1')]
others = [0, 3, -1, 1.5, 0.1, float('inf'), Fraction(3, 2), Fraction(1, 10), complex(3, 0),
          Decimal('3.00'), 10]
for v in values:
    row = []
    for o in others:
        row.append('%s%s%s' % (int(v == o), int(v != o), attempt(lambda: (v < o, v <= o, v > o,
                                                                          v >= o))))
    print(v, ' '.join(row))
ctx.clear_flags()

# NaNs in comparisons: quiet NaN orders raise InvalidOperation, equality never raises for it.
nan, snan = Decimal('NaN'), Decimal('sNaN')
print(nan == nan, nan != nan, nan == 1, attempt(lambda: nan < 1), attempt(lambda: snan == 1),
      attempt(lambda: 1 > nan), attempt(lambda: nan.compare(1)), attempt(lambda: snan.compare(1)),
      attempt(lambda: nan.compare_signal(1)))
with localcontext(traps=[]) as lc:
    print(nan < 1, nan >= 1, snan == 1, lc.flags[InvalidOperation])

# Hashes equal those of equal ints, floats and Fractions.
for text in ['0', '-0', '1', '-1', '1.5', '-2.25', '0.1', '1e100', '123456789012345678901234567890',
             '1E-30', '-1E+30', '2.50', 'Infinity', '-Infinity']:
    d = Decimal(text)
    num, den = d.as_integer_ratio() if d.is_finite() else (0, 1)
    print(text, hash(d), hash(d) == (hash(float(d)) if d.is_infinite() else hash(Fraction(num, den))),
          hash(d) == hash(float(d)))
print(attempt(lambda: hash(Decimal('sNaN'))), hash(nan) == hash(nan))
print(len({Decimal('1.0'), Decimal(1), 1, 1.0, Fraction(1)}), {Decimal('2.50'): 'x'}[2.5])

# bool, copies and the number tower.
import copy
import numbers
print(bool(Decimal(0)), bool(Decimal('0.00')), bool(Decimal('NaN')), bool(Decimal('-1e-99')))
print(copy.copy(d) is d, copy.deepcopy(d) is d, isinstance(d, numbers.Number),
      isinstance(d, numbers.Real), d.real, d.imag, d.conjugate(), complex(Decimal('2.5')))
for method in ["exp", "ln", "log10", "sqrt"]:
    print(method, attempt(lambda: getattr(Decimal(2), method)()))

# New contexts copy DefaultContext as it is at the time, flags included; setcontext copies it
# without the flags.
decimal.DefaultContext.prec = 10
decimal.DefaultContext.traps[Inexact] = True
decimal.DefaultContext.flags[Rounded] = True
print(Context())
print(Context(prec=3, flags=[]))
setcontext(DefaultContext)
print(getcontext() is DefaultContext, getcontext())
print(attempt(lambda: Decimal(1) / 3))
