# Which error an invalid format spec raises when it is wrong in more than one way: complex
# checks the type code before its zero-padding and '=' rules; Decimal refuses a width that
# starts with a zero after the zero flag ('00', '-00.5').
from decimal import Decimal

seed = 2024


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n


ALIGNS = ["", "", "<", ">", "=", "^", "*<", "0=", "x^", "0>"]
SIGNS = ["", "", "+", "-", " "]
WIDTHS = ["", "", "5", "0", "00", "05", "010", "12", "1"]
GROUPS = ["", "", ",", "_"]
PRECS = ["", "", ".3", ".0", ".08", "."]
TYPES = ["", "", "b", "c", "d", "e", "E", "f", "F", "g", "G", "n", "o", "s", "x", "X", "%", "r"]


def spec():
    parts = [ALIGNS[rand(len(ALIGNS))], SIGNS[rand(len(SIGNS))], "z" if rand(6) == 0 else "",
             "#" if rand(6) == 0 else "", "0" if rand(3) == 0 else "", WIDTHS[rand(len(WIDTHS))],
             GROUPS[rand(len(GROUPS))], PRECS[rand(len(PRECS))], TYPES[rand(len(TYPES))]]
    return "".join(parts)


def attempt(value, sp):
    try:
        return repr(format(value, sp))
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


print(attempt(2 + 3j, "015b"), attempt(2 + 3j, "=10x"), attempt(2 + 3j, "0=5%"))
print(attempt(Decimal("1.5"), "00,.8"), attempt(Decimal("1.5"), "-00.5"), attempt(Decimal("1.5"), "-00F"))

VALUES = [2 + 3j, -1.5j, complex(0, 0), 1e300 + 1j, Decimal("1.5"), Decimal("-1234567.891"),
          Decimal("0"), Decimal("NaN"), Decimal("-Infinity"), 3.25, -7, 1234567]
for case in range(700):
    sp = spec()
    print(case, repr(sp), " | ".join(attempt(v, sp) for v in VALUES))
