import itertools as it
from itertools import (accumulate, chain, combinations, combinations_with_replacement, compress,
                       count, cycle, dropwhile, filterfalse, groupby, islice, pairwise,
                       permutations, product, repeat, starmap, takewhile, tee, zip_longest)
import operator

print(list(islice(count(), 5)), list(islice(count(10, 3), 4)), list(islice(count(0.5, 0.25), 3)))
print(list(islice(cycle('abc'), 7)), list(cycle([])))
print(list(repeat('x', 3)), list(zip(range(3), repeat(0))))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([3, 1, 4], max, initial=2)), list(accumulate([])))
print(list(chain('ab', [1, 2], ())), list(chain.from_iterable(['xy', 'z'])))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a'])))
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, len(list(g))) for k, g in groupby(sorted('banana'), key=lambda c: c)])
print([(k, list(g)) for k, g in groupby([1, 3, 5, 2, 4, 7], key=lambda x: x % 2)])
groups = groupby('aabb')
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)),
      list(islice('ABCDEFG', 0, None, 2)))
try:
    islice('abc', -1)
except ValueError as e:
    print('ValueError:', e)
print(list(pairwise('ABCD')), list(pairwise('A')))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
a, b = tee(iter([1, 2, 3]))
print(list(a), list(b))
a, b, c = tee('xy', 3)
print(next(a), list(b), list(a), list(c))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest([1], [2, 3], [])))
print(list(product('ab', range(2))), list(product([0, 1], repeat=2)))
print(len(list(product(range(3), repeat=3))), list(product()))
print(list(permutations('ABC', 2)))
print(list(permutations(range(3))))
print(list(permutations('AB', 3)))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('A', 2)))
print(list(combinations_with_replacement('ABC', 2)))
print(list(combinations_with_replacement([], 0)), list(combinations('', 0)))
total = 0
for x in it.permutations(range(6)):
    total += x[0]
print(total)
try:
    list(permutations('abc', -1))
except ValueError as e:
    print('ValueError:', e)
