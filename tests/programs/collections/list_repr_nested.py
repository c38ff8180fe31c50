a = [1, "two", 3.0, None, True, [4, [5, []]], (6,), {"k": [7]}, {8}, -0.0]
print(a)
print(repr(a), str(a) == repr(a))
b = [[]] * 3
b[0].append(1)
print(b)
c = [[] for _ in range(3)]
c[0].append(1)
print(c)
d = [1, 2]
d.append(d)
print(d)
e = {"self": None}
e["self"] = e
print(e)
print([("a", 1), ("b", 2)], [[1, 2], [3, 4]])
print([1e16, 1.5, 2 ** 70, -5])
print([], [[]], [()], [(1,)], [""], ["'"])
