"""Conversion between Python values and C structs held in bytes, following CPython 3.11's
Modules/_struct.c on a 64-bit little-endian Linux host: the same native sizes and alignment for
'@', the same standard sizes for '<', '>', '!' and '=', and the same struct.error messages.

One quirk is kept on purpose: _struct.c swaps the native packers into the little-endian table
wherever the sizes agree, so '<h' and '>h' word their range errors differently ("short format
requires ..." against "'h' format requires ..."). _pack_int reproduces both families.

Floats are converted through their exact integer mantissa and exponent (math.frexp), rounding
half to even into the narrower 'f' and 'e' formats like a C cast does."""

from math import frexp as _frexp, ldexp as _ldexp, isnan as _isnan, isinf as _isinf
from math import copysign as _copysign

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct',
           'error']


class error(Exception):
    pass


error.__module__ = 'struct'

# code -> (native size, standard size); alignment in native mode equals the native size.
_SIZES = {
    'x': (1, 1), 'c': (1, 1), 'b': (1, 1), 'B': (1, 1), '?': (1, 1),
    'h': (2, 2), 'H': (2, 2), 'i': (4, 4), 'I': (4, 4), 'l': (8, 4), 'L': (8, 4),
    'q': (8, 8), 'Q': (8, 8), 'n': (8, None), 'N': (8, None), 'P': (8, None),
    'e': (2, 2), 'f': (4, 4), 'd': (8, 8), 's': (1, 1), 'p': (1, 1),
}
_SIGNED = 'bhilqn'
_UNSIGNED = 'BHILQNP'
# (exponent bits, stored fraction bits) of the IEEE formats.
_FLOAT_LAYOUT = {'e': (5, 10), 'f': (8, 23), 'd': (11, 52)}
_NP_NAMES = {'b': 'byte', 'B': 'ubyte', 'h': 'short', 'H': 'ushort'}


def _parse(fmt):
    """Split a format into (byte order, [(code, count, offset, size)], total size)."""
    if isinstance(fmt, (bytes, bytearray)):
        fmt = fmt.decode('latin-1')
    elif not isinstance(fmt, str):
        raise TypeError("Struct() argument 1 must be a str or bytes object, not %s"
                        % type(fmt).__name__)
    order = '@'
    i = 0
    if fmt and fmt[0] in '@=<>!':
        order = fmt[0]
        i = 1
    native = order == '@'
    items = []
    offset = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch.isspace():
            i += 1
            continue
        count = 1
        if '0' <= ch <= '9':
            j = i
            while i < n and '0' <= fmt[i] <= '9':
                i += 1
            count = int(fmt[j:i])
            if i >= n:
                raise error('repeat count given without format specifier')
            ch = fmt[i]
        i += 1
        if ch not in _SIZES:
            raise error('bad char in struct format')
        size = _SIZES[ch][0] if native else _SIZES[ch][1]
        if size is None:
            raise error('bad char in struct format')
        if native and size > 1 and ch not in 'sp':
            offset = (offset + size - 1) // size * size
        if ch in 'sp':
            items.append((ch, count, offset, count))
            offset += count
        elif ch == 'x':
            offset += count
        else:
            for _ in range(count):
                items.append((ch, 1, offset, size))
                offset += size
    return order, items, offset


def _index(v):
    if isinstance(v, int):
        return int(v)
    if hasattr(type(v), '__index__'):
        return type(v).__index__(v)
    raise error('required argument is not an integer')


