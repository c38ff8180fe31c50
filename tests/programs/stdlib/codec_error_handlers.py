# Error handlers registered with codecs.register_error, called by str.encode and bytes.decode:
# what they are given, what they may answer, and the errors for answers that do not fit.
import codecs

seen = []


def recorder(exc):
    part = exc.object[exc.start:exc.end]
    seen.append((type(exc).__name__, exc.encoding, exc.start, exc.end, exc.reason, part))
    if isinstance(exc, UnicodeEncodeError):
        return ('<' + '.'.join(str(ord(c)) for c in part) + '>', exc.end)
    return ('[' + part.hex() + ']', exc.end)


codecs.register_error('record', recorder)


def show(label, thunk):
    seen.clear()
    try:
        result = thunk()
        print(label, repr(result))
    except Exception as e:
        print(label, type(e).__name__, e)
    for entry in seen:
        print('   saw', entry)


# -- encoding with a registered handler ---------------------------------------------------------
texts = ['plain', 'caf\xe9', 'a\u20acb\u20acc', '\ud800x\udfff', 'mixed \xe9\u0416\U0001f600 end',
         '\udc80\udcff', '\u0416\u0417\u0418', '']
for codec in ['ascii', 'latin-1', 'utf-8', 'utf-16', 'utf-16-be', 'utf-32-le', 'cp1252', 'koi8-r',
              'iso8859-5', 'utf-8-sig', 'cp437']:
    for t in texts:
        show(f'enc {codec} {t!r}', lambda: t.encode(codec, 'record'))

# -- decoding with a registered handler ---------------------------------------------------------
blobs = [b'plain', b'a\xffb', b'\xc3\x28\xe2\x82', b'\xed\xa0\x80z', b'\x80\x81\x82', b'\xff\xfe\x00',
         b'\x00\xd8a\x00', b'abc\xf0\x9f\x98', b'']
for codec in ['ascii', 'utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-be', 'cp1252',
              'iso8859-3', 'utf-8-sig', 'latin-1']:
    for b in blobs:
        show(f'dec {codec} {b!r}', lambda: b.decode(codec, 'record'))

# bytearray.decode and str(bytes, ...) go the same way
show('bytearray', lambda: bytearray(b'x\xffy').decode('ascii', 'record'))
show('str()', lambda: str(b'x\xffy', 'utf-8', 'record'))
show('bytes()', lambda: bytes('x\xe9y', 'ascii', 'record'))


# -- where decoding resumes -----------------------------------------------------------------------
def skip_two(exc):
    return ('?', min(exc.end + 1, len(exc.object)))


def back_to_start(exc):
    # a handler may resume before the error: CPython decodes again from there
    back_to_start.calls += 1
    if back_to_start.calls > 3:
        return ('!', exc.end)
    return ('<' + str(exc.start) + '>', 0 if back_to_start.calls == 1 else exc.end)


def negative(exc):
    return ('-', -1)


codecs.register_error('skip2', skip_two)
codecs.register_error('back', back_to_start)
codecs.register_error('negative', negative)
for codec in ['ascii', 'utf-8', 'cp1252']:
    show(f'skip2 dec {codec}', lambda: b'ab\x81cd\x81ef'.decode(codec, 'skip2'))
    show(f'skip2 enc {codec}', lambda: 'ab\udc81cd\udc81ef'.encode(codec, 'skip2'))
    back_to_start.calls = 0
    show(f'back dec {codec}', lambda: b'ab\x81cd'.decode(codec, 'back'))
    back_to_start.calls = 0
    show(f'back enc {codec}', lambda: 'ab\udc81cd'.encode(codec, 'back'))
    show(f'negative dec {codec}', lambda: b'ab\x81cdef'.decode(codec, 'negative'))
    show(f'negative enc {codec}', lambda: 'ab\udc81cdef'.encode(codec, 'negative'))


# -- answers that do not fit ------------------------------------------------------------------------
def answering(value):
    def handler(exc):
        return value
    return handler


bad_answers = [
    ('none', None), ('list', ['x', 1]), ('short', ('x',)), ('long', ('x', 1, 4)),
    ('int first', (5, 1)), ('float pos', ('x', 1.5)), ('str pos', ('x', '1')),
    ('bytes', (b'ZZ', 4)), ('bytearray', (bytearray(b'Z'), 4)), ('far', ('x', 100)),
    ('far negative', ('x', -100)), ('bool pos', ('x', -2)), ('non-ascii', ('\xe9', 4)),
    ('euro', ('\u20ac', 4)), ('odd bytes', (b'abc', 4)), ('even bytes', (b'abcd', 4)),
    ('surrogate', ('\udc80', 4)), ('empty', ('', 4)),
]
for name, value in bad_answers:
    codecs.register_error('answer', answering(value))
    for codec in ['ascii', 'latin-1', 'utf-8', 'utf-16-le', 'utf-32', 'cp1252']:
        show(f'answer {name} enc {codec}', lambda: 'ab\udc80\udc81cd'.encode(codec, 'answer'))
    for codec in ['ascii', 'utf-8', 'utf-16-le', 'cp1252']:
        show(f'answer {name} dec {codec}', lambda: b'ab\x81\x81cd'.decode(codec, 'answer'))


