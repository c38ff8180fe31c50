print(max([1, 5, 3]), min([1, 5, 3]), max(1, 5, 3), min("zebra"))
print(max([], default="empty"), min([], default=None))
print(max(["aa", "b", "ccc"], key=len), min(["aa", "b", "ccc"], key=len))
print(max([(1, "b"), (1, "a")]), max([3, 1, 3], key=lambda x: 0))
print(max({"a": 3, "b": 7}, key=lambda k: {"a": 3, "b": 7}[k]))
print(min(range(10), key=lambda x: (x - 4.2) ** 2))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min()
except TypeError as e:
    print("TypeError:", e)
print(max(2, 2.0), max(2.0, 2), min(-0.0, 0), min(0, -0.0))
print(max("apple", "banana", key=lambda s: s[-1]))
print(max(iter([4, 9, 2])), min(x * 2 for x in [4, 9, 2]))