def _pack_int(order, code, v, size):
    v = _index(v)
    bits = size * 8
    big = order in '>!'
    native_packer = not big and (order == '@' or code not in 'lL')
    if code in 'bB':
        native_packer = True
    if code in 'qQ' and big:
        lo, hi = (-(1 << 63), (1 << 63) - 1) if code == 'q' else (0, (1 << 64) - 1)
        if v < lo or v > hi:
            raise error('int too large to convert')
    elif code in _SIGNED or (native_packer and code in 'BH'):
        # get_long: anything outside a C long is "argument out of range".
        if v < -(1 << 63) or v > (1 << 63) - 1:
            raise error('argument out of range')
    else:
        # get_ulong
        if v < 0 or v > (1 << 64) - 1:
            raise error('argument out of range')
    if code in _SIGNED:
        lo, hi = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
    else:
        lo, hi = 0, (1 << bits) - 1
    if v < lo or v > hi:
        if size == 8:
            raise error('argument out of range')
        if native_packer and code in _NP_NAMES:
            raise error('%s format requires %d <= number <= %d' % (_NP_NAMES[code], lo, hi))
        raise error("'%s' format requires %d <= number <= %d" % (code, lo, hi))
    return v.to_bytes(size, 'big' if big else 'little', signed=code in _SIGNED)


def _float_bits(code, x):
    ebits, mbits = _FLOAT_LAYOUT[code]
    bias = (1 << (ebits - 1)) - 1
    emax = (1 << ebits) - 1
    sign = 1 if _copysign(1.0, x) < 0 else 0
    if _isnan(x):
        return (sign << (ebits + mbits)) | (emax << mbits) | (1 << (mbits - 1))
    if _isinf(x):
        return (sign << (ebits + mbits)) | (emax << mbits)
    if x == 0:
        return sign << (ebits + mbits)
    m, e = _frexp(abs(x))
    mant = int(m * (1 << 53))          # |x| = mant * 2**(e - 53), exactly
    exp2 = e - 53
    unbiased = e - 1
    if unbiased < 1 - bias:
        k = 1 - bias - mbits           # subnormal: a fixed quantum
    else:
        k = unbiased - mbits
    shift = k - exp2
    if shift <= 0:
        frac = mant << -shift
    else:
        frac = mant >> shift
        rest = mant - (frac << shift)
        half = 1 << (shift - 1)
        if rest > half or (rest == half and frac & 1):
            frac += 1
    if frac >= (1 << (mbits + 1)):
        frac >>= 1
        k += 1
    if frac >= (1 << mbits):
        biased = k + mbits + bias
        frac -= 1 << mbits
    else:
        biased = 0
    if biased >= emax:
        raise OverflowError('float too large to pack with %s format' % code)
    return (sign << (ebits + mbits)) | (biased << mbits) | frac


def _float_from_bits(code, bits):
    ebits, mbits = _FLOAT_LAYOUT[code]
    bias = (1 << (ebits - 1)) - 1
    emax = (1 << ebits) - 1
    sign = bits >> (ebits + mbits)
    biased = (bits >> mbits) & emax
    frac = bits & ((1 << mbits) - 1)
    if biased == emax:
        if frac:
            value = float('nan')
        else:
            value = float('inf')
    elif biased == 0:
        value = _ldexp(float(frac), 1 - bias - mbits)
    else:
        value = _ldexp(float(frac | (1 << mbits)), biased - bias - mbits)
    return -value if sign else value


def _pack_one(order, code, count, size, v):
    if code in 'bBhHiIlLqQnNP':
        return _pack_int(order, code, v, size)
    if code in 'efd':
        was_float = isinstance(v, float)
        if not was_float:
            if hasattr(type(v), '__float__'):
                v = float(v)
            elif hasattr(type(v), '__index__'):
                v = float(_index(v))
            else:
                raise error('required argument is not a float')
        try:
            n = _float_bits(code, v)
        except OverflowError:
            if was_float:
                raise
            raise error('int too large to convert') from None
        return n.to_bytes(size, 'big' if order in '>!' else 'little')
    if code == '?':
        return b'\x01' if v else b'\x00'
    if code == 'c':
        if not isinstance(v, (bytes, bytearray)) or len(v) != 1:
            raise error('char format requires a bytes object of length 1')
        return bytes(v)
    if code == 's':
        if not isinstance(v, (bytes, bytearray)):
            raise error("argument for 's' must be a bytes object")
        data = bytes(v[:count])
        return data + bytes(count - len(data))
    # 'p': a Pascal string, its length (at most 255) in the first byte.
    if not isinstance(v, (bytes, bytearray)):
        raise error("argument for 'p' must be a bytes object")
    if count == 0:
        return b''
    data = bytes(v[:count - 1])
    return bytes([min(len(data), 255)]) + data + bytes(count - 1 - len(data))


