# The codecs module: lookup and CodecInfo, encode/decode through any codec, incremental
# decoders fed random chunks of (sometimes damaged) UTF-8/16/32, Latin-1 and ASCII data, error
# handlers, stream readers and writers, iterencode/iterdecode, open() and the error messages.
import codecs
import io
import os
import tempfile


class Lcg:
    """A small seeded generator, so every run makes the same cases."""

    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return self.state >> 33

    def below(self, n):
        return self.next() % n

    def choice(self, seq):
        return seq[self.below(len(seq))]


rng = Lcg(20240611)


def attempt(label, fn, *args, **kwargs):
    try:
        print(label, '->', repr(fn(*args, **kwargs)))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


# --- lookup ---------------------------------------------------------------------------------
for name in ['utf-8', 'UTF8', 'utf_8', 'U8', 'utf', 'cp65001', 'latin-1', 'Latin1', 'iso-8859-1',
             'ISO8859_1', 'l1', '8859', 'ascii', 'US-ASCII', '646', 'utf-16', 'UTF16', 'u16',
             'utf-16le', 'UTF-16-BE', 'utf_32', 'U32', 'utf-32-le', 'utf_32be', 'utf-8-sig',
             'UTF-8-SIG', 'hex', 'hex_codec', 'base64', 'base_64', 'rot13', 'rot-13', 'zlib',
             'zip', 'quopri', 'quoted-printable', 'utf  8', ' utf-8 ', 'utf..8', 'nope',
             'utf-9', '', 'utf8-sig']:
    try:
        info = codecs.lookup(name)
        print(repr(name), '->', info.name, info._is_text_encoding, len(info),
              info[0] is info.encode, info[1] is info.decode, info[2] is info.streamreader,
              info[3] is info.streamwriter)
    except LookupError as e:
        print(repr(name), '->', type(e).__name__, e)
for bad in [1, b'utf-8', None]:
    attempt(f'lookup({bad!r})', codecs.lookup, bad)
info = codecs.lookup('utf-8')
print(repr(info).startswith('<codecs.CodecInfo object for encoding utf-8 at 0x'))
print(codecs.lookup('UTF-8') is codecs.lookup('utf-8'), isinstance(info, tuple))

# --- BOM constants --------------------------------------------------------------------------
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE,
      codecs.BOM_UTF32_BE)
print(codecs.BOM, codecs.BOM_LE, codecs.BOM_BE, codecs.BOM_UTF16, codecs.BOM_UTF32,
      codecs.BOM32_LE, codecs.BOM32_BE, codecs.BOM64_LE, codecs.BOM64_BE)

# --- encode / decode ------------------------------------------------------------------------
text = 'Grüße, 世界 \U0001F600!'
for name in ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be',
             'utf-8-sig']:
    data = codecs.encode(text, name)
    print(name, data, codecs.decode(data, name) == text, data == text.encode(name))
print(codecs.encode('abc'), codecs.decode(b'abc'), codecs.encode('é', 'latin-1'))
print(codecs.encode(text, 'ascii', 'replace'), codecs.encode(text, 'latin-1', 'xmlcharrefreplace'))
print(codecs.encode(text, 'ascii', 'backslashreplace'), codecs.encode(text, 'ascii', 'ignore'))
print(codecs.decode(b'a\xffb\xc3', 'utf-8', 'replace'), codecs.decode(b'a\xffb', 'ascii', 'ignore'))
print(repr(codecs.decode(b'a\xffb\xed\xa0\x80', 'utf-8', 'surrogateescape')))
print(codecs.encode('a\udcffb', 'utf-8', 'surrogateescape'))
print(codecs.encode('a\ud800b', 'utf-8', 'surrogatepass'),
      repr(codecs.decode(b'a\xed\xa0\x80b', 'utf-8', 'surrogatepass')))
print(codecs.encode('a\ud800', 'utf-16-le', 'surrogatepass'),
      repr(codecs.decode(b'\x00\xd8a\x00', 'utf-16-le', 'surrogatepass')))
print(codecs.decode(b'\xef\xbb\xbfabc', 'utf-8-sig'), codecs.decode(b'abc', 'utf-8-sig'))
print(codecs.decode(b'\xef\xbb\xbfabc', 'utf-8'))

