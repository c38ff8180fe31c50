# gzip.open text mode (newline/encoding/errors through io.TextIOWrapper) and the
# GzipFile file-object API: seek, peek, readinto, read1, rewind, writelines, etc.
import gzip
import io
import os
import tempfile
import warnings

samples = [b"a\r\nb\rc\n", b"plain\nlines\n", b"no end", b"\r\r\n\n", b"caf\xc3\xa9\r\n\xe2\x82\xac\n", b""]
for newline in [None, "", "\n", "\r", "\r\n"]:
    for raw in samples:
        with gzip.open(io.BytesIO(gzip.compress(raw, mtime=1)), "rt", newline=newline) as f:
            lines = f.readlines()
            print(repr(newline), raw, lines, f.newlines)

for newline in [None, "", "\n", "\r", "\r\n"]:
    out = io.BytesIO()
    with gzip.open(out, "wt", newline=newline) as f:
        f.write("one\ntwo\r\nthree\rfour\n")
    print(repr(newline), gzip.decompress(out.getvalue()))

for encoding, errors in [("latin-1", None), ("ascii", "replace"), ("ascii", "backslashreplace"),
                         ("ascii", "ignore"), ("ascii", "xmlcharrefreplace")]:
    out = io.BytesIO()
    try:
        with gzip.open(out, "wt", encoding=encoding, errors=errors) as f:
            f.write("h\xe9llo \u20ac\n")
        print(encoding, errors, gzip.decompress(out.getvalue()))
    except Exception as e:
        print(encoding, errors, type(e).__name__, e)
    try:
        with gzip.open(io.BytesIO(gzip.compress(b"h\xc3\xa9\xff!\n")), "rt", encoding=encoding, errors=errors) as f:
            print("  read", repr(f.read()))
    except Exception as e:
        print("  read", type(e).__name__, e)

f = gzip.open(io.BytesIO(gzip.compress(b"x\ny\n")), "rt")
print(type(f).__name__, isinstance(f, io.TextIOWrapper), f.encoding, f.errors, type(f.buffer).__name__)
print(f.readline(), f.tell(), f.read(), f.seek(0), f.read(1))
f.close()
print(f.closed)
for bad in [dict(mode="rtb"), dict(mode="rb", encoding="utf-8"), dict(mode="rb", errors="strict"),
            dict(mode="rb", newline="\n")]:
    try:
        gzip.open(io.BytesIO(), **bad)
    except Exception as e:
        print(bad, type(e).__name__, e)

# csv written with \r\n, read back through gzip text mode
import csv
buf = io.BytesIO()
with gzip.open(buf, "wt", newline="") as f:
    csv.writer(f).writerows([["a", "b"], ["1", "x,y"]])
print(gzip.decompress(buf.getvalue()))
with gzip.open(io.BytesIO(buf.getvalue()), "rt", newline="") as f:
    print(list(csv.reader(f)))
with gzip.open(io.BytesIO(buf.getvalue()), "rt") as f:
    print(f.read().splitlines(True))

# binary GzipFile API
data = b"".join(b"line %d of the member\n" % i for i in range(40))
blob = gzip.compress(data, mtime=123)
f = gzip.GzipFile(fileobj=io.BytesIO(blob))
print(f.mtime, f.peek(3)[:20], f.read(5), f.mtime, f.peek(1)[:5])
print(f.seek(-3, 1), f.read(4), f.seek(0, 2), f.tell(), f.seek(100000), f.read(), f.tell())
for args in [(-5,), (-5, 2), (3, 3), (10, 0), (7, 1)]:
    try:
        print(args, f.seek(*args), f.tell())
    except Exception as e:
        print(args, type(e).__name__, e)
b = bytearray(7)
print(f.seek(2), f.readinto(b), b, f.read1(3), len(f.read1()), f.read1(), f.read(), f.read(3))
f.rewind()
print(f.tell(), f.readline(), f.readline(4), f.readlines(30))
try:
    f.fileno()
except Exception as e:
    print(type(e).__name__, e)
print(f.readable(), f.writable(), f.seekable(), isinstance(f, io.BufferedIOBase))
f.seek(0)
print(sum(1 for _ in f), f.tell())
f.close()
for call in [lambda: f.read(), lambda: f.seek(0), lambda: f.peek(1), lambda: f.readline(), lambda: f.tell()]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

sink = io.BytesIO()
w = gzip.GzipFile(fileobj=sink, mode="wb", mtime=5)
w.write(b"ab")
print(w.seek(5), w.tell(), w.seek(2, 1), w.seek(3000), w.tell())
for args in [(1,), (0, 2)]:
    try:
        print(w.seek(*args))
    except Exception as e:
        print(type(e).__name__, e)
for name in ["rewind", "peek", "read1", "read", "readline", "mtime"]:
    try:
        attr = getattr(w, name)
        print(name, attr() if callable(attr) and name != "peek" and name != "read1" else (attr(1) if callable(attr) else attr))
    except Exception as e:
        print(name, type(e).__name__, e)
w.writelines([b"x", b"yz", bytearray(b"!")])
print(w.tell(), w.readable(), w.writable(), w.seekable())
w.write(memoryview(b"mv"))
w.close()
print(w.closed, len(gzip.decompress(sink.getvalue())), gzip.decompress(sink.getvalue())[:8], gzip.decompress(sink.getvalue())[-8:])
print(sink.getvalue()[:10])

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    d = tempfile.mkdtemp()
    p = os.path.join(d, "data.txt.gz")
    with gzip.GzipFile(p, "wb", mtime=0) as g:
        g.write(b"abc\n" * 10)
        print(os.path.basename(g.filename), g.name == p, type(g.fileno()).__name__)
    with gzip.GzipFile(p) as g:
        print(g.filename == p, g.read(3), g.mtime)
    q = os.path.join(d, "noext")
    with gzip.GzipFile(q, "wb", mtime=0) as g:
        print(os.path.basename(g.filename))
    with open(p, "rb") as raw:
        print(raw.read()[:20])

# io wrappers over a GzipFile
t = io.TextIOWrapper(gzip.GzipFile(fileobj=io.BytesIO(gzip.compress(b"w1\r\nw2\n"))), newline=None)
print(t.readlines())
out = io.BytesIO()
t = io.TextIOWrapper(gzip.GzipFile(fileobj=out, mode="wb", mtime=0), encoding="utf-8", newline="\r\n")
t.write("p\nq\n")
t.close()
print(gzip.decompress(out.getvalue()))

# buffered and text wrappers stacked on a GzipFile, closed together by `with`
blob = gzip.compress(b"line1\nline2\r\nline3", mtime=0)
br = io.BufferedReader(gzip.GzipFile(fileobj=io.BytesIO(blob)))
print(br.read(7), br.readline(), br.peek(2)[:2], br.read())
t = io.TextIOWrapper(io.BufferedReader(gzip.GzipFile(fileobj=io.BytesIO(blob))), newline="")
print(t.readlines())
with gzip.GzipFile(fileobj=io.BytesIO(blob)) as g, io.TextIOWrapper(g) as t2:
    print(repr(t2.read()))
print(g.closed)
