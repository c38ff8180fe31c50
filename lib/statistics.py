"""Descriptive statistics for numeric data: averages, spread, bivariate relations, NormalDist.

The averages and spreads of int, Fraction and float data are computed exactly, with fractions,
and rounded once at the end to the type the data came in (int data whose answer is not whole
gives a float). fmean, geometric_mean and the bivariate functions work in floats throughout.
"""

__all__ = [
    'NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean', 'geometric_mean',
    'harmonic_mean', 'linear_regression', 'mean', 'median', 'median_grouped', 'median_high',
    'median_low', 'mode', 'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance',
]

import random
import math
import numbers
import sys
from bisect import bisect_left, bisect_right
from collections import Counter, namedtuple
from fractions import Fraction
from itertools import repeat
from math import erf, exp, fabs, fsum, hypot, log, sqrt, tau
from operator import mul


class StatisticsError(ValueError):
    pass


# ---------------------------------------------------------------------------------------------
# Exact sums. Every value becomes an integer ratio; the ratios are added per denominator (data
# tends to share a few) and combined into one Fraction at the end. A value with no ratio (inf or
# nan) is kept aside as a float and decides the result alone.

def _ratio(x):
    """(numerator, denominator) of x, or (x, None) for an infinite or nan x."""
    try:
        return x.as_integer_ratio()
    except (OverflowError, ValueError):
        return (x, None)
    except AttributeError:
        pass
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")


def _result_type(types):
    """The type the answer is given in, for data of the given types."""
    result = int
    for t in types:
        result = _wider(result, t)
    return result


def _wider(t, s):
    """Of two data types, the one a mixed result should take. `t` is never bool."""
    if t is s or s is int or s is bool:
        return t
    if t is int:
        return s
    # A subclass is more specific than its base; an int subclass yields to anything else.
    if issubclass(s, t):
        return s
    if issubclass(t, s):
        return t
    if issubclass(t, int):
        return s
    if issubclass(s, int):
        return t
    # Fractions mixed with floats give floats.
    if issubclass(t, Fraction) and issubclass(s, float):
        return s
    if issubclass(t, float) and issubclass(s, Fraction):
        return t
    raise TypeError("don't know how to coerce %s and %s" % (t.__name__, s.__name__))


def _exact_sum(data):
    """(result type, exact total, count) of the values of `data`."""
    count = 0
    types = set()
    by_denominator = {}
    last_type = None
    for x in data:
        t = type(x)
        if t is not last_type:
            types.add(t)
            last_type = t
        n, d = _ratio(x)
        count += 1
        by_denominator[d] = by_denominator.get(d, 0) + n
    if None in by_denominator:
        total = by_denominator[None]
    else:
        total = sum(Fraction(n, d) for d, n in by_denominator.items())
    return (_result_type(types), total, count)


def _squared_deviations(data, centre=None):
    """(result type, exact sum of squared deviations, centre, count).

    Without a centre, the mean is used: sum((x - mean)**2) = (n * sum(x*x) - sum(x)**2) / n,
    with both sums kept exact.
    """
    if centre is not None:
        t, total, count = _exact_sum((dx := x - centre) * dx for x in data)
        return (t, total, centre, count)
    count = 0
    types = set()
    last_type = None
    sums = {}
    squares = {}
    for x in data:
        t = type(x)
        if t is not last_type:
            types.add(t)
            last_type = t
        n, d = _ratio(x)
        count += 1
        sums[d] = sums.get(d, 0) + n
        squares[d] = squares.get(d, 0) + n * n
    if not count:
        ss = centre = Fraction(0)
    elif None in sums:
        ss = centre = sums[None]
    else:
        total = sum(Fraction(n, d) for d, n in sums.items())
        total_sq = sum(Fraction(n, d * d) for d, n in squares.items())
        ss = (count * total_sq - total * total) / count
        centre = total / count
    return (_result_type(types), ss, centre, count)


def _is_decimal_type(t):
    """Whether t is decimal.Decimal (known by name: importing decimal here would bundle it with
    every program that uses statistics)."""
    return t.__name__ == 'Decimal' and t.__module__ == 'decimal'


