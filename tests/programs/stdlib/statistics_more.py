# statistics: every function on ints, floats, Fractions, bools and mixes; edge cases and messages.
import math
import statistics as st
from fractions import Fraction
from statistics import NormalDist, StatisticsError


def show(label, fn):
    try:
        r = fn()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


print(st.__all__)
data_sets = [
    [3], [1, 2], [2.5, 2.5], [1, 1, 1, 1], [4, 1, 3, 2], [0.1, 0.2, 0.3], [1e308, 1e308], [-1e308, 1e308, 1.0],
    [1e-320, 2e-320, 3e-320], [10**30, 10**30 + 1, 10**30 + 2], [Fraction(1, 3), Fraction(1, 6), Fraction(1, 2)],
    [Fraction(1, 3), 0.5], [1, Fraction(1, 2)], [True, True, False], [True, 2, 3.0], [float('inf'), 1.0],
    [float('inf'), float('-inf')], [float('nan'), 1.0], [1.0, float('inf'), 2.0, float('inf')], [0, 0, 0],
    [5, 5, 6, 6, 7], [-2, -1.5, 0.25, 7], list(range(1, 1001)), [x / 7 for x in range(50)],
    [2 ** -1074, 2 ** -1074 * 3], [1.0000000000000002, 1.0, 0.9999999999999999], [1e16, 1, -1e16, 1, 1],
    (x for x in [1, 2, 4]), iter([3, 9]), range(10), (1.5, 2.5, 3.5),
]
funcs = [st.mean, st.fmean, st.median, st.median_low, st.median_high, st.median_grouped, st.mode, st.multimode,
         st.variance, st.pvariance, st.stdev, st.pstdev, st.geometric_mean, st.harmonic_mean]
for data in data_sets:
    items = list(data) if not isinstance(data, (list, tuple, range)) else data
    print('data', items if len(items) < 8 else items[:4])
    for f in funcs:
        arg = list(items) if isinstance(data, list) else (iter(items) if not isinstance(data, (tuple, range)) else data)
        show('  ' + f.__name__, lambda: f(arg))

# bad types and messages
for f in funcs + [st.quantiles]:
    for bad in [[], ['a', 'b'], [1, 'a'], [None, None], [1j, 2j], [[1], [2]]]:
        show('%s %r' % (f.__name__, bad), lambda: f(bad))
for data in [[1, -1], [0, 1], [-1, -2], [0], [-3], [0, 0], [2, 0.0], [Fraction(-1, 2)]]:
    show('harmonic_mean %r' % data, lambda: st.harmonic_mean(data))
    show('geometric_mean %r' % data, lambda: st.geometric_mean(data))
for data, w in [([1, 2, 3], [1, 1, 1]), ([40, 60], [5, 30]), ([1, 2], [1]), ([1, 2], [0, 0]), ([1, 2], [-1, 2]),
                ([2.5, 4], [Fraction(1, 2), 3]), ([1, 2], iter([3, 4])), ([3], [2]), ([0, 2], [1, 1]), ([0, 2], [0, 1])]:
    show('harmonic_mean w %r %r' % (data, w if isinstance(w, list) else 'iter'), lambda: st.harmonic_mean(data, weights=w))
    w2 = list(w) if not isinstance(w, list) else w
    show('fmean w %r %r' % (data, w2), lambda: st.fmean(data, weights=w2))
show('fmean gen w', lambda: st.fmean(iter([1, 2, 3]), weights=iter([1, 0, 1])))
show('fmean gen', lambda: st.fmean(x * 0.1 for x in range(11)))
show('fmean empty gen', lambda: st.fmean(iter([])))
show('fmean w len', lambda: st.fmean([1, 2, 3], [1, 2]))
show('fmean Fraction', lambda: st.fmean([Fraction(1, 3), Fraction(2, 3)]))
show('harmonic one str', lambda: st.harmonic_mean(['a']))
show('harmonic one Fraction', lambda: st.harmonic_mean([Fraction(3, 4)]))
show('harmonic gen', lambda: st.harmonic_mean(iter([1, 2, 4])))

# variance family with explicit centres
for d, c in [([1, 2, 3, 4], 2.5), ([1, 2, 3, 4], 0), ([1.5, 2.5], 2), ([Fraction(1, 2), Fraction(3, 2)], Fraction(1)),
             ([1, 2, 3], 2.0), ([1, 2], None)]:
    for f in [st.variance, st.pvariance, st.stdev, st.pstdev]:
        show('%s %r c=%r' % (f.__name__, d, c), lambda: f(d, c))
