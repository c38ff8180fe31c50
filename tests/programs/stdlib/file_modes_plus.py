# Files open for reading and writing: one position, reads see writes, tell(), truncate(), append.
import os
name = "file_modes_plus.data.tmp"
with open(name, "w") as f:
    print(f.tell(), f.write("hello\n"), f.tell(), f.write("é"), f.tell())
with open(name, "a") as f:
    print(f.tell(), f.write("more\r\nline\rend"), f.tell())
with open(name, "rb") as f:
    print(f.read())
with open(name, "r+") as f:
    print(repr(f.readline()), f.tell(), repr(f.read(3)), f.tell())
    f.seek(0)
    print(f.write("HE"), f.tell(), repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
    f.seek(0, 2)
    print(f.tell(), f.write("!"), f.tell())
    print(f.truncate(5), f.tell())
with open(name, "rb") as f:
    print(f.read())
with open(name, "w+b") as f:
    print(f.write(b"abcdef"), f.seek(2), f.read(2), f.tell(), f.seek(-1, 2), f.read(), f.seek(10), f.write(b"Z"), f.tell())
    f.seek(0)
    print(f.read())
    print(f.truncate(3), f.seek(0), f.read(), f.tell())
with open(name, "a+") as f:
    print(f.tell(), repr(f.read()), f.seek(0), repr(f.read()), f.write("tail"), f.tell())
    f.seek(0)
    print(repr(f.read()))
with open(name, "r+b") as f:
    for line in f:
        print(line)
os.remove(name)
with open(name, "x+") as f:
    f.write("new\nfile\n")
    f.seek(0)
    print([l for l in f])
    try:
        f.seek(1, 1)
    except OSError as e:
        print("OSError", e)
os.remove(name)
for mode in ["w+b", "a+b", "r+b"]:
    with open("file_modes_plus.data.tmp", "wb") as f:
        f.write(b"abcdef")
    with open("file_modes_plus.data.tmp", mode) as f:
        print(mode, f.truncate(9), f.tell(), f.seek(0), f.read(), f.truncate(2), f.seek(0), f.read())
        f.seek(5)
        f.write(b"Z")
    with open("file_modes_plus.data.tmp", "rb") as f:
        print(f.read())
os.remove("file_modes_plus.data.tmp")
for mode in ["w+", "w+b", "x+", "a+", "r+"]:
    import os
    if os.path.exists("file_modes_plus.data.tmp") and mode[0] == "x":
        os.remove("file_modes_plus.data.tmp")
    if mode[0] == "r":
        open("file_modes_plus.data.tmp", "w").write("base")
    with open("file_modes_plus.data.tmp", mode) as f:
        f.write("abc" if "b" not in mode else b"abc")
        f.seek(0)
        print(mode, repr(f.read()))
os.remove("file_modes_plus.data.tmp")
