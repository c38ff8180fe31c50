# Text files in encodings other than UTF-8: written, appended to, read back, and opened for
# reading and writing at once; unknown encodings and non-text codecs.
import os
import tempfile

ENCODINGS = ['utf-8', 'latin-1', 'ascii', 'cp1252', 'koi8-r', 'iso8859-5', 'utf-16', 'utf-16-be',
             'utf-32', 'utf-8-sig', 'mac-roman', 'windows-1251', 'cp437']
TEXTS = {
    'ascii': 'plain text\nsecond line\n',
    'west': 'caf\xe9 na\xefve\nr\xe9sum\xe9\n',
    'euro': 'price: 5\u20ac\nquotes \u201cx\u201d\n',
    'cyrillic': '\u041f\u0440\u0438\u0432\u0435\u0442\n\u043c\u0438\u0440\n',
    'box': '\u2554\u2550\u2557\n\u255a\u2550\u255d\n',
}


hidden = []


def attempt(thunk):
    try:
        return repr(thunk())
    except Exception as e:
        message = str(e)
        for folder in hidden:
            message = message.replace(folder, '<tmp>')
        return f'{type(e).__name__}: {message}'


with tempfile.TemporaryDirectory() as tmp:
    hidden.append(tmp)

    def path(name):
        return os.path.join(tmp, name)

    def raw(name):
        with open(path(name), 'rb') as f:
            return f.read()

    for enc in ENCODINGS:
        for label, text in TEXTS.items():
            name = f'{label}.{enc}'
            try:
                with open(path(name), 'w', encoding=enc) as f:
                    print(enc, label, 'write', f.write(text), f.encoding, f.errors)
            except Exception as e:
                print(enc, label, 'write', type(e).__name__, e)
                continue
            print('  bytes', raw(name))
            with open(path(name), encoding=enc) as f:
                print('  read', repr(f.read()))
            with open(path(name), encoding=enc) as f:
                print('  lines', f.readlines())
            with open(path(name), 'a', encoding=enc) as f:
                f.write('more\n')
            print('  appended', raw(name))
            with open(path(name), 'r', encoding=enc) as f:
                print('  again', repr(f.read()))

    # the same with an error handler for what the encoding cannot hold
    for enc in ['ascii', 'cp1252', 'koi8-r', 'latin-1']:
        for handler in ['replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace']:
            name = f'lossy.{enc}.{handler}'
            with open(path(name), 'w', encoding=enc, errors=handler) as f:
                f.write('a\u20acb\u0416c\u4e2d\n')
            print(enc, handler, raw(name))
        with open(path('lossy.' + enc), 'w', encoding=enc) as f:
            print(enc, 'strict', attempt(lambda: f.write('ok \u4e2d')))
        with open(path('undecodable'), 'wb') as f:
            f.write(b'abc\x81\x98\xffdef\n')
        for handler in ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape']:
            def read_back():
                with open(path('undecodable'), encoding=enc, errors=handler) as f:
                    return f.read()
            print(enc, 'read', handler, attempt(read_back))

    # reading and writing one file: r+, w+, a+
    for enc in ['latin-1', 'cp1252', 'koi8-r', 'utf-16', 'utf-16-le', 'utf-32-be', 'utf-8-sig', 'cp866']:
        name = 'plus.' + enc
        with open(path(name), 'w+', encoding=enc) as f:
            f.write('x\u0416\xe9 first\nsecond \u20ac\n' if enc.startswith('utf') else 'first line\nsecond\n')
            print(enc, 'w+ tell', f.tell())
            f.seek(0)
            print(enc, 'w+ read', repr(f.read()))
        print(enc, 'w+ bytes', raw(name))
        with open(path(name), 'r+', encoding=enc) as f:
            print(enc, 'r+ line', repr(f.readline()), f.tell())
            print(enc, 'r+ read 3', repr(f.read(3)))
            f.seek(0)
            f.write('F')
            f.seek(0)
            print(enc, 'r+ all', repr(f.read()))
            f.seek(0, 2)
            f.write('tail\n')
        print(enc, 'r+ bytes', raw(name))
        with open(path(name), 'a+', encoding=enc) as f:
            f.write('appended\n')
            f.seek(0)
            print(enc, 'a+ read', f.readlines())
        print(enc, 'a+ bytes', raw(name))
        with open(path('fresh.' + enc), 'a+', encoding=enc) as f:
            f.write('new\n')
            f.seek(0)
            print(enc, 'a+ fresh', repr(f.read()))
        print(enc, 'a+ fresh bytes', raw('fresh.' + enc))
        with open(path(name), 'r+', encoding=enc, newline='') as f:
            print(enc, 'newline="" lines', list(f))

    # unknown encodings and codecs that are not text encodings
    for mode in ['w', 'r', 'a', 'x', 'w+', 'r+', 'a+']:
        for enc in ['nonexistent', 'hex', 'rot13', 'utf-9']:
            name = f'bad.{mode}.{enc}'
            print(mode, enc, attempt(lambda: open(path(name), mode, encoding=enc)), os.path.exists(path(name)))
    with open(path('exists'), 'w') as f:
        f.write('x')
    for mode in ['r', 'r+', 'a']:
        print(mode, attempt(lambda: open(path('exists'), mode, encoding='bogus')))
    print(raw('exists'))
    print(attempt(lambda: open(path('exists'), 'w', encoding=5)))
    print(attempt(lambda: open(path('exists'), 'w', errors=3.5)))
    print(attempt(lambda: open(path('exists'), 'rb', encoding='cp1252')))
    with open(path('exists'), 'w', encoding='WINDOWS-1252', errors='bogus') as f:
        print(f.encoding, f.errors, f.write('plain'))
    with open(path('exists'), 'w', encoding='ascii', errors='bogus') as f:
        print(attempt(lambda: f.write('\xe9')))
    print(sorted(os.listdir(tmp))[:5], len(os.listdir(tmp)))

    print(attempt(lambda: open(path('exists'), 'rb', errors='strict')))
    print(attempt(lambda: open(path('exists'), 'rb', encoding=None, errors=None).read()))

    # many lines read one by one from a '+' file, and the positions tell() gives between them
    for enc, extra in [('cp1252', '\xe9\u20ac'), ('utf-16', '\xe9\u0456'), ('koi8-u', '\u0454\u0456')]:
        name = 'many.' + enc
        with open(path(name), 'w', encoding=enc) as f:
            for k in range(300):
                f.write(f'line {k} {extra}'[:8 + (k % 5)] + '\n')
        with open(path(name), 'r+', encoding=enc) as f:
            positions = []
            count = 0
            while True:
                line = f.readline()
                if not line:
                    break
                count += 1
                if count % 60 == 0:
                    positions.append((count, f.tell(), line))
            print(enc, count, positions)
            f.seek(positions[1][1])
            print(enc, 'seek back', repr(f.readline()))
            f.seek(positions[2][1])
            f.write('X')
            f.seek(positions[2][1])
            print(enc, 'rewritten', repr(f.readline()))
