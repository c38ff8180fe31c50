"""Random variable generators with CPython's results: the same Mersenne Twister (MT19937,
seeded by init_by_array exactly as _randommodule.c does), and the same algorithms on top of it
(_randbelow_with_getrandbits, shuffle, sample, choices, gauss...), so a seeded program draws the
same numbers as under CPython."""

from math import log as _log, exp as _exp, pi as _pi, e as _e, ceil as _ceil
from math import sqrt as _sqrt, acos as _acos, cos as _cos, sin as _sin, floor as _floor
from math import isfinite as _isfinite
from itertools import accumulate as _accumulate, repeat as _repeat
from bisect import bisect as _bisect
import os as _os

# randrange()'s default step, told apart from an explicit one by identity.
_ONE = 1

__all__ = ['Random', 'SystemRandom', 'betavariate', 'choice', 'choices', 'expovariate',
           'gammavariate', 'gauss', 'getrandbits', 'getstate', 'lognormvariate',
           'normalvariate', 'paretovariate', 'randbytes', 'randint', 'random', 'randrange',
           'sample', 'seed', 'setstate', 'shuffle', 'triangular', 'uniform', 'vonmisesvariate',
           'weibullvariate']

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
TWOPI = 2.0 * _pi
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF

_N = 624
_M = 397
_MATRIX_A = 0x9908b0df
_UPPER_MASK = 0x80000000
_LOWER_MASK = 0x7fffffff
_MASK32 = 0xffffffff


_MASK64 = 0xFFFFFFFFFFFFFFFF


def _version1_text_seed(text):
    """The int that a str or bytes seed stands for under seed(version=1): a 64-bit
    multiply-and-xor hash over the characters (bytes read as Latin-1), kept from old Pythons so
    that their sequences can be reproduced."""
    if isinstance(text, bytes):
        text = text.decode('latin-1')
    codes = [ord(ch) for ch in text]
    h = codes[0] << 7 if codes else 0
    for code in codes:
        h = ((h * 1000003) ^ code) & _MASK64
    return h ^ len(codes)


