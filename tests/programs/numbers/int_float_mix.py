print(1 + 2.0, 3 * 1.5, 10 - 0.5)
print(7 / 2, 8 / 2, -8 / 2, 1 / 3)
print(10 / 4, 2 ** 0.0)
print(type(1 + 1.0).__name__, type(4 / 2).__name__)
print(3 * 0.1, 0.1 * 3)
print(1.0 + 1, 100 * 1.1)
print(2.0 * 3, 6.0 / 3)
print(10 ** 20 / 10 ** 10)
print(10 ** 20 + 0.5)
print(1 / 7 * 7)
print(sum([0.1] * 10))
print(float(10 ** 20), float(-(2 ** 63)))
print(int(1e20), int(-1e19))
print(3 + True, 2.5 + True)
total = 0
for i in range(10):
    total += i / 2
print(total)
print(0.5 + 0.5, 1.5 - 0.5)
print(1e3, 1e-3, 1.5e2)
print(7.0 // 2, 7 // 2)
x = 5
x /= 2
print(x)
x *= 2
print(x)