attempt('encode bytes', codecs.encode, b'x', 'utf-8')
attempt('decode str', codecs.decode, 'x', 'utf-8')
attempt('encode UTF8 bytes', codecs.encode, b'x', 'UTF8')
attempt('encode unknown', codecs.encode, 'x', 'nope')
attempt('decode unknown', codecs.decode, b'x', 'klingon')
attempt('str.encode unknown', 'x'.encode, 'nope')
attempt('bytes.decode unknown', b'x'.decode, 'nope-codec')
attempt('encode ascii strict', codecs.encode, 'aé€b', 'ascii')
attempt('encode latin strict', codecs.encode, 'aé€b', 'latin-1')
attempt('decode utf8 strict', codecs.decode, b'ab\xe2\x82', 'utf-8')
attempt('decode utf8 invalid start', codecs.decode, b'ab\x80c', 'utf-8')
attempt('decode utf16 odd', codecs.decode, b'\xff\xfea', 'utf-16')
attempt('decode utf32 range', codecs.decode, b'\x00\x00\x11\x00', 'utf-32-le')
attempt('unknown handler', codecs.encode, 'é', 'ascii', 'nope')
attempt('encode hex str', codecs.encode, 'x', 'hex')
attempt('decode hex odd', codecs.decode, b'abc', 'hex')
attempt('hex errors', codecs.encode, b'x', 'hex', 'ignore')
attempt('encoding not str', codecs.encode, 'x', 5)

# --- bytes-to-bytes and str-to-str codecs ----------------------------------------------------
print(codecs.encode(b'\x00\xffhi', 'hex'), codecs.decode(b'00ff6869', 'hex'),
      codecs.decode('00FF', 'hex'))
print(codecs.encode(b'hello world', 'base64'), codecs.decode(b'aGVsbG8gd29ybGQ=\n', 'base64'))
long_data = bytes(range(256)) * 2
print(codecs.encode(long_data, 'base64').count(b'\n'),
      codecs.decode(codecs.encode(long_data, 'base64'), 'base64') == long_data)
print(codecs.encode('Hello, World!', 'rot13'), codecs.decode('Uryyb', 'rot_13'))
print(codecs.decode(codecs.encode(b'abc' * 50, 'zlib'), 'zlib'))
print(codecs.encode(b'a=b\tc \xff', 'quopri'), codecs.decode(b'a=3Db=09c', 'quopri'))

# --- error handlers -------------------------------------------------------------------------
for name in ['strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace',
             'surrogateescape', 'surrogatepass']:
    print(name, callable(codecs.lookup_error(name)))
print(codecs.lookup_error('strict') is codecs.strict_errors,
      codecs.lookup_error('replace') is codecs.replace_errors)
attempt('lookup_error unknown', codecs.lookup_error, 'nope')
attempt('register not callable', codecs.register_error, 'x', 1)
enc_err = UnicodeEncodeError('ascii', 'aé€b', 1, 3, 'ordinal not in range(128)')
dec_err = UnicodeDecodeError('utf-8', b'a\xff\xfeb', 1, 3, 'invalid start byte')
for handler in [codecs.ignore_errors, codecs.replace_errors, codecs.xmlcharrefreplace_errors,
                codecs.backslashreplace_errors, codecs.lookup_error('surrogateescape')]:
    attempt(handler.__name__ + ' encode', handler, enc_err)
    attempt(handler.__name__ + ' decode', handler, dec_err)
attempt('strict', codecs.strict_errors, enc_err)
attempt('strict non-exception', codecs.strict_errors, 1)
attempt('replace ValueError', codecs.replace_errors, ValueError('v'))
attempt('escape surrogates', codecs.lookup_error('surrogateescape'),
        UnicodeEncodeError('ascii', 'a\udc80\udcff', 1, 3, 'x'))


def marking(exc):
    if isinstance(exc, UnicodeDecodeError):
        return (f'<{exc.start}:{exc.end}:{exc.reason.split()[0]}>', exc.end)
    return (f'[{exc.start}:{exc.end}]', exc.end)


def skipping(exc):
    return ('', exc.end + 1)


def bytes_back(exc):
    return (b'\x01' * (exc.end - exc.start), exc.end)


def bad_result(exc):
    return 'nope'