class Random:
    """Random number generator base class used by bound module functions."""

    VERSION = 3

    def __init__(self, x=None):
        self._mt = [0] * _N
        self._mti = _N + 1
        self.gauss_next = None
        self.seed(x)

    # -- the Mersenne Twister core (_randommodule.c)

    def _init_genrand(self, s):
        mt = self._mt
        mt[0] = s & _MASK32
        for i in range(1, _N):
            prev = mt[i - 1]
            mt[i] = (1812433253 * (prev ^ (prev >> 30)) + i) & _MASK32
        self._mti = _N

    def _init_by_array(self, key):
        self._init_genrand(19650218)
        mt = self._mt
        i = 1
        j = 0
        key_length = len(key)
        k = _N if _N > key_length else key_length
        while k:
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + key[j] + j) & _MASK32
            i += 1
            j += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
            if j >= key_length:
                j = 0
            k -= 1
        k = _N - 1
        while k:
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - i) & _MASK32
            i += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
            k -= 1
        mt[0] = 0x80000000

    def _genrand_uint32(self):
        mt = self._mt
        if self._mti >= _N:
            for kk in range(_N - _M):
                y = (mt[kk] & _UPPER_MASK) | (mt[kk + 1] & _LOWER_MASK)
                mt[kk] = mt[kk + _M] ^ (y >> 1) ^ (_MATRIX_A if y & 1 else 0)
            for kk in range(_N - _M, _N - 1):
                y = (mt[kk] & _UPPER_MASK) | (mt[kk + 1] & _LOWER_MASK)
                mt[kk] = mt[kk + (_M - _N)] ^ (y >> 1) ^ (_MATRIX_A if y & 1 else 0)
            y = (mt[_N - 1] & _UPPER_MASK) | (mt[0] & _LOWER_MASK)
            mt[_N - 1] = mt[_M - 1] ^ (y >> 1) ^ (_MATRIX_A if y & 1 else 0)
            self._mti = 0
        y = mt[self._mti]
        self._mti += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c5680
        y ^= (y << 15) & 0xefc60000
        y ^= y >> 18
        return y

    # -- seeding and state

    def seed(self, a=None, version=2):
        """Initialize internal state from a seed."""
        if version == 1 and isinstance(a, (str, bytes)):
            a = _version1_text_seed(a)
        elif version == 2 and isinstance(a, (str, bytes, bytearray)):
            from hashlib import sha512 as _sha512
            if isinstance(a, str):
                a = a.encode()
            a = int.from_bytes(a + _sha512(a).digest(), 'big')
        elif a is not None and not isinstance(a, (type(None), int, float, str, bytes, bytearray)):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        if a is None:
            a = int.from_bytes(_os.urandom(32), 'little')
        elif isinstance(a, int):
            if a < 0:
                a = -a
        else:
            # Other seeds go by their hash, read as an unsigned machine word.
            a = hash(a) & _MASK64
        key = []
        while a:
            key.append(a & _MASK32)
            a >>= 32
        if not key:
            key = [0]
        self._init_by_array(key)
        self.gauss_next = None

    def getstate(self):
        """Return internal state; can be passed to setstate() later."""
        return self.VERSION, tuple(self._mt) + (self._mti,), self.gauss_next

    def setstate(self, state):
        """Restore internal state from object returned by getstate()."""
        version, internalstate, self.gauss_next = state
        self._mt = list(internalstate[:_N])
        self._mti = internalstate[_N]

    # -- integers

    def random(self):
        """random() -> x in the interval [0, 1)."""
        a = self._genrand_uint32() >> 5
        b = self._genrand_uint32() >> 6
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)

    def getrandbits(self, k):
        """Return a non-negative int of k random bits, built from 32-bit words low end first."""
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        if k == 0:
            return 0
        if k <= 32:
            return self._genrand_uint32() >> (32 - k)
        result = 0
        shift = 0
        while k > 0:
            r = self._genrand_uint32()
            if k < 32:
                r >>= 32 - k
            result |= r << shift
            shift += 32
            k -= 32
        return result

    def __init_subclass__(cls, /, **kwargs):
        """Pick how a subclass draws bounded ints: the nearest class in its MRO that defines
        _randbelow, getrandbits or random (checked in that order within each class) decides.
        A subclass that supplies only random() gets _randbelow built on random()."""
        for klass in cls.__mro__:
            own = klass.__dict__
            if '_randbelow' in own:
                return
            if 'getrandbits' in own:
                cls._randbelow = cls._randbelow_with_getrandbits
                return
            if 'random' in own:
                cls._randbelow = cls._randbelow_without_getrandbits
                return

    def _randbelow_with_getrandbits(self, n):
        """A random int in [0, n) for n > 0: draw n.bit_length() bits until one is below n."""
        draw_bits = self.getrandbits
        width = n.bit_length()
        r = draw_bits(width)
        while r >= n:
            r = draw_bits(width)
        return r

    def _randbelow_without_getrandbits(self, n, maxsize=1 << 53):
        """A random int in [0, n) for n > 0, from random() alone: floats at or above the
        largest multiple of n below maxsize (as a fraction of maxsize) are redrawn, so each
        residue is equally likely."""
        draw = self.random
        if n >= maxsize:
            from warnings import warn
            warn("Underlying random() generator does not supply \n"
                 "enough bits to choose from a population range this large.\n"
                 "To remove the range limitation, add a getrandbits() method.")
            return _floor(draw() * n)
        cutoff = (maxsize - maxsize % n) / maxsize
        r = draw()
        while r >= cutoff:
            r = draw()
        return _floor(r * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    def randbytes(self, n):
        """Return n bytes taken from getrandbits(8 * n), least significant byte first."""
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    def randrange(self, start, stop=None, step=_ONE):
        """Pick an int from range(start, stop, step) without building the range."""
        low = _randrange_index(start, 'arg 1')
        if stop is None:
            # A lone argument is the stop.  The step is not type-checked yet, so the test is
            # on identity with the default rather than on its value.
            if step is not _ONE:
                raise TypeError('Missing a non-None stop argument')
            if low <= 0:
                raise ValueError('empty range for randrange()')
            return self._randbelow(low)
        high = _randrange_index(stop, 'stop')
        span = high - low
        stride = _randrange_index(step, 'step')
        if stride == 1:
            if span <= 0:
                raise ValueError('empty range for randrange() (%d, %d, %d)' % (low, high, span))
            return low + self._randbelow(span)
        if stride == 0:
            raise ValueError('zero step for randrange()')
        # how many values the range holds: span / stride rounded away from zero
        count = (span + stride - 1) // stride if stride > 0 else (span + stride + 1) // stride
        if count <= 0:
            raise ValueError('empty range for randrange()')
        return low + stride * self._randbelow(count)

    def randint(self, a, b):
        """Return an int N with a <= N <= b."""
        return self.randrange(a, b + 1)

    # -- sequences

    def choice(self, seq):
        """Return one element of the non-empty sequence seq."""
        size = len(seq)
        if size == 0:
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(size)]

    def shuffle(self, x):
        """Shuffle the mutable sequence x in place (Fisher-Yates, filling the last slot first)."""
        below = self._randbelow
        last = len(x) - 1
        while last > 0:
            other = below(last + 1)
            x[last], x[other] = x[other], x[last]
            last -= 1

    def sample(self, population, k, *, counts=None):
        """Return a new list of k distinct positions' elements of population.  With counts,
        element i stands for counts[i] copies of itself."""
        if isinstance(population, (set, frozenset, dict)) or not hasattr(population, '__getitem__'):
            raise TypeError('Population must be a sequence.  For dicts or sets, use sorted(d).')
        size = len(population)
        if counts is not None:
            return self._sample_with_counts(population, size, counts, k)
        if not 0 <= k <= size:
            raise ValueError('Sample larger than population or is negative')
        # Small populations are partially shuffled, large ones sampled by rejection; the two
        # consume the generator differently, so the threshold must be CPython's.
        threshold = 21
        if k > 5:
            threshold += 4 ** _ceil(_log(k * 3, 4))
        if size <= threshold:
            return _sample_from_pool(population, size, k, self._randbelow)
        return _sample_by_rejection(population, size, k, self._randbelow)

    def _sample_with_counts(self, population, size, counts, k):
        bounds = list(_accumulate(counts))
        if len(bounds) != size:
            raise ValueError('The number of counts does not match the population')
        total = bounds.pop()
        if not isinstance(total, int):
            raise TypeError('Counts must be integers')
        elif total <= 0:
            raise ValueError('Total of counts must be greater than zero')
        # sample copy numbers, then map each back to the element whose block holds it
        return [population[_bisect(bounds, copy)] for copy in self.sample(range(total), k=k)]

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """Return k elements of population drawn with replacement, optionally weighted."""
        draw = self.random
        size = len(population)
        if cum_weights is None and weights is None:
            # scaled as a float so floor() sees the same product as under CPython
            scale = size + 0.0
            return [population[_floor(draw() * scale)] for _ in range(k)]
        if cum_weights is None:
            cum_weights = _running_totals(weights)
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if size != len(cum_weights):
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        elif not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        top = size - 1
        return [population[_bisect(cum_weights, draw() * total, 0, top)] for _ in range(k)]

    # -- real-valued distributions

    def uniform(self, a, b):
        """Return a float between a and b (b itself may come up through rounding)."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution on [low, high] peaking at mode (the midpoint by default)."""
        u = self.random()
        try:
            split = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u <= split:
            return low + (high - low) * _sqrt(u * split)
        # the right-hand side is the left-hand formula seen from high
        return high + (low - high) * _sqrt((1.0 - u) * (1.0 - split))

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution (Kinderman and Monahan's ratio of uniforms)."""
        draw = self.random
        while True:
            numer = draw()
            denom = 1.0 - draw()
            ratio = NV_MAGICCONST * (numer - 0.5) / denom
            if ratio * ratio / 4.0 <= -_log(denom):
                return mu + ratio * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Gaussian distribution (Box-Muller); faster than normalvariate, not thread-safe."""
        spare = self.gauss_next
        self.gauss_next = None
        if spare is None:
            # one pair of draws gives two independent normals: use the cosine one now and
            # keep the sine one for the next call
            angle = self.random() * TWOPI
            radius = _sqrt(-2.0 * _log(1.0 - self.random()))
            self.gauss_next = _sin(angle) * radius
            spare = _cos(angle) * radius
        return mu + spare * sigma

    def lognormvariate(self, mu, sigma):
        """Log normal distribution: exp() of normalvariate(mu, sigma)."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution with rate lambd."""
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Von Mises distribution: mean angle mu, concentration kappa (Best and Fisher)."""
        draw = self.random
        if kappa <= 1e-6:
            return TWOPI * draw()
        half = 0.5 / kappa
        rho = half + _sqrt(1.0 + half * half)
        while True:
            cosine = _cos(_pi * draw())
            d = cosine / (rho + cosine)
            test = draw()
            if test < 1.0 - d * d or test <= (1.0 - d) * _exp(d):
                break
        inv_rho = 1.0 / rho
        f = (inv_rho + cosine) / (1.0 + inv_rho * cosine)
        if draw() > 0.5:
            return (mu + _acos(f)) % TWOPI
        return (mu - _acos(f)) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution with shape alpha and scale beta (both > 0)."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        if alpha > 1.0:
            return _gamma_cheng(self.random, alpha) * beta
        if alpha == 1.0:
            return -_log(1.0 - self.random()) * beta
        return _gamma_ahrens_dieter(self.random, alpha) * beta

    def betavariate(self, alpha, beta):
        """Beta distribution, from the ratio of two gamma variates."""
        first = self.gammavariate(alpha, 1.0)
        if not first:
            return 0.0
        return first / (first + self.gammavariate(beta, 1.0))

    def paretovariate(self, alpha):
        """Pareto distribution with shape alpha."""
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution with scale alpha and shape beta."""
        return alpha * (-_log(1.0 - self.random())) ** (1.0 / beta)


def _sample_from_pool(population, size, k, below):
    """Partial Fisher-Yates on a copy: each draw takes a slot of the still-live prefix and
    refills it with the prefix's last element."""
    pool = list(population)
    picked = []
    for live in range(size, size - k, -1):
        slot = below(live)
        picked.append(pool[slot])
        pool[slot] = pool[live - 1]
    return picked


def _sample_by_rejection(population, size, k, below):
    """Draw positions over the whole population, redrawing the ones already taken."""
    taken = set()
    picked = []
    while len(picked) < k:
        position = below(size)
        if position in taken:
            continue
        taken.add(position)
        picked.append(population[position])
    return picked


def _running_totals(weights):
    try:
        return list(_accumulate(weights))
    except TypeError:
        # choices(population, 3) is a common slip for choices(population, k=3)
        if isinstance(weights, int):
            raise TypeError(
                f'The number of choices must be a keyword argument: k={weights}') from None
        raise


def _gamma_cheng(draw, alpha):
    """Gamma variate of shape alpha > 1 and scale 1 (R. C. H. Cheng, 1977)."""
    spread = _sqrt(2.0 * alpha - 1.0)
    shift = alpha - LOG4
    slope = alpha + spread
    while True:
        u1 = draw()
        # both tails of u1 are refused to keep the logit finite
        if not 1e-7 < u1 < 0.9999999:
            continue
        u2 = 1.0 - draw()
        v = _log(u1 / (1.0 - u1)) / spread
        x = alpha * _exp(v)
        z = u1 * u1 * u2
        r = shift + slope * v - x
        # a cheap linear bound first; the logarithm only when it does not decide
        if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
            return x


def _gamma_ahrens_dieter(draw, alpha):
    """Gamma variate of shape 0 < alpha < 1 and scale 1 (Ahrens and Dieter's GS method)."""
    bound = (_e + alpha) / _e
    while True:
        p = bound * draw()
        if p <= 1.0:
            x = p ** (1.0 / alpha)
            if draw() <= _exp(-x):
                return x
        else:
            x = -_log((bound - p) / alpha)
            if draw() <= x ** (alpha - 1.0):
                return x


def _randrange_index(value, which):
    """randrange()'s argument as an int: 3.11 still takes an integral float, with a
    DeprecationWarning, and refuses another with ValueError."""
    if type(value) is int:
        return value
    try:
        return _index(value, which)
    except TypeError:
        pass
    ivalue = int(value)
    import warnings
    if ivalue != value:
        warnings.warn('randrange() will raise TypeError in the future', DeprecationWarning, 3)
        raise ValueError(f'non-integer {which} for randrange()')
    warnings.warn('non-integer arguments to randrange() have been deprecated since Python 3.10 '
                  'and will be removed in a subsequent version', DeprecationWarning, 3)
    return ivalue


def _index(value, name):
    if isinstance(value, int):
        return value
    try:
        return value.__index__()
    except AttributeError:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer") from None


class SystemRandom(Random):
    """Random numbers from os.urandom(); seeding is ignored and the state cannot be saved."""

    def random(self):
        # 56 random bits, of which the top 53 make the mantissa
        return (int.from_bytes(_os.urandom(7), 'big') >> 3) * RECIP_BPF

    def getrandbits(self, k):
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        nbytes = (k + 7) // 8
        return int.from_bytes(_os.urandom(nbytes), 'big') >> (nbytes * 8 - k)

    def seed(self, *args, **kwds):
        return None

    def randbytes(self, n):
        """Return n bytes from os.urandom()."""
        return _os.urandom(n)


# The module-level functions are the bound methods of one hidden, randomly seeded instance.
_inst = Random()
seed, getstate, setstate = _inst.seed, _inst.getstate, _inst.setstate
random, getrandbits, randbytes = _inst.random, _inst.getrandbits, _inst.randbytes
randrange, randint = _inst.randrange, _inst.randint
choice, choices, sample, shuffle = _inst.choice, _inst.choices, _inst.sample, _inst.shuffle
uniform, triangular = _inst.uniform, _inst.triangular
normalvariate, lognormvariate, gauss = _inst.normalvariate, _inst.lognormvariate, _inst.gauss
expovariate, vonmisesvariate = _inst.expovariate, _inst.vonmisesvariate
gammavariate, betavariate = _inst.gammavariate, _inst.betavariate
paretovariate, weibullvariate = _inst.paretovariate, _inst.weibullvariate
