# Int expressions of literals only are computed at compile time; each must equal what the
# operators give at run time, and the ones that raise must still raise when they run.
x = 1 << 30
print(x, 2 ** 10, -5 + 3 * 4, 7 // 2, -7 // 2, 7 // -2, -7 % 3, 7 % -3, -7 % -3, 2 ** 64, 2 ** 200, 1 << 127, 1 << 200)
print(~5, -~5, ~-5, +3 - -3, 0xff & 0x0f | 0x100 ^ 0x1, -1 >> 3, -1 >> 500, 10 ** 200 >> 600, (10 ** 50) >> 3, 5 >> 1)
print(2 ** -1, 1 / 2, 3 % 0 if False else 0, 2 ** 0, 0 ** 0, (-2) ** 3, -2 ** 2, 10 ** 30 * 10 ** 30)
print(type(2 ** 62), 2 ** 53 + 1, -(2 ** 63), (1 << 62) * 4, 123456789 * 987654321)
try:
    print(1 // 0)
except ZeroDivisionError as e:
    print("zde", e)
try:
    print(1 << -1)
except ValueError as e:
    print("ve", e)
try:
    print(5 % 0)
except ZeroDivisionError as e:
    print("zde", e)
# the same expressions through variables, computed at run time
a, b, c = 7, 2, -3
print(a // b == 7 // 2, -a // b == -7 // 2, a % c == 7 % -3, (1 << 30) == b ** 30, ~a == ~7)
for n in range(-20, 21, 3):
    for m in (-7, -2, 1, 5):
        assert n // m == int.__floordiv__(n, m) and n % m == int.__mod__(n, m)
print(60 * 60 * 24 * 365, 0x7FFFFFFF + 1, (2 ** 31 - 1) * 2 + 1, 1 - 2 - 3, 2 ** 3 ** 2, 100 // 7 % 4)