# a handler's own exception goes through untouched
def failing(exc):
    raise KeyError('from the handler')


codecs.register_error('failing', failing)
show('failing enc', lambda: '\xe9'.encode('ascii', 'failing'))
show('failing dec', lambda: b'\xe9'.decode('ascii', 'failing'))

# the handler that raises what it is given
codecs.register_error('strictly', codecs.strict_errors)
show('strict_errors enc', lambda: 'a\xe9\xe9b'.encode('ascii', 'strictly'))
show('strict_errors dec', lambda: b'a\xe9b'.decode('cp1252', 'strictly'))
show('strict_errors dec2', lambda: b'a\x81b'.decode('cp1252', 'strictly'))

# CPython hands every fault of one conversion the same exception object, updated
kept = []


def keeper(exc):
    kept.append(exc)
    return ('_', exc.end)


codecs.register_error('keep', keeper)
print('kept enc', 'a\xe9b\xe9c\xe9'.encode('ascii', 'keep'), len(kept),
      [(e.start, e.end) for e in kept], kept[0] is kept[-1])
kept.clear()
print('kept dec', b'a\xffb\xffc'.decode('utf-8', 'keep'), len(kept), [(e.start, e.end) for e in kept])

# -- names ----------------------------------------------------------------------------------------
print(codecs.lookup_error('strict') is codecs.strict_errors)
print(codecs.lookup_error('replace') is codecs.replace_errors)
print(codecs.lookup_error('record') is recorder)
for name in ['nope', 'Record', '']:
    show(f'lookup_error {name!r}', lambda: codecs.lookup_error(name))
# an unknown handler is looked up only when a fault needs it
show('unknown clean enc', lambda: 'abc'.encode('ascii', 'nope'))
show('unknown clean dec', lambda: b'abc'.decode('cp1252', 'nope'))
show('unknown enc', lambda: 'ab\xe9'.encode('ascii', 'nope'))
show('unknown dec', lambda: b'ab\x81'.decode('cp1252', 'nope'))
show('unknown dec utf16', lambda: b'a'.decode('utf-16', 'nope'))

# -- the standard handlers where the codec's own loop does not apply them ----------------------
for handler in ['xmlcharrefreplace', 'namereplace']:
    for codec in ['ascii', 'utf-8', 'cp1252', 'utf-16']:
        show(f'{handler} dec {codec}', lambda: b'a\x81\xff'.decode(codec, handler))
for codec in ['utf-8', 'utf-16-le', 'utf-16-be', 'utf-32-le', 'utf-32-be', 'ascii', 'latin-1', 'cp1252']:
    encoded = '\ud800'.encode(codec, 'surrogatepass') if codec.startswith('utf') else b'\x81'
    show(f'surrogatepass dec {codec} {encoded!r}', lambda: (encoded + b'z').decode(codec, 'surrogatepass'))
    show(f'surrogatepass enc {codec}', lambda: 'a\ud800b\udfffc'.encode(codec, 'surrogatepass'))
for codec in ['ascii', 'latin-1', 'utf-8', 'cp1252', 'koi8-u']:
    show(f'surrogateescape {codec}', lambda: b'a\x81\xfe\x7f'.decode(codec, 'surrogateescape'))
    show(f'surrogateescape back {codec}', lambda: 'a\udc81\udcfe\x7f'.encode(codec, 'surrogateescape'))
    show(f'surrogateescape bad {codec}', lambda: 'a\udc81\udc7f\u20ac'.encode(codec, 'surrogateescape'))

# -- codecs that are not text encodings ---------------------------------------------------------------
for name in ['hex', 'HEX', 'hex_codec', 'base64', 'base-64', 'zlib', 'zip', 'rot13', 'rot-13', 'rot_13',
             'quopri', 'quoted-printable', 'uu', 'bz2']:
    show(f'not text enc {name}', lambda: 'x'.encode(name))
    show(f'not text dec {name}', lambda: b'x'.decode(name))
