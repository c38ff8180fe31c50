print([1, 2, 3] == [1, 2, 3], [1, 2] == [1, 2, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0])
print([] < [0], [2] > [1, 9], [1, [2]] == [1, [2]], [1] == (1,))
print((1, 2) < (1, 2, 3), (2,) > (1, 100), (1, "a") < (1, "b"))
print([1.0, 2] == [1, 2.0], [[1]] < [[2]])
try:
    print([1, "a"] < [1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError:", e)
print(max([[1, 2], [1, 3], [0, 9]]), min([(2, "b"), (2, "a")]))
print(sorted([[3, 1], [1, 2], [1, 1], []]))
print([1, 2] != [1, 2], (1,) != (1,), [] == [])
n = float("nan")
print([n] == [n], (n,) == (n,))
