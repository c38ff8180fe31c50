# `x % k` and `x // k` with an int literal k of either sign: generated operands (int32 edges,
# big ints, floats, bools, -0.0), int subclasses, objects with their own __mod__/__floordiv__,
# and the literal 0, which must still raise.

state = 12345


def next_value():
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state


def operands():
    vals = [0, 1, -1, 2, -2, 6, -6, 7, -7, 13, -13, 2147483647, -2147483648, 2147483648,
            -2147483649, 2 ** 53, -(2 ** 53), 2 ** 70 + 3, -(2 ** 70) - 3, True, False,
            0.0, -0.0, 7.5, -7.5, 1e300, -1e-300]
    for _ in range(60):
        v = next_value()
        vals.append(v - 1073741824)
        vals.append((v >> 7) - 8388608)
    return vals


def row(x):
    return (x % 7, x % -7, x % 1, x % -1, x % 2, x % 3, x % -3, x % 100000,
            x % 2147483647, x % -2147483648, x // 3, x // -3, x // 1, x // 2147483647)


for x in operands():
    print(repr(x), row(x))


class Meters(int):
    def __mod__(self, other):
        return "Meters.__mod__(%d, %r)" % (int(self), other)


class Plain(int):
    pass


class Odd:
    def __mod__(self, other):
        return ("Odd %", other)

    def __floordiv__(self, other):
        return ("Odd //", other)


print(Meters(10) % 3, Meters(10) % -3)
print(Plain(10) % 3, Plain(-10) % 3, Plain(10) // -3, type(Plain(10) % 3).__name__)
print(Odd() % 5, Odd() % -5, Odd() // 4)

for x in (5, -5, 0, 5.5, 2 ** 80, True):
    for name, f in (("% 0", lambda v: v % 0), ("// 0", lambda v: v // 0)):
        try:
            print(repr(x), name, f(x))
        except Exception as e:
            print(repr(x), name, type(e).__name__, e)

try:
    print("a" % 3)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(None % 3)
except Exception as e:
    print(type(e).__name__, e)
print("%d items" % 3)

# In a loop, as a hot path does it.
total = 0
for i in range(-5000, 5000, 7):
    total += i % 17 + i % -17 * 3 + i // 9 + i // -9
print(total)
