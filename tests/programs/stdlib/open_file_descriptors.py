# open() and os.fdopen() on file descriptors: names, modes, closefd, offsets shared with os.lseek,
# fileno() of files opened by path, TemporaryFile's descriptor name, bad descriptors.
import io
import os
import tempfile


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


work = tempfile.mkdtemp()
path = os.path.join(work, "data.txt")

# mkstemp + fdopen, the common pattern
fd, tmp = tempfile.mkstemp(dir=work)
with os.fdopen(fd, "w") as f:
    print("name is fd", f.name == fd, f.mode, f.closed)
    f.write("first line\nsecond line\n")
print("closed after with", f.closed)
show("fstat closed fd", lambda: os.fstat(fd))
with open(tmp) as f:
    print(repr(f.read()))

# reading from where os.lseek put the descriptor
with open(path, "wb") as f:
    f.write(b"0123456789abcdef")
for start in range(0, 17, 3):
    fd = os.open(path, os.O_RDONLY)
    os.lseek(fd, start, os.SEEK_SET)
    with open(fd, "rb") as g:
        print(start, g.read(), g.closed)
    show("  after close", lambda: os.lseek(fd, 0, os.SEEK_CUR))

# closefd=False leaves the descriptor open, and where the file stopped
fd = os.open(path, os.O_RDWR)
os.lseek(fd, 4, 0)
with open(fd, "rb", closefd=False) as g:
    print("read", g.read(3))
print("still open", os.fstat(fd).st_size)
os.lseek(fd, 0, 0)
print("os.read", os.read(fd, 5))
with open(fd, "r+", closefd=False) as t:
    print("text rest", repr(t.read(4)), t.tell())
    t.seek(0)
    t.write("ZZ")
os.lseek(fd, 0, 0)
print("after text write", os.read(fd, 100))
with os.fdopen(fd, "ab") as g:
    g.write(b"!end")
with open(path, "rb") as g:
    print("appended", g.read())

# writing from the descriptor's offset, without truncating
fd = os.open(path, os.O_WRONLY)
os.write(fd, b"AB")
with open(fd, "w") as t:
    t.write("cd")
with open(path) as g:
    print("overwritten", repr(g.read()))

# the repr names the descriptor as a number
fd = os.open(path, os.O_RDONLY)
for mode, kw in [("rb", {"buffering": 0}), ("rb", {}), ("r", {})]:
    g = open(fd, mode, closefd=False, **kw)
    print(type(g).__name__, repr(g).replace(str(fd), "FD"), g.name == fd)
    if kw:
        print("  closefd", g.closefd)
    g.close()
os.close(fd)

# fileno() of files opened by path works with os functions
with open(path, "rb") as g:
    n = g.fileno()
    print("fileno int", isinstance(n, int), n >= 0, os.fstat(n).st_size == os.path.getsize(path))
    print("same", g.fileno() == n)
show("fileno closed", lambda: g.fileno())
with open(path, "w") as g:
    g.write("via fileno")
    g.flush()
    print("fstat size", os.fstat(g.fileno()).st_size)

# TemporaryFile: an unnamed file whose name is its descriptor
for mode in ["w+b", "w+"]:
    t = tempfile.TemporaryFile(mode, dir=work)
    print(mode, type(t.name).__name__, t.name == t.fileno(), t.mode)
    t.write(b"payload" if "b" in mode else "payload")
    t.seek(0)
    print("  ", t.read())
    os.lseek(t.fileno(), 0, 0)
    print("  os.read", os.read(t.fileno(), 3))
    t.close()
    show("  closed fd", lambda: os.fstat(t.name))

# bad descriptors and arguments
for bad in [9999, -1]:
    show(f"open({bad})", lambda: open(bad))
    show(f"fdopen({bad})", lambda: os.fdopen(bad))
show("fdopen str", lambda: os.fdopen("3"))
show("fdopen float", lambda: os.fdopen(1.5))
show("closefd with name", lambda: open(path, closefd=False))
show("open float", lambda: open(2.5))
show("os.read bad", lambda: os.read(9999, 1))
show("os.close bad", lambda: os.close(9999))

# a descriptor open the other way: the error comes on reading, or when close() writes out
fd = os.open(path, os.O_WRONLY)
show("read write-only", lambda: open(fd).read())
show("  its descriptor", lambda: os.close(fd))
fd = os.open(path, os.O_RDONLY)
f = open(fd, "w")
f.write("lost")
show("close read-only", f.close)
print("  closed", f.closed)
show("  its descriptor", lambda: os.close(fd))

# a generated mix of descriptor reads and writes, compared against the content kept here
state = 12345
content = bytearray(b"")
fd = os.open(path, os.O_RDWR | os.O_TRUNC)
offset = 0
for step in range(40):
    state = (state * 1103515245 + 12345) % 2147483648
    op = state % 4
    if op == 0:
        piece = bytes(97 + (state >> 8) % 26 for _ in range(1 + state % 5))
        with open(fd, "wb", closefd=False) as w:
            w.write(piece)
        content[offset:offset + len(piece)] = piece
        offset += len(piece)
        os.lseek(fd, offset, 0)
    elif op == 1:
        offset = (state >> 5) % (len(content) + 1)
        os.lseek(fd, offset, 0)
    elif op == 2:
        with open(fd, "rb", closefd=False) as r:
            got = r.read()
        print(step, "read", got == bytes(content[offset:]), len(got))
        os.lseek(fd, offset, 0)
    else:
        got = os.read(fd, 3)
        print(step, "os.read", got == bytes(content[offset:offset + 3]))
        offset += len(got)
os.close(fd)

for name in os.listdir(work):
    os.unlink(os.path.join(work, name))
os.rmdir(work)
print("done")
