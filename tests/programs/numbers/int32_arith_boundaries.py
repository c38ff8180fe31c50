# `+`, `-` and `*` by small literals around the int32 edges, where the compiled code takes a
# shortcut for two int32 operands and must still hand floats (integral results included), big
# ints, bools and user types to the general path.


def lcg(state):
    return (state * 1103515245 + 12345) % 2147483648


EDGES = [0, 1, -1, 2, 7, -7, 2**15, 2**30, 2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**32,
         2**52, 2**53 - 1, 2**53, -2**53, 2**63, -2**63]
FLOATS = [0.5, -0.5, 1.0, -1.0, 0.0, -0.0, 2.5, 1e16, 2.0**31, -2.0**31, float("inf")]


def show(x):
    return f"{type(x).__name__}:{x!r}"


def combos(a, b):
    s = a + b
    d = a - b
    return show(s), show(d)


def by_literals(a):
    return show(a * 3), show(a * -5), show(a * 2097152), show(a + 2147483647), show(a - 2147483648), show(7 * a), show(1 - a)


def loop_sum(values):
    total = 0
    for v in values:
        total = total + v
        total += 1
    return total


count = 0
for a in EDGES:
    for b in EDGES:
        print("ii", a, b, *combos(a, b))
        count += 1
    print("lit", a, *by_literals(a))
print("pairs", count)

for a in EDGES[:8]:
    for f in FLOATS:
        print("if", a, f, *combos(a, f))
        print("fi", f, a, *combos(f, a))
for f in FLOATS:
    print("flit", f, *by_literals(f))

# integral float results from non-integral operands, and float results from int32-looking floats
print(show(0.5 + 0.5), show(1.5 - 0.5), show(0.25 * 4), show(2.0**31 + 1), show(-0.0 + 0))
print(show(True + 1), show(False - 1), show(True * 3), show(2147483647 + True))

state = 12345
acc = []
for i in range(400):
    state = lcg(state)
    a = state - 2**30
    state = lcg(state)
    b = (state >> 3) - 2**27
    acc.append((a + b, a - b, a * 3, b * -7, a + 2147483647))
print(len(acc), acc[:3], acc[-3:], sum(x[0] for x in acc), sum(x[4] for x in acc))
print(loop_sum(range(100000)), loop_sum([2**31 - 1] * 5), loop_sum([0.5] * 6))


class Meters:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Meters(self.v + (other.v if isinstance(other, Meters) else other))

    __radd__ = __add__

    def __sub__(self, other):
        return Meters(self.v - other)

    def __mul__(self, k):
        return Meters(self.v * k)

    def __repr__(self):
        return f"Meters({self.v})"


m = Meters(5)
print(m + 1, 1 + m, m - 2, m * 3, m + m)


class Small(int):
    def __add__(self, other):
        return "Small.add"


print(Small(3) + 4, 4 + Small(3), Small(3) - 1, Small(3) * 3)

for bad in (None, "x", [1]):
    for op in ("add", "sub", "mul"):
        try:
            if op == "add":
                r = 1 + bad
            elif op == "sub":
                r = 1 - bad
            else:
                r = bad * 3
            print(op, "ok", r)
        except Exception as e:
            print(op, type(e).__name__, e)
