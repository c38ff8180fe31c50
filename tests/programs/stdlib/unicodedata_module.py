# unicodedata: a seeded sweep over the code points (every property, name round trips through
# lookup), the numeric functions, lookup's aliases, named sequences and computed names, the four
# normalization forms on generated strings, and the argument errors.
import unicodedata


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return (self.state >> 33) % n


def props(ch):
    return (unicodedata.category(ch), unicodedata.bidirectional(ch), unicodedata.combining(ch),
            unicodedata.east_asian_width(ch), unicodedata.mirrored(ch), unicodedata.decimal(ch, None),
            unicodedata.digit(ch, None), unicodedata.numeric(ch, None), unicodedata.name(ch, None),
            unicodedata.decomposition(ch))


print(unicodedata.unidata_version)

# A sweep with a varying stride: dense in the BMP, sparser above, touching every plane.
rng = Lcg(14)
cp = 0
count = 0
while cp < 0x110000:
    ch = chr(cp)
    p = props(ch)
    print('%X' % cp, p)
    n = p[8]
    if n is not None and unicodedata.lookup(n) != ch:
        print('  lookup mismatch', n)
    count += 1
    cp += 1 + rng.next(40 if cp < 0x3000 else 97 if cp < 0x10000 else 1500)
print('swept', count)

# Summaries over whole blocks (many characters, little output).
for lo, hi in [(0, 0x250), (0x300, 0x370), (0x590, 0x700), (0x900, 0xA00), (0x1100, 0x1200), (0x2000, 0x2100),
               (0x3000, 0x3100), (0xAC00, 0xAD00), (0xFF00, 0xFFF0), (0x1D400, 0x1D500), (0x1F300, 0x1F700),
               (0xE0000, 0xE0080), (0x10FFF0, 0x110000)]:
    cats = {}
    names = 0
    numeric_sum = 0.0
    decomps = 0
    for c in range(lo, hi):
        ch = chr(c)
        cats[unicodedata.category(ch)] = cats.get(unicodedata.category(ch), 0) + 1
        names += unicodedata.name(ch, None) is not None
        numeric_sum += unicodedata.numeric(ch, 0)
        decomps += unicodedata.decomposition(ch) != ''
    print(hex(lo), sorted(cats.items()), names, numeric_sum, decomps)

# Numbers: decimal, digit and numeric differ for superscripts, fractions, Roman numerals, CJK.
for ch in '0795\u00b2\u00b3\u00b9\u00bc\u00bd\u00be\u0660\u0966\u0f33\u2070\u2153\u2160\u216f\u2180\u2460\u2473\u3007\u4e00\u4e07\u5146\u5341\uff10\U00010107\U0001d7ce\U0001f10c\U00012432x ':
    for f in (unicodedata.decimal, unicodedata.digit, unicodedata.numeric):
        try:
            print('%X' % ord(ch), f.__name__, f(ch))
        except Exception as e:
            print('%X' % ord(ch), f.__name__, type(e).__name__, e)
print(unicodedata.decimal('a', -1), unicodedata.digit('a', 'none'), unicodedata.numeric('a', None))

# Names: computed ones (Hangul, CJK), patterned ones, aliases, named sequences, case.
for n in ['LATIN SMALL LETTER A', 'latin small letter a', 'Latin Capital Letter A With Grave', 'SNOWMAN',
          'GREEK SMALL LETTER ALPHA', 'EURO SIGN', 'HANGUL SYLLABLE GAG', 'HANGUL SYLLABLE A', 'HANGUL SYLLABLE GGWAELH',
          'HANGUL SYLLABLE ga', 'hangul syllable GA', 'HANGUL SYLLABLE ', 'HANGUL SYLLABLE GAGX',
          'CJK UNIFIED IDEOGRAPH-4E00', 'CJK UNIFIED IDEOGRAPH-04E00', 'CJK UNIFIED IDEOGRAPH-4e00',
          'cjk unified ideograph-4E00', 'CJK UNIFIED IDEOGRAPH-3134A', 'CJK UNIFIED IDEOGRAPH-3134B',
          'CJK UNIFIED IDEOGRAPH-A000', 'CJK UNIFIED IDEOGRAPH-4E0', 'CJK UNIFIED IDEOGRAPH-0004E00',
          'CJK COMPATIBILITY IDEOGRAPH-F900', 'cjk compatibility ideograph-f900', 'CJK COMPATIBILITY IDEOGRAPH-0F900',
          'NUSHU CHARACTER-1B170', 'khitan small script character-18b00', 'TANGUT IDEOGRAPH-17000',
          'NULL', 'nul', 'BOM', 'BYTE ORDER MARK', 'LINE FEED', 'LF', 'ZWJ', 'NBSP', 'SHY', 'VS16',
          'LATIN CAPITAL LETTER GHA', 'KEYCAP NUMBER SIGN', 'keycap digit one', 'LATIN SMALL LETTER A WITH MACRON AND GRAVE',
          'TAMIL SYLLABLE KSSA', 'SPACE', ' SPACE', 'SPACE ', 'SPA CE', '', 'SPACE\x00X', '\xe9', b'SPACE', b'DIGIT ZERO',
          b'\xffSPACE', 'x' * 256, 'x' * 257, '\xe9' * 128, '\xe9' * 129]:
    try:
        got = unicodedata.lookup(n)
        print(repr(n)[:40], '->', ascii(got), [unicodedata.name(c, '?') for c in got])
    except Exception as e:
        print(repr(n)[:40], '->', type(e).__name__, e)

