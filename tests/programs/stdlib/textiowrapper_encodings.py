# io.TextIOWrapper over a binary stream (io.BytesIO, a file opened 'rb'/'wb'): reading, writing,
# lines and iteration, encoding, errors and newline; and open() in text mode with encodings
# other than UTF-8 (BOMs written once, at the start).
import io
import os

w = io.TextIOWrapper(io.BytesIO(b'ab\r\ncd\nef\rgh'), encoding='utf-8')
print(list(w), w.newlines, w.encoding, w.errors, w.line_buffering)
for nl in [None, '', '\n', '\r', '\r\n']:
    r = io.TextIOWrapper(io.BytesIO(b'one\r\ntwo\nthree\rfour'), encoding='ascii', newline=nl)
    print(repr(nl), [r.readline(), r.readline()], repr(r.read()), r.newlines)
r = io.TextIOWrapper(io.BytesIO('héllo wörld\nsecond'.encode('latin-1')), encoding='latin-1')
print(r.read(3), r.read(4), repr(r.readline()), repr(r.readline()), repr(r.readline()), repr(r.read()))

b = io.BytesIO()
w = io.TextIOWrapper(b, encoding='utf-8', newline='\r\n')
print(w.write('x\ny\n'), b.getvalue())
w.flush()
print(b.getvalue(), w.tell())
w.writelines(['a', 'b\n'])
w.flush()
print(b.getvalue())
print(w.detach() is b)
try:
    w.write('z')
except ValueError as e:
    print('ValueError:', e)

# UTF-16: one BOM for the stream, whatever the number of writes.
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding='utf-16')
w.write('hi\n')
w.write('there')
w.flush()
print(b.getvalue())
print(io.TextIOWrapper(io.BytesIO(b.getvalue()), encoding='utf-16').read().split('\n'))
print(io.TextIOWrapper(io.BytesIO('x\ny'.encode('utf-32-be')), encoding='utf-32-be').readlines())
b = io.BytesIO(b'abc')
b.seek(3)
w = io.TextIOWrapper(b, encoding='utf-16')
w.write('d')
w.flush()
print(b.getvalue())

# Line buffering and write_through reach the buffer at once.
b = io.BytesIO()
w = io.TextIOWrapper(b, line_buffering=True)
w.write('no newline')
print(b.getvalue())
w.write(' now\n')
print(b.getvalue())
b = io.BytesIO()
w = io.TextIOWrapper(b, write_through=True)
w.write('through')
print(b.getvalue(), w.line_buffering, w.write_through)

# errors=
r = io.TextIOWrapper(io.BytesIO(b'ok \xff\xfe end'), encoding='utf-8', errors='replace')
print(r.read())
r = io.TextIOWrapper(io.BytesIO(b'ok \xff end'), encoding='ascii', errors='backslashreplace')
print(r.read(), r.errors)
try:
    io.TextIOWrapper(io.BytesIO(b'ok \xff end'), encoding='utf-8').read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding='ascii', errors='xmlcharrefreplace')
w.write('caf\xe9 \u20ac')
w.flush()
print(b.getvalue())
try:
    w = io.TextIOWrapper(io.BytesIO(), encoding='ascii')
    w.write('caf\xe9')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
for bad in [dict(encoding='no-such-codec'), dict(newline='x'), dict(encoding=5)]:
    try:
        io.TextIOWrapper(io.BytesIO(), **bad)
    except (LookupError, ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)

# Seeking back and reading again; reading what was written.
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding='utf-8')
w.write('first\nsecond\n')
w.seek(0)
print(w.readline(), w.tell(), w.read())
with io.TextIOWrapper(io.BytesIO(b'ctx'), encoding='utf-8') as w:
    print(w.read(), w.closed, w.readable(), w.writable(), w.seekable())
print(w.closed)

# Files: a wrapper over a binary file, and open() with other encodings.
path = 'textiowrapper_encodings.tmp'
with open(path, 'wb') as raw:
    t = io.TextIOWrapper(raw, encoding='utf-16-le')
    t.write('wrapped ✓\n')
    t.flush()
    t.detach()
with open(path, 'rb') as raw:
    print(raw.read())
with open(path, 'rb') as raw:
    print(list(io.TextIOWrapper(raw, encoding='utf-16-le')))
for enc in ['utf-16', 'utf-16-be', 'utf-32', 'latin-1', 'utf-8-sig', 'ascii']:
    with open(path, 'w', encoding=enc) as f:
        f.write('line one\n')
        f.write('l\xefne two\n' if enc not in ('ascii',) else 'line two\n')
        print(enc, f.encoding, f.errors)
    with open(path, 'a', encoding=enc) as f:
        f.write('appended\n')
    with open(path, 'rb') as f:
        print(f.read())
    with open(path, encoding=enc) as f:
        print(f.readlines())
with open(path, 'w', encoding='ascii', errors='replace') as f:
    f.write('\u20ac!\n')
with open(path, 'rb') as f:
    print(f.read())
with open(path, 'wb') as f:
    f.write(b'\xff\xfeh\x00\xff')
try:
    with open(path, encoding='utf-16') as f:
        f.read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
with open(path, encoding='utf-16', errors='replace') as f:
    print(repr(f.read()))
os.remove(path)
