# Builtins and statements honour a dunder a subclass of a builtin type overrides (or takes from a
# mixin listed before the builtin base): the exact-type shortcuts must step aside for them.
from collections import OrderedDict, Counter, deque

MAKERS = [
    (dict, lambda c: c({1: 'a', 2: 'b'})),
    (list, lambda c: c([3, 1, 2])),
    (tuple, lambda c: c((5, 4))),
    (str, lambda c: c('hey')),
    (set, lambda c: c({1, 2})),
    (frozenset, lambda c: c({7})),
    (bytes, lambda c: c(b'ab')),
    (bytearray, lambda c: c(b'cd')),
    (int, lambda c: c(6)),
    (float, lambda c: c(1.5)),
    (OrderedDict, lambda c: c([(1, 'x')])),
    (Counter, lambda c: c('aab')),
    (deque, lambda c: c([8, 9])),
]

OVERRIDES = {
    '__len__': lambda self: 42,
    '__iter__': lambda self: iter([10, 20]),
    '__contains__': lambda self, k: k == 'zz',
    '__bool__': lambda self: False,
    # Ends the old sequence protocol's iteration at index 2.
    '__getitem__': lambda self, k: ('item', k) if not isinstance(k, int) or k < 2 else [][k],
    '__eq__': lambda self, other: 'EQ',
    '__ne__': lambda self, other: 'NE',
    '__hash__': lambda self: 12345,
    '__repr__': lambda self: 'R!',
    '__str__': lambda self: 'S!',
    '__lt__': lambda self, other: 'LT',
    '__reversed__': lambda self: iter(['rev']),
    '__add__': lambda self, other: 'ADD',
}


def hash_probe(x, plain):
    h = hash(x)
    return 'own' if h == 12345 else h == hash(plain)


def ops(plain):
    return [
        ('len', lambda x: len(x)),
        ('bool', lambda x: bool(x)),
        ('if', lambda x: 'T' if x else 'F'),
        ('not', lambda x: not x),
        ('while', lambda x: next((i for i in range(1) if x), 'no')),
        ('list', lambda x: list(x)),
        ('tuple', lambda x: tuple(x)),
        ('for', lambda x: [v for v in x]),
        ('iter', lambda x: next(iter(x))),
        ('unpack', lambda x: [*x]),
        ('star', lambda x: (lambda *a: a)(*x)),
        ('in zz', lambda x: 'zz' in x),
        ('in 1', lambda x: 1 in x),
        ('not in', lambda x: 1 not in x),
        ('getitem', lambda x: x[1]),
        ('eq', lambda x: x == plain),
        ('req', lambda x: plain == x),
        ('ne', lambda x: x != plain),
        ('hash', lambda x: hash_probe(x, plain)),
        ('repr', lambda x: repr(x)),
        ('str', lambda x: str(x)),
        ('format', lambda x: f'{x}|{x!r}'),
        ('%', lambda x: '%s %r' % (x, x)),
        ('sorted', lambda x: sorted(x, key=repr)),
        ('sum', lambda x: sum(x)),
        ('min', lambda x: min(x)),
        ('max', lambda x: max(x)),
        ('any', lambda x: any(x)),
        ('all', lambda x: all(x)),
        ('enumerate', lambda x: list(enumerate(x))),
        ('zip', lambda x: list(zip(x, 'ab'))),
        ('map', lambda x: list(map(repr, x))),
        ('filter', lambda x: list(filter(None, x))),
        ('reversed', lambda x: list(reversed(x))),
        ('lt', lambda x: x < plain),
        ('gt', lambda x: plain > x),
        ('add', lambda x: x + plain),
        ('set', lambda x: sorted(set(x), key=repr)),
        ('frozenset', lambda x: sorted(frozenset(x), key=repr)),
        ('list.extend', lambda x: [0] + [].__class__(x)),
        ('join', lambda x: ','.join(map(str, x))),
        ('in list', lambda x: x in [plain]),
        ('dict key', lambda x: {plain: 1}.get(x, 'missing')),
        ('list.index', lambda x: [plain].index(x)),
        ('list.count', lambda x: [plain, plain].count(x)),
        ('tuple eq', lambda x: (x,) == (plain,)),
        ('list eq', lambda x: [x] == [plain]),
    ]


def run(x, plain):
    for name, op in ops(plain):
        try:
            r = op(x)
        except Exception as e:
            r = f'{type(e).__name__}: {e}'
        print(f'  {name}: {r!r}')


class Nothing:
    pass


for base, make in MAKERS:
    plain = make(base)
    for dunder, fn in OVERRIDES.items():
        direct = type(f'{base.__name__.title()}{dunder.strip("_").title()}', (base,), {dunder: fn})
        mixin = type('Mixin', (), {dunder: fn})
        mixed = type(f'Mixed{base.__name__.title()}', (mixin, base), {})
        for cls in (direct, mixed):
            try:
                x = make(cls)
            except Exception as e:
                print(cls.__name__, dunder, 'cannot make:', type(e).__name__, e)
                continue
            print(f'== {cls.__name__} {[c.__name__ for c in cls.__mro__]} {dunder}')
            run(x, plain)
    # No override: the subclass still behaves as its base.
    bare = type(f'Bare{base.__name__.title()}', (Nothing, base), {})
    print(f'== {bare.__name__} (no override)')
    run(make(bare), plain)


# deque's comparisons: stored sizes, then items in iteration order.
a, b = deque([1, 2, 3]), deque([1, 2, 4])
for x, y in [(a, b), (a, a), (deque([1, 2]), a), (a, deque([1, 2])), (deque(), deque()), (deque([1, 'a']), deque([1, 2]))]:
    for name, f in [('==', lambda p, q: p == q), ('!=', lambda p, q: p != q), ('<', lambda p, q: p < q),
                    ('<=', lambda p, q: p <= q), ('>', lambda p, q: p > q), ('>=', lambda p, q: p >= q)]:
        try:
            print(name, f(x, y), end='; ')
        except TypeError as e:
            print(name, 'TypeError', e, end='; ')
    print()
print(deque([1]) == [1], 2 in a, 5 in a)


# float subclass instances as dict and set keys, by value.
class F(float):
    pass


for v in [1.5, 2.0, -0.0, 1e300, 0.1]:
    print(v, {v: 'k'}.get(F(v), 'missing'), {F(v): 'k'}.get(v, 'missing'), F(v) in {v}, v in {F(v)},
          hash(F(v)) == hash(v))
