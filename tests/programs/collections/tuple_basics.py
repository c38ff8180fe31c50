t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:], t[::-1])
print((), (1,), (1, 2), tuple(), tuple([1, 2]), tuple("ab"))
print(t + (4,), t * 2, 2 in t, 5 not in t)
print(t.index(2), t.count(2), (1, 1, 1).count(1))
a, b, c = t
print(a, b, c)
x, (y, z) = 1, (2, 3)
print(x, y, z)
single = 5,
print(single, type(single).__name__)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = t
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c, d = t
except ValueError as e:
    print("ValueError:", e)
nested = ((1, 2), [3, 4])
nested[1].append(5)
print(nested)
print(tuple(range(5)), tuple(x * x for x in range(4)))
print(hash((1, 2)) == hash((1, 2)), (1, 2) == (1, 2))
print(sorted([(2, "b"), (1, "z"), (2, "a")]))
