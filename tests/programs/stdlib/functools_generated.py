# lru_cache statistics over seeded call sequences, total_ordering over tables of classes,
# partial/partialmethod reprs, reduce and cmp_to_key over generated inputs.
import functools


def lcg(seed):
    state = seed
    while True:
        state = (state * 6364136223846793005 + 1442695040888963407) % (2 ** 64)
        yield state >> 33


# --- lru_cache: hits, misses and currsize after every call of a generated sequence
for maxsize in (0, 1, 3, 8, None):
    for typed in (False, True):
        calls = []

        @functools.lru_cache(maxsize=maxsize, typed=typed)
        def square(x, scale=1):
            calls.append(x)
            return x * x * scale

        gen = lcg(maxsize or 77)
        trace = []
        for step in range(60):
            n = next(gen) % 6
            kind = next(gen) % 4
            if kind == 0:
                value = square(n)
            elif kind == 1:
                value = square(float(n))
            elif kind == 2:
                value = square(n, scale=2)
            else:
                value = square(x=n)
            info = square.cache_info()
            trace.append(f'{value}:{info.hits}/{info.misses}/{info.currsize}')
        print(maxsize, typed, ' '.join(trace[:20]))
        print('   ', ' '.join(trace[40:]), square.cache_info(), len(calls))
        print('   ', square.cache_parameters(), square.__name__, square.__wrapped__.__name__)
        square.cache_clear()
        print('    cleared', square.cache_info())


@functools.lru_cache(maxsize=0)
def no_store(items):
    return len(items)


print(no_store([1, 2]), no_store([3]), no_store.cache_info())


@functools.lru_cache
def bare(x):
    return -x


print(bare(3), bare(3), bare.cache_info(), bare.cache_parameters())


@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


@functools.lru_cache(maxsize=2)
def rec(n):
    return 0 if n == 0 else rec(n - 1) + n


print([rec(i) for i in (5, 3, 9, 9, 1)], rec.cache_info())
print(functools.lru_cache(maxsize=-5)(abs).cache_info())
for bad in ('big', 2.5):
    try:
        functools.lru_cache(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    fib([1])
except Exception as e:
    print(type(e).__name__, e)


# --- total_ordering: each root, compared over a grid of values, including foreign ones
def make(root):
    ops = {
        '__lt__': lambda self, other: self.v < other.v if isinstance(other, Num) else NotImplemented,
        '__le__': lambda self, other: self.v <= other.v if isinstance(other, Num) else NotImplemented,
        '__gt__': lambda self, other: self.v > other.v if isinstance(other, Num) else NotImplemented,
        '__ge__': lambda self, other: self.v >= other.v if isinstance(other, Num) else NotImplemented,
    }

    class Num:
        def __init__(self, v):
            self.v = v

        def __eq__(self, other):
            return isinstance(other, Num) and self.v == other.v

        __hash__ = None

    setattr(Num, root, ops[root])
    return functools.total_ordering(Num)


for root in ('__lt__', '__le__', '__gt__', '__ge__'):
    Num = make(root)
    row = []
    for a in (1, 2, 3):
        for b in (1, 2, 3):
            x, y = Num(a), Num(b)
            row.append(''.join('T' if r else 'F' for r in (x < y, x <= y, x > y, x >= y)))
    print(root, ' '.join(row), sorted(n for n in ('__lt__', '__le__', '__gt__', '__ge__')
                                     if n in Num.__dict__))
    try:
        Num(1) < 5
    except Exception as e:
        print('   ', type(e).__name__, e)
    print('   ', Num(1).__ge__(5) is NotImplemented, Num(1).__gt__(5) is NotImplemented)


@functools.total_ordering
class Weird:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v - other.v if self.v < other.v else 0

    def __eq__(self, other):
        return self.v == other.v


print(Weird(1) <= Weird(3), Weird(3) <= Weird(3), Weird(4) <= Weird(3), Weird(2) > Weird(1))
try:
    functools.total_ordering(type('Bare', (), {}))
except Exception as e:
    print(type(e).__name__, e)


# --- cmp_to_key over generated lists
def by_last_digit(a, b):
    return (a % 10 - b % 10) or (b - a)


gen = lcg(5)
for _ in range(5):
    data = [next(gen) % 1000 for _ in range(12)]
    print(sorted(data, key=functools.cmp_to_key(by_last_digit)))
K = functools.cmp_to_key(by_last_digit)
print(K(13) < K(22), K(13) == K(13), K(13) != K(3), K(5) >= K(15), K(5) <= K(15))
print(K(1).__hash__ is None)

# --- reduce
gen = lcg(9)
for size in range(6):
    data = [next(gen) % 50 for _ in range(size)]
    print(data, functools.reduce(lambda a, b: a * 2 + b, data, 7))
    try:
        print(functools.reduce(lambda a, b: a - b, data))
    except Exception as e:
        print(type(e).__name__, e)
try:
    functools.reduce(max, 5)
except Exception as e:
    print(type(e).__name__, e)

# --- partial and partialmethod
p = functools.partial(max, 3, key=abs)
q = functools.partial(p, -10, 7)
print(repr(p), repr(q), q(4), q.args, sorted(q.keywords.items()), q.func is max)


class Sub(functools.partial):
    pass


print(repr(Sub(pow, 2)), Sub(pow, 2)(5))
for bad in ((), (5,)):
    try:
        functools.partial(*bad)
    except Exception as e:
        print(type(e).__name__, e)


def describe(a, b, c='c', *rest, **kw):
    return f'{a} {b} {c} {rest} {sorted(kw.items())}'


class Cell:
    def __init__(self, tag):
        self.tag = tag

    def show(self, *args, **kw):
        return (self.tag,) + args + tuple(sorted(kw.items()))

    first = functools.partialmethod(show, 1, mark='x')
    second = functools.partialmethod(first, 2)
    cls_made = functools.partialmethod(classmethod(lambda cls, n: (cls.__name__, n)), 4)
    bare_pm = functools.partialmethod(show)


c = Cell('t')
print(c.first(), c.first(9, mark='y'), c.second(), Cell.cls_made(), c.cls_made(), c.bare_pm(0))
print(Cell.first(c, 3), type(c.first).__name__)
print(repr(Cell.__dict__['first']).split(' at ')[0].replace('<function ', ''))
print(repr(functools.partialmethod(describe)).startswith('functools.partialmethod(<function describe'),
      repr(functools.partialmethod(describe)).endswith(', , )'))
try:
    functools.partialmethod(5)
except Exception as e:
    print(type(e).__name__, e)


# --- cached_property
class Lazy:
    runs = 0

    @functools.cached_property
    def value(self):
        Lazy.runs += 1
        return Lazy.runs * 10


lz = Lazy()
print(lz.value, lz.value, Lazy.runs, 'value' in vars(lz), type(Lazy.value).__name__)
del lz.value
print(lz.value, Lazy.runs)


# --- wraps / update_wrapper
def original(a, b: int = 2) -> int:
    """doc of original"""
    return a + b


original.extra = 'kept'


@functools.wraps(original)
def wrapper(*args):
    return original(*args)


print(wrapper.__name__, wrapper.__doc__, wrapper.__annotations__, wrapper.extra,
      wrapper.__wrapped__ is original, wrapper(1))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
