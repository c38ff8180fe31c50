# `(a * b + c) % m` and `(a * b) % m` with int literals c and m: exact whatever the size of the
# product, for negative operands, and the same as the three operators for every other type.

x = 12345
seq = []
for _ in range(2000):
    x = (x * 1103515245 + 12345) % 2147483648
    seq.append(x)
print(seq[:5], seq[-1], sum(seq))

y = 1
for _ in range(1000):
    y = (y * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
print(y)

vals = [0, 1, -1, 7, -7, 2**26, 2**31 - 1, -2**31, 2**32, 2**32 + 1, 2**52 + 3, -(2**52 + 3),
        2**53 - 1, -(2**53 - 1), 2**53, 2**53 + 1, -(2**53 + 1), 3**40, -(3**40), 10**30]
total = 0
rows = []
for a in vals:
    for b in vals:
        r1 = (a * b + 12345) % 2147483648
        r2 = (a * b) % 4294967296
        r3 = (a * b + 9007199254740991) % 4294967291
        r4 = (a * b + 0) % 1
        r5 = (a * b) % 97
        r6 = (a * b + 5) % 4294967297
        total += r1 + r2 + r3 + r4 + r5 + r6
        rows.append((r1, r2, r3, r5, r6))
print(total)
print(rows[:3], rows[len(rows) // 2], rows[-1])
print((-3 * 5 + 1) % 7, (3 * -5) % 7, (-(2**53 - 1) * (2**53 - 1) + 3) % 1000003)

# Other types: the operators as written
print((2.5 * 3 + 1) % 4, (2 * 3.5) % 4, (True * True + 1) % 2, (3 * True) % 2)
print(("ab" * 2) % 3 if False else "ab" * 2)
print(("%d-" * 2) % (1, 2))
print(([1] * 2) % 3 if False else "skip")
try:
    print(([1] * 2 + 1) % 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(([1] * 2) % 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(("ab" * 2 + 1) % 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print((None * 2 + 1) % 3)
except TypeError as e:
    print(type(e).__name__, e)

class Num:
    def __init__(self, v):
        self.v = v
    def __mul__(self, o):
        print("mul", o)
        return Num(self.v * o)
    def __add__(self, o):
        print("add", o)
        return Num(self.v + o)
    def __mod__(self, o):
        print("mod", o)
        return self.v % o
    def __rmul__(self, o):
        print("rmul", o)
        return Num(self.v * o)
print((Num(5) * 3 + 1) % 7)
print((Num(5) * 3) % 7)
print((2 * Num(4) + 1) % 5)

class Big(int):
    def __mul__(self, o):
        return "big-mul"
try:
    print((Big(3) * 4 + 1) % 5)
except TypeError as e:
    print(type(e).__name__, e)
print((Big(3) * 4) % 5 if False else (int(Big(3)) * 4 + 1) % 5)

# Literal shapes that are not fused still agree
m = 2147483648
print((123456789 * 1103515245 + 12345) % m, (123456789 * 1103515245 - 12345) % 2147483648,
      (123456789 * 1103515245 + 12345) % -2147483648, (123456789 * 1103515245 + 12345) % 2**40,
      (123456789 * 1103515245 + 2**60) % 2147483648)
try:
    print((5 * 3 + 1) % 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
