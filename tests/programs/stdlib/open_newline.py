# open(newline=...): how text files end lines on reading and translate '\n' on writing.
import os
import tempfile

NEWLINES = [None, '', '\n', '\r', '\r\n']

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'data.txt')

    def write_raw(data):
        with open(p, 'wb') as f:
            f.write(data)

    def raw():
        with open(p, 'rb') as f:
            return f.read()

    # The reproducer: mixed endings written untranslated, read back each way.
    with open(p, 'w', newline='') as f:
        print(f.write('a\r\nb\rc\n'))
    print(raw())
    for nl in NEWLINES:
        with open(p, newline=nl) as f:
            print(repr(nl), 'read', repr(f.read()), f.newlines)
        with open(p, newline=nl) as f:
            print(repr(nl), 'readlines', f.readlines())
        with open(p, newline=nl) as f:
            print(repr(nl), 'iter', list(f))
        with open(p, newline=nl) as f:
            print(repr(nl), 'newlines before', f.newlines, 'line', repr(f.readline()), f.newlines)
            print(repr(nl), 'read(1)', repr(f.read(1)), 'read(2)', repr(f.read(2)), 'rest', repr(f.read()))

    # Endings at the very start and end, runs of them, a lone '\r' at the end, non-ASCII text.
    for data in [b'\r\n\r\n', b'\r\r\n\n', b'x\r', b'\xc3\xa9\r\xe2\x82\xac\r\n\xf0\x9f\x98\x80\n', b'no end', b'',
                 b'\n\n\r', b'one\ntwo\n']:
        write_raw(data)
        for nl in NEWLINES:
            with open(p, encoding='utf-8', newline=nl) as f:
                lines = f.readlines()
                print(data, repr(nl), lines, f.newlines)
            with open(p, encoding='utf-8', newline=nl) as f:
                print(data, repr(nl), repr(f.read(3)), repr(f.readline()), repr(f.read()))

    # A '\r\n' pair across any read boundary a chunked reader might use.
    for size in (8191, 8192, 8193, 65535, 65536):
        write_raw(b'x' * size + b'\r\nend\r\n')
        for nl in NEWLINES:
            with open(p, newline=nl) as f:
                lines = f.readlines()
                print(size, repr(nl), len(lines), [len(l) for l in lines], repr(lines[0][-3:]), repr(lines[-1]))
            with open(p, newline=nl) as f:
                print(size, repr(nl), repr(f.read()[-8:]))

    # Writing: None and '\n' leave '\n' alone (os.linesep is '\n'); '\r' and '\r\n' translate each '\n'.
    for nl in NEWLINES:
        with open(p, 'w', newline=nl) as f:
            print(repr(nl), f.write('x\ny\r\nz\r'), f.write('\n\n'), f.writelines(['p\n', 'q']), f.newlines)
        print(repr(nl), 'wrote', raw())
        with open(p, 'a', newline=nl) as f:
            f.write('tail\n')
        print(repr(nl), 'appended', raw())

    # Read-write files keep the same rules.
    for nl in NEWLINES:
        write_raw(b'a\r\nb\rc\nd')
        with open(p, 'r+', newline=nl) as f:
            print(repr(nl), 'r+', repr(f.readline()), repr(f.read(2)), f.readlines(), f.newlines)
            f.write('E\nF')
        print(repr(nl), 'r+ wrote', raw())
        with open(p, 'w+', newline=nl) as f:
            f.write('1\n2\r3\r\n')
            f.seek(0)
            print(repr(nl), 'w+', list(f))
        with open(p, 'a+', newline=nl) as f:
            f.seek(0)
            print(repr(nl), 'a+', repr(f.read()))

    # newline given as a keyword or positionally.
    write_raw(b'k\rl\r\n')
    with open(p, 'r', -1, 'utf-8', None, '') as f:
        print('positional', f.readlines())
    with open(p, 'r', -1, 'utf-8', None, None) as f:
        print('positional None', f.readlines())

    # Bad newline values.
    for nl in [1, b'\n', 'x', '\n\n', ' ', '\r\r']:
        try:
            open(p, 'w', newline=nl)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, repr(str(e)))
    for mode in ['rb', 'wb']:
        try:
            open(p, mode, newline='')
        except ValueError as e:
            print(mode, type(e).__name__, e)
        with open(p, mode, newline=None) as f:
            print(mode, 'None ok')
    try:
        open(p, 'rb', newline='x')
    except ValueError as e:
        print('rb x', e)

    # pathlib hands newline on to open().
    import pathlib
    q = pathlib.Path(d) / 'p.txt'
    print(q.write_text('u\nv\n', newline='\r\n'), q.read_bytes())
    with q.open(newline='') as f:
        print(f.readlines(), f.newlines)
    print(repr(q.read_text()))

# io.StringIO takes the same newline values; its default is '\n'.
import io
for nl in NEWLINES:
    s = io.StringIO('a\r\nb\rc\n', newline=nl)
    print(repr(nl), repr(s.getvalue()), repr(s.read()), s.newlines)
    s.seek(0)
    print(repr(nl), s.readlines(), s.newlines)
    s.seek(0)
    print(repr(nl), list(s), repr(s.readline()))
    s.seek(0)
    print(repr(nl), repr(s.readline(1)), repr(s.readline(2)), repr(s.readline()))
    s = io.StringIO(newline=nl)
    print(repr(nl), s.newlines, s.write('x\ny\r\nz\r'), s.newlines, s.write('\n'), s.newlines)
    s.seek(0)
    print(repr(nl), repr(s.getvalue()), s.readlines())
    s = io.StringIO('only\n', newline=nl)
    print(repr(nl), s.newlines, repr(io.StringIO('p\r', newline=nl).newlines), repr(io.StringIO('', newline=nl).newlines))
s = io.StringIO('a\r\nb')
print(s.readlines(), s.newlines)
for bad in [1, b'', 'x', '\n\r']:
    try:
        io.StringIO(newline=bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