codecs.register_error('test.mark', marking)
codecs.register_error('test.skip', skipping)
codecs.register_error('test.bytes', bytes_back)
codecs.register_error('test.bad', bad_result)
print(codecs.lookup_error('test.mark') is marking)
print(codecs.decode(b'a\xffb\xe2\x82\xacc\xe2\x82', 'utf-8', 'test.mark'))
print(codecs.encode('aé€b', 'ascii', 'test.mark'), codecs.encode('aé€b', 'latin-1', 'test.mark'))
print(codecs.encode('aé€bc', 'ascii', 'test.bytes'), codecs.decode(b'a\xffbc\xfed', 'ascii', 'test.skip'))
attempt('handler bad result encode', codecs.encode, 'aé', 'ascii', 'test.bad')
attempt('handler bad result decode', codecs.decode, b'a\xff', 'utf-8', 'test.bad')
print(codecs.decode(b'\xff\xfea\x00\x00\xdcb\x00', 'utf-16', 'test.mark'))

# --- incremental decoders: random chunks of random (and damaged) data ------------------------
POOL = 'ab z09\n\té\xffßĀ€中文한\uffff\U0001F600\U00010348\U0010FFFF'
TEXT_CODECS = ['utf-8', 'utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le',
               'utf-32-be', 'latin-1', 'ascii', 'utf-8-sig']
ERRORS = ['strict', 'strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape',
          'test.mark']


def random_text(limit):
    return ''.join(rng.choice(POOL) for _ in range(rng.below(limit)))


def damage(data):
    data = bytearray(data)
    for _ in range(rng.below(3)):
        kind = rng.below(3)
        if kind == 0 and data:
            data[rng.below(len(data))] = rng.below(256)
        elif kind == 1:
            data.insert(rng.below(len(data) + 1), rng.choice([0x80, 0xc3, 0xe2, 0xf0, 0xff, 0xd8, 0xdc, 0x00]))
        elif data:
            del data[rng.below(len(data))]
    return bytes(data)


def chunked(data):
    pieces = []
    at = 0
    while at < len(data):
        size = rng.below(5)
        pieces.append(data[at:at + size])
        at += size
    return pieces


def run_decoder(codec, errors, pieces):
    decoder = codecs.getincrementaldecoder(codec)(errors)
    out = []
    try:
        for piece in pieces:
            out.append(decoder.decode(piece))
        out.append(decoder.decode(b'', True))
    except (UnicodeError, ValueError) as e:
        return out, f'{type(e).__name__}: {e}'
    return out, None


for case in range(260):
    codec = rng.choice(TEXT_CODECS)
    errors = rng.choice(ERRORS)
    data = random_text(9).encode(codec, 'backslashreplace' if codec in ('ascii', 'latin-1') else 'strict')
    if rng.below(3):
        data = damage(data)
    pieces = chunked(data)
    out, failure = run_decoder(codec, errors, pieces)
    whole = None
    if failure is None:
        try:
            whole = codecs.decode(data, codec, errors)
        except UnicodeError as e:
            whole = f'{type(e).__name__}: {e}'
    same = whole == ''.join(out) if failure is None else '-'
    print(case, codec, errors, [len(p) for p in pieces], out if failure is None else failure, same)

# Every split of a few tricky byte strings, one byte at a time and in two parts.
tricky = [
    ('utf-8', b'\xe2\x82\xac\xf0\x9f\x98\x80\xc3'),
    ('utf-8', b'\xe2\x82\xe2\x82\xac'),
    ('utf-8', b'a\xf4\x90\x80\x80b'),
    ('utf-8', b'\xed\xa0\x80x'),
    ('utf-16', b'\xff\xfe=\xd8\x00\xdea\x00'),
    ('utf-16', b'\xfe\xff\xd8=\xde\x00\x00a'),
    ('utf-16-le', b'=\xd8=\xd8\x00\xde'),
    ('utf-16-le', b'\x00\xdcab'),
    ('utf-32', b'\xff\xfe\x00\x00\x00\xf6\x01\x00'),
    ('utf-32-be', b'\x00\x01\xf6\x00\x00\x11\x00\x00'),
    ('utf-8-sig', b'\xef\xbb\xbf\xef\xbb\xbfx'),
    ('utf-8-sig', b'\xef\xbbx'),
]
for codec, data in tricky:
    for errors in ['strict', 'replace']:
        results = set()
        for cut in range(len(data) + 1):
            out, failure = run_decoder(codec, errors, [data[:cut], data[cut:]])
            results.add(repr(out[-1:] if failure is None else failure) if failure else ''.join(out))
        out, failure = run_decoder(codec, errors, [data[k:k + 1] for k in range(len(data))])
        print(codec, errors, data, sorted(results), out, failure)

