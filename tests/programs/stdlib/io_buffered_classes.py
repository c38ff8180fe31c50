import io, os, tempfile
folder = tempfile.mkdtemp()
fn = os.path.join(folder, "f")

def show(label, fn_):
    try:
        print(label, repr(fn_()))
    except Exception as e:
        print(label, type(e).__name__, e)

r = io.BufferedReader(io.BytesIO(b"x"))
show("repr", lambda: repr(r))
try:
    r.name
except AttributeError as e:
    print("name", type(e).__name__)
r.close()
show("closed read", lambda: r.read())
w = io.BufferedWriter(io.BytesIO())
show("wrepr", lambda: repr(w))
w.close()
show("closed write", lambda: w.write(b"x"))
r = io.BufferedReader(io.BytesIO(b"abc"))
r.detach()
show("detached read", lambda: r.read())
show("size 0", lambda: io.BufferedReader(io.BytesIO(), 0))

class NotReadable(io.RawIOBase):
    def readable(self): return False
show("not readable", lambda: io.BufferedReader(NotReadable()))
show("not writable", lambda: io.BufferedWriter(NotReadable()))
show("not seekable", lambda: io.BufferedRandom(NotReadable()))

f = io.FileIO(fn, "w")
print(repr(f).replace(fn, "<fn>"), f.mode, f.closefd, f.write(b"hello\nworld\n"), f.tell(), f.writable(), f.readable())
f.close()
print(repr(f), f.closed)
f = io.FileIO(fn)
print(f.read(3), f.readall(), f.read(), f.seek(0), f.readline(), f.readlines(), f.mode)
show("write ro", lambda: f.write(b"x"))
f.close()
for m in ("w+", "a", "a+", "r+", "x", "rw", "rb+", "z"):
    try:
        g = io.FileIO(fn, m)
        print(m, g.mode)
        g.close()
    except Exception as e:
        print(m, type(e).__name__, str(e).replace(fn, "<fn>"))
try:
    io.FileIO(os.path.join(folder, "nope", "x"))
except OSError as e:
    print("missing", type(e).__name__, e.errno, e.filename == os.path.join(folder, "nope", "x"))

# A buffered reader over a file, read in many ways.
with open(fn, "wb") as out:
    out.write(b"".join(b"line %d\n" % i for i in range(50)))
with io.BufferedReader(io.FileIO(fn), buffer_size=16) as br:
    print(br.peek(1)[:4], br.read(3), br.read1(5), br.readline(), br.tell())
    print(br.readline(3), br.readline(), br.seek(0), br.read(10), br.seek(-2, 1), br.read(4))
    print(br.seek(-8, 2), br.read(), br.read(), br.tell(), br.raw.mode, br.mode, br.closed)
    print(br.seek(0), len(br.readlines()), br.seek(0), next(iter(br)))
print(br.closed)

# Writing in pieces reaches the file at flush.
raw = io.FileIO(fn, "w")
bw = io.BufferedWriter(raw, buffer_size=8)
print(bw.write(b"abc"), os.path.getsize(fn), bw.tell())
print(bw.write(b"defghijkl"), os.path.getsize(fn), bw.tell())
bw.write(b"Z")
bw.flush()
print(os.path.getsize(fn))
print(bw.detach() is raw, raw.closed)
raw.close()
print(open(fn, "rb").read())

# Reading and writing at one position.
rnd = io.BufferedRandom(io.BytesIO(b"0123456789"))
print(rnd.read(3), rnd.write(b"ab"), rnd.tell(), rnd.read(2), rnd.seek(0), rnd.read())
rnd.seek(0)
rnd.write(b"XY")
print(rnd.read(2), rnd.raw.getvalue())
rnd.flush()
print(rnd.raw.getvalue())

sink = io.BytesIO()
pair = io.BufferedRWPair(io.BytesIO(b"in data\nmore"), sink)
print(pair.read(2), pair.peek()[:3], pair.readline(), pair.write(b"out"), pair.readable(), pair.writable(), pair.closed)
pair.flush()
print(sink.getvalue())

# Text over a buffered stream of any kind.
t = io.TextIOWrapper(io.BufferedReader(io.BytesIO("é\r\nb\rc\n".encode())), encoding="utf-8")
print(t.readlines(), t.newlines)
t = io.TextIOWrapper(io.BytesIO(), encoding="utf-16")
t.write("hi\n")
t.flush()
print(t.buffer.getvalue())

class Upper(io.BufferedIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def readable(self): return True
    def read(self, size=-1):
        end = len(self.data) if size is None or size < 0 else self.pos + size
        out = self.data[self.pos:end].upper()
        self.pos += len(out)
        return out
u = Upper(b"abc\ndef\n")
buf = bytearray(2)
print(u.readinto(buf), buf, u.readline(), list(u), u.closed)
print(io.TextIOWrapper(Upper(b"x\ny\n"), encoding="ascii").read())

# The io base classes' own methods.
class Chars(io.RawIOBase):
    def __init__(self, data):
        self.data = data
    def readable(self): return True
    def readinto(self, b):
        n = min(len(b), len(self.data))
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n
c = Chars(b"one\ntwo\nthree")
print(c.readline(), c.readlines(), c.read(), Chars(b"ab").readall())
with Chars(b"x\ny\n") as c:
    print([line for line in c], c.closed)
print(c.closed)
show("closed iter", lambda: iter(c))
class Sink(io.RawIOBase):
    def __init__(self):
        self.got = []
    def writable(self): return True
    def write(self, b):
        self.got.append(bytes(b))
        return len(b)
s = Sink()
s.writelines([b"a", b"bc"])
print(s.got, s.seekable(), s.isatty(), s.readable())
for name in ("fileno", "tell", "truncate"):
    show(name, getattr(s, name))
show("seek", lambda: s.seek(0))
class Bare(io.RawIOBase):
    pass
for name in ("read", "readall", "readinto", "write"):
    show("bare " + name, lambda: getattr(Bare(), name)(*([bytearray(1)] if name in ("readinto", "write") else [])))
class BareB(io.BufferedIOBase):
    pass
for name in ("read", "read1", "readinto", "readinto1", "write", "detach"):
    show("bareb " + name, lambda: getattr(BareB(), name)(*([bytearray(1)] if name in ("readinto", "readinto1", "write") else [])))
class BareT(io.TextIOBase):
    pass
for name in ("read", "readline", "write", "detach"):
    show("baret " + name, lambda: getattr(BareT(), name)(*(["x"] if name == "write" else [])))
print(BareT().encoding, BareT().newlines, BareT().errors)
print(issubclass(io.FileIO, io.RawIOBase), issubclass(io.BufferedReader, io.BufferedIOBase), issubclass(io.StringIO, io.TextIOBase))
print(issubclass(Bare, io.IOBase), issubclass(int, io.IOBase), isinstance(io.IOBase, type))

# IncrementalNewlineDecoder
import codecs
d = io.IncrementalNewlineDecoder(codecs.getincrementaldecoder("utf-8")(), translate=True)
print(repr(d.decode(b"a\r")), repr(d.decode(b"\nb\r")), d.getstate(), repr(d.decode(b"", final=True)), d.newlines)
d.reset()
print(d.newlines, repr(d.decode(b"x\r\ny\n", final=True)), d.newlines)
d = io.IncrementalNewlineDecoder(None, translate=False)
print(repr(d.decode("a\r")), repr(d.decode("\r")), repr(d.decode("\n", final=True)), d.newlines)
d.setstate((b"", 1))
print(repr(d.decode("z")), d.getstate())
