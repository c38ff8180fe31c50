# enumerate, zip, map, filter and reversed are classes: their calls build instances of themselves,
# they can be subclassed, and they report CPython's errors for wrong arguments.
import types

KINDS = (enumerate, zip, map, filter, reversed)


def show(label, thunk):
    try:
        print(label, thunk())
    except Exception as e:
        print(label, type(e).__name__, e)


# --- the classes themselves
for T in KINDS:
    print(repr(T), T.__name__, T.__qualname__, T.__module__, type(T) is type, callable(T))
    print(' mro', [c.__name__ for c in T.__mro__], issubclass(T, object))
    print(' members', [n for n in ('__iter__', '__next__', '__new__', '__init__') if n in dir(T)])

print(isinstance(enumerate('a'), enumerate), type(zip()) is zip, type(map(str, '')) is map)
print(type(filter(None, [])) is filter, type(reversed('ab')) is reversed)
print(isinstance(reversed([1]), reversed), isinstance(reversed('xy'), reversed))
print(type(reversed([1])).__name__, type(reversed(range(3))).__name__, type(reversed((1, 2))).__name__)
print([isinstance(it, T) for it in (enumerate(''), zip(), map(abs, []), filter(None, ())) for T in KINDS])

# --- generic alias: only enumerate has __class_getitem__ in 3.11
alias = enumerate[int]
print(alias, type(alias) is types.GenericAlias, alias.__origin__ is enumerate, alias.__args__)
print(enumerate[int, str])
for T in (zip, map, filter, reversed):
    show(T.__name__ + '[int]', lambda T=T: T[int])

# --- __new__ called directly
print(enumerate.__new__(enumerate, 'ab').__next__())
print(list(zip.__new__(zip, 'ab', 'cd')))
print(list(map.__new__(map, str.upper, 'ab')))
show('enumerate.__new__(int)', lambda: enumerate.__new__(int, 'a'))

# --- keywords
show('enumerate(iterable=)', lambda: list(enumerate(iterable='ab')))
show('enumerate(iterable=, start=)', lambda: list(enumerate(iterable='ab', start=5)))
show('enumerate(s, start=)', lambda: list(enumerate('ab', start=-2)))
show('enumerate(start= only)', lambda: list(enumerate(start=1)))
show('enumerate()', lambda: enumerate())
show('enumerate(3 args)', lambda: enumerate('a', 1, 2))
show('enumerate(2 + kw)', lambda: enumerate('a', 1, start=2))
show('enumerate(x=)', lambda: enumerate('a', x=1))
show('enumerate(int)', lambda: enumerate(5))
show('enumerate(start=str)', lambda: enumerate('a', 'b'))
show('enumerate(big start)', lambda: list(enumerate('ab', 2 ** 70)))
show('zip()', lambda: list(zip()))
show('zip(strict)', lambda: list(zip('ab', 'cd', strict=True)))
show('zip(strict, short)', lambda: list(zip('ab', 'c', strict=True)))
show('zip(strict, long)', lambda: list(zip('a', 'bc', strict=True)))
show('zip(strict, 3rd short)', lambda: list(zip('ab', 'cd', 'e', strict=True)))
show('zip(x=)', lambda: zip('a', x=1))
show('zip(int)', lambda: zip('a', 1))
show('map()', lambda: map())
show('map(f)', lambda: map(str))
show('map(kw)', lambda: map(str, 'a', x=1))
show('map(f, int)', lambda: map(str, 1))
show('map(2 iterables)', lambda: list(map(pow, [2, 3], [5, 2, 9])))
show('filter()', lambda: filter())
show('filter(f)', lambda: filter(None))
show('filter(3)', lambda: filter(None, 'a', 'b'))
show('filter(kw)', lambda: filter(None, 'a', x=1))
show('filter(int)', lambda: filter(None, 1))
show('reversed()', lambda: reversed())
show('reversed(2)', lambda: reversed('ab', 'c'))
show('reversed(kw)', lambda: reversed(sequence='ab'))
show('reversed(int)', lambda: reversed(1))
show('reversed(dict)', lambda: type(reversed({1: 2})).__name__)
show('reversed(set)', lambda: reversed({1}))
show('reversed(str)', lambda: list(reversed('héllo')))
show('reversed hint', lambda: reversed('abc').__length_hint__())


