import gzip
import io
import os
import tempfile
import zlib

text = b'The quick brown fox jumps over the lazy dog. ' * 30
# A member written by CPython (gzip.compress(text, mtime=1700000000)) and one with a file name.
cpython_member = gzip.compress(text, mtime=1700000000)
for level in (0, 1, 6, 9):
    c = gzip.compress(text, level, mtime=0)
    # The header (and, at level 0, everything) is CPython's; deflate bytes may differ at 1-9.
    print(level, c[:10].hex(), c[-8:].hex(), c.hex()[:120] if level == 0 else '', gzip.decompress(c) == text)
print(gzip.compress(b'', mtime=0)[:10].hex(), gzip.decompress(gzip.compress(b'', mtime=12345)))
print(gzip.compress(b'abc', mtime=2 ** 32 - 1)[4:8].hex(), gzip.compress(b'x', 5, mtime=1.9)[4:10].hex())
print(gzip.decompress(cpython_member) == text, gzip.decompress(cpython_member * 3) == text * 3)
print(gzip.decompress(cpython_member + b'\0\0\0\0') == text, gzip.decompress(b''))
print(gzip.decompress(zlib.compress(text, wbits=31)) == text)
for bad in (cpython_member[:-3], cpython_member[:5], b'xx' + cpython_member, cpython_member + b'junk',
            cpython_member[:-8] + b'\0\0\0\0' + cpython_member[-4:], cpython_member[:-4] + b'\0\0\0\0',
            cpython_member[:2] + b'\x07' + cpython_member[3:]):
    try:
        gzip.decompress(bad)
    except (gzip.BadGzipFile, EOFError, zlib.error) as e:
        print(type(e).__name__, e)
print(issubclass(gzip.BadGzipFile, OSError), gzip.__all__)

# Header fields: FNAME, FEXTRA, FCOMMENT and FHCRC are skipped when reading.
member = bytearray(cpython_member)
member[3] = gzip.FNAME | gzip.FEXTRA | gzip.FCOMMENT
withfields = bytes(member[:10]) + b'\x03\x00abc' + b'name.txt\0' + b'a comment\0' + bytes(member[10:])
print(gzip.decompress(withfields) == text)

# Files: write, then read back in binary and text modes; fileobj and mtime.
d = tempfile.mkdtemp()
path = os.path.join(d, 'data.txt.gz')
with gzip.open(path, 'wb') as f:
    print(f.write(b'line one\nline two\n'), f.write(bytearray(b'three')), f.writable(), f.readable())
with open(path, 'rb') as raw:
    head = raw.read()
print(head[:4].hex(), head[8:10].hex(), head[10:19], gzip.decompress(head))
with gzip.open(path) as f:
    print(f.readline(), f.read(4), f.read(), f.read(), f.mtime is not None)
with gzip.open(path, 'rt') as f:
    print(f.readlines())
with gzip.open(path, 'wt', encoding='utf-8') as f:
    f.write('caf\u00e9\n')
with gzip.open(path, 'rt', encoding='utf-8') as f:
    print(repr(f.read()))
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode='wb', mtime=0, compresslevel=0) as f:
    f.write(b'stored')
print(buf.getvalue().hex())
buf.seek(0)
with gzip.GzipFile(fileobj=buf) as f:
    print(f.read(), f.mtime)
for mode in ('rt', 'rbt'):
    try:
        gzip.GzipFile(path, mode)
    except ValueError as e:
        print('ValueError', e)
try:
    gzip.open(path, 'rb', encoding='utf-8')
except ValueError as e:
    print('ValueError', e)
try:
    gzip.open(3.5)
except TypeError as e:
    print('TypeError', e)
g = gzip.open(path, 'rb')
g.close()
g.close()
try:
    g.read()
except ValueError as e:
    print('ValueError', e)
try:
    gzip.compress(b'', mtime=2 ** 32)
except Exception as e:
    print(type(e).__name__, e)
