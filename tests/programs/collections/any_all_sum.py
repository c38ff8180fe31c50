print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]))
print(any(x > 3 for x in [1, 2, 5]), all(isinstance(x, int) for x in [1, True, 2]))
print(sum([]), sum([1, 2, 3]), sum(range(1, 101)), sum([0.5, 0.25]), sum([[1], [2]], []))
print(sum([(1,), (2,)], ()), sum([1, 2], 10))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a", "b"])
except TypeError as e:
    print("TypeError:", e)
calls = []
def check(v):
    calls.append(v)
    return v
print(any(check(v) for v in [0, 0, 1, 1, 1]), calls)
calls.clear()
print(all(check(v) for v in [1, 1, 0, 1]), calls)
