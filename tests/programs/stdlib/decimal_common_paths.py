# The everyday Decimal paths (construction, + - * /, quantize, comparisons, sum, str, contexts
# of several precisions) on generated operands, with the flags each step raised; then the
# language corners those paths lean on: stores into __slots__, classes compared with == and
# `in`, and instances of classes with attribute hooks.
import decimal
from decimal import (Decimal, Context, localcontext, getcontext, ROUND_HALF_UP, ROUND_HALF_EVEN,
                     ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)

SIGNALS = [decimal.InvalidOperation, decimal.FloatOperation, decimal.DivisionByZero,
           decimal.Overflow, decimal.Underflow, decimal.Subnormal, decimal.Inexact,
           decimal.Rounded, decimal.Clamped]
ROUNDINGS = [ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
             ROUND_HALF_DOWN, ROUND_05UP]


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return (self.state >> 33) % bound


rng = Lcg(4242)


def raised(ctx):
    names = [s.__name__ for s in SIGNALS if ctx.flags[s]]
    ctx.clear_flags()
    return ','.join(names) or '-'


def number_text():
    kind = rng.next(30)
    if kind == 0:
        return ['NaN', '-sNaN7', 'Infinity', '-Inf', 'nan12'][rng.next(5)]
    whole = str(rng.next(10 ** (1 + rng.next(12))))
    text = whole
    if rng.next(3):
        text += '.' + str(rng.next(10 ** (1 + rng.next(6)))).zfill(1 + rng.next(4))
    if rng.next(6) == 0:
        text += 'E' + str(rng.next(400) - 200)
    if rng.next(2):
        text = '-' + text
    return text


def operand():
    roll = rng.next(4)
    if roll == 0:
        return Decimal(rng.next(100000) - 50000)
    if roll == 1:
        return rng.next(1000) - 500  # a plain int on either side of the operator
    return Decimal(number_text())


def show(label, action, ctx):
    try:
        value = action()
    except Exception as e:
        print(label, type(e).__name__, raised(ctx))
        return None
    print(label, value, raised(ctx))
    return value


