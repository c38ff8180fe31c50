# readline(size), readlines(hint) and read(size) on real files, text and binary, with generated
# contents (mixed line endings, multi-byte characters), compared step by step.
import os
import tempfile

state = 12345


def rand(n):
    """A small linear congruential generator: the same numbers on every run."""
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n


PIECES = ["a", "bc", "def", "\u00e9", "\u20ac", "\U0001f600", " ", "xyz", "0123"]
ENDS = ["\n", "\r\n", "\r", "\n"]


def make_text():
    lines = []
    for _ in range(rand(6) + 1):
        line = "".join(PIECES[rand(len(PIECES))] for _ in range(rand(5)))
        lines.append(line + ENDS[rand(len(ENDS))])
    if rand(3) == 0:
        lines.append("tail" + PIECES[rand(len(PIECES))])
    return "".join(lines)


def sizes():
    return [rand(14) - 2 for _ in range(8)]


with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "data.txt")
    for case in range(14):
        text = make_text()
        with open(path, "w", newline="") as f:
            f.write(text)
        steps = sizes()
        print("case", case, ascii(text), steps)
        for mode in ["r", "rb", "r+", "r+b"]:
            newlines = [None] if "b" in mode else [None, "", "\n", "\r", "\r\n"]
            for nl in newlines:
                kw = {} if "b" in mode else {"newline": nl, "encoding": "utf-8"}
                with open(path, mode, **kw) as f:
                    got = [f.readline(k) for k in steps]
                    rest = f.readlines()
                print(" ", mode, repr(nl), ascii(got), ascii(rest))
                for hint in [-1, 0, 1, 3, 7, 100]:
                    with open(path, mode, **kw) as f:
                        first = f.readlines(hint)
                        more = f.readline()
                    print("   hint", hint, ascii(first), ascii(more))
                with open(path, mode, **kw) as f:
                    parts = []
                    for k in steps:
                        parts.append(f.read(max(k, 0)))
                    parts.append(f.read())
                print("   read", ascii(parts))

    # The arguments each reader accepts, and how it refuses the others.
    with open(path, "w") as f:
        f.write("line one\nline two\nline three\n")
    for mode in ["r", "rb", "r+", "r+b"]:
        for arg in ["x", 2.5, None, -3, -1, 0, True, 4]:
            for method in ["readline", "readlines", "read"]:
                try:
                    with open(path, mode) as f:
                        out = getattr(f, method)(arg)
                        after = f.readline()
                    print(mode, method, repr(arg), repr(out), repr(after))
                except Exception as e:
                    print(mode, method, repr(arg), type(e).__name__, e)

    # Iteration, and mixing readline with iteration and read.
    with open(path, "w") as f:
        f.write("".join(f"row {i}\n" for i in range(30)))
    with open(path) as f:
        print(f.readline(2), repr(next(f)), f.readline(3), len(f.readlines(20)), repr(f.read(5)))
    with open(path, "rb") as f:
        print(f.readline(2), next(f), f.readline(3), len(f.readlines(20)), f.read(5))
    with open(path) as f:
        print(sum(1 for _ in f), f.readline(), f.readlines(5))
