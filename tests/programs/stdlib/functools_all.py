import functools
from functools import (cache, cmp_to_key, lru_cache, partial, reduce, total_ordering, wraps,
                       cached_property, singledispatch)

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 1))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print('TypeError:', e)


def power(base, exp, mod=None):
    return pow(base, exp, mod)


square = partial(power, exp=2)
print(square(7), square(3, mod=5), partial(power, 2)(10))
p = partial(max, 3, key=abs)
print(p(-5, 2), p.func is max, p.args, p.keywords)
print(repr(partial(power, 1, mod=3)).startswith('functools.partial(<function power at '))
pp = partial(partial(power, 2), 3)
print(pp(), pp.args)


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())


@lru_cache(maxsize=2)
def sq(x):
    return x * x


for v in [1, 2, 1, 3, 2, 1]:
    sq(v)
print(sq.cache_info(), sq.__name__)


@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)


print(fact(30), fact.cache_info().misses)


@lru_cache
def plain(x):
    return x + 1


print(plain(1), plain(1), plain.cache_info().hits)


def deco(f):
    @wraps(f)
    def inner(*args, **kw):
        """inner doc"""
        return f(*args, **kw) * 2
    return inner


@deco
def greet(x):
    """Greet doc."""
    return x + 1


print(greet(5), greet.__name__, greet.__doc__, greet.__wrapped__(5))


@total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        return self.n < other.n


a, b = Version(1), Version(2)
print(a < b, a > b, a <= b, a >= b, b >= a, a <= a)


def compare(x, y):
    return (x > y) - (x < y)


print(sorted([5, 1, 4, 2], key=cmp_to_key(lambda x, y: y - x)))
print(sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda x, y: compare(len(x), len(y)))))


class Circle:
    def __init__(self, r):
        self.r = r
        self.calls = 0

    @cached_property
    def area(self):
        self.calls += 1
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, c.calls)


@singledispatch
def describe(x):
    return 'object'


@describe.register(int)
def _(x):
    return 'int'


@describe.register(list)
def _(x):
    return 'list of %d' % len(x)


print(describe(1), describe([1, 2]), describe('s'), describe(True))