# Every Hangul syllable and a slice of every patterned range round-trips.
bad = 0
for c in list(range(0xAC00, 0xD7A4)) + list(range(0x3400, 0x3500)) + list(range(0x20000, 0x20100)) + list(range(0x1B170, 0x1B2FC)):
    ch = chr(c)
    n = unicodedata.name(ch)
    if unicodedata.lookup(n) != ch:
        bad += 1
    try:
        lower_found = unicodedata.lookup(n.lower()) == ch
    except KeyError:
        lower_found = False
    if lower_found == n.startswith(('HANGUL', 'CJK UNIFIED')):
        bad += 1
print('round trips failed', bad)

# Normalization: generated strings mixing letters, combining marks (in all orders), Hangul jamo,
# compatibility characters, composition exclusions and unassigned code points.
pieces = ['a', 'e', 'A', 'o', 'u', 'n', 'i', 'c', 'K', '\u00e9', '\u00c5', '\u212b', '\u2126', '\u1e9b', '\u0301', '\u0300',
          '\u0323', '\u0308', '\u0327', '\u031b', '\u0345', '\u0306', '\u030c', '\u05b0', '\u05bc', '\u0e48',
          '\u1100', '\u1161', '\u11a8', '\uac00', '\uac01', '\u3131', '\ufb01', '\uff21', '\u2460', '\u00bd', '\u2075',
          '\u1e0a', '\u1e0c', '\u0958', '\u0915', '\u093c', '\u0f73', '\u0f71', '\u0f72', '\u0f80', '\u2adc', '\u0344',
          '\u0374', '\u037e', '\u1f71', '\u03b9', '\u0b47', '\u0b3e', '\u0b57', '\u09c7', '\u09be', '\u1025', '\u102e',
          '\U0001d15e', '\U0001d165', '\U0001d16e', '\U00011099', '\U000110ba', chr(0x1E030), chr(0x1E4EC), chr(0x897),
          '\U0001133b', '\U00011347', '\U0001133e', '\u3099', '\u304b', '\u30ab', '\uff76', '\uff9e', '\ufdfa',
          '\u0041\u030a', 'x', ' ', '\u0378', '\U000e0001', '\U00010fff', '\u00a0', '\u2000', '\ufe0f', '\u200d']
forms = ('NFC', 'NFD', 'NFKC', 'NFKD')
for i in range(900):
    s = ''.join(pieces[rng.next(len(pieces))] for _ in range(1 + rng.next(7)))
    out = [unicodedata.normalize(f, s) for f in forms]
    flags = ''.join('1' if unicodedata.is_normalized(f, s) else '0' for f in forms)
    print(ascii(s), [ascii(o) for o in out], flags)

# Every character with a decomposition, in each form, summarised by a checksum.
total = [0, 0, 0, 0]
changed = [0, 0, 0, 0]
for c in range(0x2FA20):  # past the last decomposition (U+2FA1D) and combining mark
    ch = chr(c)
    if unicodedata.decomposition(ch) or unicodedata.combining(ch) or 0xAC00 <= c < 0xAC40:
        for k, f in enumerate(forms):
            r = unicodedata.normalize(f, ch + '\u0301' if c % 3 == 0 else ch)
            total[k] = (total[k] * 31 + sum(map(ord, r)) + len(r)) % 1000000007
            changed[k] += r != ch
print(total, changed)
text = 'Ame\u0301lie \ufb01ne \u2460 \uac00\u11a8 \u1100\u1161\u11a8 \u0041\u0301\u0327 caf\u00e9 \u212b'
for f in forms:
    print(f, ascii(unicodedata.normalize(f, text)), unicodedata.is_normalized(f, text),
          unicodedata.is_normalized(f, unicodedata.normalize(f, text)))
print(unicodedata.normalize('NFC', ''), unicodedata.is_normalized('NFD', ''), unicodedata.normalize('NFKC', 'plain ascii'))

