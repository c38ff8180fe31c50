# The UTF-16 and UTF-32 codecs: byte order marks, the -le/-be variants and their aliases, and
# CPython's error handlers and messages on bad input (truncated data, lone surrogates, code
# points out of range).

CODECS = ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']
HANDLERS = ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'surrogatepass']


def attempt(f):
    try:
        return repr(f())
    except (UnicodeError, LookupError) as e:
        return f'{type(e).__name__}: {e}'


for text in ['', 'hé', 'a\U0001f600b', '\ufeffx', '\u20ac\u0000\uffff', 'Z' * 5]:
    for codec in CODECS:
        data = text.encode(codec)
        print(codec, repr(text), data, data.decode(codec) == text, len(data))

for alias in ['UTF-16', 'utf_16', 'U16', 'utf16', 'UTF-16LE', 'utf_16_be', 'UnicodeLittleUnmarked',
              'unicodebigunmarked', 'utf_32', 'UTF32', 'u32', 'utf-32le', 'UTF_32_BE']:
    print(alias, 'hi'.encode(alias), attempt(lambda: b'\xfe\xff\x00h\x00i'.decode(alias)))

# A BOM decides the byte order of 'utf-16' / 'utf-32' and is dropped; the -le/-be codecs keep it.
for data in [b'\xff\xfeh\x00', b'\xfe\xff\x00h', b'h\x00', b'\xff\xfe', b'\xff\xfe\x00\x00h\x00\x00\x00',
             b'\x00\x00\xfe\xff\x00\x00\x00h', b'h\x00\x00\x00']:
    print(data, [attempt(lambda: data.decode(c)) for c in CODECS])

# Lone surrogates on encoding (a lone high one, and a low one before a high one).
for text in ['a\ud800b', '\udc80\ud800', 'x\udfff']:
    for codec in CODECS:
        print(codec, ascii(text), [attempt(lambda: text.encode(codec, h)) for h in HANDLERS + ['xmlcharrefreplace']])
print(attempt(lambda: 'a\ud800'.encode('utf-16', 'nosuchhandler')), attempt(lambda: 'ab'.encode('utf-16', 'nosuchhandler')))

# Bad input on decoding: every handler, on a fixed spread of byte strings.
samples = [b'a', b'\xff\xfea', b'\xfe\xff\x00', b'\x00\xd8', b'\x00\xd8a', b'\x00\xd8\x00\x00',
           b'\x00\xdcA\x00', b'\x00\xd8\x00\xd8\x00\xdc', b'\xfe\xff\xd8\x00\x00A', b'\xd8\x00\xdc\x00',
           b'a\x00\x00\x00b\x00', b'\x00\xd8\x00\x00', b'\x00\x00\x11\x00', b'\xff\xff\xff\xff',
           b'\x80\x00\x00\x00\x81', b'\x00\x00\xd8\x00']
state = 12345
for _ in range(24):
    chunk = bytearray()
    for _ in range(state % 9):
        state = (state * 1103515245 + 12345) % 2 ** 31
        chunk.append((0, 0xd8, 0xdc, 0xff, 0xfe, 0x41, 0x80, 0x11)[state % 8])
    state = (state * 1103515245 + 12345) % 2 ** 31
    samples.append(bytes(chunk))
for data in samples:
    for codec in CODECS:
        print(codec, data, [attempt(lambda: data.decode(codec, h)) for h in HANDLERS])

try:
    b'\x00\xd8\x00\x00'.decode('utf-16-le')
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, isinstance(e, ValueError))
try:
    'a\ud800'.encode('utf-32')
except UnicodeEncodeError as e:
    print(e.encoding, ascii(e.object), e.start, e.end, e.reason)
print(str(b'\xff\xfeh\x00i\x00', 'utf-16'), str(b'\x00h', encoding='utf-16-be', errors='strict'))
print(bytes('hi', 'utf-32-be'), bytearray('hi', 'utf-16'), bytearray(b'h\x00').decode('utf-16'))
