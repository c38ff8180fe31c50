# compile(..., "single"), as an interactive console uses it: one statement per input; a compound
# statement needs its own final newline; blank input and anything after the statement fail.

INPUTS = [
    "", "\n", "\n\n", "#c", "#a\n#b", "\n#b\n", "  \n",
    "x = 1", "x = 1\n", "x = 1 # c", "x = 1;", "a = 1; b = 2",
    "1\n2", "x = 1; y = 2\nz",
    "for i in range(2): i", "for i in range(2): i\n", "for x in y: 1 # c",
    "if 1:\n  2", "if 1:\n  2\n", "if 1:\n  2\n\n", "if 1:\n  2\n  \n",
    "if 1: pass\nelse: pass", "if 1: pass\nelse: pass\n", "if 1: 2\n\n",
    "@d\ndef f(): pass", "@d\ndef f(): pass\n",
    "class K: pass", "class K: pass\n", "def f(): pass", "with a: pass", "while 0: pass",
    "try: pass\nfinally: pass", "try: pass\nfinally: pass\n",
    "if 1:\n  if 2: 3", "if 1:\n  if 2: 3\n", "def f():\n  return 1",
    "if 1:\n  2\n3", "if 1:\n  2\n3\n", "if 1:\n  2\n3 +", "if 1:\n  2\nx = (",
    "for x in y: 1\n2", "if 1:\n  2\n\n3",
    "x = (", "a b", "x = 1 +", "1 +* 2", "def f(:", "print 1",
]
for src in INPUTS:
    try:
        compile(src, "<input>", "single")
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, repr(e.msg), e.lineno, e.offset, repr(e.text))

# Expressions made only of blank lines and comments.
for src in ["", "#c", "#c\n", "\n", "\n\n#x", "  # only"]:
    for label, run in [("compile", lambda s: compile(s, "f", "eval")), ("eval", eval)]:
        try:
            run(src)
            print(label, repr(src), "ok")
        except SyntaxError as e:
            print(label, repr(src), repr(e.msg), e.lineno, e.offset, repr(e.text))

# A console over input lines: each statement shows its value.
ns = {"__name__": "__console__"}
for line in ["n = 6", "n * 7", "for i in range(2): i\n", "if n:\n  n + 1\n", "def sq(v):\n  return v * v\n",
             "sq(n)", "class P: pass\n", "P.__name__", "for i in range(2): i", "[n] * 2", "n = n + 1; n"]:
    try:
        code = compile(line, "<input>", "single")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
        continue
    exec(code, ns)
