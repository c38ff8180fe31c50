# Generated Decimal arithmetic: operand pairs from a fixed linear congruential generator, run
# through every operator in many precisions, rounding modes and exponent ranges. Each line shows
# the result and the flags the operation raised.
import decimal
from fractions import Fraction
from decimal import (Decimal, Context, ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN,
                     ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)

ROUNDINGS = [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
             ROUND_HALF_DOWN, ROUND_05UP]
SIGNALS = [decimal.InvalidOperation, decimal.FloatOperation, decimal.DivisionByZero,
           decimal.Overflow, decimal.Underflow, decimal.Subnormal, decimal.Inexact,
           decimal.Rounded, decimal.Clamped]


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return (self.state >> 33) % bound


rng = Lcg(20261126)


def digits(count):
    out = str(1 + rng.next(9)) if rng.next(4) else str(rng.next(10))
    for _ in range(count - 1):
        # Runs of nines and zeros reach the carry and halfway cases.
        pick = rng.next(10)
        out += '9' if pick < 3 else '0' if pick < 5 else str(rng.next(10))
    return out


def operand(spread):
    roll = rng.next(40)
    sign = '-' if rng.next(2) else ''
    if roll == 0:
        return Decimal(sign + 'Infinity')
    if roll == 1:
        return Decimal(sign + 'NaN' + ('' if rng.next(2) else str(rng.next(1000))))
    if roll == 2:
        return Decimal(sign + '0E' + str(rng.next(2 * spread + 1) - spread))
    if roll == 3:
        return Decimal(sign + '5E' + str(rng.next(7) - 3))
    text = digits(1 + rng.next(rng.next(40) + 1))
    exp = rng.next(2 * spread + 1) - spread
    return Decimal(sign + text + 'E' + str(exp))


def flags(ctx):
    return ''.join(s.__name__[:3] for s in SIGNALS if ctx.flags[s])


def show(label, ctx, thunk):
    ctx.clear_flags()
    try:
        result = thunk()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
        return
    if isinstance(result, tuple):
        result = ' '.join(str(r) for r in result)
    print(label, result, flags(ctx))


def make_context():
    prec = [1, 2, 3, 4, 5, 7, 9, 12, 16, 28, 34][rng.next(11)]
    rounding = ROUNDINGS[rng.next(8)]
    if rng.next(3) == 0:
        emax = 5 + rng.next(40)
        ctx = Context(prec=prec, rounding=rounding, Emax=emax, Emin=-emax, clamp=rng.next(2),
                      traps=[])
    else:
        ctx = Context(prec=prec, rounding=rounding, traps=[])
    return ctx


def binary_round(n):
    ctx = make_context()
    spread = 6 if ctx.Emax < 100 else 30
    a, b = operand(spread), operand(spread)
    print('--', n, ctx.prec, ctx.rounding, ctx.Emin, ctx.Emax, ctx.clamp, '|', a, b)
    show('add', ctx, lambda: ctx.add(a, b))
    show('sub', ctx, lambda: ctx.subtract(a, b))
    show('mul', ctx, lambda: ctx.multiply(a, b))
    show('div', ctx, lambda: ctx.divide(a, b))
    show('divint', ctx, lambda: ctx.divide_int(a, b))
    show('rem', ctx, lambda: ctx.remainder(a, b))
    show('divmod', ctx, lambda: ctx.divmod(a, b))
    show('cmp', ctx, lambda: ctx.compare(a, b))
    show('max', ctx, lambda: ctx.max(a, b))
    show('min', ctx, lambda: ctx.min(a, b))
    show('plus', ctx, lambda: ctx.plus(a))
    show('minus', ctx, lambda: ctx.minus(b))
    show('abs', ctx, lambda: ctx.abs(a))
    show('q', ctx, lambda: ctx.quantize(a, b))
    show('norm', ctx, lambda: ctx.normalize(a))
    show('intx', ctx, lambda: ctx.to_integral_exact(a))
    show('intv', ctx, lambda: ctx.to_integral_value(b))
    show('sqrt', ctx, lambda: ctx.sqrt(a))
    show('fma', ctx, lambda: ctx.fma(a, b, operand(spread)))
    show('scaleb', ctx, lambda: ctx.scaleb(a, rng.next(21) - 10))
    show('pow', ctx, lambda: ctx.power(a, rng.next(13) - 4))
    show('create', ctx, lambda: ctx.create_decimal(str(a)))
    show('sameq', ctx, lambda: a.same_quantum(b))
    show('class', ctx, lambda: ctx.number_class(a))
    show('total', ctx, lambda: a.compare_total(b))


for n in range(700):
    binary_round(n)