show('variance kw', lambda: st.variance([1, 2, 3], xbar=2))
show('pvariance kw', lambda: st.pvariance([1, 2, 3], mu=2))
show('stdev 1', lambda: st.stdev([1]))
show('pstdev empty', lambda: st.pstdev([]))
for d in [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [0.1, 0.2, 0.3, 0.4], [1e100, 1e100 + 1e85, 1e100 - 1e85],
          [3, 3, 3, 4], [2, 2, 2, 2, 2, 3], [1, 10**20], [10**200, 1]]:
    for f in [st.stdev, st.pstdev, st.variance, st.pvariance]:
        show('%s %r' % (f.__name__, d[:3]), lambda: f(d))

# medians and modes on other types
print(st.median('cab'), st.median_low([3, 1, 2, 4]), st.median_high([3, 1, 2, 4]), st.median([1, 3]),
      st.median([Fraction(1, 2), Fraction(1, 4)]), st.median([1, 2.5]), st.median([True, False]))
show('median str even', lambda: st.median(['a', 'b']))
show('median_grouped str', lambda: st.median_grouped(['a', 'b', 'c']))
for d, i in [([1, 2, 2, 3, 4], 1), ([1, 3, 3, 5, 7], 2), ([52, 52, 53, 54], 2), ([2.5, 3.5], 0.5), ([7], 3),
             ([1, 2, 2, 2, 3, 3], 1), ([Fraction(1, 2), 1], Fraction(1, 3)), ([1, 2], '1')]:
    show('median_grouped %r %r' % (d, i), lambda: st.median_grouped(d, i))
    show('median_grouped kw %r' % (d,), lambda: st.median_grouped(d, interval=i))
print(st.mode([1, 2, 2, 3, 3]), st.mode(['x', 'y']), st.mode([(1, 2), (1, 2), 3]), st.mode(iter('hello')),
      st.multimode([1, 2, 2, 3, 3]), st.multimode('mississippi'), st.multimode(iter([])), st.mode([1.0, 1, True]))
show('mode unhashable', lambda: st.mode([[1], [1]]))
show('mode nan', lambda: st.mode([float('nan'), 1]))

# quantiles
for d in [[1, 2], [1, 2, 3, 4, 5], list(range(1, 11)), [1.5, 2.5, 9.0, 10.0], [Fraction(1, 3), 1, 2],
          [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129]]:
    for n in [1, 2, 3, 4, 10]:
        for method in ['exclusive', 'inclusive']:
            show('quantiles %r n=%d %s' % (d[:5], n, method), lambda: st.quantiles(d, n=n, method=method))
show('quantiles n=0', lambda: st.quantiles([1, 2], n=0))
show('quantiles one', lambda: st.quantiles([1], n=4))
show('quantiles method', lambda: st.quantiles([1, 2], method='median'))
show('quantiles positional', lambda: st.quantiles([1, 2], 4))
show('quantiles iter', lambda: st.quantiles(iter(range(20)), n=5))

# bivariate
for x, y in [([1, 2, 3, 4, 5], [2, 4, 6, 8, 10]), ([1, 2, 3], [3, 2, 1]), ([1, 2, 3, 4], [1, 3, 2, 4]),
             ([0.1, 0.2, 0.3], [0.3, 0.1, 0.2]), ([1, 1, 1], [1, 2, 3]), ([1, 2, 3], [5, 5, 5]), ([1, 2], [1]),
             ([1], [1]), ([], []), ([Fraction(1, 2), 1, 2], [1, 2, 4]), ([10**20, 2 * 10**20], [1, 2]),
             ([1e300, -1e300], [1, 2]), ([True, False, True], [1, 0, 1])]:
    show('covariance %r %r' % (x, y), lambda: st.covariance(x, y))
    show('correlation %r %r' % (x, y), lambda: st.correlation(x, y))
    show('linear_regression %r %r' % (x, y), lambda: st.linear_regression(x, y))
    show('linear_regression prop %r %r' % (x, y), lambda: st.linear_regression(x, y, proportional=True))
lr = st.linear_regression([1, 2, 3], [2, 4, 7])
print(lr, lr.slope, lr.intercept, lr[0], type(lr).__name__, lr._fields, tuple(lr), lr == (2.5, -2/3))
show('covariance kw', lambda: st.covariance(x=[1, 2], y=[1, 2]))
show('linear_regression positional flag', lambda: st.linear_regression([1, 2], [1, 2], True))
show('correlation iter', lambda: st.correlation(iter([1, 2]), iter([1, 2])))

# NormalDist
n = NormalDist(100, 15)
z = NormalDist()
print(n, repr(z), n.mean, n.median, n.mode, n.stdev, n.variance, z.mean, z.stdev, type(n.mean).__name__)
print(NormalDist(1, 2) == NormalDist(1.0, 2.0), NormalDist(1, 2) != NormalDist(1, 3), NormalDist() == 0,
      hash(NormalDist(1, 2)) == hash(NormalDist(1.0, 2.0)), len({NormalDist(), NormalDist(0, 1), NormalDist(1)}))
