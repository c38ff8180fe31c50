# SyntaxErrors from eval(), exec() and compile() as traceback.format_exception_only shows them:
# where they are, the offending line and a caret, then the message.
import traceback

SOURCES = [
    ("exec", "x = (1,\n  2 +"), ("exec", "a b"), ("exec", "if 1:\nx"), ("exec", "return 1"),
    ("exec", "def f():\n\treturn 1\n        return 2"), ("exec", "  y = 1"),
    ("eval", "1 +"), ("eval", "(]"), ("eval", "'abc"), ("eval", ""), ("eval", "x = 1"),
    ("exec", "f(**x, *y)"), ("exec", "for x in 1:\n  pass\nelse\n"),
]
for mode, src in SOURCES:
    try:
        (eval if mode == "eval" else exec)(src, {})
    except SyntaxError as e:
        print("".join(traceback.format_exception_only(e)), end="")
        print("--")

# Hand-made SyntaxErrors: every combination of the details being there or not.
MADE = [
    SyntaxError("bad", ("f.py", 1, 3, "a b\n")), SyntaxError("x"), SyntaxError(),
    SyntaxError("m", (None, 2, None, None)), SyntaxError("m", ("f", None, None, None)),
    SyntaxError("", ("f", 3, 1, "   \tz = 1\n")), SyntaxError("m", ("f", 1, 0, "abc")),
    SyntaxError("m", ("f", 1, 99, "ab")), SyntaxError("m", ("", 5, 2, "xyz")),
    IndentationError("ind", ("g.py", 4, 5, "    x y\n")), TabError("tab", ("t.py", 2, 1, "\tq\n")),
    SyntaxError("m", ("f", 1, 4, "\f  k = 1\n")),
]
for e in MADE:
    print(traceback.format_exception_only(type(e), e))
noted = SyntaxError("late", ("n.py", 7, 2, "  q r\n"))
noted.add_note("a note")
print(traceback.format_exception_only(noted))

# Generated: a caret under every column of a line.
line = "alpha = beta + gamma\n"
for offset in range(0, len(line) + 2, 3):
    print(traceback.format_exception_only(SyntaxError("at", ("gen.py", 1, offset, line)))[1:-1])
