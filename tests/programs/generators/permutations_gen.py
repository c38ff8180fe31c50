def permutations(xs):
    if len(xs) <= 1:
        yield list(xs)
        return
    for i, x in enumerate(xs):
        for rest in permutations(xs[:i] + xs[i + 1:]):
            yield [x] + rest
print(list(permutations([1, 2, 3])))
print(sum(1 for _ in permutations(list(range(5)))))
def combinations(xs, k):
    if k == 0:
        yield ()
        return
    for i in range(len(xs)):
        for rest in combinations(xs[i + 1:], k - 1):
            yield (xs[i],) + rest
print(list(combinations("abcd", 2)))
def product(*seqs):
    if not seqs:
        yield ()
        return
    for x in seqs[0]:
        for rest in product(*seqs[1:]):
            yield (x,) + rest
print(list(product([0, 1], "ab")))
print(["".join(p) for p in permutations("abc") if p[0] != "a"])
