# Fraction: construction, arithmetic with every numeric type, comparisons, hashing, errors.
import copy
import math
import operator
from fractions import Fraction


def show(label, fn):
    try:
        r = fn()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


# construction from int, bool, Fraction, float, str, pairs
for args in [(), (7,), (-7,), (True,), (0, 5), (6, 4), (-6, 4), (6, -4), (-6, -4), (10**30, 10**20),
             (Fraction(1, 3),), (Fraction(1, 3), Fraction(2, 5)), (3, Fraction(3, 4)), (Fraction(5, 2), 5),
             (True, 2), (0.5,), (-0.0,), (1e300,), (1e-300,), (5e-324,), (0.1,), (2 ** 0.5,), (12345.6789,)]:
    show('Fraction%r' % (args,), lambda: Fraction(*args))
for s in ['0', '  3/4  ', '-3/4', '+3/4', '3/-4', '1.5', '.5', '5.', '-.25e2', '1e-3', '1E3', '2.5e+2',
          '1_000', '1_000/3_000', '1_0.2_5', '1e1_0', '0/5', '00012/0003', '\t-7\n', '3 /4', '3/ 4',
          '1__0', '_1', '1_', 'inf', 'nan', '', ' ', '1/0', '1.5/2', '/2', '1/', '0x10', '١٢/٣', 'abc',
          '+-1', '1e', '.', '-', '1.2.3', '1/2/3']:
    show('Fraction(%r)' % s, lambda: Fraction(s))
for bad in [(1.5, 2), (1, 2.5), ('1', 2), (1, '2'), (None,), ([1],), (1j,), (float('nan'),),
            (float('inf'),), (float('-inf'),), (1, 0), (Fraction(1, 2), 0), (0, 0), (Fraction(0), Fraction(0))]:
    show('Fraction%r' % (bad,), lambda: Fraction(*bad))
show('kw', lambda: Fraction(numerator=3, denominator=6))
show('kw2', lambda: Fraction(denominator=4))
show('unnormalized', lambda: Fraction(4, 8, _normalize=False).denominator)

# from_float / as_integer_ratio / limit_denominator
for x in [0.1, -2.5, 3, True, 1e20, 0.0]:
    show('from_float %r' % x, lambda: Fraction.from_float(x))
for x in ['1', Fraction(1, 2), float('nan'), float('inf'), None]:
    show('from_float %r' % x, lambda: Fraction.from_float(x))
show('from_decimal 3', lambda: Fraction.from_decimal(3))
print(Fraction(-3, 9).as_integer_ratio(), Fraction(0).as_integer_ratio(), Fraction(10**25, 7).as_integer_ratio())
pi = Fraction(math.pi)
for m in [1, 2, 7, 10, 100, 113, 1000, 10**6, 10**9, 10**20]:
    print('limit', m, pi.limit_denominator(m), (-pi).limit_denominator(m))
print(Fraction(3, 7).limit_denominator(7), Fraction(3, 7).limit_denominator(6), Fraction(1, 2).limit_denominator(1),
      Fraction(3, 2).limit_denominator(1), Fraction(-3, 2).limit_denominator(1), Fraction(5).limit_denominator(1),
      Fraction(1, 3).limit_denominator())
for m in [0, -1]:
    show('limit %r' % m, lambda: Fraction(1, 3).limit_denominator(m))
lim = Fraction(3, 7).limit_denominator(10)
print(lim, type(lim).__name__)

# arithmetic
a, b = Fraction(3, 4), Fraction(-5, 6)
others = [2, -3, True, 0, 10**25, Fraction(2, 3), Fraction(-7, 5), 0.5, -2.25, 1e300, float('inf'), float('nan'),
          1 + 2j, 0.5j, Fraction(0)]
ops = [('+', operator.add), ('-', operator.sub), ('*', operator.mul), ('/', operator.truediv),
       ('//', operator.floordiv), ('%', operator.mod), ('divmod', divmod), ('**', operator.pow)]
for x in [a, b]:
    for o in others:
        for name, op in ops:
            if name == '**' and o == 10**25:
                continue
            show('%r %s %r' % (x, name, o), lambda: op(x, o))
            show('%r %s %r' % (o, name, x), lambda: op(o, x))
for name, op in ops:
    show('%s str' % name, lambda: op(a, 'x'))
    show('%s rstr' % name, lambda: op('x', a))
    show('%s None' % name, lambda: op(a, None))
    show('%s list' % name, lambda: op([1], a))
for e in [0, 1, 2, 3, -1, -2, -3, Fraction(1, 2), Fraction(-1, 2), Fraction(4, 1), Fraction(-4, 1), 0.5, -1.5, 2j, 10]:
    for base in [Fraction(2, 3), Fraction(-2, 3), Fraction(4), Fraction(0), Fraction(9, 4)]:
        show('%r ** %r' % (base, e), lambda: base ** e)
