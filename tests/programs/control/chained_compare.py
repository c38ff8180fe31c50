def loud(x):
    print("eval", x)
    return x
print(1 < 2 < 3 < 4, 1 < 3 < 2, 5 > 4 >= 4 > 3)
print(loud(1) < loud(2) < loud(0) < loud(5))
print(loud(5) < loud(2) < loud(7))
x = 5
print(0 <= x < 10, 0 <= x < 5, x == 5 == 5.0, 1 != 2 != 1)
print("a" < "b" < "c", [1] < [2] < [3])
print(1 < 2 > 1, 3 in [3] in [[3]], None is None is not False)
a = [1]
print(a is a is not None)
