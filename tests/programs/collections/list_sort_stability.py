records = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1), ("c", 2)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(sorted(records, key=lambda r: r[0]), key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
xs = [3, 1, 2]
ys = xs.sort()
print(ys, xs)
words = ["Banana", "apple", "cherry", "Apple", "banana"]
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=lambda w: (w.lower(), w))
print(words)
nums = [0.5, -1, 3, 2.25, -0.0, 0, 1e-9]
print(sorted(nums), sorted(nums, key=abs))
pairs = [[2, "x"], [1, "y"], [2, "a"]]
pairs.sort()
print(pairs)
print(sorted([True, False, 2, -1, 0.5]))
print(sorted("The Quick Brown Fox".split(), key=len))
print(list(reversed(sorted(range(5), key=lambda n: n % 3))))
