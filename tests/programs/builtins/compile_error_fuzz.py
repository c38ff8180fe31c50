# Malformed sources, made by a seeded generator, through compile() in its three modes: every
# SyntaxError's class, message and position fields are printed, so any difference from CPython's
# front end shows. The mutations: deleting, duplicating and swapping tokens of valid programs,
# unbalanced brackets, bad indentation, stray characters, bad escapes and numbers, broken
# f-string fields.


class Lcg:
    """A small linear congruential generator: the same cases on every run and every platform."""

    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return (self.state >> 33) % n

    def pick(self, items):
        return items[self.below(len(items))]


VALID = [
    "x = 1\n",
    "x = (1, 2)\ny = [a for a in x]\n",
    "def f(a, b=2, *c, d, **e):\n    return a + b\n",
    "class C(B, metaclass=M):\n    x: int = 3\n    def m(self):\n        pass\n",
    "if a:\n    b = 1\nelif c:\n    b = 2\nelse:\n    b = 3\n",
    "for i in range(10):\n    if i % 2:\n        continue\n    print(i)\n",
    "while x < 10:\n    x += 1\nelse:\n    y = x\n",
    "try:\n    f()\nexcept (A, B) as e:\n    g(e)\nfinally:\n    h()\n",
    "with open(p) as f, g() as h:\n    data = f.read()\n",
    "d = {'a': 1, **extra}\ns = {1, 2, *rest}\n",
    "y = lambda a, *b: a if b else None\n",
    "r = f(a, *b, c=1, **d)[0].attr\n",
    "s = f'{a!r:>{width}} and {b=}'\n",
    "import os.path as p\nfrom . import (a, b as c)\n",
    "async def f():\n    async with a as b:\n        await b\n",
    "match p:\n    case [1, *rest]:\n        pass\n    case {'k': v}:\n        pass\n",
    "x = [i * j for i in range(3) if i for j in range(i)]\n",
    "assert x, 'message'\ndel a[0], b.c\n",
    "@decorator(1)\ndef g():\n    yield from h()\n",
    "n = 0x1F + 0o17 + 0b101 + 1_000 + 1.5e-3 + 2j\n",
    "t = a[1:2, ::3]\nu = not a or b and c\n",
    "global g\nnonlocal_name = (yield)\n",
]

TOKEN_SPLIT = "()[]{}:,.=+-*/%<>!@&|^~;"

STRAYS = ["$", "?", "`", "\u00a0", "\u20ac", "\\", "\x01", "!", "\ufeff", "\u2028", "'", '"', "\t"]

NUMBERS = ["0777", "1_", "0x", "0b2", "0o8", "1__0", "1.e", "5j_", "0_7", "1e+", "0xg", "1abc", "00.e", "0b_"]

ESCAPES = ["'\\N{nope}'", "b'\\u1234'", "'\\x4'", "b'\u00e9'", "'\\N'", "'\\777'", "r'\\'", "'''abc", "'abc"]

FSTRINGS = [
    "f'{'", "f'}'", "f'{}'", "f'{ }'", "f'{!r}'", "f'{a!}'", "f'{a!x}'", "f'{a:{b}'", "f'{a b}'",
    "f'{a#}'", "f'{a)}'", "f'{(a}'", "f'{a=!}'", "f'{:}'", "f'{=}'", "f'{1 +}'", "f'{*a}'", "f'{**a}'",
    "f'{a!r=}'", "f'{lambda x: 1}'", "f'{yield}'", "f'{a:{b:{c:{d}}}}'", "f'{\\n}'", "f'{a!r }'",
    "f'{$}'", "f'{a\u00a0}'", "f'{\u20ac}'", "f'{0777}'", "f'{0x}'", "f'{{}}'", "f'{{}!r}'",
]


def tokens(src):
    """Splits source into rough tokens (words, operators, newlines, spaces) that join back to it."""
    out = []
    word = ""
    for ch in src:
        if ch.isalnum() or ch == "_":
            word += ch
            continue
        if word:
            out.append(word)
            word = ""
        out.append(ch)
    if word:
        out.append(word)
    return out


