# SyntaxError's end_lineno / end_offset: from compile(), eval() and exec(), from user code, and
# how format_exception_only draws the range they mark.
import traceback


def shown(e):
    return "".join(traceback.format_exception_only(type(e), e))


def describe(e):
    print(type(e).__name__, repr(e.args))
    print("  attrs:", e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
    print("  str:", str(e))
    print("  repr:", repr(e))
    print(shown(e), end="")


SNIPPETS = [
    "f(**x, *y)", "1 +", "x = (1, 2", "def f(:\n  pass", "a b c", "print 'x'", "  x",
    "if x:\npass", "if x:\n\tpass\n        pass", "f(x for x in y, 1)", "x += 1 = 2", "None = 1",
    "del f()", "(a, b) += 1", "'abc", "1 if 2", "[1, 2 3]", "f(a=1, a=2)", "return",
    "nonlocal x", "def f(a, a): pass", "class", "import", "from x import", "x := 1",
    "for x in 1,2 3: pass", "a.1", "(1 2)", "def f():\n  x = 1\n  global x",
    "async def f():\n  yield from x", "break", "continue", "await x", "print(1\n",
    "x = [\n1,\n2\n", "x = '''abc", "f(**x for x in y)", "1 = x", "f() = 1", "x.y() += 1",
    "a, *b, *c = d", "foo(x y)", "x = {1:}", "True = 1", "[x for x in 1,2]", "def f(*): pass",
    "a = 1)", ")", "x = \"abc\n", "class  ", "a $ b",
    "def f(\n  a b):\n  pass", "print(\"a\" \"b\" c)", "x = \\ 1", "a = (1,\n]", "x = 1\n  y\n",
    "if x:\n  a\n b\n", "{**a, 1}", "{1: 2, 3: }", "def f(a):\n  global a",
    "def f():\n  nonlocal q", "[(yield) for x in y]", "[(x := 1) for x in y]",
    "def f():\n  from m import *", "x = yield = 1", "1 +\n", "lambda x, x: 0",
]

# Snippets whose eval-mode message or position still differ from CPython's for reasons apart from the end.
EVAL_SKIP = {"print 'x'", "a, *b, *c = d"}

for mode in ("exec", "eval", "single"):
    print("== mode", mode)
    for src in SNIPPETS:
        if mode == "eval" and src in EVAL_SKIP:
            continue
        print("--", repr(src))
        try:
            compile(src, "<snippet>", mode)
            print("compiled")
        except SyntaxError as e:
            describe(e)

print("== eval() and exec()")
for src in ["1 +* 2", "(1, 2", "x = = 1", "f(a b)", "lambda: (x for x in)"]:
    for label, run in (("eval", eval), ("exec", exec)):
        try:
            run(src)
        except SyntaxError as e:
            print(label, repr(e.args), e.end_lineno, e.end_offset)
            print(shown(e), end="")

print("== constructed")
built = [
    ("msg", ("f", 1, 2, "text", 1, 5)),
    ("msg", ("f", 1, 2, "abcdefg", 1, 5)),
    ("msg", ("f", 1, 2, "abcdefg", None, None)),
    ("msg", ("f", 1, 2, "abcdefg")),
    ("msg", ("f", 1, 3, "   abcdefg\n", 1, 8)),
    ("msg", ("f", 1, 6, "   abcdefg\n", 1, 9)),
    ("msg", ("f", 2, 2, "\tx = [1, 2]\n", 3, 1)),
    ("msg", ("f", 1, 4, "abcdefg", 1, 4)),
    ("msg", ("f", 1, 4, "abcdefg", 1, 0)),
    ("msg", ("f", 1, 4, "abcdefg", 1, -1)),
    ("msg", ("f", 1, 4, "abcdefg", 1, 2)),
    ("msg", ("f", 1, 1, "abcdefg", 1, 99)),
    ("msg", ("f", 1, None, "abcdefg", 1, 5)),
    ("msg", ("f", None, 2, "abcdefg", 1, 5)),
    ("msg", (None, 1, 2, "abcdefg", 1, 5)),
    ("", ("f", 1, 2, "abcdefg", 1, 5)),
    ("msg", ("f", 1, 2, None, 1, 5)),
]
for cls in (SyntaxError, IndentationError, TabError):
    for args in built:
        e = cls(*args)
        describe(e)

for bad in [("f", 1, 2), ("f", 1, 2, "t", 1), ("f", 1, 2, "t", 1, 5, 7), ()]:
    try:
        SyntaxError("m", bad)
        print("accepted", bad)
    except TypeError as e:
        print("TypeError", e)

e = SyntaxError("only a message")
print(repr(e.args), e.end_lineno, e.end_offset)
e = SyntaxError("a", "b", "c")
print(repr(e.args), e.end_lineno, e.end_offset)
e = SyntaxError("m", ("f", 1, 2, "abcdefgh", 1, 3))
e.end_offset = 7
e.end_lineno = 4
print(e.end_lineno, e.end_offset, repr(e.args))
print(shown(e), end="")

print("== generated")
state = 20240611


def next_int(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n


TEXTS = ["value = compute(a, b)\n", "    return x + y\n", "\tif  ready:\n", "x", "  \f lambda: 0\n"]
for _ in range(120):
    text = TEXTS[next_int(len(TEXTS))]
    offset = next_int(len(text) + 3) - 1
    choice = next_int(5)
    end = [None, 0, -1, offset + next_int(6), next_int(len(text) + 2)][choice]
    e = SyntaxError("generated", ("gen.py", 3, offset, text, 3 if end is not None else None, end))
    print(repr((offset, end)))
    print(shown(e), end="")
