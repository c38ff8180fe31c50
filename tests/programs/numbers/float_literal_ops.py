# Arithmetic and comparisons with an integral float literal (1.0, 2.0, 0.0): the fast path uses
# its number, so every result that is integral must still come out a float, and every operand
# that is not a plain number must reach the general path (dunders, bool, bigints, errors).


class F(float):
    def __add__(self, o):
        return "F.__add__"

    def __radd__(self, o):
        return "F.__radd__"

    def __truediv__(self, o):
        return "F.__truediv__"

    def __rtruediv__(self, o):
        return "F.__rtruediv__"

    def __lt__(self, o):
        return "F.__lt__"


class N:
    def __rmul__(self, o):
        return ("N.__rmul__", o)

    def __gt__(self, o):
        return ("N.__gt__", o)

    def __eq__(self, o):
        return ("N.__eq__", o)


values = [3, 0.5, 2.5, -1, 0, True, False, 2**53, 2**53 + 1, 2**70, -2**70,
          float("inf"), float("-inf"), float("nan"), -0.0, 0.0, 4.0, 1e300, F(2.0), F(0.5)]
for x in values:
    r = [1.0 / x if x != 0 else "zero",
         x / 2.0, x / 1.0, x + 1.0, 1.0 + x, x - 1.0, 1.0 - x, 2.0 * x, x * 0.0, x * -0.0, 0.0 * x,
         x + 0.0, 0.0 - x, x < 1.0, 1.0 > x, x == 1.0, x != 0.0, x <= 4.0, 0.0 >= x]
    print(repr(x), r)
print(2.0 * N(), 2.0 < N(), N() == 1.0, 1.0 == N())
for a, b in [(1.0, 0), (1.0, 0.0), (1.0, False), (5, 0.0)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
try:
    print("a" + 1.0)
except TypeError as e:
    print("TypeError", e)
try:
    print(None < 1.0)
except TypeError as e:
    print("TypeError", e)
print(0.0 - 0.0, -0.0 + 0.0, -0.0 - 0.0, 0.0 * -1, -0.0 * 1.0, -0.0 / 1.0, 0.0 / -1.0)
print(2.0 ** 2, 10 * 1.0, [1.0] * 3, (1.0, 2.0))
total = 0.0
for i in range(5):
    total += 1.0 / (i + 1)
    total -= 2.0
print(total, 1e16 + 1.0, 2.0**53 + 1.0, 9007199254740993 + 0.0)
