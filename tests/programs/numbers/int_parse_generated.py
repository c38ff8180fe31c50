# int() and float() of generated short strings: digits, signs, underscores, ASCII and non-ASCII
# spaces and digits, letters and punctuation, through the plain call, a quiet handler and a
# handler that reads the message.

ALPHABET = ["0", "1", "7", "9", "-", "+", "_", " ", "\t", "\n", "x", "e", "a", "Z", ".", "/",
            "\x1c", "\x00", "\u0663", "\u2003", "\xa0", "\u00b2", "i", "n", "f", "\x85"]


def lcg(state):
    return (state * 1103515245 + 12345) % 2147483648


def make_strings(count, seed):
    out = []
    x = seed
    for _ in range(count):
        x = lcg(x)
        n = (x >> 8) % 7
        chars = []
        for _ in range(n):
            x = lcg(x)
            chars.append(ALPHABET[(x >> 10) % len(ALPHABET)])
        out.append("".join(chars))
    return out


def int_quiet(s):
    try:
        return int(s)
    except ValueError:
        return None


def int_loud(s):
    try:
        v = int(s)
    except ValueError as e:
        return "ValueError: " + str(e)
    return v


def float_quiet(s):
    try:
        return float(s)
    except ValueError:
        return None


def describe_plain(s):
    try:
        return repr(int(s))
    except Exception as e:
        return type(e).__name__ + " " + str(e)


strings = make_strings(700, 2024)
# Fixed cases around the first character that stops the digits.
strings += ["12", "-7", "+3", "--1", "+-1", "1_000", "1__0", "_1", "1_", "12 ", " 12", "12x",
            "x12", "3.5", "4e3", "0x1f", "0", "00", "007", "-0", "+", "-", "", " ", "1 2",
            "\u0663\u0664", "1\u0663", "\u20031\u2003", "1\x1c", "\x1c1", "99999999999999",
            "999999999999999", "9999999999999999", "12345678901234567890", "1\x00", "١٢٣"]

valid = 0
for i, s in enumerate(strings):
    a = int_quiet(s)
    b = int_loud(s)
    c = describe_plain(s)
    f = float_quiet(s)
    if a is not None:
        valid += 1
    print(i, repr(s), a, b, c, f)
print("valid", valid, "of", len(strings))