attempt('utf-16 without BOM', codecs.getincrementaldecoder('utf-16')().decode, b'a\x00b\x00')
attempt('utf-32 without BOM', codecs.getincrementaldecoder('utf-32')().decode, b'a\x00\x00\x00')
dec = codecs.getincrementaldecoder('utf-8')()
print(repr(dec.decode(b'\xe2\x82')), dec.getstate())
dec.reset()
print(repr(dec.decode(b'abc')), dec.getstate())
attempt('final incomplete', dec.decode, b'\xf0\x9f', True)
dec16 = codecs.getincrementaldecoder('utf-16')()
print(repr(dec16.decode(b'\xff')), dec16.getstate(), repr(dec16.decode(b'\xfea\x00b')), dec16.getstate())

# --- incremental encoders -------------------------------------------------------------------
for codec in ['utf-8', 'utf-16', 'utf-16-be', 'utf-32', 'utf-8-sig', 'latin-1', 'ascii']:
    encoder = codecs.getincrementalencoder(codec)('replace')
    parts = [encoder.encode(piece) for piece in ['ab', 'é€', '', '\U0001F600']]
    parts.append(encoder.encode('', True))
    encoder.reset()
    print(codec, parts, encoder.encode('z'))
print(codecs.getincrementalencoder('utf-16')().getstate())

# --- iterencode / iterdecode ------------------------------------------------------------------
print(list(codecs.iterencode(['a', '', 'é', '€'], 'utf-16-le')))
print(list(codecs.iterencode(['a', 'b'], 'utf-32')))
print(list(codecs.iterdecode([b'\xe2', b'\x82', b'\xac!', b'', b'\xc3\xa9'], 'utf-8')))
print(list(codecs.iterdecode([b'\xff', b'\xfea', b'\x00'], 'utf-16')))
print(list(codecs.iterdecode([b'6', b'869'], 'hex')) if False else 'skip')
try:
    list(codecs.iterdecode([b'a\xe2\x82'], 'utf-8'))
except UnicodeDecodeError as e:
    print('iterdecode end', e)

# --- getencoder / getdecoder / readers and writers ------------------------------------------
print(codecs.getencoder('utf-16')('ab'), codecs.getdecoder('utf-8')(b'ab'))
print(codecs.getencoder('latin-1')('é'), codecs.getdecoder('ascii')(b'abc'))
attempt('getdecoder utf-8 incomplete', codecs.getdecoder('utf-8'), b'ab\xc3')
print(codecs.utf_8_decode(b'ab\xc3'), codecs.utf_8_decode(b'ab\xc3', 'strict', True) if False else '')
print(codecs.utf_16_ex_decode(b'\xff\xfea\x00b', 'strict', 0, False))
print(codecs.utf_16_ex_decode(b'a\x00b\x00', 'strict', 0, True))
print(codecs.utf_32_ex_decode(b'\x00\x00\xfe\xff\x00\x00\x00a', 'strict', 0, True))
print(codecs.utf_16_le_decode(b'a\x00b'), codecs.utf_32_be_decode(b'\x00\x00\x00a\x00'))
print(codecs.utf_16_encode('a', 'strict', 1), codecs.utf_32_encode('a', 'strict', -1))
print(codecs.latin_1_encode('ÿ'), codecs.ascii_decode(b'ok'))

buffer = io.BytesIO()
writer = codecs.getwriter('utf-16')(buffer)
writer.write('ab')
writer.writelines(['c', 'd'])
print(buffer.getvalue())
buffer = io.BytesIO()
writer = codecs.getwriter('utf-8')(buffer, 'replace')
writer.write('x€')
print(buffer.getvalue())
reader = codecs.getreader('utf-8')(io.BytesIO('line one\nzwei €\r\nthree\rlast'.encode()))
print([reader.readline() for _ in range(5)])
reader = codecs.getreader('utf-16')(io.BytesIO('héllo\nwörld\n'.encode('utf-16')))
print(reader.read(3), reader.read())
reader = codecs.getreader('utf-8')(io.BytesIO('α\nβ\nγ'.encode()))
print(list(reader))
reader = codecs.getreader('utf-8')(io.BytesIO(b'abc\xe2\x82\xacdef'))
print(reader.read(4), reader.read(1), reader.read())
reader = codecs.getreader('latin-1')(io.BytesIO(b'a\nb\n'))
print(reader.readlines(), reader.read())


