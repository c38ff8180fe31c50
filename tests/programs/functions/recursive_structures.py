def tree_sum(t):
    if isinstance(t, int):
        return t
    return sum(tree_sum(c) for c in t)
print(tree_sum([1, [2, 3], [[4], [5, [6]]]]))
def to_str(t, indent=0):
    if isinstance(t, dict):
        for k, v in t.items():
            print("  " * indent + str(k))
            to_str(v, indent + 1)
    else:
        print("  " * indent + repr(t))
to_str({"root": {"a": 1, "b": {"c": [1, 2]}}, "z": None})
def count_paths(r, c, memo={}):
    if r == 0 or c == 0:
        return 1
    if (r, c) not in memo:
        memo[(r, c)] = count_paths(r - 1, c) + count_paths(r, c - 1)
    return memo[(r, c)]
print(count_paths(10, 10), count_paths(16, 16))
def binsearch(xs, t, lo=0, hi=None):
    if hi is None:
        hi = len(xs)
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if xs[mid] == t:
        return mid
    if xs[mid] < t:
        return binsearch(xs, t, mid + 1, hi)
    return binsearch(xs, t, lo, mid)
data = list(range(0, 100, 3))
print([binsearch(data, t) for t in [0, 3, 50, 51, 99, 100]])
