# `a, b, c = s.partition(sep)` and `rpartition` into three names, where s is a local and sep a
# literal or a local: exact str receivers and separators, str subclasses on either side, other
# types with their own partition, bytes, missing methods, bad separators (wrong type, empty),
# surrogates that a match must not cut, and `s[j:]` slices with small starts.


class S(str):
    pass


class Splitter:
    """Not a str: its partition is whatever it says."""

    def __init__(self, parts):
        self.parts = parts
        self.calls = 0

    def partition(self, sep):
        self.calls += 1
        return self.parts

    def rpartition(self, sep):
        self.calls += 1
        return list(reversed(self.parts))


def kinds(*values):
    return [type(v).__name__ for v in values]


def cut_literal(text):
    head, sep, tail = text.partition(":")
    left, rsep, right = text.rpartition(":")
    return head, sep, tail, left, rsep, right


def cut_name(text, sep):
    head, found, tail = text.partition(sep)
    [left, rfound, right] = text.rpartition(sep)
    return head, found, tail, left, rfound, right


def run(label, fn, *args):
    try:
        result = fn(*args)
        print(label, ascii(result), kinds(*result) if isinstance(result, tuple) else "")
    except Exception as e:
        print(label, type(e).__name__, e)


# A seeded generator of texts over a small alphabet with colons, astral characters and a lone
# high surrogate, so that matches land at the start, the end, twice or not at all. (No lone low
# surrogate: after a lone high one the two would be one character on some engines.)
ALPHABET = ["a", "b", ":", "::", "\u00e9", "\U0001f600", "\ud83d", "x\ude00", " ", "="]
state = 12345


def next_int(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n


for round_no in range(300):
    text = "".join(ALPHABET[next_int(len(ALPHABET))] for _ in range(next_int(7)))
    sep = [":", "::", "=", "\ud83d", "\ude00", "\U0001f600", "a:"][next_int(7)]
    lit = cut_literal(text)
    named = cut_name(text, sep)
    expect_lit = text.partition(":") + text.rpartition(":")
    expect_named = text.partition(sep) + text.rpartition(sep)
    if lit != expect_lit or named != expect_named:
        print("MISMATCH", ascii(text), ascii(sep), ascii(lit), ascii(named))
    if round_no % 30 == 0:
        print(round_no, ascii(text), ascii(sep), ascii(lit), ascii(named))

run("subclass receiver", cut_literal, S("k:v:w"))
run("subclass receiver, no sep", cut_literal, S("kv"))
run("subclass sep", cut_name, "k:v:w", S(":"))
run("subclass both", cut_name, S("k=v"), S("="))
run("empty text", cut_literal, "")
run("only sep", cut_name, "::", "::")
run("empty sep", cut_name, "abc", "")
run("empty subclass sep", cut_name, "abc", S(""))
run("int sep", cut_name, "a1b", 1)
run("none sep", cut_name, "a:b", None)
run("bytes sep", cut_name, "a:b", b":")
run("bytes receiver", cut_name, b"a:b:c", b":")
run("bytearray receiver", cut_name, bytearray(b"x=y"), b"=")
run("bytes receiver, str sep", cut_name, b"a:b", ":")
run("int receiver", cut_literal, 42)
run("none receiver", cut_name, None, ":")
run("list receiver", cut_literal, ["a", ":"])

splitter = Splitter(("x", "y", "z"))
run("object receiver", cut_literal, splitter)
print("calls", splitter.calls)
run("object, short result", cut_literal, Splitter(("only", "two")))
run("object, long result", cut_name, Splitter(["1", "2", "3", "4"]), ":")
run("object, not iterable", cut_literal, Splitter(7))


def evaluation_order():
    # The receiver's attribute lookup fails before the separator is read.
    def sep_value():
        print("separator read")
        return ":"
    value = 3
    try:
        a, b, c = value.partition(sep_value())
    except AttributeError as e:
        print(type(e).__name__, e)


evaluation_order()


def header_fields(lines):
    out = []
    for line in lines:
        name, sep, value = line.partition(":")
        if sep == "":
            out.append(("bad", name))
            continue
        key, _, rest = value.strip().rpartition(" ")
        out.append((name.lower(), key, rest))
    return out


print(header_fields(["Host: example.com", "Accept: text/html q=0.9", "Broken", ": empty name",
                     "X-Caf\u00e9: cr\u00e8me br\u00fbl\u00e9e", "Emoji: \U0001f600 \U0001f601"]))


def same_name_targets(text):
    # The names are stored left to right: a repeated target keeps the last part.
    x, x, y = text.partition("-")
    return x, y


print(same_name_targets("left-right"), same_name_targets("none"))


def tails(text):
    return [text[j:] for j in range(0, 8)] + [text[33:], text[32:]]


for text in ["", "abc", "caf\u00e9 au lait", "\U0001f600abc", "ab\U0001f600cd", "a\ud83db", "x" * 40,
             "\ude00tail", S("subclass text")]:
    print(ascii(tails(text)))


def rebinding_targets(line, sep):
    # Targets that are the receiver or the separator themselves.
    line, mid, rest = line.partition(sep)
    first = (line, mid, rest)
    head, sep, tail = rest.rpartition(sep)
    second = (head, sep, tail)
    sep, line, other = line.partition("b")
    return first, second, (sep, line, other)


print(rebinding_targets("ab:cd:ef:gh", ":"), rebinding_targets("abc", ":"))
