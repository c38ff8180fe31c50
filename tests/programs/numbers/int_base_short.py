# int(s, base) of short literals: plain digits of any base, next to everything that is not plain
# digits (sign alone, prefix, underscore, spaces, non-ASCII digits, a digit past the base).

for base in (2, 3, 8, 16, 36):
    for text in ("0", "1", "-1", "+1", "-0", "10", "11", "0001", "1" * 10, "1" * 11):
        print(base, repr(text), int(text, base))

print(int("zzzzzzzzzz", 36), int("zzzzzzzzzzz", 36), int("-zzzzzzzzzz", 36))
print(int("ffffffffff", 16), int("fffffffffffff", 16), int("7fffffffffffffff", 16))
print(int("Ab", 16), int("aB", 16), int("ZZ", 36), int("1f", 16), int("1F", 32))
print(int("0x1f", 16), int("0X1F", 16), int("0o17", 8), int("0b101", 2), int("0x1f", 0))
print(int("1_f", 16), int(" 1f", 16), int("1f\t", 16), int("\u0661\u0662", 16), int("\uff11", 8))
print(int(b"1f", 16), int(bytearray(b"-7f"), 16), int(b"zz", 36))


class Text(str):
    pass


class Number(str):
    def __int__(self):
        return 7

    def __float__(self):
        return 2.5


# A str subclass is parsed as its text, unless it has __int__ / __float__ (and no base is given).
print(int(Text("1f"), 16), int(Text("-101"), 2), int(Text(" 12 ")), float(Text("1.5")))
print(int(Number("12")), float(Number("1.5")), int(Number("12"), 10))
for text, base in ((Text("x"), 10), (Text("1x"), 16)):
    try:
        print(int(text, base))
    except ValueError as e:
        print("ValueError", e)
try:
    print(float(Text("x")))
except ValueError as e:
    print("ValueError", e)

for text, base in (("", 16), ("-", 16), ("+", 2), ("g", 16), ("2", 2), ("8", 8), ("1g", 16),
                   ("1 f", 16), ("_1", 16), ("1_", 16), ("0x", 16), ("--1", 16), ("1.5", 16),
                   ("\u0663", 2), ("z" * 11 + "!", 36), ("é", 16)):
    try:
        print(int(text, base))
    except ValueError as e:
        print("ValueError", e)
