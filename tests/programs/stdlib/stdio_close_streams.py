# Closing sys.stdin, sys.stdout and files: every later use is a ValueError, as CPython's are.
import os
import sys

CHECKS = ("read", "readline", "readlines", "fileno", "isatty", "readable", "writable", "seekable", "flush")


def probe(label, stream, names=CHECKS):
    for name in names:
        try:
            print(label, name, repr(getattr(stream, name)()))
        except ValueError as e:
            print(label, name, "ValueError", e)
        except OSError as e:
            print(label, name, type(e).__name__, e)


print(sys.stdin.closed, sys.stdout.closed, sys.stderr.closed)
print(repr(sys.stdin.readline()))
sys.stdin.close()
sys.stdin.close()
print(sys.stdin.closed, sys.stdin.buffer.closed)
probe("stdin", sys.stdin)
try:
    for line in sys.stdin:
        print(line)
except ValueError as e:
    print("iter ValueError", e)
try:
    input("never shown? ")
except ValueError as e:
    print()
    print("input ValueError", e)
for name in ("read", "readline", "peek"):
    try:
        getattr(sys.stdin.buffer, name)()
    except ValueError as e:
        print("buffer", name, "ValueError", e)

# Files of each kind, closed.
with open("close_streams_tmp.txt", "w") as f:
    f.write("text\n")
probe("text-w", f, CHECKS[3:])
for mode in ("r", "rb", "r+", "ab", "rb+"):
    g = open("close_streams_tmp.txt", mode)
    g.close()
    g.close()
    probe(mode, g, ("fileno", "isatty", "readable", "writable", "seekable", "flush", "tell"))
os.remove("close_streams_tmp.txt")


# print writes the pieces before the one whose str() fails, separators included.
class Bad:
    def __str__(self):
        raise ValueError("no str")


for args in (("a", "b", Bad(), "c"), (Bad(),), (1, Bad()), ("x", 2.5, None, Bad())):
    try:
        print(*args)
    except ValueError as e:
        print("|caught", e)
    try:
        print(*args, sep="--", end="!\n")
    except ValueError as e:
        print("|caught", e)

for v in (None, 5, b"x", ["a"]):
    try:
        sys.stdout.write(v)
    except TypeError as e:
        print("TypeError", e)

print("last line")
sys.stdout.close()
print(file=sys.stderr)
try:
    print("after close")
except ValueError as e:
    sys.stderr.write(f"ValueError {e}\n")
    sys.exit(3)