for base in [2, -2, 0, 1, 4, 2.5, -2.5, 2j, True]:
    for e in [Fraction(3), Fraction(-3), Fraction(1, 2), Fraction(0), Fraction(-1, 2)]:
        show('%r ** %r' % (base, e), lambda: base ** e)
show('pow3', lambda: pow(Fraction(2), 3, 5))
print(-a, +a, abs(b), -Fraction(0), +b, type(+b).__name__, abs(Fraction(-0)))
x = Fraction(7, 3)
x += 1; print(x)
x -= Fraction(1, 3); print(x)
x *= 3; print(x)
x /= 4; print(x)
x **= 2; print(x)
x //= Fraction(1, 7); print(x)
x %= 5; print(x)

# conversions and rounding
for v in [Fraction(7, 2), Fraction(-7, 2), Fraction(5, 2), Fraction(-5, 2), Fraction(3, 2), Fraction(1, 3),
          Fraction(-1, 3), Fraction(0), Fraction(10**30 + 1, 10**10), Fraction(2, 3)]:
    print(v, int(v), math.trunc(v), math.floor(v), math.ceil(v), round(v), float(v), bool(v), complex(v),
          round(v, 0), round(v, 1), round(v, 2), round(v, -1), round(v, -2), type(round(v)).__name__,
          type(math.floor(v)).__name__)
print(float(Fraction(1, 3)), float(Fraction(10**400, 3 * 10**399)), float(Fraction(1, 10**400)), float(Fraction(2**1100, 2**1000)))
show('float big', lambda: float(Fraction(10**400, 3)))
show('index', lambda: operator.index(Fraction(1, 2)))
show('index int', lambda: operator.index(Fraction(4)))
show('hex', lambda: hex(Fraction(4)))
print(round(Fraction(25, 100), 1), round(Fraction(35, 100), 1), round(Fraction(-25, 100), 1), round(Fraction(15, 1), -1),
      round(Fraction(25, 1), -1), round(Fraction(-25, 1), -1))

# comparisons
vals = [Fraction(1, 2), Fraction(-1, 2), 0, 1, 0.5, 0.25, -0.5, float('inf'), float('-inf'), float('nan'), 10**30,
        Fraction(10**30), 0.5 + 0j, 0.5 + 1j, 2 ** 0.5, True, Fraction(1)]
for p in [Fraction(1, 2), Fraction(1), Fraction(-1, 2)]:
    for q in vals:
        for name in ['eq', 'ne', 'lt', 'le', 'gt', 'ge']:
            op = getattr(operator, name)
            show('%r %s %r' % (p, name, q), lambda: op(p, q))
            show('%r %s %r' % (q, name, p), lambda: op(q, p))
print(Fraction(1, 2) == 'x', Fraction(1, 2) != None, Fraction(0) == False, Fraction(1) == True)
show('lt str', lambda: Fraction(1, 2) < 'x')
show('lt complex', lambda: Fraction(1, 2) < 1j)
print(sorted([Fraction(1, 3), 0.3, 1, Fraction(-1), -0.5, True, Fraction(1, 2)]), max(Fraction(1, 3), 0.3), min(2, Fraction(5, 2)))

# hashing agrees with int and float
for v in [Fraction(0), Fraction(1), Fraction(-1), Fraction(1, 2), Fraction(-1, 2), Fraction(3, 4), Fraction(1, 3),
          Fraction(-1, 3), Fraction(10**30), Fraction(-10**30), Fraction(2**61 - 1), Fraction(2**61), Fraction(1, 2**61 - 1),
          Fraction(1, 2**62 - 2), Fraction(5, 10**20), Fraction(2 ** 0.5), Fraction(1e300), Fraction(-1e-300)]:
    f = float(v) if abs(v) < 10**300 else None
    print('hash', v, hash(v), hash(v) == hash(f) if f is not None and Fraction(f) == v else '-',
          hash(v) == hash(int(v)) if v.denominator == 1 else '-')
print(len({Fraction(1, 2), 0.5, Fraction(2, 4), 1, Fraction(1), 1.0, True}), Fraction(3) in {3}, 0.25 in {Fraction(1, 4)})

# repr, str, format, properties
for v in [Fraction(3, 4), Fraction(-3, 4), Fraction(5), Fraction(0), Fraction(-10**20, 3)]:
    print(repr(v), str(v), '%s' % v, f'{v}', f'{v!r}', format(v), format(v, ''), v.numerator, v.denominator,
          v.real, v.imag, v.conjugate(), type(v.real).__name__, type(v.imag).__name__)
for spec in ['f', '.2f', '10', '>10', 'd']:
    show('format %r' % spec, lambda: format(Fraction(1, 3), spec))
