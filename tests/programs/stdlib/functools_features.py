# functools the way programs use it: wraps, total_ordering, singledispatch, cached_property,
# lru_cache, partial, reduce (and its errors), cmp_to_key.
import functools
from functools import wraps, total_ordering, singledispatch, cached_property, lru_cache, partial, reduce, cmp_to_key


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        print('calling', func.__name__, args, kwargs)
        return func(*args, **kwargs)
    return wrapper


@logged
def add(a, b=2):
    """Add two numbers."""
    return a + b


print(add(1), add(1, b=5), add.__name__, add.__doc__, add.__wrapped__.__name__, add.__qualname__)
print(add.__module__, hasattr(add, '__wrapped__'), add.__wrapped__(3, 4))


def plain(x):
    return x


plain.custom = 'attr'
w = functools.update_wrapper(lambda *a: plain(*a), plain)
print(w.__name__, w.custom, w(5), w.__wrapped__ is plain)


@total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.n == other.n

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.n < other.n

    def __repr__(self):
        return f'V{self.n}'


a, b = Version(1), Version(2)
print(a < b, a <= b, a > b, a >= b, a == Version(1), a != b, sorted([b, a]), max(a, b))
try:
    a < 3
except TypeError as e:
    print('TypeError', e)
try:
    a >= 3
except TypeError as e:
    print('TypeError', e)


@total_ordering
class ByGt:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        return self.v > other.v


print(ByGt(1) < ByGt(2), ByGt(1) <= ByGt(1), ByGt(3) >= ByGt(4))
try:
    @total_ordering
    class NoOrder:
        pass
except ValueError as e:
    print('ValueError', e)


@singledispatch
def describe(x):
    return f'object {x!r}'


@describe.register(int)
def _(x):
    return f'int {x}'


@describe.register(list)
def _(x):
    return f'list of {len(x)}'


@describe.register(str)
@describe.register(bytes)
def _(x):
    return f'text {x!r}'


print(describe(1), describe(True), describe([1, 2]), describe('s'), describe(b'b'), describe(2.5), describe(None))
print(describe.dispatch(int).__name__, describe.dispatch(bool) is describe.dispatch(int), sorted(k.__name__ for k in describe.registry))


class Base:
    pass


class Derived(Base):
    pass


@singledispatch
def kind(o):
    return 'default'


@kind.register(Base)
def _(o):
    return 'base'


print(kind(Derived()), kind(Base()), kind(1))


class Shape:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @cached_property
    def area(self):
        self.computed += 1
        return 3 * self.r * self.r


s = Shape(2)
print(s.area, s.area, s.computed, 'area' in s.__dict__)
del s.area
print(s.area, s.computed)
s.area = 99
print(s.area, type(Shape.__dict__['area']).__name__, Shape.area.__class__.__name__)


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib(10), fib.cache_info())


@lru_cache(maxsize=2)
def sq(x):
    print('  compute', x)
    return x * x


sq(1)
sq(2)
sq(1)
sq(3)
sq(2)
print(sq.cache_info(), sq.__name__, sq.__wrapped__(4))


@lru_cache
def kw(a, b=1):
    return a + b


print(kw(1), kw(1, b=1), kw(a=1), kw.cache_info())


@functools.cache
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)


print(fact(20), fact.cache_info())

p = partial(int, base=2)
print(p('101'), p.func, p.args, p.keywords, repr(partial(pow, 2)))
p2 = partial(pow, 2)
print(p2(10), partial(p2, 3)(), partial(max, key=len)(['a', 'bbb', 'cc']))
pp = partial(print, sep='-')
pp('a', 'b', 'c')
try:
    partial()
except TypeError as e:
    print('TypeError', e)
try:
    partial(1)
except TypeError as e:
    print('TypeError', e)

print(reduce(lambda x, y: x * y, [1, 2, 3, 4]), reduce(lambda x, y: x + y, [], 10), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, s: acc + len(s), ['ab', 'c'], 0), reduce(lambda a, b: a + b, 'abc'))
try:
    reduce(lambda x, y: x, [])
except TypeError as e:
    print('TypeError', e)
try:
    reduce(lambda x, y: x, 5)
except TypeError as e:
    print('TypeError', e)
try:
    reduce(1, [1, 2])
except TypeError as e:
    print('TypeError', e)


def cmp(a, b):
    return (a > b) - (a < b)


print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted(['b', 'A', 'c'], key=cmp_to_key(lambda a, b: cmp(a.lower(), b.lower()))))
k = cmp_to_key(cmp)
print(k(1) < k(2), k(2) == k(2), type(k(1)).__name__)


class Dispatcher:
    @functools.singledispatchmethod
    def handle(self, arg):
        return 'generic'

    @handle.register(int)
    def _(self, arg):
        return 'int'


print(Dispatcher().handle(1), Dispatcher().handle('x'))
print(functools.reduce(lambda a, b: a | b, [{1}, {2}, {3}]))
pm = functools.partialmethod
class Cell:
    def set_state(self, state):
        self.state = state
    set_alive = pm(set_state, True)
c = Cell()
c.set_alive()
print(c.state)
