import math
from math import ceil, floor, trunc

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(ceil(2.1), floor(2.9), trunc(-2.9), ceil(-0.5), floor(-0.5), ceil(5), floor(True))
print(type(ceil(2.5)).__name__, floor(1e20), ceil(-1e16))
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.isqrt(10 ** 40), math.isqrt(0))
print(math.factorial(0), math.factorial(20), math.factorial(25))
print(len(str(math.factorial(500))), str(math.factorial(100))[:20])
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(-4, 6), math.gcd(12, 18, 27), math.gcd())
print(math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm(), math.lcm(0, 5), math.gcd(2 ** 100, 6 ** 50))
print(math.comb(5, 2), math.comb(10, 0), math.comb(3, 5), math.comb(60, 30), math.comb(200, 100))
print(math.perm(5, 2), math.perm(5), math.perm(3, 5), math.perm(30, 20))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum(x / 7 for x in range(100)))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]), math.prod(range(1, 30)))
print(math.prod([[1], [2]], start=[]) if False else math.prod([3, 4], start=2))
print(math.hypot(3, 4), math.hypot(1, 1), math.hypot(), math.hypot(-5), math.hypot(1, 2, 2))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 3]))
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.fabs(-7), math.fabs(2.5))
print(math.frexp(8.0), math.frexp(0.0), math.frexp(-3.75), math.ldexp(0.75, 4), math.ldexp(1, -1074))
print(math.modf(3.5), math.modf(-2.25), math.modf(4.0))
print(math.fmod(10, 3), math.fmod(-10, 3), math.fmod(5.5, 2), -10 % 3)
print(math.remainder(10, 3), math.remainder(11, 3), math.remainder(-7.5, 2))
print(math.log(math.e), math.log(100, 10), math.log(8, 2), math.log2(1024), math.log10(0.001))
print(math.log(2 ** 1000), math.log2(2 ** 2000), math.log10(10 ** 400))
print(math.log1p(1e-10), math.expm1(1e-10), math.exp(0), math.exp(1), math.exp(-1))
print(math.pow(2, 10), math.pow(2, -1), math.pow(4, 0.5), math.pow(1, float('nan')), math.pow(0, 0))
print(math.degrees(math.pi), math.radians(180), math.degrees(1))
print(math.sin(0), math.cos(0), math.tan(0), math.sin(math.pi / 2), math.cos(math.pi))
print(math.asin(1), math.acos(1), math.atan(1), math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1))
print(math.sinh(0), math.cosh(0), math.tanh(0), math.asinh(0), math.acosh(1), math.atanh(0))
print(math.isfinite(1.0), math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(1))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-10),
      math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(100, 101, rel_tol=0.02))
print(math.gamma(5), math.gamma(0.5), math.lgamma(1), math.lgamma(2), math.gamma(1))
print(math.trunc(3.99), math.trunc(-3.99), math.floor(-0.0), math.ceil(0.2))
print(math.ulp(1.0), math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0))
print(math.sqrt(0.0), math.sqrt(-0.0), math.cbrt(-8.0), math.exp2(10))


class Num:
    def __float__(self):
        return 2.25

    def __floor__(self):
        return 'floored'


print(math.sqrt(Num()), math.floor(Num()), math.ceil(Num()))

cases = [
    ('math.sqrt(-1)', lambda: math.sqrt(-1)),
    ('math.log(0)', lambda: math.log(0)),
    ('math.log(-5)', lambda: math.log(-5)),
    ('math.exp(1000)', lambda: math.exp(1000)),
    ('math.pow(0, -1)', lambda: math.pow(0, -1)),
    ('math.pow(-8, 1/3)', lambda: math.pow(-8, 1/3)),
    ('math.acos(2)', lambda: math.acos(2)),
    ('math.factorial(-1)', lambda: math.factorial(-1)),
    ('math.factorial(2.5)', lambda: math.factorial(2.5)),
    ('math.comb(-1, 2)', lambda: math.comb(-1, 2)),
    ('math.comb(5, -1)', lambda: math.comb(5, -1)),
    ('math.perm(3, -1)', lambda: math.perm(3, -1)),
    ('math.isqrt(-1)', lambda: math.isqrt(-1)),
    ('math.fmod(1, 0)', lambda: math.fmod(1, 0)),
    ('math.fsum([1e308, 1e308])', lambda: math.fsum([1e308, 1e308])),
    ('math.fsum([math.inf, -math.inf])', lambda: math.fsum([math.inf, -math.inf])),
    ('math.log(10, 1)', lambda: math.log(10, 1)),
    ('math.gamma(0)', lambda: math.gamma(0)),
    ('math.gamma(-2)', lambda: math.gamma(-2)),
    ('math.ldexp(1, 10000)', lambda: math.ldexp(1, 10000)),
    ('math.ceil(math.inf)', lambda: math.ceil(math.inf)),
    ('math.floor(math.nan)', lambda: math.floor(math.nan)),
    ("math.sqrt('x')", lambda: math.sqrt('x')),
    ("math.trunc('x')", lambda: math.trunc('x')),
    ('math.gcd(1.5)', lambda: math.gcd(1.5)),
    ('math.dist([1], [1, 2])', lambda: math.dist([1], [1, 2])),
    ('math.cosh(1000)', lambda: math.cosh(1000)),
    ('math.atanh(1)', lambda: math.atanh(1)),
    ('math.log2(0)', lambda: math.log2(0)),
    ('math.log1p(-1)', lambda: math.log1p(-1)),
    ('math.sin(math.inf)', lambda: math.sin(math.inf)),
    ("math.floor('a')", lambda: math.floor('a')),
    ('math.ceil(None)', lambda: math.ceil(None)),
    ('math.isqrt(2.5)', lambda: math.isqrt(2.5)),
    ('math.log(-1, 2)', lambda: math.log(-1, 2)),
    ('math.lgamma(-1)', lambda: math.lgamma(-1)),
    ('math.remainder(1, 0)', lambda: math.remainder(1, 0)),
    ('math.isclose(1, 2, rel_tol=-1)', lambda: math.isclose(1, 2, rel_tol=-1)),
]
for text, thunk in cases:
    try:
        print(text, '->', thunk())
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as e:
        print(text, '->', type(e).__name__, e)