def _as_type(value, t):
    """An exact result rounded to the data's type; a non-whole result of int data is a float."""
    if type(value) is t:
        return value
    if issubclass(t, int) and value.denominator != 1:
        t = float
    try:
        return t(value)
    except TypeError:
        # A Decimal takes no Fraction: it is the quotient of the two Decimals.
        if _is_decimal_type(t):
            return t(value.numerator) / t(value.denominator)
        raise


def _non_negative(values, message):
    for x in values:
        if x < 0:
            raise StatisticsError(message)
        yield x


# Square roots of fractions, correctly rounded: take the integer square root with enough extra
# bits, with its last bit set when inexact (round to odd), so the final int / int division rounds
# exactly as rounding the true root would.

_ROOT_BITS = 2 * sys.float_info.mant_dig + 3


def _isqrt_round_to_odd(n, m):
    root = math.isqrt(n // m)
    return root | (root * root * m != n)


def _sqrt_of_ratio(n, m):
    """sqrt(n / m) as a correctly rounded float."""
    half_shift = (n.bit_length() - m.bit_length() - _ROOT_BITS) // 2
    if half_shift < 0:
        return _isqrt_round_to_odd(n << (-2 * half_shift), m) / (1 << -half_shift)
    return (_isqrt_round_to_odd(n, m << (2 * half_shift)) << half_shift) / 1


# ---------------------------------------------------------------------------------------------
# Averages

def mean(data):
    """Arithmetic mean, computed exactly and given in the data's type."""
    t, total, n = _exact_sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _as_type(total / n, t)


def fmean(data, weights=None):
    """Arithmetic mean (optionally weighted) as a float; faster than mean()."""
    try:
        n = len(data)
    except TypeError:
        counted = [0]

        def counting(values):
            for i, x in enumerate(values, 1):
                counted[0] = i
                yield x

        sized = False
        data = counting(data)
    else:
        sized = True
    if weights is None:
        total = fsum(data)
        if not sized:
            n = counted[0]
        if n == 0:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    try:
        weight_count = len(weights)
    except TypeError:
        weights = list(weights)
        weight_count = len(weights)
    weighted = fsum(map(mul, data, weights))
    if not sized:
        n = counted[0]
    if n != weight_count:
        raise StatisticsError('data and weights must be the same length')
    weight_total = fsum(weights)
    if not weight_total:
        raise StatisticsError('sum of weights must be non-zero')
    return weighted / weight_total


def geometric_mean(data):
    """Geometric mean, as a float: exp of the mean of the logarithms."""
    logs = map(log, data)
    try:
        return exp(fmean(logs))
    except ValueError:
        # A zero or negative value (math domain error) or no values at all.
        message = 'geometric mean requires a non-empty dataset containing positive numbers'
        raise StatisticsError(message) from None


def harmonic_mean(data, weights=None):
    """Harmonic mean (optionally weighted): the reciprocal of the mean of the reciprocals."""
    if iter(data) is data:
        data = list(data)
    negative = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        only = data[0]
        if not isinstance(only, numbers.Real):
            raise TypeError('unsupported type')
        if only < 0:
            raise StatisticsError(negative)
        return only
    if weights is not None:
        weights = list(weights) if iter(weights) is weights else weights
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        weight_total = _exact_sum(_non_negative(weights, negative))[1]
    else:
        weights = repeat(1, n)
        weight_total = n
    try:
        values = _non_negative(data, negative)
        t, total, _ = _exact_sum(w / x if w else 0 for w, x in zip(weights, values))
    except ZeroDivisionError:
        # A zero value makes its reciprocal infinite and the mean zero.
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _as_type(weight_total / total, t)


def median(data):
    """Middle value; for an even count, the mean of the middle two."""
    ordered = sorted(data)
    n = len(ordered)
    if not n:
        raise StatisticsError("no median for empty data")
    half = n // 2
    if n % 2:
        return ordered[half]
    return (ordered[half - 1] + ordered[half]) / 2


def median_low(data):
    """Middle value; for an even count, the smaller of the middle two."""
    ordered = sorted(data)
    n = len(ordered)
    if not n:
        raise StatisticsError("no median for empty data")
    return ordered[(n - 1) // 2]


def median_high(data):
    """Middle value; for an even count, the larger of the middle two."""
    ordered = sorted(data)
    n = len(ordered)
    if not n:
        raise StatisticsError("no median for empty data")
    return ordered[n // 2]


def median_grouped(data, interval=1.0):
    """Median of data grouped in classes of width `interval`, interpolated within its class."""
    ordered = sorted(data)
    n = len(ordered)
    if not n:
        raise StatisticsError("no median for empty data")
    middle = ordered[n // 2]
    # The class holding the median spans ordered[first:end].
    first = bisect_left(ordered, middle)
    end = bisect_right(ordered, middle, lo=first)
    try:
        interval = float(interval)
        middle = float(middle)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower_limit = middle - interval / 2.0
    return lower_limit + interval * (n / 2 - first) / (end - first)


def mode(data):
    """The most common value (the first seen, on a tie); any hashable values."""
    top = Counter(iter(data)).most_common(1)
    if not top:
        raise StatisticsError('no mode for empty data')
    return top[0][0]


def multimode(data):
    """Every most common value, in the order first seen."""
    counts = Counter(iter(data))
    if not counts:
        return []
    highest = max(counts.values())
    return [value for value, k in counts.items() if k == highest]


def quantiles(data, *, n=4, method='exclusive'):
    """The n - 1 cut points dividing data into n equal-probability intervals.

    'exclusive' treats data as a sample of a larger population (R's type 6); 'inclusive' treats
    it as the whole population, its minimum and maximum being the 0th and 100th percentiles
    (R's type 7). Interpolation is done with integer arithmetic where it can be.
    """
    if n < 1:
        raise StatisticsError('n must be at least 1')
    ordered = sorted(data)
    size = len(ordered)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    cuts = []
    if method == 'inclusive':
        span = size - 1
        for i in range(1, n):
            j, frac = divmod(i * span, n)
            cuts.append((ordered[j] * (n - frac) + ordered[j + 1] * frac) / n)
        return cuts
    if method == 'exclusive':
        span = size + 1
        for i in range(1, n):
            j = min(max(i * span // n, 1), size - 1)
            frac = i * span - j * n
            cuts.append((ordered[j - 1] * (n - frac) + ordered[j] * frac) / n)
        return cuts
    raise ValueError(f'Unknown method: {method!r}')


# ---------------------------------------------------------------------------------------------
# Spread

def variance(data, xbar=None):
    """Sample variance (divides by n - 1); xbar, if given, is used as the mean."""
    t, ss, _, n = _squared_deviations(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _as_type(ss / (n - 1), t)


def pvariance(data, mu=None):
    """Population variance (divides by n); mu, if given, is used as the mean."""
    t, ss, _, n = _squared_deviations(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _as_type(ss / n, t)


def stdev(data, xbar=None):
    """Sample standard deviation, the correctly rounded square root of variance()."""
    t, ss, _, n = _squared_deviations(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _root_in_type(ss / (n - 1), t)


def pstdev(data, mu=None):
    """Population standard deviation, the correctly rounded square root of pvariance()."""
    t, ss, _, n = _squared_deviations(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _root_in_type(ss / n, t)


def _root_in_type(mean_square, t):
    """The square root of an exact mean square: a Decimal for Decimal data, else a float, each
    correctly rounded."""
    if _is_decimal_type(t):
        return _decimal_root(mean_square, t)
    return _sqrt_of_ratio(mean_square.numerator, mean_square.denominator)


def _decimal_root(value, decimal_type):
    """The Decimal at the context's precision nearest to the root of the exact fraction `value`.
    Decimal's own sqrt of a rounded quotient may miss by one unit in the last place, so each
    neighbour is kept instead when the exact root lies past the midpoint towards it."""
    if value == 0:
        return decimal_type('0.0')
    value = abs(value)
    guess = (decimal_type(value.numerator) / decimal_type(value.denominator)).sqrt()
    exact_guess = Fraction(guess)
    for neighbour in (guess.next_plus(), guess.next_minus()):
        midpoint = (exact_guess + Fraction(neighbour)) / 2
        beyond = value > midpoint * midpoint if neighbour > guess else value < midpoint * midpoint
        if beyond:
            return neighbour
    return guess


def _mean_and_stdev(data):
    """(mean, sample standard deviation) as floats, from one pass over data."""
    _, ss, centre, n = _squared_deviations(data)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    mean_square = ss / (n - 1)
    try:
        return float(centre), _sqrt_of_ratio(mean_square.numerator, mean_square.denominator)
    except AttributeError:
        # An infinite or nan value: the sums are floats with no ratio.
        return float(centre), float(centre) / float(ss)


# ---------------------------------------------------------------------------------------------
# Two variables

LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'), module=__name__)


def _centred_sums(x, y, n):
    """(sum of (x - xbar) * (y - ybar), xbar, ybar), as floats."""
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    cross = fsum((a - xbar) * (b - ybar) for a, b in zip(x, y))
    return cross, xbar, ybar


def _check_pair(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError(f'{what} requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError(f'{what} requires at least two data points')
    return n


def covariance(x, y, /):
    """Sample covariance of two equally long inputs."""
    n = _check_pair(x, y, 'covariance')
    cross, _, _ = _centred_sums(x, y, n)
    return cross / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of two equally long inputs, in [-1, 1]."""
    n = _check_pair(x, y, 'correlation')
    cross, xbar, ybar = _centred_sums(x, y, n)
    x_spread = fsum((dx := a - xbar) * dx for a in x)
    y_spread = fsum((dy := b - ybar) * dy for b in y)
    try:
        return cross / sqrt(x_spread * y_spread)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


def linear_regression(x, y, /, *, proportional=False):
    """Least-squares line y = slope * x + intercept (through the origin if proportional)."""
    n = _check_pair(x, y, 'linear regression')
    if proportional:
        cross = fsum(a * b for a, b in zip(x, y))
        x_spread = fsum(a * a for a in x)
    else:
        cross, xbar, ybar = _centred_sums(x, y, n)
        x_spread = fsum((dx := a - xbar) * dx for a in x)
    try:
        slope = cross / x_spread
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    return LinearRegression(slope=slope, intercept=0.0 if proportional else ybar - slope * xbar)


# ---------------------------------------------------------------------------------------------
# The normal distribution

# Wichura's algorithm AS 241 (Applied Statistics 37, 1988): rational approximations of the
# inverse normal CDF, coefficients from the highest power down.
_CENTRAL_NUM = (2509.0809287301226727, 33430.575583588128105, 67265.770927008700853,
                45921.953931549871457, 13731.693765509461125, 1971.5909503065514427,
                133.14166789178437745, 3.387132872796366608)
_CENTRAL_DEN = (5226.495278852854561, 28729.085735721942674, 39307.89580009271061,
                21213.794301586595867, 5394.1960214247511077, 687.1870074920579083,
                42.313330701600911252, 1.0)
_NEAR_TAIL_NUM = (0.0007745450142783414076, 0.022723844989269184583, 0.2417807251774506117,
                  1.27045825245236838258, 3.64784832476320460504, 5.7694972214606914055,
                  4.6303378461565452959, 1.42343711074968357734)
_NEAR_TAIL_DEN = (1.05075007164441684324e-9, 0.0005475938084995344946, 0.01519866656361645719660,
                  0.1481039764274800745900, 0.6897673349851000045500, 1.676384830183803849400,
                  2.053191626637758821870, 1.0)
_FAR_TAIL_NUM = (2.01033439929228813265e-7, 2.71155556874348757815e-5, 0.0012426609473880784386,
                 0.026532189526576123093, 0.29656057182850489123, 1.7848265399172913358,
                 5.4637849111641143699, 6.6579046435011037772)
_FAR_TAIL_DEN = (2.04426310338993978564e-15, 1.4215117583164458887e-7, 1.8463183175100546818e-5,
                 0.00078686913114561329059, 0.0148753612908506148525, 0.13692988092273580531,
                 0.59983220655588793769, 1.0)


def _polynomial(coefficients, r):
    value = coefficients[0]
    for c in coefficients[1:]:
        value = value * r + c
    return value


def _normal_dist_inv_cdf(p, mu, sigma):
    q = p - 0.5
    if fabs(q) <= 0.425:
        r = 0.180625 - q * q
        x = _polynomial(_CENTRAL_NUM, r) * q / _polynomial(_CENTRAL_DEN, r)
        return mu + (x * sigma)
    r = sqrt(-log(p if q <= 0.0 else 1.0 - p))
    if r <= 5.0:
        r -= 1.6
        x = _polynomial(_NEAR_TAIL_NUM, r) / _polynomial(_NEAR_TAIL_DEN, r)
    else:
        r -= 5.0
        x = _polynomial(_FAR_TAIL_NUM, r) / _polynomial(_FAR_TAIL_DEN, r)
    if q < 0.0:
        x = -x
    return mu + (x * sigma)


_SQRT2 = sqrt(2.0)


class NormalDist:
    "A normal (Gaussian) distribution, given by its mean and standard deviation."

    __slots__ = ('_mu', '_sigma')

    def __init__(self, mu=0.0, sigma=1.0):
        "NormalDist with mean mu and standard deviation sigma."
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu, self._sigma = float(mu), float(sigma)

    @classmethod
    def from_samples(cls, data):
        "The NormalDist estimated from sample data."
        return cls(*_mean_and_stdev(data))

    def samples(self, n, *, seed=None):
        "A list of n random draws, repeatable when a seed is given."
        draw = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [draw(mu, sigma) for _ in range(n)]

    def pdf(self, x):
        "Probability density at x."
        var = self._sigma * self._sigma
        if not var:
            raise StatisticsError('pdf() not defined when sigma is zero')
        dx = x - self._mu
        return exp(dx * dx / (-2.0 * var)) / sqrt(tau * var)

    def cdf(self, x):
        "Probability of a value at most x."
        self._require_spread('cdf')
        return 0.5 * (1.0 + erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        "The x with cdf(x) == p, for 0 < p < 1."
        if p >= 1.0 or p <= 0.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        mu, sigma = self._mu, self._sigma
        if sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return _normal_dist_inv_cdf(p, mu, sigma)

    def quantiles(self, n=4):
        "The n - 1 cut points dividing the distribution into n equally likely intervals."
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        "Area shared by the two density curves, from 0.0 to 1.0."
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        # Order the pair so the answer does not depend on which is self.
        a, b = self, other
        if (b._sigma, b._mu) < (a._sigma, a._mu):
            a, b = b, a
        a_var, b_var = a.variance, b.variance
        if not a_var or not b_var:
            raise StatisticsError('overlap() not defined when sigma is zero')
        var_gap = b_var - a_var
        mean_gap = fabs(b._mu - a._mu)
        if not var_gap:
            return 1.0 - erf(mean_gap / (2.0 * a._sigma * _SQRT2))
        # The densities cross at x1 and x2; the overlap is 1 minus the area between the CDFs.
        centre = a._mu * b_var - b._mu * a_var
        spread = a._sigma * b._sigma * sqrt(mean_gap * mean_gap + var_gap * log(b_var / a_var))
        x1 = (centre + spread) / var_gap
        x2 = (centre - spread) / var_gap
        return 1.0 - (fabs(b.cdf(x1) - a.cdf(x1)) + fabs(b.cdf(x2) - a.cdf(x2)))

    def zscore(self, x):
        "How many standard deviations x lies above the mean."
        self._require_spread('zscore')
        return (x - self._mu) / self._sigma

    def _require_spread(self, method):
        if not self._sigma:
            raise StatisticsError(f'{method}() not defined when sigma is zero')

    @property
    def mean(self):
        "The mean, mu."
        return self._mu

    @property
    def median(self):
        "The median, equal to the mean."
        return self._mu

    @property
    def mode(self):
        "The mode, equal to the mean."
        return self._mu

    @property
    def stdev(self):
        "The standard deviation, sigma."
        return self._sigma

    @property
    def variance(self):
        "sigma squared."
        return self._sigma * self._sigma

    # Arithmetic: a constant shifts or scales the variable; two independent variables add with
    # their variances adding.

    def __add__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    __radd__ = __add__

    def __sub__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __rsub__(x1, x2):
        return -(x1 - x2)

    def __mul__(x1, x2):
        return NormalDist(x1._mu * x2, x1._sigma * fabs(x2))

    __rmul__ = __mul__

    def __truediv__(x1, x2):
        return NormalDist(x1._mu / x2, x1._sigma / fabs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'

    # Equal when mean and deviation are; hashing follows the same pair.
    def __eq__(x1, x2):
        if isinstance(x2, NormalDist):
            return x1._mu == x2._mu and x1._sigma == x2._sigma
        return NotImplemented

    def __hash__(self):
        return hash((self._mu, self._sigma))

    # Pickling saves and restores the (mu, sigma) pair.
    def __setstate__(self, state):
        self._mu, self._sigma = state

    def __getstate__(self):
        return (self._mu, self._sigma)
