# input() reads the current sys.stdin and prompts on the current sys.stdout, whatever they are.
import io
import sys

real_in, real_out = sys.stdin, sys.stdout

# From the real stdin (the .in file).
print(repr(input()))
print(repr(input("prompt> ")))
print()

# A replaced sys.stdin: a StringIO, generated lines.
def lines(seed, n):
    out = []
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append("".join(chr(97 + (x >> s) % 26) for s in range(0, 3 * (x % 5 + 1), 3)))
    return out

for seed in range(4):
    ls = lines(seed, 5)
    text = "\n".join(ls) + ("\n" if seed % 2 else "")
    sys.stdin = io.StringIO(text)
    got = []
    while True:
        try:
            got.append(input())
        except EOFError as e:
            got.append(("EOF", str(e)))
            break
    print(seed, got == ls + [("EOF", "EOF when reading a line")], got[-2:])

# Prompts go to a replaced sys.stdout; non-str prompts are written with str().
sys.stdin = io.StringIO("a\nb\nc\nd\n")
buf = io.StringIO()
sys.stdout = buf
r = [input("p1: "), input(5), input(None), input(3.5)]
sys.stdout = real_out
print(r, repr(buf.getvalue()))

# A stdin object of the program's own: readline() is what input() calls.
class Lines:
    def __init__(self, items):
        self.items = list(items)
        self.calls = 0
    def readline(self, *args):
        self.calls += 1
        return self.items.pop(0) if self.items else ""

src = Lines(["one\n", "two", "three\n\n"])
sys.stdin = src
print([input(), input(), input()], src.calls)
try:
    input()
except EOFError as e:
    print("EOFError", e)

class Bad:
    def readline(self):
        return 42
sys.stdin = Bad()
try:
    input()
except TypeError as e:
    print("TypeError", e)

class Raw:
    def readline(self):
        return b"bytes line\n"
sys.stdin = Raw()
print(repr(input()))

class NoReadline:
    pass
sys.stdin = NoReadline()
try:
    input()
except AttributeError as e:
    print("AttributeError", e)

# Lost streams.
sys.stdin = None
try:
    input("x")
except RuntimeError as e:
    print("RuntimeError", e)
sys.stdin = io.StringIO("z\n")
sys.stdout = None
try:
    input("x")
except RuntimeError as e:
    sys.stdout = real_out
    print("RuntimeError", e)
sys.stdout = real_out

# Back to the real stdin: it goes on where it was.
sys.stdin = real_in
print(repr(input()))
print(repr(sys.stdin.readline()))
try:
    input("too", "many")
except TypeError as e:
    print("TypeError", e)
rest = []
while True:
    try:
        rest.append(input())
    except EOFError:
        break
print(rest)
