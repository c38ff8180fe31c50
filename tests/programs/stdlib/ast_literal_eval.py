# ast.literal_eval over generated literal sources (values printed back with repr) and a table of
# inputs that are syntax errors or valid Python but not literals.
import ast

seed = 20240601


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 7) % n


def pick(items):
    return items[rnd(len(items))]


def spaces():
    return pick(["", "", "", " ", "  ", "\t", " \\\n "])


def int_source():
    value = rnd(100000) - 50000 if rnd(4) else rnd(2 ** 40) * rnd(2 ** 30)
    form = rnd(6)
    sign = "-" if value < 0 else pick(["", "", "+"])
    mag = abs(value)
    if form == 0:
        text = hex(mag)[2:]
        text = "0" + pick("xX") + (text.upper() if rnd(2) else text)
    elif form == 1:
        text = "0" + pick("oO") + oct(mag)[2:]
    elif form == 2:
        text = "0" + pick("bB") + bin(mag)[2:]
    elif form == 3 and mag >= 1000:
        digits = str(mag)
        text = "_".join(digits[max(0, i - 3):i] for i in range(len(digits), 0, -3)[::-1])
    else:
        text = str(mag)
    return sign + text


def float_source():
    form = rnd(5)
    whole = str(rnd(1000))
    frac = str(rnd(1000))
    if form == 0:
        text = whole + "." + frac
    elif form == 1:
        text = "." + frac
    elif form == 2:
        text = whole + "."
    elif form == 3:
        text = whole + pick("eE") + pick(["", "+", "-"]) + str(rnd(30))
    else:
        text = whole + "." + frac + "e" + pick(["-", ""]) + str(rnd(400))
    return pick(["", "-", "+"]) + text


def complex_source():
    imag = pick([str(rnd(100)), float_source().lstrip("+-"), "1e3", "0"]) + pick("jJ")
    form = rnd(3)
    if form == 0:
        return pick(["", "-", "+"]) + imag
    real = pick([int_source(), float_source()])
    return real + spaces() + pick("+-") + spaces() + imag


CHARS = ["a", "Z", "0", " ", "'", '"', "\\", "\n", "\t", "\x00", "\x7f", "é", "€", "😀", "\u2028"]
ESCAPES = ["\\n", "\\t", "\\\\", "\\'", '\\"', "\\x41", "\\101", "\\0", "\\u00e9", "\\U0001F600",
           "\\a", "\\b", "\\f", "\\v", "\\r", "\\q", "\\7"]


def str_source():
    form = rnd(4)
    if form == 0:
        return repr("".join(pick(CHARS) for _ in range(rnd(8))))
    quote = pick(["'", '"', "'''", '"""'])
    body = "".join(pick(ESCAPES) if rnd(2) else pick(["x", "y", " ", "é"]) for _ in range(rnd(6)))
    prefix = pick(["", "", "u", "U", "r", "R"])
    text = prefix + quote + body + quote
    if rnd(3) == 0:
        text += spaces() + pick(["'tail'", '"x"', "r'\\d'"])
    return text


def bytes_source():
    if rnd(2):
        return repr(bytes(rnd(256) for _ in range(rnd(8))))
    body = "".join(pick(["\\x00", "\\xff", "\\n", "\\\\", "\\'", "\\400", "\\u1234", "ab", " "])
                   for _ in range(rnd(5)))
    prefix = pick(["b", "B", "br", "Rb", "bR"])
    return prefix + "'" + body + "'"


def scalar_source():
    kind = rnd(9)
    if kind == 0:
        return int_source()
    if kind == 1:
        return float_source()
    if kind == 2:
        return complex_source()
    if kind == 3:
        return str_source()
    if kind == 4:
        return bytes_source()
    return pick(["None", "True", "False", "...", "0", "-0.0", "set()", "()", "[]", "{}"])


def hashable_source(depth):
    if depth > 0 and rnd(4) == 0:
        items = [hashable_source(depth - 1) for _ in range(rnd(3))]
        return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"
    return pick([int_source, str_source, bytes_source, lambda: "None", lambda: "True",
                 float_source])()


