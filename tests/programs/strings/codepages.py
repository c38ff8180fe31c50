# The single-byte code pages: every byte decoded and every decoded character encoded back, with
# each standard error handler, and generated text through them.
PAGES = ['cp437', 'cp850', 'cp852', 'cp866', 'cp1250', 'windows-1251', 'cp1252', 'cp1253', 'cp1254',
         'cp1255', 'cp1256', 'cp1257', 'cp1258', 'koi8-r', 'koi8_u', 'mac-roman', 'latin2',
         'iso-8859-3', 'iso8859_4', 'cyrillic', 'arabic', 'greek', 'hebrew', 'latin5', 'iso8859-10',
         'thai', 'iso8859-13', 'iso8859-14', 'latin9', 'iso8859_16']
HANDLERS = ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape']


def attempt(thunk):
    try:
        return repr(thunk())
    except Exception as e:
        return f'{type(e).__name__}: {e}'


every_byte = bytes(range(256))
for page in PAGES:
    print('==', page)
    decoded = every_byte.decode(page, 'replace')
    # the whole table, 32 characters a line
    for row in range(0, 256, 32):
        print(f'{row:02x}', ' '.join(f'{ord(ch):04x}' for ch in decoded[row:row + 32]))
    undefined = [b for b in range(256) if decoded[b] == '\ufffd']
    print('undefined', undefined)
    for handler in HANDLERS:
        print(handler, attempt(lambda: every_byte[120:].decode(page, handler)))
    # each byte alone, strictly
    for b in undefined[:3]:
        print('strict', b, attempt(lambda: bytes([0x41, b, 0x42]).decode(page)))
    # back again: every defined character encodes to its byte
    back = ''.join(ch for ch in decoded if ch != '\ufffd').encode(page)
    print('round trip', back == bytes(b for b in range(256) if b not in undefined), len(back))

# characters a code page has no byte for
samples = ['\u20ac', '\xe9', '\u0416', '\u03a9', '\u05d0', '\u0627', '\u0e01', '\u4e2d', '\U0001f600', '\udc80',
           'A\u2603B\u2603\u2603C', '\x80', '\xa0']
for page in PAGES:
    for text in samples:
        line = [attempt(lambda: text.encode(page, handler))
                for handler in HANDLERS + ['xmlcharrefreplace']]
        print(page, repr(text), ' | '.join(line))

# generated text: a seeded generator over characters from several scripts
seed = 2024


def next_number(n):
    global seed
    seed = (seed * 69069 + 1) % 4294967296
    return (seed >> 8) % n


POOL = 'aZ09 .,\xe9\xe8\xfc\xdf\xe6\xf8\u0105\u0107\u0119\u0142\u0144\u015b\u017a\u017c\u0410\u0416\u044f\u0451\u0491\u0454' \
       '\u03b1\u03c9\u05d0\u05ea\u0627\u064a\u0e01\u20ac\u2018\u2019\u201c\u2022\u2026\u2122\u2500\u2588\u263a\u4e2d'
for k in range(60):
    page = PAGES[k % len(PAGES)]
    text = ''.join(POOL[next_number(len(POOL))] for _ in range(1 + next_number(12)))
    results = []
    for handler in HANDLERS[:4] + ['xmlcharrefreplace']:
        encoded = attempt(lambda: text.encode(page, handler))
        results.append(encoded)
    data = bytes(next_number(256) for _ in range(next_number(10)))
    decoded = [attempt(lambda: data.decode(page, handler)) for handler in HANDLERS]
    print(k, page, repr(text), results, data, decoded)

# bytearray and str() take the same code pages
print(bytearray(b'\xc0\xc1\xff').decode('cp1251'), str(b'\xe4\xf6\xfc', 'cp1252'), bytes('\u0416', 'koi8-r'))