# The operators use the current context; check them with a few precisions and roundings.
for n in range(200):
    ctx = make_context()
    decimal.setcontext(ctx)
    a, b = operand(8), operand(8)
    label = '%d %s %s' % (ctx.prec, ctx.rounding, a)
    out = []
    for name, thunk in [('+', lambda: a + b), ('-', lambda: a - b), ('*', lambda: a * b),
                        ('/', lambda: a / b), ('//', lambda: a // b), ('%', lambda: a % b),
                        ('-x', lambda: -a), ('+x', lambda: +a), ('abs', lambda: abs(a)),
                        ('**', lambda: a ** (rng.next(7) - 2)), ('<', lambda: a < b),
                        ('==', lambda: a == b), ('int+', lambda: a + 7), ('rint', lambda: 3 - a)]:
        ctx.clear_flags()
        try:
            out.append('%s=%s' % (name, thunk()))
        except Exception as e:
            out.append('%s!%s' % (name, type(e).__name__))
    print(label, b, ' '.join(out))

decimal.setcontext(decimal.DefaultContext)

# Exact integer arithmetic agrees with int arithmetic while results fit the precision.
ctx = Context(prec=60, traps=[decimal.Inexact])
bad = 0
for n in range(300):
    x = rng.next(10 ** 12) - 5 * 10 ** 11
    y = rng.next(10 ** 9) - 5 * 10 ** 8 or 7
    ok = (ctx.add(x, y) == x + y and ctx.multiply(x, y) == x * y
          and ctx.divide_int(x, y) == abs(x) // abs(y) * (1 if (x < 0) == (y < 0) else -1)
          and int(ctx.remainder(x, y)) == x - y * int(ctx.divide_int(x, y))
          and int(ctx.power(y, 3)) == y ** 3)
    if not ok:
        bad += 1
        print('mismatch', x, y)
print('integer checks failed:', bad)

# Conversions back to numbers.
for n in range(150):
    a = operand(12)
    if not a.is_finite():
        continue
    try:
        rounded = (round(a, 2), round(a, -1))
    except decimal.InvalidOperation as e:
        rounded = ('too long', e.args)
    print(a, int(a), float(a), round(a), a.__floor__(), a.__ceil__(), a.as_integer_ratio(),
          hash(a) == hash(Fraction(*a.as_integer_ratio())), rounded)

# exp, ln and log10 are correctly rounded (half-even whatever the context says); powers with a
# fractional exponent round e ** (y ln x).
for n in range(250):
    ctx = make_context()
    a = operand(4)
    row = []
    for name in ['exp', 'ln', 'log10']:
        ctx.clear_flags()
        try:
            row.append('%s %s' % (getattr(ctx, name)(a), flags(ctx)))
        except Exception as e:
            row.append('!! %s' % type(e).__name__)
    ctx.rounding = [ROUND_HALF_EVEN, ROUND_HALF_UP][rng.next(2)]
    exponent = Decimal('%d.%dE%d' % (rng.next(10), 1 + rng.next(99), rng.next(4) - 2))
    if rng.next(2):
        exponent = -exponent
    ctx.clear_flags()
    try:
        row.append('pow %s %s' % (ctx.power(a, exponent), flags(ctx)))
    except decimal.InvalidOperation as e:
        row.append('!! InvalidOperation')
    print(ctx.prec, ctx.rounding, ctx.Emax, a, exponent, ' | '.join(row))

# The remaining methods: magnitudes, total order, neighbours, remainder_near, digit-wise logic,
# rotate/shift, modular powers and the context's conversions.
def bits():
    return ''.join('01'[rng.next(2)] for _ in range(1 + rng.next(12))) + ['', '', 'E1', '.0'][rng.next(4)]


for n in range(300):
    ctx = make_context()
    a, b, c = operand(8), operand(8), operand(8)
    x, y = Decimal(bits()), Decimal(bits())
    k = rng.next(25) - 12
    m = rng.next(20)
    tests = [
        ('maxmag', lambda: ctx.max_mag(a, b)), ('minmag', lambda: ctx.min_mag(a, b)),
        ('cs', lambda: ctx.compare_signal(a, b)), ('ctm', lambda: a.compare_total_mag(b)),
        ('logb', lambda: ctx.logb(a)), ('np', lambda: ctx.next_plus(a)),
        ('nm', lambda: ctx.next_minus(a)), ('nt', lambda: ctx.next_toward(a, b)),
        ('rn', lambda: ctx.remainder_near(a, b)), ('and', lambda: ctx.logical_and(x, y)),
        ('or', lambda: ctx.logical_or(x, y)), ('xor', lambda: ctx.logical_xor(x, y)),
        ('inv', lambda: ctx.logical_invert(x)), ('rot', lambda: ctx.rotate(a, k)),
        ('sh', lambda: ctx.shift(a, k)), ('pm', lambda: ctx.power(a, m, b)),
        ('ti', lambda: a.to_integral_value(rounding=ROUND_HALF_UP, context=ctx)),
        ('q', lambda: a.quantize(b, ROUND_UP, ctx)), ('eng', lambda: ctx.to_eng_string(a)),
        ('sub', lambda: a.is_subnormal(ctx)), ('cs2', lambda: a.copy_sign(b)),
        ('cdf', lambda: ctx.create_decimal_from_float(m / 7)),
    ]
    out = []
    for name, thunk in tests:
        ctx.clear_flags()
        try:
            out.append('%s=%s%s' % (name, thunk(), flags(ctx)))
        except Exception as e:
            out.append('%s!%s' % (name, type(e).__name__))
    print(ctx.prec, ctx.rounding, ctx.Emax, ctx.clamp, a, b, x, y, k, m, ' '.join(out))
