# //, %, /, unary minus and bitwise operators at every boundary the inline int32 fast paths must
# hand to the general operators: signs, zero, int32 limits, big ints, floats, bools, errors.
values = [0, 1, -1, 2, -2, 7, -7, 13, -13, 2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**52, 2**53 + 1,
          -2**60, 10**20, 0.0, -0.0, 0.5, -2.5, 7.0, 1e300, float("inf"), True, False]
for a in values:
    row = []
    for b in values:
        for op in ("//", "%", "/", "&", "|", "^", ">>"):
            try:
                if op == "//":
                    r = a // b
                elif op == "%":
                    r = a % b
                elif op == "/":
                    r = a / b
                elif op == "&":
                    r = a & b
                elif op == "|":
                    r = a | b
                elif op == "^":
                    r = a ^ b
                else:
                    r = a >> b
                row.append(repr(r))
            except (ZeroDivisionError, TypeError, ValueError, OverflowError) as e:
                row.append(type(e).__name__)
    print(repr(a), " ".join(row))
    try:
        print("neg", repr(-a), repr(-(a)), repr(-a * 1))
    except TypeError as e:
        print("neg", e)

x = 17
y = -5
print(x // y, x % y, -x // y, -x % y, x / y, x // 3, x % 3, -x % 3, x >> 2, -x >> 2, x >> 40, -x >> 40)
print(7 // 2, -7 // 2, 7 % -2, 7.5 // 2, 7.5 % 2, -0.0 % 5, 0 % -5, 0 // -5, -(0), -(-0.0))
n = 0
print(-n, repr(-n), 5 // 1, 6 / 3, 6 / 4, 1 / 3, 2**31 // 2, (2**31 - 1) // -1, (-2**31) // -1)
k = 3
print(-k, -(k - 3), 10 & k, 10 | k, 10 ^ k, 255 >> k, -255 >> k)
try:
    print(1 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(x % n)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(x / n)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(1.5 / n)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(x >> -1)
except ValueError as e:
    print("ValueError", e)
s = "%d-%s"
print(s % (3, "x"), "abc" % () if False else "skip")
