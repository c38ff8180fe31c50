# print() to a Python file object (file= or a replaced sys.stdout) calls write() once per
# argument, once per separator and once for the end, as CPython does.
import io
import sys
from contextlib import redirect_stdout


class Capture:
    def __init__(self):
        self.chunks = []

    def write(self, s):
        self.chunks.append(s)
        return len(s)


def lcg(seed):
    state = seed
    while True:
        state = (state * 1103515245 + 12345) % (2 ** 31)
        yield state


gen = lcg(11)
seps = [None, "", " ", ", ", "--"]
ends = [None, "", "\n", "!\n", "."]
for trial in range(15):
    c = Capture()
    args = [next(gen) % 100 for _ in range(next(gen) % 4)]
    sep = seps[next(gen) % len(seps)]
    end = ends[next(gen) % len(ends)]
    print(*args, sep=sep, end=end, file=c)
    print(trial, repr(sep), repr(end), c.chunks)

c = Capture()
print("a", "b", file=c)
print(file=c)
print(1.5, None, [1, 2], (3,), sep="|", file=c)
print(c.chunks)

c = Capture()
old = sys.stdout
sys.stdout = c
print("x", 5)
print()
print("y", "z", sep="", end="")
sys.stdout = old
print(c.chunks)

c = Capture()
with redirect_stdout(c):
    print("inside", "redirect")
print(c.chunks)


class Upper:
    def __init__(self):
        self.out = []

    def write(self, s):
        self.out.append(s.upper())


u = Upper()
with redirect_stdout(u):
    print("hello", "world", sep="_")
print("".join(u.out), len(u.out))


class Bad:
    def __str__(self):
        raise ValueError("no str")


c = Capture()
try:
    print("before", Bad(), "after", file=c)
except ValueError as e:
    print(type(e).__name__, e)
print(c.chunks)


class Prefixer:
    def __init__(self, prefix):
        self.prefix = prefix
        self.at_start = True
        self.buf = io.StringIO()

    def write(self, s):
        for ch in s:
            if self.at_start:
                self.buf.write(self.prefix)
            self.buf.write(ch)
            self.at_start = ch == "\n"


p = Prefixer("> ")
print("one", "two", file=p)
print("three\nfour", file=p)
print(repr(p.buf.getvalue()))

s = io.StringIO()
print("to", "stringio", sep="+", end="$", file=s)
print(repr(s.getvalue()))
print("to", "stderr", file=sys.stderr) if False else print("real stdout", "still", "joined")