class Upper(codecs.Codec):
    def encode(self, input, errors='strict'):
        return input.upper().encode('ascii', errors), len(input)

    def decode(self, input, errors='strict'):
        return input.decode('ascii', errors).lower(), len(input)


class UpperWriter(Upper, codecs.StreamWriter):
    pass


class UpperReader(Upper, codecs.StreamReader):
    pass


def search_upper(name):
    if name == 'test_upper':
        return codecs.CodecInfo(Upper().encode, Upper().decode, UpperReader, UpperWriter,
                                name='test-upper')
    return None


codecs.register(search_upper)
print(codecs.lookup('Test-Upper').name, codecs.encode('abc', 'test upper'),
      codecs.decode(b'ABC', 'test_upper'))
buffer = io.BytesIO()
codecs.getwriter('test_upper')(buffer).write('mixed Case')
print(buffer.getvalue(), codecs.getreader('test_upper')(io.BytesIO(b'LOUD')).read())
attempt('no incremental encoder', codecs.getincrementalencoder, 'test_upper')
codecs.unregister(search_upper)
attempt('after unregister', codecs.lookup, 'test_upper')


class IncUpper(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, input, errors, final):
        # Only whole pairs of bytes are used.
        used = len(input) if final else len(input) - len(input) % 2
        return input[:used].decode('ascii').upper(), used


dec = IncUpper()
print([dec.decode(b'abc'), dec.decode(b'd'), dec.decode(b'e', True)], dec.getstate())

# --- open -----------------------------------------------------------------------------------
with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, 'data.txt')
    with codecs.open(path, 'w', encoding='utf-16') as f:
        f.write('one\r\ntwo €\n')
    with open(path, 'rb') as f:
        print(f.read())
    with codecs.open(path, 'r', encoding='utf-16') as f:
        print(repr(f.read()))
    with codecs.open(path, 'rb') as f:
        print(f.read()[:4])
    with codecs.open(path, 'w', 'utf-8') as f:
        f.write('a\r\nb\n')
    with codecs.open(path, encoding='utf-8') as f:
        print(f.readlines())
    attempt('open unknown encoding', codecs.open, path, 'r', 'nope')

# --- unicode_escape and raw_unicode_escape --------------------------------------------------
escaped = [b'ab\\', b'ab\\x4', b'ab\\x4g', b'ab\\u12', b'ab\\U0011', b'ab\\N', b'ab\\N{',
           b'ab\\N{LATIN', b'ab\\1', b'ab\\12', b'\\U00110000', b'\\N{}', b'\\Nx', b'\\x',
           b'\\400\\777', b'\\u00e9\\U0001F600', b'\\101\\7\\0', b'\\n\\t\\a\\\'\\"\\\n\\\\',
           b'\xe9\\xe9', b'\\\\\\u12', b'a\\\\u1234', b'\\\\\\u1234', b'\\U12345678', b'\\\\u',
           b'x\\u00e9\\U0001F600\\x41\\\\']
for data in escaped:
    for convert in (codecs.unicode_escape_decode, codecs.raw_unicode_escape_decode):
        for final in (False, True):
            for errors in ('strict', 'replace', 'backslashreplace', 'test.mark'):
                attempt(f'{data!r} {convert.__name__} {final} {errors}', convert, data, errors, final)
print(codecs.unicode_escape_decode('a\\x41é'), codecs.raw_unicode_escape_decode('a\\u0041é'))
sample = 'a\\\xe9\n\x7f\u20ac\U0001F600"\'\t\r\x00\udc80'
print(codecs.encode(sample, 'unicode_escape'), codecs.encode(sample, 'raw_unicode_escape'))
print(codecs.decode(codecs.encode(sample, 'unicode_escape'), 'unicode_escape') == sample)
print(codecs.decode('caf\\xe9 \\u263a'.encode(), 'unicode_escape'))
print(codecs.lookup('unicode-escape').name, codecs.lookup('raw_unicode_escape').name)
for name, data in [('unicode_escape', b'a\\x41\\u00e9\\n\\U0001F600z\\'),
                   ('raw_unicode_escape', b'a\\\\u\\u00e9\\U0001F600z\\')]:
    out, failure = run_decoder(name, 'strict', [data[k:k + 1] for k in range(len(data))])
    print(name, out, failure)
attempt('unicode_escape_encode bytes', codecs.unicode_escape_encode, b'x')
