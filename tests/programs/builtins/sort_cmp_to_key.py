# Sorting by functools.cmp_to_key: the cmp function's calls (arguments and order), results of any
# type compared with 0, reverse=True, stability, errors from cmp, and list.sort's hidden list.
import functools

calls = []


def logged(a, b):
    calls.append((a, b))
    return (a > b) - (a < b)


def seeded(n, seed):
    x = seed
    out = []
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append((x >> 16) % 50)
    return out


for n in (0, 1, 2, 3, 5, 10, 40, 100):
    for reverse in (False, True):
        data = seeded(n, n + 7)
        calls.clear()
        result = sorted(data, key=functools.cmp_to_key(logged), reverse=reverse)
        print(n, reverse, result == sorted(data, reverse=reverse), len(calls), calls[:6])

pairs = [(3, "c"), (1, "a"), (3, "a"), (2, "b"), (1, "z")]
print(sorted(pairs, key=functools.cmp_to_key(lambda p, q: p[0] - q[0])))
print(sorted(pairs, key=functools.cmp_to_key(lambda p, q: p[0] - q[0]), reverse=True))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: float(a - b))))
print(sorted(["bb", "a", "ccc"], key=functools.cmp_to_key(lambda a, b: len(a) - len(b))))


class Verdict:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("Verdict <", self.v, other)
        return self.v < other


print(sorted([2, 1], key=functools.cmp_to_key(lambda a, b: Verdict(a - b))))
try:
    sorted([1, 2, 3], key=functools.cmp_to_key(lambda a, b: 1 // 0))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    sorted([1, "a"], key=functools.cmp_to_key(lambda a, b: a - b))
except TypeError as e:
    print("TypeError", e)

items = [5, 3, 4]


def peek(a, b):
    print("during sort", items)
    return a - b


items.sort(key=functools.cmp_to_key(peek))
print(items)


def grow(a, b):
    items.append(0)
    return a - b


try:
    items.sort(key=functools.cmp_to_key(grow))
except ValueError as e:
    print("ValueError", e, items)
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=functools.cmp_to_key(lambda a, b: (a[-1] > b[-1]) - (a[-1] < b[-1]))))
print(max(words, key=functools.cmp_to_key(lambda a, b: len(a) - len(b))))
