# tempfile: mkstemp, bytes names, NamedTemporaryFile modes, TemporaryFile,
# SpooledTemporaryFile (in memory, rolled over to disk), gettempdir.
import io
import os
import stat
import tempfile

base = tempfile.mkdtemp(prefix="base_")
print(os.path.isdir(base), os.path.basename(base).startswith("base_"), len(os.path.basename(base)))

fd, path = tempfile.mkstemp(suffix=".dat", prefix="mk_", dir=base)
print(type(fd).__name__, os.path.isabs(path), os.path.dirname(path) == base)
name = os.path.basename(path)
print(name.startswith("mk_"), name.endswith(".dat"), len(name), oct(stat.S_IMODE(os.stat(path).st_mode)))
print(os.write(fd, b"hello mkstemp"), os.lseek(fd, 0, 0), os.read(fd, 5))
os.close(fd)
with open(path, "rb") as f:
    print(f.read())
os.unlink(path)

fd, path = tempfile.mkstemp(dir=base, text=True)
os.close(fd)
print(os.path.basename(path).startswith("tmp"), os.path.getsize(path))

fd, bpath = tempfile.mkstemp(prefix=b"bb", dir=os.fsencode(base))
os.close(fd)
print(type(bpath).__name__, os.fsdecode(bpath).rsplit("/", 1)[1][:2], len(os.fsdecode(bpath).rsplit("/", 1)[1]))
print(type(tempfile.mkdtemp(suffix=b"_d", dir=os.fsencode(base))).__name__)
for args in [dict(prefix=b"x", suffix="y"), dict(prefix="x", dir=os.fsencode(base))]:
    try:
        tempfile.mkstemp(**args)
    except TypeError as e:
        print("TypeError", e)
try:
    tempfile.mkstemp(dir=os.path.join(base, "missing"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)

print(tempfile.gettempprefix(), tempfile.gettempprefixb(), type(tempfile.gettempdirb()).__name__)
print(tempfile.gettempdir() == os.fsdecode(tempfile.gettempdirb()), os.path.isdir(tempfile.gettempdir()))

for mode in ["w+b", "w+", "wb", "w", "r+b", "a+b", "ab", "rb", "x+b"]:
    with tempfile.NamedTemporaryFile(mode=mode, prefix="nt", suffix=".s", dir=base) as tf:
        print(mode, tf.mode, tf.file.mode, type(tf.name).__name__, os.path.basename(tf.name)[:2],
              tf.name.endswith(".s"), oct(stat.S_IMODE(os.stat(tf.name).st_mode)))
        if "r" not in mode or "+" in mode:
            tf.write(b"data" if "b" in mode else "data")
            tf.flush()
            print("  size", os.path.getsize(tf.name))
        kept = tf.name
    print("  gone", not os.path.exists(kept))

with tempfile.NamedTemporaryFile("w+", dir=base, delete=False, encoding="latin-1") as tf:
    tf.write("caf\xe9\n")
    kept = tf.name
print(os.path.exists(kept), open(kept, "rb").read())

t = tempfile.TemporaryFile(dir=base)
print(type(t).__name__, t.mode)
t.write(b"abc")
t.seek(0)
print(t.read())
t.close()
t = tempfile.TemporaryFile("w+", dir=base, newline="")
print(type(t).__name__, t.mode)
t.write("x\r\ny\n")
t.seek(0)
print(repr(t.read()))
t.close()
print(sorted(n for n in os.listdir(base) if n.startswith("tmp") and not n.endswith("_d")) == [os.path.basename(path)])

# SpooledTemporaryFile
s = tempfile.SpooledTemporaryFile(max_size=10, dir=base)
print(isinstance(s, io.IOBase), s._rolled, s.name, s.mode, s.closed)
print(s.write(b"12345"), s._rolled, s.tell(), s.readable(), s.writable(), s.seekable())
print(s.write(b"678901"), s._rolled, s.tell(), s.mode, s.name is not None)
s.seek(0)
print(s.read(), s.readline())
s.seek(2)
print(s.read(3))
s.close()
print(s.closed)

s = tempfile.SpooledTemporaryFile(max_size=100, mode="w+", dir=base, newline=None)
print(s.mode, s.encoding, s.name)
s.write("line one\nline two\r\nthree\n")
s.seek(0)
print(s.readlines(), s._rolled, s.newlines)
s.seek(0)
print(list(s))
s.rollover()
print(s._rolled, s.mode, s.tell())
s.seek(0)
print(repr(s.read()))
s.close()

with tempfile.SpooledTemporaryFile() as s:
    s.writelines([b"a", b"bc"])
    print(s._rolled, s.tell())
    s.seek(0)
    print(s.read())
    print(type(s.fileno()).__name__, s._rolled)
    s.seek(0)
    print(s.read())
try:
    with s:
        pass
except ValueError as e:
    print("ValueError", e)

s = tempfile.SpooledTemporaryFile(max_size=5)
s.write(b"abc")
s.truncate(2)
print(s._rolled, s.tell())
s.seek(0)
print(s.read())
s.truncate(50)
print(s._rolled)
s.close()

s = tempfile.SpooledTemporaryFile(max_size=0)
s.write(b"x" * 10000)
print(s._rolled, s.tell())
s.close()

with tempfile.TemporaryDirectory(dir=base) as d:
    print(os.path.isdir(d))
print(os.path.exists(d))
import shutil
shutil.rmtree(base)
print(os.path.exists(base))

for newline in [None, "", "\n", "\r", "\r\n"]:
    for encoding in [None, "latin-1", "utf-8"]:
        s = tempfile.SpooledTemporaryFile(max_size=20, mode="w+", newline=newline, encoding=encoding)
        s.write("a\nb\r\nc\xe9\n")
        s.seek(0)
        first = s.readline()
        s.write("x" * 30 + "\n")
        s.seek(0)
        print(repr(newline), encoding, repr(first), s._rolled, repr(s.read()))
        s.close()