def source(depth):
    if depth <= 0 or rnd(3) == 0:
        return scalar_source()
    kind = rnd(4)
    n = rnd(4)
    sep = "," + spaces()
    trailing = pick(["", "", ","])
    if kind == 0:
        items = [source(depth - 1) for _ in range(n)]
        inner = sep.join(items)
        if len(items) == 1:
            trailing = ","
        return "(" + spaces() + inner + (trailing if items else "") + ")"
    if kind == 1:
        items = [source(depth - 1) for _ in range(n)]
        return "[" + spaces() + sep.join(items) + (trailing if items else "") + "]"
    if kind == 2:
        items = [hashable_source(depth - 1) for _ in range(n + 1)]
        return "{" + sep.join(items) + trailing + "}"
    pairs = [hashable_source(depth - 1) + spaces() + ":" + spaces() + source(depth - 1)
             for _ in range(n)]
    return "{" + sep.join(pairs) + (trailing if pairs else "") + "}"


def canon(value):
    """repr, with set members sorted (set order depends on string hashing)."""
    if isinstance(value, set):
        return "set{" + ", ".join(sorted(canon(item) for item in value)) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(canon(item) for item in value) + "]"
    if isinstance(value, tuple):
        return "(" + "".join(canon(item) + ", " for item in value) + ")"
    if isinstance(value, dict):
        return "{" + ", ".join(canon(k) + ": " + canon(v) for k, v in value.items()) + "}"
    return repr(value)


def show(text):
    try:
        value = ast.literal_eval(text)
    except Exception as e:
        message = str(e)
        if "node or string" in message:
            message = message[:message.index("node or string") + len("node or string")]
        return "%s %s" % (type(e).__name__, message)
    return "%s %s" % (type(value).__name__, canon(value))


for i in range(400):
    text = spaces().replace("\\\n", "") + source(3) + pick(["", " ", "\n", "  # note", "\n\n"])
    print(i, repr(text))
    print("   ", show(text))

BAD = ["'[1,'", "[1,", "(1,", "{1:", "1+", "1 2", "", "   ", "\t1", " 1", "\n1", "1\n", "x",
       "1+x", "f()", "[1,2", "'abc", "'''abc", "1_", "0x", "09", "1__0", "-(1)", "--1", "+-1",
       "2j+1", "1+2", "-'a'", "b'a' 'b'", "'a' b'b'", "set([1])", "[,]", "Ellipsis", "-True",
       "not 1", "1 if 1 else 2", "'\\x1'", "f'a'", "ur'a'", "0b102", "1e", "[1 2]", "1;2",
       "lambda: 1", "(1,2", ")", "]", "[)", "{1:2, 3}", "{**a}", "[*a]", "# c", "if", "def",
       "1 +\n 2", "(1 +\n 2)", "b'\\u1234'", "b'é'", "True + 1", "-0j", "1+-2j", "1++2j",
       "[1, -2j+3]", "~1", "1 + 2 + 3j", "a.b", "[1][0]", "'\\777'", "\n", "\n\n", "\n 1",
       "0b", "0o", "0o8", "0x1g", "1e+", "1.2.3", "1jj", "1_j", "0_7", "007", "1__", "1_.5",
       "3in", "1if", "0b1_", "'\\x4g'", "'\\u12'", "'\\U1234'", "'\\N'", "'\\N{x'", "b'\\x4'",
       "'\\U00110000'", "'a\nb'", "'''a\nb", "'a' 'b", "[1,\n2", "(\n1", "[1,\n)", "(1]",
       "(\n1]", "{1 2}", "(1 2)", "[x 'a']", "1,,", "{1:2 3:4}", "{1:2,3}", "{1,2:3}", "(,)",
       "[1 2 3]", "x=1", "1=", "@", "$", "1 $", "?", "'a' 'b' f'c'", "F'x'", "1 and 2",
       "[i for i in x]", "a[1:2]", "f(x=1)", "{1:2, **a}", "*a", "1 if 2", "lambda x: x",
       "{[1]: 2}", "{[1]}", "{{}}", "b'\\777'", "'\\08'", "[1, 2, 3, 4][::2]", "{1, 2} | {3}",
       "1 < 2", "a if b else c", "(x := 1)", "[*a, 1]", "f(*a, **b)", "{x: y for x in z}",
       "{x for x in z}", "(x for x in y)", "set(*[])", "set(x=1)", "print(1)", "5 .real",
       "'a'.upper()", "1 is not 2", "1 not in 2", "await x", "1 +", "(", "[", "{", ",", ":",
       "(1,\n2 3)", "1\n2", "1 - -1j", "00.5", "09.5", "09j", "(None)", "{'a': 1, 'a': 2}",
       "{1, 1.0, True}", "[1e400, -1e400, 1e400j]", "'a' \\\n 'b'", "\\\n1"]
for text in BAD:
    print(repr(text), "->", show(text))

for value in [5, None, b"1", 1.5, [1]]:
    try:
        ast.literal_eval(value)
    except Exception as e:
        print(type(e).__name__, e)
