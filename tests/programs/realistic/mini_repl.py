# A tiny REPL: lines are read from a script, compiled in 'single' mode when they are a complete
# statement (continuation lines are gathered until a blank line ends a block), run in one
# namespace, and errors are reported the way an interactive session reports them.

SESSION = [
    "x = 6",
    "x * 7",
    "'text'",
    "None",
    "def fact(n):",
    "    return 1 if n < 2 else n * fact(n - 1)",
    "",
    "fact(10)",
    "[fact(i) for i in range(6)]",
    "class Point:",
    "    def __init__(self, x, y):",
    "        self.x, self.y = x, y",
    "    def __repr__(self):",
    "        return f'Point({self.x}, {self.y})'",
    "",
    "p = Point(1, 2)",
    "p",
    "p.x + p.y",
    "undefined_thing",
    "1 / 0",
    "for i in range(3): i * i",
    "",
    "if x > 5:",
    "    'big'",
    "else:",
    "    'small'",
    "",
    "import math",
    "math.floor(2.5), math.ceil(2.5)",
    "1 +",
    "(1 +",
    "  2)",
    "def broken(:",
    "",
    "squares = {n: n ** 2 for n in range(4)}",
    "squares",
    "_",
    "del x",
    "x",
    "(lambda: 0).__name__",
    "a = 1; b = 2; a + b",
    "1\n2",
    "sorted(k for k in globals() if not k.startswith('__'))",
]


def needs_more(source):
    """Whether `source` is an incomplete statement: an open bracket or a block header."""
    try:
        compile(source, "<stdin>", "single")
    except SyntaxError as e:
        text = str(e.msg)
        if "was never closed" in text or "expected an indented block" in text:
            return True
        if source.rstrip().endswith(":"):
            return True
        return False
    return source.rstrip().endswith(":") or (
        "\n" in source and not source.endswith("\n"))


namespace = {"__name__": "__console__"}
buffer = []
for line in SESSION + [""]:
    shown = (". " if buffer else "> ") + line
    print(shown)
    buffer.append(line)
    source = "\n".join(buffer)
    if line and needs_more(source):
        continue
    if not source.strip():
        buffer = []
        continue
    buffer = []
    try:
        code = compile(source + "\n", "<stdin>", "single")
        exec(code, namespace)
    except SyntaxError as e:
        print(f"  File \"{e.filename}\", line {e.lineno}")
        print(f"SyntaxError: {e.msg}")
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
