letters = ["a", "b", "c"]
for i, ch in enumerate(letters):
    print(i, ch)
print(list(enumerate(letters, 1)), list(enumerate("xy", start=-1)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))
for a, b in zip(range(3), reversed(letters)):
    print(a, b)
pairs = [(1, "one"), (2, "two"), (3, "three")]
nums, names = zip(*pairs)
print(nums, names)
print(dict(zip(names, nums)))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
e = enumerate(["p", "q"])
print(next(e), next(e))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*matrix)])
print(list(enumerate(zip("ab", "cd"))))
