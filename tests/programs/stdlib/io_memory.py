import io

s = io.StringIO()
print(s.write('hello '), s.write('world\n'), s.tell())
print(s.write('second line\nthird'), repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read(6)), repr(s.read()), repr(s.read()))
s.seek(0)
print(s.readlines())
s.seek(6)
s.write('WORLD')
print(repr(s.getvalue()), s.tell())
s.truncate(5)
print(repr(s.getvalue()))
r = io.StringIO('a\nb\nc')
print([line for line in r], r.tell())
with io.StringIO('ctx') as c:
    print(c.read(), c.closed)
print(c.closed)
try:
    c.read()
except ValueError as e:
    print('ValueError:', e)
print('x', 'y', sep='-', file=(out := io.StringIO()))
print(repr(out.getvalue()))
try:
    io.StringIO().write(5)
except TypeError as e:
    print('TypeError:', e)
parts = io.StringIO()
for i in range(1000):
    parts.write(str(i % 10))
print(len(parts.getvalue()), parts.getvalue()[:15])

b = io.BytesIO(b'abc')
print(b.read(), b.read(), b.tell())
b.write(b'def')
b.seek(1)
b.write(b'X')
print(b.getvalue(), b.seek(0, 2), b.seek(-2, 2), b.read())
b2 = io.BytesIO()
b2.write(b'line1\nline2\n')
b2.seek(0)
print(b2.readline(), b2.readlines())
try:
    b2.write('str')
except TypeError as e:
    print('TypeError:', e)
print(io.SEEK_END, isinstance(s, io.IOBase), isinstance(b, io.BufferedIOBase))
