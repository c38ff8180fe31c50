"""Base16, Base32, Base64 (RFC 4648), Ascii85 and Base85 encodings of bytes, with the results,
padding rules and errors (binascii.Error, ValueError) of CPython's base64 module. Base64 and
Base16 are binascii's; Base32 and the base-85 codes are done here, a group of bytes at a time."""

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes', 'b64encode', 'b64decode', 'b32encode',
           'b32decode', 'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode', 'b85encode',
           'b85decode', 'a85encode', 'a85decode', 'standard_b64encode', 'standard_b64decode',
           'urlsafe_b64encode', 'urlsafe_b64decode']

import binascii

bytes_types = (bytes, bytearray)


def _bytes_from_decode_data(s):
    """What a decoder accepts as input: ASCII str, bytes, or any bytes-like object."""
    if isinstance(s, bytes_types):
        return s
    if isinstance(s, str):
        try:
            encoded = s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
        return encoded
    try:
        view = memoryview(s)
    except TypeError:
        raise TypeError('argument should be a bytes-like object or ASCII string, '
                        f'not {type(s).__name__!r}') from None
    return view.tobytes()


def _as_bytes(s):
    # Encoders take any bytes-like object (and raise memoryview's TypeError for the rest).
    return s if isinstance(s, bytes_types) else memoryview(s).tobytes()


# --- Base64

def _swap_alphabet(data, altchars, to_standard):
    assert len(altchars) == 2, repr(altchars)
    if to_standard:
        return data.translate(bytes.maketrans(altchars, b'+/'))
    return data.translate(bytes.maketrans(b'+/', altchars))


def b64encode(s, altchars=None):
    """s in Base64 (no newline); altchars replaces '+' and '/'."""
    encoded = binascii.b2a_base64(s, newline=False)
    return encoded if altchars is None else _swap_alphabet(encoded, altchars, False)


def b64decode(s, altchars=None, validate=False):
    """The bytes of Base64 data; with validate, characters outside the alphabet are an error
    instead of being skipped."""
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        s = _swap_alphabet(s, _bytes_from_decode_data(altchars), True)
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


_TO_URLSAFE = bytes.maketrans(b'+/', b'-_')
_FROM_URLSAFE = bytes.maketrans(b'-_', b'+/')


def urlsafe_b64encode(s):
    """Base64 with '-' and '_' in place of '+' and '/'."""
    return b64encode(s).translate(_TO_URLSAFE)


def urlsafe_b64decode(s):
    return b64decode(_bytes_from_decode_data(s).translate(_FROM_URLSAFE))


# --- Base32: five bytes make eight characters of five bits

_B32_ALPHABET = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX_ALPHABET = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
# How many of a last group's eight characters are '=' for each count of leftover bytes.
_B32_PAD_FOR_LEFTOVER = {0: 0, 1: 6, 2: 4, 3: 3, 4: 1}
_b32_values = {}


def _b32encode(alphabet, s):
    data = _as_bytes(s)
    leftover = len(data) % 5
    data = bytes(data) + bytes(-len(data) % 5)
    out = bytearray()
    for start in range(0, len(data), 5):
        group = int.from_bytes(data[start:start + 5], 'big')
        out += bytes([alphabet[(group >> shift) & 31] for shift in range(35, -1, -5)])
    pad = _B32_PAD_FOR_LEFTOVER[leftover]
    if pad:
        out[-pad:] = b'=' * pad
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    values = _b32_values.get(alphabet)
    if values is None:
        values = _b32_values[alphabet] = {code: digit for digit, code in enumerate(alphabet)}
    data = _bytes_from_decode_data(s)
    if len(data) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        # RFC 4648 section 6 lets '0' be read as 'O' and '1' as 'I' or 'L', as asked.
        one_reads_as = _bytes_from_decode_data(map01)
        assert len(one_reads_as) == 1, repr(one_reads_as)
        data = data.translate(bytes.maketrans(b'01', b'O' + one_reads_as))
    if casefold:
        data = data.upper()
    body = data.rstrip(b'=')
    pad = len(data) - len(body)
    out = bytearray()
    group = 0
    for start in range(0, len(body), 8):
        group = 0
        for code in body[start:start + 8]:
            digit = values.get(code)
            if digit is None:
                raise binascii.Error('Non-base32 digit found')
            group = (group << 5) | digit
        out += group.to_bytes(5, 'big')
    if pad not in (0, 1, 3, 4, 6):
        raise binascii.Error('Incorrect padding')
    if pad and out:
        # The last group was short: shift its bits into place and keep the bytes it encodes.
        kept = (43 - 5 * pad) // 8
        out[-5:] = (group << (5 * pad)).to_bytes(5, 'big')[:kept]
    return bytes(out)


def b32encode(s):
    """s in Base32 (RFC 4648's alphabet), padded with '='."""
    return _b32encode(_B32_ALPHABET, s)


def b32decode(s, casefold=False, map01=None):
    """The bytes of Base32 data; casefold accepts lowercase, map01 reads the digits 0 and 1
    as O and the given letter. binascii.Error for bad padding or characters."""
    return _b32decode(_B32_ALPHABET, s, casefold, map01)


def b32hexencode(s):
    """s in Base32 with the extended hex alphabet (RFC 4648 section 7)."""
    return _b32encode(_B32HEX_ALPHABET, s)


def b32hexdecode(s, casefold=False):
    """The bytes of base32hex data (which has no 0/1 mapping)."""
    return _b32decode(_B32HEX_ALPHABET, s, casefold)


# --- Ascii85 and Base85: four bytes make five base-85 digits

_A85_ALPHABET = bytes(range(33, 118))
_B85_ALPHABET = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                 b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")
_B85_VALUES = [None] * 256
for _digit, _code in enumerate(_B85_ALPHABET):
    _B85_VALUES[_code] = _digit