show('is_integer', lambda: Fraction(4).is_integer())
print(hasattr(Fraction, 'is_integer'), hasattr(Fraction, '__format__') and Fraction.__format__ is object.__format__)
print(Fraction.__name__, Fraction.__module__, Fraction.__qualname__, Fraction.__slots__ if hasattr(Fraction, '__slots__') else '-')
show('setattr', lambda: setattr(Fraction(1), 'numerator', 3))
show('newattr', lambda: setattr(Fraction(1), 'foo', 3))

# subclasses
class MyFrac(Fraction):
    def __repr__(self):
        return 'MyFrac<%s>' % self
m = MyFrac(6, 4)
print(m, repr(m), type(m).__name__, type(m + 1).__name__, type(-m).__name__, type(m.limit_denominator(1)).__name__,
      type(MyFrac.from_float(0.25)).__name__, MyFrac.from_float(0.25), type(copy.copy(m)).__name__, copy.copy(m) == m,
      type(round(m, 1)).__name__, isinstance(m, Fraction), hash(m) == hash(1.5))
f = Fraction(2, 3)
print(copy.copy(f) is f, copy.deepcopy(f) is f, copy.deepcopy([f])[0] == f, f.__reduce__())
show('MyFrac.from_float bad', lambda: MyFrac.from_float('1'))

class Half:
    def __radd__(self, other):
        return 'Half.__radd__'
    def __eq__(self, other):
        return 'Half.__eq__'
    def __gt__(self, other):
        return 'Half.__gt__'
print(Fraction(1) + Half(), Fraction(1) == Half(), Fraction(1) < Half())
print(sum([Fraction(1, 3)] * 3), sum([0.5, Fraction(1, 2)]), sum(Fraction(1, 2 ** k) for k in range(60)))
print(math.isclose(Fraction(1, 3), 1 / 3), math.fsum([Fraction(1, 3), Fraction(2, 3)]), math.sqrt(Fraction(9, 4)))
print(math.gcd(Fraction(4).numerator, 6), divmod(Fraction(7, 2), 2), divmod(-7, Fraction(2)), Fraction(7, 2) % -2, -7 // Fraction(2))
for s in ['1.d', '1.D', '1.dd', '5.e3', '.5e-2', '-0', '0.000', '1e+0', '1E-0_1']:
    show('Fraction(%r)' % s, lambda: Fraction(s))


class MyInt(int):
    pass


class MyStr(str):
    pass


for args in [(MyInt(6), MyInt(4)), (MyInt(6),), (6, MyInt(-4)), (True, True), (MyStr('3/9'),), (Fraction(1, 2), True),
             (-(10 ** 50), 10 ** 49), (10 ** 50 + 1, -(10 ** 25))]:
    show('Fraction%r' % (args,), lambda: Fraction(*args))
    show('  parts', lambda: (type(Fraction(*args).numerator).__name__, type(Fraction(*args).denominator).__name__))
big = Fraction(10 ** 40 + 7, 3 * 10 ** 39 + 1)
print(big.limit_denominator(10 ** 10), big.limit_denominator(12345), round(big, 30), round(big, -1), math.floor(-big), math.ceil(-big))
print(Fraction(1, 3) + Fraction(1, 6), Fraction(5, 12) - Fraction(1, 12), Fraction(6, 35) * Fraction(14, 15),
      Fraction(6, 35) / Fraction(-12, 7), Fraction(-6, 35) / Fraction(-12, 7), Fraction(0) / Fraction(-3, 7),
      Fraction(7, 6) // Fraction(-1, 4), Fraction(7, 6) % Fraction(-1, 4), divmod(Fraction(-7, 6), Fraction(1, 4)))
print(Fraction(2, 3) ** MyInt(2), MyInt(2) ** Fraction(2), type(MyInt(2) ** Fraction(2)).__name__, 2 ** Fraction(-2),
      (-2) ** Fraction(-3), Fraction(-2, 3) ** -3, 0 ** Fraction(0), Fraction(1, 4) ** Fraction(1, 2), True + Fraction(1, 2))
show('0 ** -1', lambda: 0 ** Fraction(-1))
show('(-8) ** 1/3', lambda: (-8) ** Fraction(1, 3))
show('Fraction(-8) ** 1/3', lambda: Fraction(-8) ** Fraction(1, 3))


class Tagged:
    def __new__(cls, *args, **kwargs):
        print('Tagged.__new__', cls.__name__, args)
        return super().__new__(cls)


class TaggedFraction(Fraction, Tagged):
    pass


tf = TaggedFraction(6, 8)
print(tf, type(tf).__name__, [c.__name__ for c in TaggedFraction.__mro__], type(tf + 1).__name__)
