big = 2 ** 100
print(big, -big, big // 7, big % 7, -big // 7, -big % 7, big * big, big - big, type(big - big))
print(2 ** 63, 2 ** 64 - 1, -(2 ** 63), (2 ** 53) + 1, 9007199254740993, 9007199254740992 + 1)
print(10 ** 20 // 3, 10 ** 20 / 3, int(10 ** 20 / 3), 7 ** 30 % 1000, pow(7, 30, 1000))
print(big >> 90, 1 << 70, big & 0xFFFF, big | 1, big ^ big, ~big, -big >> 3, -1 >> 100)
print(abs(-big), hash(2 ** 61) if False else "", bin(2 ** 70), hex(-2 ** 65), oct(2 ** 66))
print(int("1" * 30), str(2 ** 200)[:20], len(str(3 ** 1000)))
print(divmod(big, -3), divmod(-big, 3), (-big) % -3)
print(0 == -0, 1 == True, True + True, True * 3, False - 1, -True, ~True, True / 2)
print(isinstance(True, int), type(True + 1).__name__, int(True), bool(-1), True & False, True | 2, True ^ True)
print(5 // 0.5, 5 % 0.3, -5 % 3, 5 % -3, -5 // 3, 2 ** 0.5 * 2 ** 0.5)
try:
    1 // 0
except ZeroDivisionError as e:
    print(e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    2 ** -1 // 0
except ZeroDivisionError as e:
    print(e)
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    int("12", 1)
except ValueError as e:
    print(e)
try:
    float("x1")
except ValueError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print(e)
try:
    int(float("nan"))
except ValueError as e:
    print(e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
try:
    chr(-1)
except ValueError as e:
    print(e)
try:
    1 << -1
except ValueError as e:
    print(e)
print(round(big / 3), int(1e300) > 10 ** 299, float(big), float(10 ** 400 // 10 ** 390))
print(sum(range(10 ** 6)), sum(i * i for i in range(1000)), max(range(-5, 5), key=abs))
print((123).__add__(1), (5).__rsub__(10), int.__mul__(3, 4), (3).conjugate(), (6).numerator, (6).denominator, (2.5).as_integer_ratio())
print(sorted([10, 2 ** 70, -3, 2.5, -2 ** 65]), 2 ** 70 > 1e21, 2 ** 70 == float(2 ** 70), 2 ** 54 + 1 == float(2 ** 54 + 1))
