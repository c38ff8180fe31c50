# itertools objects: their types, reprs, isinstance, subclassing, argument checks and the exact
# order and ending of each iterator.
import itertools
from itertools import (accumulate, chain, combinations, combinations_with_replacement, compress,
                       count, cycle, dropwhile, filterfalse, groupby, islice, pairwise,
                       permutations, product, repeat, starmap, takewhile, tee, zip_longest)
import copy
import operator

samples = [count(), repeat('a', 3), cycle([1]), chain([1]), chain.from_iterable([[1]]),
           islice([1, 2], 1), accumulate([1]), compress([1], [1]), dropwhile(bool, []),
           takewhile(bool, []), filterfalse(None, []), pairwise([1]), starmap(pow, []),
           zip_longest([1]), product([1]), permutations([1]), combinations([1], 1),
           combinations_with_replacement([1], 1), groupby([1])]
for obj in samples:
    t = type(obj)
    print(t, t.__name__, t.__module__, t.__qualname__, isinstance(obj, t), iter(obj) is obj)

print(repr(count()), repr(count(5)), repr(count(2.5)), repr(count(1, 2)), repr(count(1, 1.0)))
print(repr(count(-3, -1)), repr(count(2 ** 70)), repr(count(-2 ** 70, 3)), repr(count(0.5, 0.25)))
c = count(3)
next(c)
next(c)
print(repr(c), next(c), repr(c))
c = count(True)
print(repr(c), next(c), next(c))
c = count(True, 2)
print(repr(c), next(c), next(c))
c = count(0, True)
print(repr(c), next(c), next(c))
c = count(1.5, True)
print(repr(c), next(c), next(c))
print(list(islice(count(0.1, 0.1), 4)))
print(list(islice(count(10, -3), 5)), list(islice(count(start=2, step=5), 3)))
for bad in [('a',), (1, 'a'), (None,), ([],)]:
    try:
        count(*bad)
    except TypeError as e:
        print('count', bad, e)

print(repr(repeat('a', 3)), repr(repeat('a')), repr(repeat([1], 0)), repr(repeat(None, -4)))
r = repeat(1, 5)
next(r)
print(repr(r), operator.length_hint(r), r.__length_hint__(), list(r), repr(r))
r = repeat(1, times=-1)
print(repr(r), list(r))
print(operator.length_hint(repeat(1), 7))
try:
    repeat(1).__length_hint__()
except TypeError as e:
    print('repeat', e)
for bad in [None, 'x', 2 ** 70, 2.0]:
    try:
        repeat(1, bad)
    except (TypeError, OverflowError) as e:
        print('repeat', type(e).__name__, e)


class MyCount(count):
    pass


class MyRepeat(repeat):
    def __next__(self):
        return ('mine', super().__next__())


m = MyCount(7)
print(repr(m), type(m).__name__, isinstance(m, count), next(m), repr(m))
mr = MyRepeat('z', 2)
print(repr(mr), isinstance(mr, repeat), next(mr))
print(isinstance(iter([]), count), isinstance(count(), repeat), issubclass(MyCount, count))

# islice: arguments as CPython converts them, and its early ends.
for args in [(3,), (None,), (2, None), (1, 7, 2), (None, 3, None), (True,), (0,), (5, 2),
             (-1,), (-5,), (1, -1), (1, -5), (-1, 3), ('a', 3), (2.5,), (1, None, 'a'),
             (1, None, 0), (2 ** 63,), (2 ** 63 - 1,), (1, 2 ** 63), (2 ** 63, 3),
             (1, 3, 2 ** 63), (1, 2, 3, 4), ()]:
    try:
        print('islice', args, list(islice(range(10), *args)))
    except (ValueError, TypeError) as e:
        print('islice', args, type(e).__name__, e)


class Index:
    def __index__(self):
        return 2


print(list(islice('abcdef', Index(), None)), list(islice('abcdef', Index())))
try:
    islice(5, 2)
except TypeError as e:
    print('islice', e)
it = iter(range(10))
print(list(islice(it, 2, 4)), next(it), list(islice(it, 0)), next(it))
it = iter(range(10))
print(list(islice(it, 3, 4)), list(it))
s = islice(iter([1, 2, 3]), 5)
print(list(s), list(s))

# chain: lazy over its arguments, errors at the first use.
ch = chain(1)
try:
    next(ch)
except TypeError as e:
    print('chain', e)
print(list(chain()), list(chain('ab', [], (1,), range(2))), list(chain.from_iterable(['xy', 'z'])))


def gen_iterables():
    print('  yields first')
    yield [1, 2]
    print('  yields second')
    yield [3]


ch = chain.from_iterable(gen_iterables())
print('made')
print(next(ch), next(ch), next(ch))
print(list(ch), list(ch))

# accumulate
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([], initial=5)), list(accumulate([1, 2], initial=10)), list(accumulate([])))
print(list(accumulate('abc')), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2], initial=None)), list(accumulate([[1], [2]], initial=[0])))

