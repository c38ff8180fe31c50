# gzip headers and members: optional header fields, several members with NUL padding,
# truncated and corrupted data, the stored file name, and open()'s argument checks.
import gzip
import io
import struct
import zlib

payload = b"hello gzip " * 20
one = gzip.compress(payload, mtime=1234)
print(len(one), one[:10], gzip.decompress(one) == payload)
print(gzip.decompress(one + b"\0\0\0" + gzip.compress(b"second", mtime=5)) [-12:])
print(gzip.decompress(b""), gzip.decompress(bytearray(one))[:5], gzip.decompress(memoryview(one))[:5])


def member(flags, extra=b"", name=b"", comment=b"", hcrc=b""):
    body = zlib.compress(b"flagged data", wbits=-15)
    head = struct.pack("<BBBBLBB", 0x1f, 0x8b, 8, flags, 99, 0, 3)
    if flags & 4:
        head += struct.pack("<H", len(extra)) + extra
    if flags & 8:
        head += name + b"\0"
    if flags & 16:
        head += comment + b"\0"
    if flags & 2:
        head += hcrc
    return head + body + struct.pack("<LL", zlib.crc32(b"flagged data"), 12)


for flags in (0, 4, 8, 16, 2, 4 | 8 | 16 | 2):
    data = member(flags, b"EXTRA", b"name.txt", b"a comment", b"\1\2")
    print(flags, gzip.decompress(data))
for bad in [one[:1], b"xy" + one[2:], one[:3] + b"\7" + one[4:], one[:8], one[:-4], one[:-9],
            one[:-8] + b"\0\0\0\0" + one[-4:], one[:-4] + b"\1\0\0\0", member(4)[:12]]:
    try:
        gzip.decompress(bad)
    except (gzip.BadGzipFile, EOFError, zlib.error) as e:
        print(type(e).__name__, e)

buf = io.BytesIO()
with gzip.GzipFile(filename="report.csv.gz", mode="wb", fileobj=buf, mtime=77) as f:
    print(f.write(b"a,b\n"), f.write(bytearray(b"1,2\n")), f.write(memoryview(b"3,4\n")), f.tell())
raw = buf.getvalue()
print(raw[:10], raw[10:21], gzip.decompress(raw))
buf = io.BytesIO()
with gzip.GzipFile(filename="naïve-€.gz", mode="wb", fileobj=buf, mtime=1) as f:
    f.write(b"x")
print(buf.getvalue()[3], buf.getvalue()[10:14])
r = gzip.GzipFile(fileobj=io.BytesIO(raw))
print(r.mtime, r.readline(), r.mtime, r.read(2), r.readlines(), r.read())
for args, kw in [(("x", "rbt"), {}), (("x", "rb"), {"encoding": "utf-8"}), (("x", "rb"), {"errors": "x"}),
                 (("x", "wb"), {"newline": "\n"}), ((42, "rb"), {})]:
    try:
        gzip.open(*args, **kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    gzip.GzipFile(fileobj=io.BytesIO(), mode="z")
except ValueError as e:
    print("ValueError", e)
