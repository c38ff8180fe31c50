# sys.stdin's read(n), readline(size) and readlines(hint) count characters, not UTF-16 units or
# bytes; write() on the standard streams returns the number of characters.
import sys

print(repr(sys.stdin.read(3)))
print(repr(sys.stdin.read(2)))
print(repr(sys.stdin.readlines(1)))
print(repr(sys.stdin.readline(5)))
print(repr(sys.stdin.readline(0)))
print(repr(sys.stdin.readline(-1)))
# Lines of mixed widths, read in pieces of sizes from a fixed generator.
x = 7
pieces = []
for i in range(40):
    x = (x * 75 + 74) % 65537
    n = x % 6
    pieces.append(sys.stdin.read(n) if i % 3 else sys.stdin.readline(n))
print(pieces)
print(repr(sys.stdin.readline()))
print(sys.stdin.readlines(10))
print(sys.stdin.readlines(0)[:2])
print(repr(sys.stdin.read(0)), repr(sys.stdin.read(None)), repr(sys.stdin.read()), repr(sys.stdin.readline()))
for bad in ("3", 2.5):
    for name in ("read", "readline", "readlines"):
        try:
            getattr(sys.stdin, name)(bad)
        except TypeError as e:
            print(name, "TypeError", e)

for s in ("", "a", "\U0001f600\n", "e\u0301\u00e9", "\U0001f600" * 3, "x\ud800y"):
    try:
        n = sys.stdout.write(repr(s) + " " + s.replace("\ud800", "?") + "\n")
        print(n, sys.stderr.write(""), sys.stdout.write(s.replace("\ud800", "?")))
    except UnicodeEncodeError as e:
        print(e)
print()
print(sys.stdout.writelines(["a\n", "\U0001f600\n"]))
