class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), sum(Countdown(4)), max(Countdown(5)), sorted(Countdown(3)))
c = Countdown(2)
for x in c:
    print("iter", x)
print(list(c))
class Reusable:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        yield from self.items
    def __len__(self):
        return len(self.items)
    def __reversed__(self):
        return reversed(self.items)
r = Reusable([1, 2, 3])
print(list(r), list(r), len(r), list(reversed(r)), 2 in r, dict.fromkeys(r))
a, *b = Reusable("xyz")
print(a, b)
try:
    x, y = Reusable([1, 2, 3])
except ValueError as e:
    print(e)
try:
    x, y, z = [1, 2]
except ValueError as e:
    print(e)
try:
    x, y = 5
except TypeError as e:
    print(e)
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    next([1])
except TypeError as e:
    print(e)
it = iter([1, 2])
print(next(it), next(it), next(it, "end"))
try:
    next(it)
except StopIteration as e:
    print("stop", e.args)
print(list(zip([1, 2, 3], "ab")), list(enumerate("ab", start=5)), list(zip()))
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print(e)
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(filter(None, [0, 1, "", "a", None])))
import itertools
print(list(itertools.islice(itertools.count(10, 2), 4)), list(itertools.chain([1], (2, 3))), list(itertools.accumulate([1, 2, 3])))
print(list(itertools.product("ab", repeat=2)), list(itertools.permutations([1, 2, 3], 2))[:4], list(itertools.combinations("abc", 2)))
print([(k, list(g)) for k, g in itertools.groupby("aabbbc")], list(itertools.zip_longest([1, 2], "a", fillvalue=0)))
print(list(itertools.takewhile(lambda v: v < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda v: v < 3, [1, 2, 5, 1])), list(itertools.repeat("x", 3)))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.compress("abcd", [1, 0, 1, 0])), list(itertools.pairwise([1, 2, 3])) if hasattr(itertools, "pairwise") else None)
e = enumerate(["a", "b"])
print(next(e), list(e), iter(e) is e)
m = map(str, [1, 2])
print(next(m), list(m), list(m))
rv = reversed([1, 2, 3])
print(next(rv), list(rv))
print(list(range(10)[2:8:3]), range(0, 10, 3)[-1], len(range(5, -5, -2)), 3 in range(0, 10, 3), range(3) == range(0, 3), list(reversed(range(4))))
print(range(1, 10, 2).index(5), range(10).count(3), repr(range(2, 5)), range(0), bool(range(0)))
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
