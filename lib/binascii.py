"""Conversions between binary data and ASCII (after CPython's Modules/binascii.c): hex, base64,
uuencode, quoted-printable and the CRC-32 and CRC-CCITT checksums, with the C module's messages.
Base64 and the checksums run natively (_binascii), which needs neither zlib nor its compressor."""

import _binascii


class Error(ValueError):
    __module__ = 'binascii'


class Incomplete(Exception):
    __module__ = 'binascii'


def _binary(data):
    """A bytes-like argument (Py_buffer): str is refused."""
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, memoryview):
        return data.tobytes()
    raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")


def _ascii(data):
    """An a2b_* argument: a bytes-like object or an ASCII str."""
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        return data.encode('ascii')
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, memoryview):
        return data.tobytes()
    raise TypeError(f"argument should be bytes, buffer or ASCII string, not '{type(data).__name__}'")


# ---------------------------------------------------------------------------------------------
# Hex

def b2a_hex(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data."""
    data = _binary(data)
    if sep is None:
        return bytes(data).hex().encode('ascii')
    return bytes(data).hex(sep, bytes_per_sep).encode('ascii')


hexlify = b2a_hex

_HEX_DIGITS = b'0123456789abcdefABCDEF'


def a2b_hex(hexstr, /):
    """Binary data of hexadecimal representation."""
    data = _ascii(hexstr)
    if len(data) % 2:
        raise Error('Odd-length string')
    for c in data:
        if c not in _HEX_DIGITS:
            raise Error('Non-hexadecimal digit found')
    return bytes.fromhex(data.decode('ascii'))


unhexlify = a2b_hex


# ---------------------------------------------------------------------------------------------
# Base64

def b2a_base64(data, /, *, newline=True):
    """Base64-code line of data."""
    return _binascii.b2a_base64(_binary(data), bool(newline))


def a2b_base64(data, /, *, strict_mode=False):
    """Decode a line of base64 data."""
    result = _binascii.a2b_base64(_ascii(data), bool(strict_mode))
    if isinstance(result, str):
        raise Error(result)
    return result


# ---------------------------------------------------------------------------------------------
# uuencode

def b2a_uu(data, /, *, backtick=False):
    """Uuencode line of data."""
    data = _binary(data)
    if len(data) > 45:
        raise Error('At most 45 bytes at once')
    def enc(v):
        return 96 if backtick and v == 0 else v + 32
    out = bytearray([enc(len(data) & 63)])
    padded = bytes(data) + b'\0' * (-len(data) % 3)
    for i in range(0, len(padded), 3):
        v = (padded[i] << 16) | (padded[i + 1] << 8) | padded[i + 2]
        out += bytes((enc(v >> 18), enc((v >> 12) & 63), enc((v >> 6) & 63), enc(v & 63)))
    out.append(10)
    return bytes(out)


def a2b_uu(data, /):
    """Decode a line of uuencoded data."""
    data = _ascii(data)
    if not data:
        return b'\0' * 32
    length = (data[0] - 32) & 63
    out = bytearray()
    leftbits = 0
    leftchar = 0
    i = 1
    while len(out) < length:
        if i < len(data) and data[i] not in b'\n\r':
            c = data[i]
            if c < 32 or c > 96:
                raise Error('Illegal char')
            c = (c - 32) & 63
        else:
            # Whitespace at the end of the line (or none at all) stands for zero bits.
            c = 0
        i += 1
        leftchar = (leftchar << 6) | c
        leftbits += 6
        if leftbits >= 8:
            leftbits -= 8
            out.append((leftchar >> leftbits) & 255)
            leftchar &= (1 << leftbits) - 1
    # What follows may only be padding or whitespace.
    for c in data[i:]:
        if c not in b' `\n\r':
            raise Error('Trailing garbage')
    return bytes(out)


# ---------------------------------------------------------------------------------------------
# Checksums

def _unsigned(value):
    """An `unsigned int(bitwise=True)` argument: any int, masked by the C code."""
    if not isinstance(value, int):
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return value


def crc32(data, crc=0, /):
    """Compute CRC-32 incrementally."""
    return _binascii.crc32(_binary(data), _unsigned(crc))


def crc_hqx(data, crc, /):
    """Compute CRC-CCITT incrementally."""
    return _binascii.crc_hqx(_binary(data), _unsigned(crc))


# ---------------------------------------------------------------------------------------------
# Quoted-printable

_QP_HEX = b'0123456789ABCDEF'


def a2b_qp(data, header=False):
    """Decode a string of qp-encoded data."""
    data = _ascii(data)
    out = bytearray()
    n = len(data)
    i = 0
    while i < n:
        c = data[i]
        if c == 61:  # '='
            i += 1
            if i >= n:
                break
            # A soft line break: '=' at the end of a line.
            if data[i] == 10 or data[i] == 13:
                if data[i] != 10:
                    while i < n and data[i] != 10:
                        i += 1
                if i < n:
                    i += 1
            elif data[i] == 61:
                # broken case from broken python qp
                out.append(61)
                i += 1
            elif (i + 1 < n and data[i] in _HEX_DIGITS and data[i + 1] in _HEX_DIGITS):
                out.append(int(data[i:i + 2], 16))
                i += 2
            else:
                out.append(61)
        elif header and c == 95:  # '_'
            out.append(32)
            i += 1
        else:
            out.append(c)
            i += 1
    return bytes(out)


def b2a_qp(data, quotetabs=False, istext=True, header=False):
    """Encode a string using quoted-printable encoding."""
    data = bytes(_binary(data))
    MAXLINESIZE = 76
    # Use CRLF line ends if the first line ends with one.
    crlf = False
    first_nl = data.find(b'\n')
    if first_nl > 0 and data[first_nl - 1] == 13:
        crlf = True
    out = bytearray()
    linelen = 0
    n = len(data)
    i = 0

    def quote(c):
        out.append(61)
        out.append(_QP_HEX[c >> 4])
        out.append(_QP_HEX[c & 15])

    while i < n:
        c = data[i]
        if (c > 126 or c == 61 or (header and c == 95) or
                (c == 46 and linelen == 0 and (i + 1 == n or data[i + 1] in b'\n\r' or data[i + 1] == 0)) or
                (not istext and (c == 13 or c == 10)) or
                ((c == 9 or c == 32) and i + 1 == n) or
                (c < 33 and c != 13 and c != 10 and (quotetabs or (c != 9 and c != 32)))):
            if linelen + 3 >= MAXLINESIZE:
                out += b'=\r\n' if crlf else b'=\n'
                linelen = 0
            quote(c)
            linelen += 3
            i += 1
        elif istext and (c == 10 or (i + 1 < n and c == 13 and data[i + 1] == 10)):
            linelen = 0
            # Protect against whitespace on end of line
            if out and out[-1] in (32, 9):
                ch = out.pop()
                quote(ch)
            out += b'\r\n' if crlf else b'\n'
            i += 2 if c == 13 else 1
        else:
            if i + 1 != n and data[i + 1] != 10 and linelen + 1 >= MAXLINESIZE:
                out += b'=\r\n' if crlf else b'=\n'
                linelen = 0
            linelen += 1
            if header and c == 32:
                out.append(95)
            else:
                out.append(c)
            i += 1
    return bytes(out)
