import statistics as st
from statistics import StatisticsError
from fractions import Fraction

datasets = [
    [1, 2, 2, 3, 4, 7, 9],
    [1.5, 2.25, 3.1, 4.7, 0.3],
    [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5],
    [0.1] * 10,
    [1e10, 1, -1e10, 3.3],
    list(range(100)),
    [x * 0.37 for x in range(-20, 31)],
    [Fraction(1, 3), Fraction(2, 7), Fraction(5, 6), 1],
    [True, False, True, True],
    [10, 20],
    [-5],
]
funcs = [st.mean, st.fmean, st.median, st.median_low, st.median_high, st.median_grouped,
         st.mode, st.multimode, st.pstdev, st.stdev, st.pvariance, st.variance,
         st.geometric_mean, st.harmonic_mean]
for data in datasets:
    print('data', data[:6])
    for f in funcs:
        try:
            r = f(data)
            print(' ', f.__name__, repr(r), type(r).__name__)
        except (StatisticsError, ValueError, TypeError) as e:
            print(' ', f.__name__, '!!', type(e).__name__, e)

print(st.mode('abracadabra'), st.multimode('aabbbbccddddeeffffgg'), st.multimode(''), st.median(['b', 'a', 'c']))
print(st.variance([1, 2, 3, 4], 2.5), st.pvariance([1, 2, 3, 4], mu=2.5), st.stdev([1.5, 2.5], xbar=2))
print(st.fmean([1, 2, 3], weights=[3, 2, 1]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.quantiles(range(1, 11)), st.quantiles([1.5, 2.5, 9, 10, 11, 20], n=5, method='inclusive'))
print(st.median_grouped([52, 52, 53, 54], interval=2))
for bad in [lambda: st.mean([]), lambda: st.variance([1]), lambda: st.stdev([]), lambda: st.pvariance([]),
            lambda: st.median([]), lambda: st.mode([]), lambda: st.harmonic_mean([-1, 2]), lambda: st.fmean([])]:
    try:
        bad()
    except StatisticsError as e:
        print('StatisticsError', e)
print(issubclass(StatisticsError, ValueError))

# fractions, as statistics uses them
f = Fraction(3, 4)
print(f, repr(f), f + 1, f * Fraction(2, 3), f / 3, f - 0.25, f ** 2, f ** -1, -f, abs(-f), f // Fraction(1, 3), f % Fraction(1, 3))
print(Fraction('1.25'), Fraction('-3/9'), Fraction(0.1), Fraction(0.1).limit_denominator(100), Fraction(7, -21), Fraction(2.5))
print(f == 0.75, f < 1, f > Fraction(2, 3), float(f), int(Fraction(-7, 2)), round(Fraction(5, 2)), round(Fraction(7, 3), 2))
print(f.numerator, f.denominator, f.as_integer_ratio(), Fraction(10).is_integer() if hasattr(Fraction, 'is_integer') else 'n/a', hash(Fraction(3)) == hash(3))
print(sum([Fraction(1, n) for n in range(1, 11)]), sorted([Fraction(1, 2), Fraction(1, 3), 0.4]))
for bad in [lambda: Fraction(1, 0), lambda: Fraction('x'), lambda: Fraction(1.5, 2)]:
    try:
        bad()
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

nd = st.NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, nd.variance, round(nd.cdf(120), 12), round(nd.pdf(100), 12), round(nd.inv_cdf(0.975), 9))
print(st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]), nd + 5, nd * 2, round(nd.overlap(st.NormalDist(110, 10)), 9))
print(st.correlation([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]), st.covariance([1, 2, 3, 4], [1, 3, 2, 4]), st.linear_regression([1, 2, 3, 4, 5], [1, 3, 2, 5, 4]))