def run_operations(count, ctx):
    total = Decimal(0)
    for i in range(count):
        a, b = operand(), operand()
        op = rng.next(8)
        if op == 0:
            show('add', lambda: a + b, ctx)
        elif op == 1:
            show('sub', lambda: a - b, ctx)
        elif op == 2:
            show('mul', lambda: a * b, ctx)
        elif op == 3:
            show('div', lambda: a / b, ctx)
        elif op == 4:
            mode = ROUNDINGS[rng.next(len(ROUNDINGS))]
            places = Decimal(1).scaleb(-rng.next(6))
            show('quantize ' + mode, lambda: Decimal(a).quantize(places, rounding=mode), ctx)
        elif op == 5:
            show('compare', lambda: (a < b, a <= b, a == b, a != b, a > b, a >= b), ctx)
        elif op == 6:
            show('str', lambda: (str(Decimal(a)), repr(Decimal(b))), ctx)
        else:
            show('floordiv', lambda: (a // b, a % b), ctx)
        if isinstance(a, Decimal) and a.is_finite() and abs(a) < 10 ** 15:
            total += a
    return total


ctx = getcontext()
ctx.traps[decimal.InvalidOperation] = False
ctx.traps[decimal.DivisionByZero] = False
print('default', run_operations(400, ctx), raised(ctx))
for prec in (3, 9, 50, 140, 300):
    with localcontext(prec=prec, rounding=ROUNDINGS[prec % len(ROUNDINGS)]) as local:
        print('prec', prec, run_operations(120, local), raised(local))
print('after', getcontext().prec, getcontext().rounding)

# Exponent gaps and precisions past any table of powers of ten.
with localcontext(prec=400) as wide:
    print(Decimal('1E+300') + Decimal('1E-300'), raised(wide))
    print(Decimal(1) / Decimal(7), raised(wide))
    print(Decimal('9' * 400) + 1, raised(wide))
    print((Decimal('1E+150') * Decimal('3E+150')).quantize(Decimal('1E+290')), raised(wide))
print(Decimal('1E+500') - Decimal('1E-500'), raised(ctx))
print(Decimal('123456789').quantize(Decimal('1E-300')), raised(ctx))

# Conditions that share InvalidOperation's flag, trapped and not.
for trap in (False, True):
    with localcontext() as c:
        c.traps[decimal.InvalidOperation] = trap
        for make in (lambda: Decimal('1.2.3'), lambda: Decimal(0) / 0,
                     lambda: Decimal(10) ** 100 // Decimal('0.0000001'),
                     lambda: Decimal('sNaN') + 1, lambda: Decimal('Inf') - Decimal('Inf')):
            try:
                print('invalid', make(), raised(c))
            except decimal.DecimalException as e:
                print('trapped', type(e).__name__, [k.__name__ for k in e.args[0]], raised(c))

# A new Decimal each time, of the class asked for.
class Money(Decimal):
    pass

d = Decimal('2.50')
print(Decimal(d) is d, type(Money(d)).__name__, Money(d), type(Decimal(Money('3'))).__name__)
for source in ('7.25', 12, -3, 1.5, (1, (4, 2), -1), 'sNaN3', '-Infinity'):
    x, y = Decimal(source), Decimal(source)
    m = Money(source)
    print(repr(x), x is y, type(m).__name__, repr(m), x.compare_total(m))
print(sum([Decimal('0.1')] * 10), sum((Money(i) / 3 for i in range(6)), Decimal(0)))

# Classes compared as values: identity for plain classes, a metaclass's __eq__ where there is one.
print(decimal.Inexact in (decimal.Rounded, decimal.Inexact), ValueError in (TypeError, KeyError))
print(int == int, int != str, [int, str].index(str), (float, int).count(int))
print(int < str if False else 'skip', {int: 1, str: 2}[str])
try:
    print(int < str)
except Exception as e:
    print(type(e).__name__, e)

class Loose(type):
    def __eq__(cls, other):
        return True
    __hash__ = type.__hash__

class A(metaclass=Loose):
    pass

class B(metaclass=Loose):
    pass

print(A == B, A in (B,), A != B, int in (A,), B == int)

# Stores into __slots__.
class Point:
    __slots__ = ('x', 'y')

class Shadowed(Point):
    __slots__ = ()

    @property
    def y(self):
        return 'fixed'

class Open(Point):
    __slots__ = ('__dict__',)

p = Point()
p.x = 1
p.y = 2
print(p.x, p.y)
for target, name in ((p, 'z'), (Shadowed(), 'y'), (Shadowed(), 'q')):
    try:
        setattr(target, name, 5)
        print('set', name, getattr(target, name))
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(Point().x)
except Exception as e:
    print(type(e).__name__, e)
o = Open()
o.x = 3
o.extra = 4
print(o.x, o.extra, vars(o))
del p.x
try:
    print(p.x)
except Exception as e:
    print(type(e).__name__, e)

def doubling(self, name, value):
    object.__setattr__(self, name, value * 2)

Point.__setattr__ = doubling
p.x = 10
print(p.x, p.y)
del Point.__setattr__
p.y = 7
print(p.x, p.y)

# Instances of classes with __setattr__ or __delattr__, read before and after some class defines
# __getattribute__.
class Guarded:
    def __setattr__(self, name, value):
        if name.startswith('_'):
            raise AttributeError('private: ' + name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        raise AttributeError('fixed: ' + name)

g = Guarded()
g.a = 1
print(g.a, vars(g), getattr(g, 'b', 'none'), hasattr(g, 'a'))
for action in (lambda: setattr(g, '_p', 1), lambda: delattr(g, 'a'), lambda: g.missing):
    try:
        action()
    except Exception as e:
        print(type(e).__name__, e)

class Other(Guarded):
    pass

object.__setattr__(g, '__class__', Other)
print(type(g).__name__, g.a)
Guarded.__getattribute__ = lambda self, name: 'seen ' + name
print(g.a, g.anything, Other().x)
del Guarded.__getattribute__
print(g.a, getattr(g, 'missing', 'gone'))