def _unpack_one(order, code, count, size, data):
    if code in 'bBhHiIlLqQnNP':
        return int.from_bytes(data, 'big' if order in '>!' else 'little', signed=code in _SIGNED)
    if code in 'efd':
        return _float_from_bits(code, int.from_bytes(data, 'big' if order in '>!' else 'little'))
    if code == '?':
        return data != bytes(len(data))
    if code == 'c' or code == 's':
        return bytes(data)
    if count == 0:
        return b''
    n = min(data[0], count - 1)
    return bytes(data[1:1 + n])


class Struct:
    """A compiled struct format."""

    def __init__(self, format):
        self._order, self._items, self.size = _parse(format)
        self.format = format.decode('latin-1') if isinstance(format, (bytes, bytearray)) else format

    def _pack_bytes(self, args, name):
        if len(args) != len(self._items):
            raise error('%s expected %d items for packing (got %d)'
                        % (name, len(self._items), len(args)))
        out = bytearray(self.size)
        for (code, count, offset, size), v in zip(self._items, args):
            out[offset:offset + size] = _pack_one(self._order, code, count, size, v)
        return out

    def pack(self, *args):
        return bytes(self._pack_bytes(args, 'pack'))

    def pack_into(self, buffer, offset, *args):
        data = self._pack_bytes(args, 'pack_into')
        offset = _index(offset)
        n = len(buffer)
        if offset < 0:
            if offset + self.size > 0:
                raise error('no space to pack %d bytes at offset %d' % (self.size, offset))
            if offset + n < 0:
                raise error('offset %d out of range for %d-byte buffer' % (offset, n))
            offset += n
        if n - offset < self.size:
            raise error('pack_into requires a buffer of at least %d bytes for packing %d bytes '
                        'at offset %d (actual buffer size is %d)'
                        % (self.size + offset, self.size, offset, n))
        buffer[offset:offset + self.size] = data

    def _unpack_at(self, buffer, offset):
        order = self._order
        return tuple(_unpack_one(order, code, count, size,
                                 buffer[offset + start:offset + start + size])
                     for code, count, start, size in self._items)

    def unpack(self, buffer):
        buffer = bytes(buffer)
        if len(buffer) != self.size:
            raise error('unpack requires a buffer of %d bytes' % self.size)
        return self._unpack_at(buffer, 0)

    def unpack_from(self, buffer, offset=0):
        buffer = bytes(buffer)
        offset = _index(offset)
        n = len(buffer)
        if offset < 0:
            if offset + n < 0:
                raise error('offset %d out of range for %d-byte buffer' % (offset, n))
            offset += n
        if n - offset < self.size:
            raise error('unpack_from requires a buffer of at least %d bytes for unpacking %d '
                        'bytes at offset %d (actual buffer size is %d)'
                        % (self.size + offset, self.size, offset, n))
        return self._unpack_at(buffer, offset)

    def iter_unpack(self, buffer):
        buffer = bytes(buffer)
        if self.size == 0:
            raise error('cannot iteratively unpack with a struct of length 0')
        if len(buffer) % self.size:
            raise error('iterative unpacking requires a buffer of a multiple of %d bytes'
                        % self.size)
        return iter([self._unpack_at(buffer, i) for i in range(0, len(buffer), self.size)])


Struct.__module__ = '_struct'

_cache = {}


def _compiled(fmt):
    s = _cache.get(fmt)
    if s is None:
        if len(_cache) >= 100:
            _cache.clear()
        s = _cache[fmt] = Struct(fmt)
    return s


def calcsize(format):
    return _compiled(format).size


def pack(format, *args):
    return _compiled(format).pack(*args)


def pack_into(format, buffer, offset, *args):
    _compiled(format).pack_into(buffer, offset, *args)


def unpack(format, buffer):
    return _compiled(format).unpack(buffer)


def unpack_from(format, buffer, offset=0):
    return _compiled(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    return _compiled(format).iter_unpack(buffer)