show('bytes() hex', lambda: bytes('x', 'hex'))
show('str() hex', lambda: str(b'x', 'hex'))
show('bytearray hex', lambda: bytearray(b'78').decode('hex'))
show('codecs.encode hex', lambda: codecs.encode(b'xy', 'hex'))

# -- encoding names -----------------------------------------------------------------------------------
for name in ['UTF_8', 'utf 8', 'u-t-f-8', 'utf..8', ' utf8 ', 'utf-8\t', 'Latin-1', 'latin_1', 'iso-8859-1',
             'ISO_8859-2', 'iso 8859 15', 'windows-1252', 'WINDOWS_1251', 'l2', 'latin2', 'L10', 'koi8_r',
             'KOI8-U', 'mac-roman', 'macintosh', 'cp-1252', 'cp 437', 'ibm437', '8859', 'iso8859_12',
             'cp1252x', 'utf-16le', 'UTF-32BE', 'unicodelittleunmarked', 'us-ascii', 'ANSI_X3.4-1968',
             'iso_ir_6', 'utf8-sig', 'utf_8_sig', 'nonexistent', 'cyrillic', 'greek', 'hebrew', 'arabic',
             'thai', 'latin', 'l9', 'cp1250', '1251', '866', 'csibm866']:
    show(f'name {name!r}', lambda: ('\xe9A'.encode(name, 'replace'), b'\xe9A'.decode(name, 'replace')))
    try:
        print('   lookup', codecs.lookup(name).name)
    except LookupError as e:
        print('   lookup LookupError', e)

# -- generated: random text and bytes through every codec, with a handler that records ------------
state = 12345


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n


ALPHABET = ['a', 'Z', '0', ' ', '\xe9', '\xff', '\u20ac', '\u0416', '\u0451', '\u4e2d', '\udc80', '\udcff',
            '\ud83d', '\U0001f600', '\u2018', '\x81', '\u0100', '\u00a0']
short = []


def short_record(exc):
    short.append((exc.start, exc.end))
    if isinstance(exc, UnicodeEncodeError):
        return ('#' * (exc.end - exc.start), exc.end)
    return ('\u2603', exc.end)


codecs.register_error('short', short_record)
CODECS = ['ascii', 'latin-1', 'utf-8', 'utf-16', 'utf-16-be', 'utf-32', 'utf-8-sig', 'cp1252', 'cp1251',
          'koi8-r', 'iso8859-7', 'mac-roman', 'cp850']
for round in range(40):
    n = rand(7)
    text = ''
    for _ in range(n):
        ch = ALPHABET[rand(len(ALPHABET))]
        # adjacent high and low surrogates would join into one character
        if text and 0xd800 <= ord(text[-1]) <= 0xdbff and 0xdc00 <= ord(ch) <= 0xdfff:
            ch = 'q'
        text += ch
    data = bytes(rand(256) for _ in range(rand(7)))
    codec = CODECS[round % len(CODECS)]
    short.clear()
    out = []
    for thing, convert in ((text, str.encode), (data, bytes.decode)):
        try:
            out.append(convert(thing, codec, 'short'))
        except Exception as e:
            out.append(f'{type(e).__name__}: {e}')
    print(round, codec, repr(text), data, out, short)

# -- a handler's own exception through codecs CPython reaches by its registry --------------------
# (only an exception that is just its message is re-worded, with the codec's name)


def with_attribute(exc):
    e = TypeError('with attr')
    e.extra = 1
    raise e


def with_note(exc):
    e = ValueError('noted')
    e.add_note('n')
    raise e


class Mine(Exception):
    pass


class MineWithInit(Exception):
    def __init__(self, text):
        super().__init__(text)


def raise_mine(exc):
    raise Mine('mine')


def raise_mine_init(exc):
    raise MineWithInit('mine with init')


def raise_key(exc):
    raise KeyError('k')


def raise_unicode(exc):
    raise UnicodeError('plain unicode error')


def raise_attribute(exc):
    raise AttributeError('attr')


def raise_os(exc):
    raise OSError(2, 'gone')


for handler in [with_attribute, with_note, raise_mine, raise_mine_init, raise_key, raise_unicode, raise_attribute,
                raise_os, failing]:
    codecs.register_error('wrapped', handler)
    for enc in ['cp1252', 'ascii', 'utf-16-le', 'UTF8', 'l1', 'windows-1251']:
        for thunk in (lambda: '\u4e2d'.encode(enc, 'wrapped'), lambda: b'\x81\xff'.decode(enc, 'wrapped')):
            try:
                thunk()
            except Exception as e:
                print(handler.__name__, enc, type(e).__name__, e, type(e.__cause__).__name__, e.__suppress_context__)