# compress, dropwhile, takewhile, filterfalse, starmap
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress('AB', [1, 1, 1, 1])))
print(list(compress(range(10), cycle([True, False]))), list(compress(data='abc', selectors=[0, 1, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
tw = takewhile(lambda x: x < 3, iter([1, 2, 3, 4, 1]))
print(list(tw), list(tw))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None, [], [0]])))
print(list(filterfalse(bool, [0, 1, 2, 0])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(operator.add, [[1, 2], 'ab'])))
print(list(starmap(lambda *a: len(a), [(), (1,), iter([1, 2])])))
try:
    list(starmap(pow, [1]))
except TypeError as e:
    print('starmap', e)

# pairwise, zip_longest
print(list(pairwise('ABCDEFG')), list(pairwise([])), list(pairwise([1])))
pw = pairwise(iter([1, 2, 3]))
print(next(pw), next(pw), list(pw), list(pw))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest()), list(zip_longest([], [])))
print(list(zip_longest('ab', range(3), [None])))
zl = zip_longest([1], [2, 3])
print(list(zl), list(zl))

# cycle
cy = cycle('ab')
print([next(cy) for _ in range(5)], list(cycle([])))
cy = cycle(iter([1, 2, 3]))
print([next(cy) for _ in range(7)])

# groupby: the key function, the shared underlying iterator, equality by identity first.
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, len(list(g))) for k, g in groupby(range(10), key=lambda x: x // 3)])
groups = [(k, g) for k, g in groupby('aabbc')]
print([(k, list(g)) for k, g in groups])
gb = groupby('aaabbc')
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2))
nan = float('nan')
print(len(list(groupby([nan, nan, nan]))), len(list(groupby([float('nan'), float('nan')]))))
print(type(g2).__name__, type(g2).__module__, isinstance(g2, itertools._grouper))


class Noisy:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print('  eq', self.v, other.v)
        return self.v == other.v


print([len(list(g)) for k, g in groupby([Noisy(1), Noisy(1), Noisy(2)])])

# tee: independent iterators over one shared buffer, copies, tee of a tee.
a, b = tee(iter(range(5)))
print(next(a), next(a), list(b), list(a))
a, b, c = tee('xyz', 3)
print(list(a), list(b), list(c), type(a).__name__, type(a).__module__)
print(tee([1], 0), len(tee([1], 1)), len(tee([1])))
a, b = tee(range(200))
print(sum(a), sum(b))
a, b = tee(range(3))
c = copy.copy(a)
print(list(a), list(c), list(b))
a, = tee(range(3), 1)
x, y = tee(a)
print(x is a, list(x), list(y))
for bad in [-1, 'n']:
    try:
        tee([], bad)
    except (ValueError, TypeError) as e:
        print('tee', type(e).__name__, e)

# the combinatoric iterators
print(list(product('ab', range(2))), list(product([1, 2], repeat=2)), list(product()))
print(list(product([], [1])), list(product([1], repeat=0)), len(list(product(range(3), repeat=4))))
print(list(permutations('ABC', 2)), list(permutations(range(3))), list(permutations([], 0)))
print(list(permutations('ab', 3)), list(permutations('abc', 0)), len(list(permutations(range(6)))))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('ab', 0)))
print(list(combinations('ab', 3)), list(combinations([], 0)), len(list(combinations(range(12), 5))))
print(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement([], 2)))
print(list(combinations_with_replacement([], 0)), list(combinations_with_replacement('ab', 0)))
print(len(list(combinations_with_replacement(range(5), 4))))
for make in [lambda: permutations([1], -1), lambda: permutations([1], 'a'),
             lambda: combinations([1], -1), lambda: combinations([1], 'a'),
             lambda: combinations_with_replacement([1], -2), lambda: product([1], repeat=-1),
             lambda: product([1], repeat='a'), lambda: product(1), lambda: permutations(5)]:
    try:
        make()
    except (ValueError, TypeError) as e:
        print('combinatoric', type(e).__name__, e)
p = product('ab', 'cd')
print(next(p), list(p), list(p))
pm = permutations(range(3))
print(next(pm), next(pm), list(pm), list(pm))

# the recipes that use them together
def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)


def batched(iterable, n):
    it = iter(iterable)
    while True:
        batch = tuple(islice(it, n))
        if not batch:
            return
        yield batch


def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))


def sliding_window(iterable, n):
    it = iter(iterable)
    window = list(islice(it, n - 1))
    for x in it:
        window.append(x)
        yield tuple(window)
        del window[0]


print(list(grouper('ABCDEFG', 3, 'x')), list(batched(range(7), 3)))
print(list(roundrobin('ABC', 'D', 'EF')), list(sliding_window('abcde', 3)))
print(list(map(sum, zip(*tee(range(5), 3)))), list(islice(cycle(repeat(7, 2)), 5)))
print(sorted(set(map(frozenset, combinations(range(4), 2))), key=sorted)[:3])
