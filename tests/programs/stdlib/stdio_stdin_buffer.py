# sys.stdin.buffer is a BufferedReader: readline(size), read(n), read1, readlines(hint), iteration.
import io
import sys

b = sys.stdin.buffer
print(type(b).__name__, isinstance(b, io.BufferedReader), b.readable(), b.writable(), b.closed, b.mode, b.name)
print(repr(b))
print(b.readline())
print(b.readline(3), b.readline(0), b.readline(-1))
print(b.read(5), b.read(0))
x = 11
parts = []
for i in range(30):
    x = (x * 57 + 3) % 1013
    n = x % 7
    parts.append(b.readline(n) if i % 2 else b.read(n))
print(parts)
print(b.read1(4))
for i, line in enumerate(b):
    print("iter", line)
    if i == 2:
        break
print(b.readlines(20))
fast = sys.stdin.buffer.readline
print(fast(), fast().split())
print(b.readlines())
print(b.read(), b.readline(), b.read1(), b.readlines())
print(list(b))
for bad in ("2", 1.5):
    for name in ("read", "readline", "readlines"):
        try:
            getattr(b, name)(bad)
        except TypeError as e:
            print(name, "TypeError", e)
try:
    b.read(-5)
except ValueError as e:
    print("ValueError", e)
ba = bytearray(3)
print(b.readinto(ba), ba)
print(sys.stdout.buffer.writable(), sys.stdout.buffer.readable())
print(sys.stdout.buffer.write(b"raw bytes \xf0\x9f\x98\x80\n"))
try:
    sys.stdout.buffer.write("str")
except TypeError as e:
    print("TypeError", e)
raw = sys.stdin.buffer.raw
print(sys.stdin.buffer is sys.stdin.buffer, type(raw).__name__, raw.closefd, raw.name, raw.mode, raw.readable(), raw.writable())
