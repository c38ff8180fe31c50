# TextIOWrapper.reconfigure over an in-memory buffer: codec, errors, newline and flushing change
# between writes; the codec and newline cannot change once text was decoded ahead for reading.
import io


def state(t):
    return (t.encoding, t.errors, t.line_buffering, t.write_through)


ENCODINGS = ['utf-8', 'latin-1', 'ascii', 'utf-16-le', 'cp1252', None]
ERRORS = ['strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace', None]
NEWLINES = [None, '', '\n', '\r', '\r\n']
TEXTS = ['plain\n', 'caf\u00e9\n', 'euro \u20ac', 'a\nb\nc', 'snow \u2603\r\n', '']

seed = 12345


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return (seed >> 8) % n


# A seeded run of writes and reconfigurations on one stream.
for round_ in range(6):
    buffer = io.BytesIO()
    t = io.TextIOWrapper(buffer, encoding='utf-8')
    for step in range(8):
        if rand(3) == 0:
            settings = {}
            if rand(2):
                settings['encoding'] = ENCODINGS[rand(len(ENCODINGS))]
            if rand(2):
                settings['errors'] = ERRORS[rand(len(ERRORS))]
            if rand(2):
                settings['newline'] = NEWLINES[rand(len(NEWLINES))]
            if rand(3) == 0:
                settings['line_buffering'] = [True, False, None, 1, 0][rand(5)]
            if rand(3) == 0:
                settings['write_through'] = [True, False, None, 1, 0][rand(5)]
            t.reconfigure(**settings)
            print(round_, step, 'reconfigure', sorted(settings.items(), key=str), state(t))
        else:
            text = TEXTS[rand(len(TEXTS))]
            try:
                t.write(text)
                print(round_, step, 'write', repr(text), repr(buffer.getvalue()))
            except UnicodeEncodeError as e:
                print(round_, step, 'write', repr(text), 'UnicodeEncodeError', e.encoding, e.reason)
    try:
        t.flush()
    except UnicodeEncodeError as e:
        print('flush UnicodeEncodeError', e.reason)
    print(round_, 'final', repr(buffer.getvalue()))

# Line buffering and write_through push text to the buffer at once.
buffer = io.BytesIO()
t = io.TextIOWrapper(buffer, encoding="utf-8")
t.write('held')
print(repr(buffer.getvalue()))
t.reconfigure(line_buffering=True)
print(repr(buffer.getvalue()))
t.write('x\ny')
print(repr(buffer.getvalue()), t.line_buffering)
t.reconfigure(line_buffering=False, write_through=True)
t.write('z')
print(repr(buffer.getvalue()), state(t))

# Only errors given: the codec stays; only the codec given: errors go back to strict.
t = io.TextIOWrapper(io.BytesIO(), encoding='latin-1', errors='ignore')
t.reconfigure(errors='replace')
print(state(t))
t.reconfigure(encoding='ascii')
print(state(t))
t.reconfigure(encoding='utf-8', errors='surrogateescape')
print(state(t))

# Wrong arguments.
t = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
for settings in [{'encoding': 5}, {'errors': b'x'}, {'newline': 1}, {'newline': 'x'},
                 {'newline': '\n\n'}, {'encoding': 'no-such-codec'}, {'line_buffering': 'yes'},
                 {'write_through': 1.5}, {'line_buffering': 2}, {'write_through': []}]:
    try:
        t.reconfigure(**settings)
        print('ok', settings, state(t))
    except Exception as e:
        print(settings, type(e).__name__, e)
try:
    t.reconfigure('utf-8')
except TypeError as e:
    print('TypeError', e)
try:
    t.reconfigure(bogus=1)
except TypeError as e:
    print('TypeError', type(e).__name__)

# Reading: after a partial read the codec and newline are fixed; after reading everything, or a
# seek, they can change again.
DATA = 'one\r\ntwo\rthree\n\u00e9'.encode('utf-8')
CHANGES = [{'encoding': 'latin-1'}, {'errors': 'ignore'}, {'newline': ''}, {'newline': None},
           {'line_buffering': True}, {'write_through': True}, {}]
for how in ['readline', 'read2', 'readall', 'seek0', 'none', 'iterate']:
    for change in CHANGES:
        r = io.TextIOWrapper(io.BytesIO(DATA), encoding='utf-8')
        if how == 'readline':
            r.readline()
        elif how == 'read2':
            r.read(2)
        elif how == 'readall':
            r.read()
        elif how == 'seek0':
            r.readline()
            r.seek(0)
        elif how == 'iterate':
            next(iter(r))
        try:
            r.reconfigure(**change)
            print(how, change, 'ok', repr(r.read()), r.encoding, r.errors)
        except io.UnsupportedOperation as e:
            print(how, change, type(e).__name__, e)

# Universal newlines switched on or off before reading.
for newline in NEWLINES:
    r = io.TextIOWrapper(io.BytesIO(b'a\r\nb\rc\nd'), newline='\n')
    r.reconfigure(newline=newline)
    print(repr(newline), repr(r.read()), r.newlines)

t = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
t.close()
try:
    t.reconfigure(line_buffering=True)
except ValueError as e:
    print('ValueError', e)
