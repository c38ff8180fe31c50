# `**` with a float operand takes float_pow directly; these are the cases around that path:
# int ** float, float ** int, bools, integral results (boxed floats), specials, errors, big ints,
# and subclasses of int and float whose dunders must still be called.
import math

cases = [
    (2, 0.5), (2.25, 0.5), (10.0, -1.5), (3, -1.5), (0.5, 2), (0.5, -3), (1.5, 0),
    (4.0, 0.5), (2, 3.0), (2.0, 3), (True, 0.5), (0.5, True), (False, 2.5),
    (-8.0, 3), (-2.5, 2), (-2.5, 3), (0.0, 0.5), (-0.0, 3), (-0.0, 0.5), (1.0, float("nan")),
    (float("nan"), 0), (float("inf"), -0.5), (float("-inf"), 3), (float("-inf"), 0.5),
    (0.5, float("inf")), (2.0, float("-inf")), (-1.0, float("inf")), (1e-300, 0.5),
    (2 ** 60, 0.5), (2 ** 53 + 1, 1.0), (7, 0.0), (1e10, 0.25), (1.0000001, 1e7),
]
for a, b in cases:
    r = a ** b
    print(repr(a), repr(b), repr(r), type(r).__name__, math.copysign(1.0, r) if r == 0 else "")

for a, b in [(0.0, -1.5), (0, -2.5), (10.0, 400.5), (1e300, 2), (2, 1e10)]:
    try:
        print(a ** b)
    except (ValueError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)

x = 2.0
x **= 0.5
print(x)
n = 9
n **= 0.5
print(n, type(n).__name__)


class MyFloat(float):
    def __pow__(self, other):
        return ("MyFloat.__pow__", float(self), other)

    def __rpow__(self, other):
        return ("MyFloat.__rpow__", other, float(self))


class MyInt(int):
    def __rpow__(self, other):
        return ("MyInt.__rpow__", other, int(self))


print(MyFloat(2.5) ** 0.5)
print(0.5 ** MyFloat(2.5))
print(2.5 ** MyInt(2))
print(MyInt(3) ** 0.5)
print(type(MyInt(4) ** 0.5).__name__)

# x * x tests x once: ints, floats, big ints, bools, an object with __mul__.
for v in [3, -7, 2.5, -0.5, 2 ** 40, 2 ** 60, True, 1e200, 3.0]:
    print(repr(v * v))


class Sq:
    def __init__(self):
        self.calls = 0

    def __mul__(self, other):
        self.calls += 1
        return self.calls


s = Sq()
print(s * s, s * s, s.calls)