# Errors.
calls = [
    lambda: unicodedata.category('ab'), lambda: unicodedata.category(''), lambda: unicodedata.category(65),
    lambda: unicodedata.category(), lambda: unicodedata.category('a', 'b'), lambda: unicodedata.category(chr='a'),
    lambda: unicodedata.name('ab'), lambda: unicodedata.name(5), lambda: unicodedata.name('\x00'), lambda: unicodedata.name(),
    lambda: unicodedata.name('a', 1, 2), lambda: unicodedata.name('\x00', 'dflt'), lambda: unicodedata.name('\ud800', 1),
    lambda: unicodedata.decimal('x'), lambda: unicodedata.digit('\u00bd'), lambda: unicodedata.numeric('x'),
    lambda: unicodedata.numeric(1), lambda: unicodedata.decimal('1', 2, 3), lambda: unicodedata.lookup('nope'),
    lambda: unicodedata.lookup(5), lambda: unicodedata.lookup(None), lambda: unicodedata.lookup(bytearray(b'SPACE')),
    lambda: unicodedata.lookup(), lambda: unicodedata.lookup("it's"), lambda: unicodedata.normalize('NFX', 'a'),
    lambda: unicodedata.normalize('nfc', 'a'), lambda: unicodedata.normalize('NFC', 5), lambda: unicodedata.normalize(5, 'a'),
    lambda: unicodedata.normalize('NFC'), lambda: unicodedata.is_normalized('NFC', 'a', 'b'),
    lambda: unicodedata.is_normalized('NFKD', b'a'), lambda: unicodedata.mirrored(None), lambda: unicodedata.combining('\ud800'),
    lambda: unicodedata.category('\ud800'), lambda: unicodedata.bidirectional('\U0010ffff'),
    lambda: unicodedata.east_asian_width('\U00020000'), lambda: unicodedata.decomposition('\uac00'),
]
for call in calls:
    try:
        print(repr(call()))
    except Exception as e:
        print(type(e).__name__, e)

# ucd_3_2_0: the same functions for Unicode 3.2.0 (characters assigned since have no properties).
old = unicodedata.ucd_3_2_0
print(old.unidata_version, type(old).__name__, isinstance(old, unicodedata.UCD), unicodedata.UCD.__name__)


def old_props(ch):
    return (old.category(ch), old.bidirectional(ch), old.combining(ch), old.east_asian_width(ch), old.mirrored(ch),
            old.decimal(ch, None), old.digit(ch, None), old.numeric(ch, None), old.name(ch, None), old.decomposition(ch))


rng = Lcg(32)
cp = 0
differ = 0
while cp < 0x110000:
    ch = chr(cp)
    p = old_props(ch)
    if p != props(ch):
        differ += 1
        print('%X' % cp, p)
    cp += 1 + rng.next(60 if cp < 0x10000 else 3000)
print('differ', differ)
for c in [0x2B, 0x2D, 0x2F, 0xA7, 0xAA, 0xAD, 0x294, 0x1B06, 0x1B50, 0x20AC, 0x2F868, 0x2F874, 0x2F91F, 0x2F95F, 0x2F9BF,
          0x30000, 0xAC00, 0x9FA5, 0x9FA6, 0xF900, 0xFA30, 0x1D400, 0x1F600, 0x0899]:
    ch = chr(c)
    print('%X' % c, old_props(ch), [ascii(old.normalize(f, ch)) for f in forms])
for n in ['LATIN SMALL LETTER A', 'latin small letter a', 'BOM', 'KEYCAP NUMBER SIGN', 'BALINESE LETTER AKARA TEDUNG',
          'CJK UNIFIED IDEOGRAPH-30000', 'CJK UNIFIED IDEOGRAPH-4E00', 'HANGUL SYLLABLE GA', 'CJK COMPATIBILITY IDEOGRAPH-FA30',
          'CJK COMPATIBILITY IDEOGRAPH-F900', 'EURO SIGN', 'GRINNING FACE', 'NUSHU CHARACTER-1B170', 'SPACE']:
    try:
        print(n, ascii(old.lookup(n)))
    except Exception as e:
        print(n, type(e).__name__, e)
for i in range(300):
    s = ''.join(pieces[rng.next(len(pieces))] for _ in range(1 + rng.next(6)))
    print(ascii(s), [ascii(old.normalize(f, s)) for f in forms], [old.is_normalized(f, s) for f in forms])
for call in [lambda: old.category(), lambda: old.category('ab'), lambda: old.name(), lambda: old.name('\u1b06'),
             lambda: old.normalize('NFC'), lambda: old.lookup(1), lambda: old.decimal('\u1b50'), lambda: old.digit('\u1b50'),
             lambda: old.category(chr='a'), lambda: unicodedata.UCD(), lambda: old.normalize('NFZ', 'a')]:
    try:
        print(repr(call()))
    except Exception as e:
        print(type(e).__name__, e)
