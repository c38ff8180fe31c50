def reduce(fn, xs, init):
    acc = init
    for x in xs:
        acc = fn(acc, x)
    return acc
print(reduce(lambda a, b: a + b, range(10), 0))
print(reduce(lambda a, b: a * b, range(1, 11), 1))
print(reduce(lambda acc, s: acc + [s.upper()], ["a", "b"], []))
print(reduce(max, [3, 9, 2], float("-inf")))
def group_by(xs, key):
    out = {}
    for x in xs:
        out.setdefault(key(x), []).append(x)
    return out
print(group_by(range(10), lambda n: n % 3))
print(group_by(["apple", "avocado", "banana", "cherry", "cranberry"], lambda w: w[0]))
def partial(fn, *bound):
    def inner(*rest):
        return fn(*bound, *rest)
    return inner
pow2 = partial(pow, 2)
print(pow2(10), partial(max, 5)(1, 2))
def flip(fn):
    return lambda a, b: fn(b, a)
print(flip(lambda a, b: a - b)(1, 10))
