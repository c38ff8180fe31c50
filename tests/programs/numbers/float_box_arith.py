# Arithmetic with integral floats (1.0, 0.0, -0.0), which the runtime keeps boxed: + - * / and
# their augmented forms against ints, unboxed floats, other integral floats, bools, ints past
# 2**53 and float subclasses that override the operators.
vals = [0.0, -0.0, 1.0, -2.0, 3.0, 2.0**53, 1e300, 0.5, -1.25, 0, 1, -3, 7, 2**53, 2**60, True, False]


def show(x):
    return "%s(%r)" % (type(x).__name__, x)


for a in vals:
    for b in vals:
        row = []
        for name, f in (("+", lambda: a + b), ("-", lambda: a - b), ("*", lambda: a * b), ("/", lambda: a / b)):
            try:
                row.append(name + show(f()))
            except (ZeroDivisionError, OverflowError) as e:
                row.append(name + type(e).__name__)
        print(show(a), show(b), " ".join(row))

# Augmented assignment on a name holding an integral float.
t = 0.0
for i in range(5):
    t += i
print(show(t))
t = 0.0
t -= 0.0
print(show(t))
t = -0.0
t += 0.0
print(show(t))
t = 1.0
t *= -0.0
print(show(t))
t = 6.0
t /= 3
print(show(t))
t = 6.0
t /= 4.0
print(show(t))
try:
    t = 1.0
    t /= 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    t = 1.0
    t /= 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
t = 1.0
t += 2**60
print(show(t))
try:
    t = 1.0
    t += 10**400
except OverflowError as e:
    print("OverflowError", e)

# Accumulating into a list of integral floats, as `[1.0] * n` does.
u = [1.0] * 4
print([show(x * 2) for x in u], [show(0.5 * x) for x in u], sum(u), show(u[0] / 4))


class F(float):
    def __add__(self, other):
        return "F.__add__"

    def __radd__(self, other):
        return "F.__radd__"

    def __mul__(self, other):
        return "F.__mul__"

    def __rmul__(self, other):
        return "F.__rmul__"

    def __rsub__(self, other):
        return "F.__rsub__"

    def __rtruediv__(self, other):
        return "F.__rtruediv__"

    def __iadd__(self, other):
        return "F.__iadd__"


f = F(2.0)
print(1.0 + f, f + 1.0, 2.0 * f, f * 3.0, 1.0 - f, 1.0 / f, f - 1.0, f / 2.0)
g = F(3.0)
g += 1.0
print(g)
h = 1.0
h += F(5.0)
print(h)


class G(float):
    pass


print(show(G(2.0) + 1.0), show(1.0 + G(2.0)), show(G(2.0) * 0.0), show(G(-0.0) - 0.0))


class I(int):
    def __radd__(self, other):
        return "I.__radd__"


print(1.0 + I(2), I(2) + 1.0)
