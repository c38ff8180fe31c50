# Decimal meets fractions and statistics: Fraction(Decimal) and Fraction.from_decimal are exact,
# and the statistics functions give Decimal results for Decimal data.
import statistics
from decimal import Decimal, getcontext
from fractions import Fraction

print(Fraction(Decimal("1.25")), Fraction.from_decimal(Decimal("-0.5")), Fraction.from_decimal(3))
print(Fraction(Decimal("1e-30")), Fraction(Decimal("-12345.6789")), Fraction(Decimal("7E+5")))
for bad in (Decimal("NaN"), Decimal("Inf"), Decimal("-Infinity"), Decimal("sNaN")):
    for make in (Fraction, Fraction.from_decimal):
        try:
            print(make(bad))
        except Exception as e:
            print(type(e).__name__, e)
for bad in (1.5, "1.5", [1]):
    try:
        Fraction.from_decimal(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(Decimal(3) == Fraction(3), Fraction(1, 2) < Decimal("0.6"), Decimal("0.5") == Fraction(1, 2))

data = [Decimal("1.5"), Decimal("2.25"), Decimal("3.125"), Decimal("0.5"), Decimal("2.25")]
print(statistics.mean(data), statistics.median(data), statistics.median_low(data), statistics.median_high(data))
print(statistics.mode(data), statistics.multimode(data), statistics.fmean(data))
print(statistics.variance(data), statistics.pvariance(data))
print(statistics.stdev(data), statistics.pstdev(data))
getcontext().prec = 10
print(statistics.stdev(data), statistics.mean([Decimal(1), Decimal(2), Decimal(2)]))
x = 11
many = []
for _ in range(40):
    x = (x * 1103515245 + 12345) % 2147483648
    many.append(Decimal(x % 100000) / Decimal(1000))
print(statistics.mean(many), statistics.median(many), statistics.variance(many), statistics.harmonic_mean(many[:10]))