# --- subclasses
class Numbered(enumerate):
    pass


print(list(Numbered('ab', 1)), type(Numbered('')).__name__, isinstance(Numbered(''), enumerate))


class FromOne(enumerate):
    def __new__(cls, iterable, start=1):
        return super().__new__(cls, iterable, start)

    def first(self):
        return next(self)


n = FromOne('abc')
print(type(n).__name__, n.first(), list(n))
print([pair for pair in FromOne('xy')])


class Tagged(zip):
    def __init__(self, *iterables, strict=False):
        self.tag = 'strict' if strict else 'loose'


z = Tagged('ab', 'cd', strict=True)
print(z.tag, list(z), Tagged('a', 'b').tag)
show('Tagged strict', lambda: list(Tagged('ab', 'c', strict=True)))


class Shout(map):
    def __next__(self):
        return super().__next__().upper()


print(list(Shout(str, 'abc')), [s for s in Shout(lambda c: c * 2, 'xy')])


class Evens(filter):
    def __init__(self, iterable):
        self.seen = 0

    def __new__(cls, iterable):
        return super().__new__(cls, lambda v: v % 2 == 0, iterable)


ev = Evens(range(10))
print(type(ev).__name__, list(ev), ev.seen, sum(Evens([1, 2, 4])))


class Backwards(reversed):
    def peek(self):
        return 'peek'


b = Backwards('abc')
print(type(b).__name__, b.peek(), list(b))
print(type(Backwards([1, 2])).__name__, list(Backwards([1, 2])))
print(type(Backwards(range(3))).__name__, list(Backwards(range(3))))


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i * 10


print(list(reversed(Seq())), type(Backwards(Seq())).__name__, list(Backwards(Seq())))


# --- a seeded generator of inputs: the classes agree with plain loops
def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2 ** 31
        yield seed


rand = lcg(2024)
mismatches = 0
for round_ in range(200):
    size = next(rand) % 9
    xs = [next(rand) % 7 - 3 for _ in range(size)]
    ys = [next(rand) % 5 for _ in range(next(rand) % 9)]
    start = next(rand) % 11 - 5
    e = list(enumerate(xs, start))
    ok = e == [(start + i, xs[i]) for i in range(len(xs))]
    ok = ok and list(zip(xs, ys)) == [(xs[i], ys[i]) for i in range(min(len(xs), len(ys)))]
    ok = ok and list(map(abs, xs)) == [abs(v) for v in xs]
    ok = ok and list(filter(None, xs)) == [v for v in xs if v]
    ok = ok and list(reversed(xs)) == xs[::-1]
    ok = ok and list(Numbered(xs, start)) == e
    ok = ok and list(Evens(xs)) == [v for v in xs if v % 2 == 0]
    if not ok:
        mismatches += 1
    if round_ % 40 == 0:
        print(round_, e[:3], list(zip(xs, ys))[:3], list(filter(None, xs)), list(reversed(ys)))
print('mismatches', mismatches)

# --- enumerate's keyword places
for args, kw in [((), {'start': 1}), ((), {'start': 1, 'x': 2}), ((), {'x': 2}), ((), {'start': 1, 'iterable': 'a'}),
                 ((), {'iterable': 'a', 'start': 3}), ((), {'iterable': 'a', 'x': 1}), (('a',), {'iterable': 'b'}),
                 (('a',), {'start': 4}), ((), {'x': 1, 'y': 2, 'z': 3}), ((), {'iterable': 'ab'})]:
    show('enumerate' + repr((args, kw)), lambda: list(enumerate(*args, **kw)))


# --- reversed over tuples and list subclasses
class Masked(tuple):
    def __getitem__(self, i):
        return 'x'


class OwnOrder(list):
    def __reversed__(self):
        return iter('z')


print(list(reversed(Masked((1, 2)))), list(reversed((1, 2, 3))), list(reversed(())), list(reversed(OwnOrder([1, 2]))))
class Plain(list):
    pass


print(list(reversed(Plain([1, 2]))), type(reversed(Plain([3]))).__name__)
print(list(reversed([])), list(reversed('')), reversed((1, 2)).__length_hint__())