print(NormalDist(Fraction(1, 2), True), NormalDist(mu=3), NormalDist(sigma=0), NormalDist(-1e300, 1e-300))
show('negative sigma', lambda: NormalDist(0, -1))
show('str mu', lambda: NormalDist('a', 1))
for x in [-1e300, -5, 0, 0.5, 1, 100, 85.5, 130, float('inf'), float('-inf')]:
    print('nd', x, repr(z.pdf(x)), repr(z.cdf(x)), repr(n.pdf(x)), repr(n.cdf(x)), repr(n.zscore(x)))
for p in [1e-300, 1e-10, 0.001, 0.02425, 0.025, 0.1, 0.075, 0.25, 0.4, 0.5, 0.6, 0.75, 0.9, 0.925, 0.975, 0.999,
          1 - 1e-10, 0.5 + 1e-16, 1e-5, 0.0000001, 0.99999]:
    print('inv_cdf', p, repr(z.inv_cdf(p)), repr(n.inv_cdf(p)), repr(NormalDist(-3, 0.5).inv_cdf(p)))
for p in [0, 1, -0.5, 1.5, float('nan')]:
    show('inv_cdf %r' % p, lambda: z.inv_cdf(p))
zero = NormalDist(5, 0)
for meth in ['pdf', 'cdf', 'inv_cdf', 'zscore']:
    show('zero ' + meth, lambda: getattr(zero, meth)(0.5))
show('zero overlap', lambda: zero.overlap(z))
show('overlap type', lambda: z.overlap(3))
print(z.quantiles(), n.quantiles(10), z.quantiles(1), z.quantiles(n=2))
for a, b in [(NormalDist(2.4, 1.6), NormalDist(3.2, 2.0)), (z, z), (z, NormalDist(1, 1)), (NormalDist(0, 1), NormalDist(0, 2)),
             (NormalDist(10, 3), NormalDist(-10, 0.5)), (NormalDist(0, 1), NormalDist(100, 1))]:
    print('overlap', repr(a.overlap(b)), repr(b.overlap(a)))
print(n + 5, 5 + n, n - 5, 5 - n, n * 2, 2 * n, n * -2, n / 4, n / -4, -n, +n, n + z, n - z, z - n, n + Fraction(1, 2))
print(+n is n, (n + z).stdev == math.hypot(15, 1))
show('nd / nd', lambda: n / z)
show('nd * nd', lambda: n * z)
show('nd + str', lambda: n + 'x')
show('nd / 0', lambda: n / 0)
show('4 / nd', lambda: 4 / n)
print(NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]), NormalDist.from_samples(range(10)),
      NormalDist.from_samples([Fraction(1, 2), 1, 2]), NormalDist.from_samples(iter([1.0, 3.0])))
show('from_samples short', lambda: NormalDist.from_samples([1]))


class MyND(NormalDist):
    pass


md = MyND.from_samples([1, 2, 3])
print(type(md).__name__, md, type(md + 1).__name__, md == NormalDist(2, 1), md.__getstate__())
s = NormalDist(3, 2).samples(5, seed=42)
print([round(v, 9) for v in s], len(NormalDist().samples(7)), NormalDist(3, 2).samples(3, seed=42) == s[:3],
      NormalDist(3, 2).samples(0, seed=1))
print(NormalDist.__doc__ is not None, NormalDist.__name__, NormalDist.__module__, sorted(NormalDist.__slots__))
show('nd setattr', lambda: setattr(z, 'x', 1))
nd2 = NormalDist()
nd2.__setstate__((4.0, 5.0))
print(nd2)
print(issubclass(StatisticsError, ValueError), StatisticsError.__module__, StatisticsError.__mro__[1].__name__)
show('from_samples inf', lambda: NormalDist.from_samples([float('inf'), 1.0]))
show('from_samples nan', lambda: NormalDist.from_samples([float('nan'), 1.0, 2.0]))
show('variance centre inf', lambda: st.variance([1.0, 2.0], float('inf')))
show('pvariance mixed types', lambda: st.pvariance([Fraction(1, 2), 2, 3.5]))
show('mean bool and float', lambda: st.mean([True, 0.5]))
show('mean Fraction and float', lambda: st.mean([Fraction(1, 3), 0.25]))


class MyFloat(float):
    pass


show('mean float subclass', lambda: st.mean([MyFloat(1.5), 2.0]))
show('mean float subclass 2', lambda: st.mean([2.0, MyFloat(1.5)]))
show('variance int subclass', lambda: st.variance([True, 3, 4]))
show('median_low 1', lambda: st.median_low([5]))
show('median_high 2', lambda: st.median_high([5, 1]))
show('harmonic zero weight', lambda: st.harmonic_mean([0, 5], weights=[0, 2]))
print(st.LinearRegression, st.LinearRegression.__module__, st.LinearRegression(1, 2), st.LinearRegression._fields)