del _digit, _code
_A85START = b"<~"
_A85END = b"~>"


def _85encode(data, alphabet, pad=False, foldnuls=False, foldspaces=False):
    data = _as_bytes(data)
    padding = -len(data) % 4
    data = bytes(data) + bytes(padding)
    chunks = []
    for start in range(0, len(data), 4):
        word = int.from_bytes(data[start:start + 4], 'big')
        if foldnuls and not word:
            chunks.append(b'z')
        elif foldspaces and word == 0x20202020:
            chunks.append(b'y')
        else:
            digits = bytearray(5)
            for position in range(4, -1, -1):
                word, digit = divmod(word, 85)
                digits[position] = alphabet[digit]
            chunks.append(bytes(digits))
    if padding and not pad:
        # Unpadded output drops the digits of the zero bytes added; a folded zero word is
        # written out first (a folded space word is not, as in CPython).
        if chunks[-1] == b'z':
            chunks[-1] = alphabet[:1] * 5
        chunks[-1] = chunks[-1][:-padding]
    return b''.join(chunks)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """b in Ascii85: 'z' for four zero bytes, 'y' for four spaces with foldspaces, lines of
    at most wrapcol characters, input padded to whole words with pad, framed in <~ ~> with
    adobe."""
    encoded = _85encode(b, _A85_ALPHABET, pad, True, foldspaces)
    opener, closer = (_A85START, _A85END) if adobe else (b'', b'')
    encoded = opener + encoded
    if wrapcol:
        # Adobe framing needs room for the two-character opener on the first line.
        width = max(wrapcol, 2 if adobe else 1)
        lines = [encoded[start:start + width] for start in range(0, len(encoded), width)]
        if adobe and len(lines[-1]) + 2 > width:
            lines.append(b'')  # the closing ~> goes on a line of its own
        encoded = b'\n'.join(lines)
    return encoded + closer


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """The bytes of Ascii85 data; characters in ignorechars are skipped."""
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(_A85END):
            raise ValueError(f"Ascii85 encoded byte sequences must end with {_A85END!r}")
        b = b[2:-2] if b.startswith(_A85START) else b[:-2]
    out = bytearray()
    group = []
    # Four 'u's (the largest digit) complete a last short group; their bytes are cut below.
    for code in b + b'uuuu':
        if 33 <= code <= 117:
            group.append(code - 33)
            if len(group) == 5:
                value = 0
                for digit in group:
                    value = value * 85 + digit
                if value > 0xFFFFFFFF:
                    raise ValueError('Ascii85 overflow')
                out += value.to_bytes(4, 'big')
                group.clear()
        elif code == 122:
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out += bytes(4)
        elif foldspaces and code == 121:
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif code not in ignorechars:
            raise ValueError('Non-Ascii85 digit found: %c' % code)
    surplus = 4 - len(group)
    return bytes(out[:-surplus] if surplus else out)


def b85encode(b, pad=False):
    """b in Base85 (the alphabet of git and Mercurial); pad pads the input to whole words."""
    return _85encode(b, _B85_ALPHABET, pad)


def b85decode(b):
    """The bytes of Base85 data."""
    b = _bytes_from_decode_data(b)
    padding = -len(b) % 5
    b = b + b'~' * padding
    out = bytearray()
    for start in range(0, len(b), 5):
        value = 0
        for offset, code in enumerate(b[start:start + 5]):
            digit = _B85_VALUES[code]
            if digit is None:
                raise ValueError('bad base85 character at position %d' % (start + offset))
            value = value * 85 + digit
        if value > 0xFFFFFFFF:
            raise ValueError('base85 overflow in hunk starting at byte %d' % start)
        out += value.to_bytes(4, 'big')
    return bytes(out[:-padding] if padding else out)


# --- Base16

def b16encode(s):
    """s as uppercase hex digits."""
    return binascii.hexlify(s).upper()


_B16_DIGITS = frozenset(b'0123456789ABCDEF')


def b16decode(s, casefold=False):
    """The bytes of uppercase hex digits (lowercase too with casefold)."""
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    # A set test rather than CPython's regular expression keeps re out of programs.
    if any(code not in _B16_DIGITS for code in s):
        raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


# --- MIME-style Base64 in lines, and the file interface

MAXLINESIZE = 76  # characters per line, the newline excluded
MAXBINSIZE = (MAXLINESIZE // 4) * 3  # bytes per line


def _input_type_check(s):
    try:
        memoryview(s)
    except TypeError as err:
        raise TypeError(f"expected bytes-like object, not {type(s).__name__}") from err


def encodebytes(s):
    """s in Base64, in lines of at most 76 characters, each ending with a newline."""
    _input_type_check(s)
    return b''.join(binascii.b2a_base64(s[start:start + MAXBINSIZE])
                    for start in range(0, len(s), MAXBINSIZE))


def decodebytes(s):
    """The bytes of Base64 data in lines."""
    _input_type_check(s)
    return binascii.a2b_base64(s)


def _read_full(stream, size):
    # A short read is not the end of the stream: read until size bytes or nothing comes.
    data = stream.read(size)
    while data and len(data) < size:
        more = stream.read(size - len(data))
        if not more:
            break
        data += more
    return data


def encode(input, output):
    """Write the Base64 lines of binary file input to binary file output."""
    while True:
        data = _read_full(input, MAXBINSIZE)
        if not data:
            return
        output.write(binascii.b2a_base64(data))


def decode(input, output):
    """Write the bytes of the Base64 lines of binary file input to binary file output."""
    while True:
        line = input.readline()
        if not line:
            return
        output.write(binascii.a2b_base64(line))