def mutate(rng, src, kind):
    toks = tokens(src)
    if not toks:
        return rng.pick(STRAYS)
    at = rng.below(len(toks))
    if kind == 0:
        del toks[at]
    elif kind == 1:
        toks.insert(at, toks[at])
    elif kind == 2:
        other = rng.below(len(toks))
        toks[at], toks[other] = toks[other], toks[at]
    elif kind == 3:
        toks.insert(at, rng.pick(["(", "[", "{", ")", "]", "}"]))
    elif kind == 4:
        lines = "".join(toks).split("\n")
        row = rng.below(len(lines))
        lines[row] = rng.pick([" ", "  ", "\t", "   "]) + lines[row]
        return "\n".join(lines)
    elif kind == 5:
        toks.insert(at, rng.pick(STRAYS))
    elif kind == 6:
        toks.insert(at, " " + rng.pick(NUMBERS) + " ")
    elif kind == 7:
        toks.insert(at, " " + rng.pick(ESCAPES) + " ")
    elif kind == 8:
        return "x = " + rng.pick(FSTRINGS) + rng.pick(["\n", "", "\ny = 1\n"])
    elif kind == 9:
        toks.insert(at, rng.pick(["if", "else", "def", ":", "=", "lambda", "*", "**", ",", "import", "return", "not"]))
    elif kind == 10:
        lines = "".join(toks).split("\n")
        row = rng.below(len(lines))
        del lines[row]
        return "\n".join(lines)
    else:
        return "".join(toks[:at])
    return "".join(toks)


def describe(src, mode):
    try:
        compile(src, "<fuzz>", mode)
    except SyntaxError as e:
        return f"{type(e).__name__}: {e.msg!r} {e.lineno} {e.offset} {e.end_lineno} {e.end_offset} {e.text!r}"
    except (ValueError, TypeError) as e:
        return f"{type(e).__name__}: {e}"
    return "ok"


# The mutations by number (see mutate), each with the modes its cases are compiled in.
MUTATIONS = [
    (4, ["exec", "eval"]),                 # indentation
    (5, ["exec", "eval"]),                 # stray characters
    (6, ["exec", "eval", "single"]),       # bad numbers
    (7, ["eval"]),                         # bad escapes
    (8, ["exec", "eval", "single"]),       # broken f-strings
    (10, ["exec", "eval"]),                # a line gone
    (11, ["exec", "eval"]),                # cut short
]


# Hand-picked sources for the same fields: a leading U+FEFF in a str (a character, not a
# signature), tokenizer errors inside f-string fields, errors at the end of the input.
CHOSEN = [
    "\ufeffx = 1", "\ufeffx = 1\n", "#c\n\ufeffx", b"\xef\xbb\xbfx = 1\n", b"\xef\xbb\xbf\xef\xbb\xbfx = 1\n",
    "f'{\u20ac}'", "f'{a\u00a0}'", "x = f'{1+\x01}'", "f'''{\n\u2028}'''", "f'{0777}'", "f'{1_}'", "f'{0b2}'",
    "f'{a:{\u20ac}}'", "f'{!r}'", "f'{ :x}'", "f'{=}'", "f'{}'", "f'{**a}'", "f'{{}!r}'", "f'{a!x}'",
    "f'{a b}'", "f'{lambda x: 1}'", "x = (**a)", "(** a)", "(**a b)", "(**1 +)",
    "x = = 1", "x = 0777", "x = 0_7", "x = 1\u20ac", "x = 0x1F\u20ac", "x = 1\u00e9",
    "try:\n    pass", "try:\n    pass\n\n", "try:\n    pass\n# c\n", "if 1:\n  try:\n    pass\n  x\n",
    "if 1:\n    if 1:\n      try:\n        pass\n    x", "try:\n    f()\nexcept", "try:\n    f()\nexcept*\n",
    "with a as b", "if x:\n", "def f():\n", "match p:\n    case 1:\n",
    "x = 1 +\\\n", "x = \\\n", "b'a' 'b'", "x = \\\n\n", "if a:\n    b = 1\\\nelif c:\n    pass\n",
    " 0_7 x", " 1abc", "x '\\x4' < 1", "s = {1, 2 b'\u00e9'}", "f(x) '\\N'",
]


def chosen():
    for src in CHOSEN:
        for mode in ["exec", "eval", "single"]:
            print(mode, repr(src))
            print("   ", describe(src, mode))


def main():
    rng = Lcg(20251127)
    seen = set()
    count = 0
    errors = 0
    while count < 1200:
        kind, modes = rng.pick(MUTATIONS)
        src = mutate(rng, rng.pick(VALID), kind)
        if src in seen:
            continue
        seen.add(src)
        count += 1
        mode = rng.pick(modes)
        result = describe(src, mode)
        if result != "ok":
            errors += 1
        print(count, mode, repr(src))
        print("   ", result)
    print("cases", count, "errors", errors)


chosen()
main()
