import pprint
import random
import collections

rng = random.Random(7)
WORDS = ['alpha', 'beta', 'gamma', 'delta', 'a b c d e f', 'x' * 30, 'long words here and there ' * 3, '', 'ünï', 'tab\tnew\nline']


def scalar():
    k = rng.randrange(8)
    if k == 0:
        return rng.randrange(-10**6, 10**6)
    if k == 1:
        return rng.choice(WORDS)
    if k == 2:
        return rng.random() * 1000
    if k == 3:
        return rng.choice([None, True, False])
    if k == 4:
        return rng.choice(WORDS).encode()
    if k == 5:
        return 10 ** rng.randrange(25)
    return rng.choice(WORDS) + str(rng.randrange(100))


def build(depth):
    if depth == 0 or rng.random() < 0.25:
        return scalar()
    k = rng.randrange(6)
    n = rng.randrange(7)
    if k == 0:
        return [build(depth - 1) for _ in range(n)]
    if k == 1:
        return tuple(build(depth - 1) for _ in range(n))
    if k == 2:
        return {rng.choice(WORDS) + str(i): build(depth - 1) for i in range(n)}
    if k == 3:
        return {rng.randrange(100) for _ in range(n)}
    if k == 4:
        return collections.OrderedDict((str(i), build(depth - 1)) for i in range(n))
    return frozenset(rng.randrange(-50, 50) for _ in range(n))


for case in range(60):
    obj = build(4)
    width = rng.choice([1, 8, 20, 35, 50, 80, 120])
    indent = rng.choice([1, 2, 4])
    compact = rng.random() < 0.4
    sort_dicts = rng.random() < 0.7
    depth = rng.choice([None, None, None, 2, 3])
    under = rng.random() < 0.2
    print('#', case, width, indent, compact, sort_dicts, depth, under)
    print(pprint.pformat(obj, width=width, indent=indent, compact=compact, sort_dicts=sort_dicts,
                         depth=depth, underscore_numbers=under))
    print(pprint.saferepr(obj) == pprint.pformat(obj, width=10**6), pprint.isreadable(obj))

print('--- user collections')
ud = collections.UserDict({'k%d' % i: list(range(i)) for i in range(8)})
pprint.pprint(ud, width=30)
pprint.pprint(collections.UserList(range(40)), width=30)
pprint.pprint(collections.UserString('some words ' * 10), width=30)
print('--- str subclass and long keys')

class S(str):
    pass

pprint.pprint([S('words in a str subclass ' * 3)], width=30)
pprint.pprint({'a key that is really quite long indeed': 'and a value that is long too', 'b': 1}, width=40)
pprint.pprint(('one string that is long enough to break',), width=20)
pprint.pprint([[['nested string that wraps around the width']]], width=20)
pprint.pprint({'x': ('tuple', 'of', 'short', 'strings', 'with', 'width', 'limit')}, width=22)
pprint.pprint([1, 2, 3], width=9)
pprint.pprint([1, 2, 3], width=8)
pprint.pprint({'a': 1}, width=7)
pprint.pprint({'a': 1}, width=8)
pprint.pprint('a ' * 40, width=-5)
print('done')
