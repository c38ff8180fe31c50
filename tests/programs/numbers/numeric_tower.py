from fractions import Fraction
a = Fraction(1, 3)
b = Fraction("2/6")
print(a, a == b, a + 1, a * 3, a / 2, a ** 2, -a, abs(-a), float(a), a < 0.5, Fraction(0.25), Fraction(3), repr(a))
print(sum([Fraction(1, n) for n in range(1, 5)]), round(Fraction(7, 2)), Fraction(7, 2).limit_denominator(1), a.numerator, a.denominator)
import math
print(math.gcd(12, 18), math.lcm(4, 6), math.isqrt(99), math.factorial(20), math.comb(10, 3), math.perm(5, 2))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.fabs(-3), math.copysign(1, -0.0), math.fmod(-7, 3), -7 % 3)
print(math.sqrt(2), math.hypot(3, 4), math.pi, math.e, math.tau, math.inf, math.isnan(math.nan), math.isfinite(1e308))
print(math.log(math.e), math.log10(1000), math.log2(1024), math.log(8, 2), math.exp(1), math.pow(2, 0.5))
print(math.sin(0), math.cos(0), round(math.sin(math.pi), 10), math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
print(math.isclose(0.1 + 0.2, 0.3), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), sum([0.1] * 10), math.modf(3.5), math.frexp(8.0))
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
try:
    math.log(0)
except ValueError as e:
    print(e)
print((255).bit_count(), (10).bit_length(), float.fromhex("0x1.8p1"), (1.5).hex(), 0.1.hex())
print(1e309, -1e309, float("nan") != float("nan"), 0.0 == -0.0, math.copysign(0.0, -1), 5 / 2, 5 // 2, -5 / 2, -5 // 2)
print(round(1.005, 2), round(2.675, 2), round(-0.5), round(1.5), round(2.5), round(123.456, -1), round(5, -1), round(15, -1))
print(complex_free := "no complex", 3 + True, 2 * 1.5, 7 / 7, type(7 / 7).__name__, 2 ** 10, 2.0 ** 10, 10 ** 20, 10.0 ** 20)
