data = {"apple": 3, "banana": 0, "cherry": 7}
print(list(k for k, v in data.items() if v))
print(dict((k, v * 2) for k, v in data.items()))
print(set(len(k) for k in data) == {5, 6})
print(tuple(c for word in data for c in word[:1]))
print(sorted((v, k) for k, v in data.items()))
print(" ".join(str(x) for x in range(5)))
print(min((len(k), k) for k in data), max(data, key=lambda k: data[k]))
print(list(zip((x for x in "ab"), (y for y in range(10)))))
g = (x * x for x in range(4))
print(next(g), next(g), list(g))
print(sum(1 for _ in range(1000)), len([None for _ in "abc"]))
matrix = [[1, 2], [3, 4]]
print(list(sum(row) for row in matrix), list(x for row in matrix for x in row if x % 2))
