"""Base16, Base32 and Base64 data encodings (RFC 4648), after CPython's base64 module."""

__all__ = ['b64encode', 'b64decode', 'standard_b64encode', 'standard_b64decode',
           'urlsafe_b64encode', 'urlsafe_b64decode', 'b32encode', 'b32decode', 'b16encode',
           'b16decode', 'encodebytes', 'decodebytes']

_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'


class Error(ValueError):
    pass


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    try:
        return bytes(memoryview(s))
    except TypeError:
        raise TypeError('argument should be a bytes-like object or ASCII '
                        'string, not %r' % s.__class__.__name__) from None


def _to_bytes(s):
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    if isinstance(s, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return bytes(s)


def b64encode(s, altchars=None):
    """Encode the bytes-like object s using Base64 and return a bytes object."""
    data = _to_bytes(s)
    out = bytearray()
    n = len(data)
    i = 0
    while i + 2 < n:
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out.append(_B64[v >> 18])
        out.append(_B64[(v >> 12) & 63])
        out.append(_B64[(v >> 6) & 63])
        out.append(_B64[v & 63])
        i += 3
    rest = n - i
    if rest == 1:
        v = data[i] << 16
        out += bytes([_B64[v >> 18], _B64[(v >> 12) & 63]]) + b'=='
    elif rest == 2:
        v = (data[i] << 16) | (data[i + 1] << 8)
        out += bytes([_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63]]) + b'='
    result = bytes(out)
    if altchars is not None:
        altchars = _to_bytes(altchars)
        result = result.replace(b'+', altchars[0:1]).replace(b'/', altchars[1:2])
    return result


_DECODE = {}
for _i, _c in enumerate(_B64):
    _DECODE[_c] = _i


def b64decode(s, altchars=None, validate=False):
    """Decode the Base64 encoded bytes-like object or ASCII string s."""
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        s = s.replace(altchars[0:1], b'+').replace(altchars[1:2], b'/')
    values = []
    pad = 0
    for c in s:
        if c in _DECODE:
            if pad:
                if validate:
                    raise Error('Excess data after padding')
                break
            values.append(_DECODE[c])
        elif c == 61:
            pad += 1
            if (len(values) + pad) % 4 == 0 or pad >= 2:
                if (len(values) % 4) in (2, 3) and (len(values) + pad) % 4 == 0:
                    break
        elif validate:
            raise Error('Non-base64 digit found')
    if len(values) % 4 == 1:
        raise Error('Invalid base64-encoded string: number of data characters (%d) cannot be '
                    '1 more than a multiple of 4' % len(values))
    if len(values) % 4 and (len(values) % 4) + pad < 4 and not (pad == 0 and False):
        if pad < 4 - len(values) % 4:
            raise Error('Incorrect padding')
    out = bytearray()
    i = 0
    n = len(values)
    while i + 3 < n:
        v = (values[i] << 18) | (values[i + 1] << 12) | (values[i + 2] << 6) | values[i + 3]
        out.append(v >> 16)
        out.append((v >> 8) & 255)
        out.append(v & 255)
        i += 4
    rest = n - i
    if rest == 2:
        v = (values[i] << 18) | (values[i + 1] << 12)
        out.append(v >> 16)
    elif rest == 3:
        v = (values[i] << 18) | (values[i + 1] << 12) | (values[i + 2] << 6)
        out.append(v >> 16)
        out.append((v >> 8) & 255)
    return bytes(out)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s).replace(b'+', b'-').replace(b'/', b'_')


def urlsafe_b64decode(s):
    s = _bytes_from_decode_data(s)
    s = s.replace(b'-', b'+').replace(b'_', b'/')
    return b64decode(s)


def encodebytes(s):
    """Encode a bytestring into a bytes object containing multiple lines of base-64 data."""
    data = _to_bytes(s)
    pieces = []
    for i in range(0, len(data), 57):
        pieces.append(b64encode(data[i:i + 57]) + b'\n')
    return b''.join(pieces)


def decodebytes(s):
    return b64decode(s)


def b32encode(s):
    """Encode the bytes-like object s using Base32 and return a bytes object."""
    data = _to_bytes(s)
    out = bytearray()
    leftover = len(data) % 5
    if leftover:
        data = data + b'\0' * (5 - leftover)
    for i in range(0, len(data), 5):
        c = int.from_bytes(data[i:i + 5], 'big')
        for shift in (35, 30, 25, 20, 15, 10, 5, 0):
            out.append(_B32[(c >> shift) & 31])
    if leftover == 1:
        out[-6:] = b'======'
    elif leftover == 2:
        out[-4:] = b'===='
    elif leftover == 3:
        out[-3:] = b'==='
    elif leftover == 4:
        out[-1:] = b'='
    return bytes(out)


def b32decode(s, casefold=False, map01=None):
    """Decode the Base32 encoded bytes-like object or ASCII string s."""
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise Error('Incorrect padding')
    if casefold:
        s = s.upper()
    l = len(s)
    s = s.rstrip(b'=')
    padchars = l - len(s)
    out = bytearray()
    for i in range(0, len(s), 8):
        quanta = s[i:i + 8]
        acc = 0
        for c in quanta:
            idx = _B32.find(bytes([c]))
            if idx < 0:
                raise Error('Non-base32 digit found')
            acc = (acc << 5) + idx
        acc <<= 5 * (8 - len(quanta))
        out += acc.to_bytes(5, 'big')
    if padchars:
        keep = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}.get(padchars)
        if keep is None:
            raise Error('Incorrect padding')
        out = out[:len(out) - 5 + keep]
    return bytes(out)


def b16encode(s):
    """Encode the bytes-like object s using Base16 and return a bytes object."""
    return _to_bytes(s).hex().upper().encode('ascii')


def b16decode(s, casefold=False):
    """Decode the Base16 encoded bytes-like object or ASCII string s."""
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    for c in s:
        if c not in b'0123456789ABCDEF':
            raise Error('Non-base16 digit found')
    return bytes.fromhex(s.decode('ascii'))
