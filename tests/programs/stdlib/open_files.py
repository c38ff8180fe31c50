import os

name = "open_files.data.tmp"
with open(name, "w") as f:
    n = f.write("first line\nsecond line\n")
    f.write("caf\u00e9 \u2603\n")
    print("wrote", n, f.closed)
print(f.closed)
with open(name) as f:
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(repr(f.read()))
    print(repr(f.read()))
with open(name, "a") as f:
    f.write("appended\n")
with open(name) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(name, encoding="utf-8") as f:
    print(f.readlines())
with open(name, "rb") as f:
    data = f.read()
    print(type(data).__name__, len(data), data[:12], data.count(b"\n"))
with open(name, "wb") as f:
    f.write(bytes(range(0, 256, 17)))
with open(name, "rb") as f:
    print(f.read(4), f.read())
print(os.path.exists(name), os.path.getsize(name))
os.remove(name)
print(os.path.exists(name))
try:
    open(name)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)
