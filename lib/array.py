"""Typed arrays of numbers or characters, behaving like CPython 3.11's array module on 64-bit
Linux: the same item sizes ('l' and 'L' are 8 bytes, 'u' is a 4-byte wchar_t), byte order
(little-endian) and error messages.

An array keeps its items in a plain list, already converted to what the C storage would give
back: ints checked against the C type's range, floats rounded to float32 for 'f', one-character
strings for 'u'. Bytes come from int.to_bytes, and from the IEEE bit patterns for floats."""

from math import copysign as _copysign, isinf as _isinf, frexp as _frexp, ldexp as _ldexp

__all__ = ['ArrayType', 'array', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

_ITEMSIZE = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
             'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}

_LONG_MIN, _LONG_MAX = -(1 << 63), (1 << 63) - 1
_ULONG_MAX = (1 << 64) - 1
_INT_MIN, _INT_MAX = -(1 << 31), (1 << 31) - 1
_SHORT_MIN, _SHORT_MAX = -(1 << 15), (1 << 15) - 1

_BAD_TYPECODE = 'bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)'


def _as_int(value):
    """The integer a C integer slot accepts: ints and objects with __index__."""
    if isinstance(value, int):
        return int(value)
    if hasattr(type(value), '__index__'):
        return type(value).__index__(value)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


def _check_range(value, low, high, name):
    if value < low:
        raise OverflowError('%s is less than minimum' % name)
    if value > high:
        raise OverflowError('%s is greater than maximum' % name)


def _as_c_long(value):
    if not _LONG_MIN <= value <= _LONG_MAX:
        raise OverflowError('Python int too large to convert to C long')
    return value


def _as_c_unsigned(value):
    # Both 'I' and 'L' go through PyLong_AsUnsignedLong, which words the negative case oddly.
    if value < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if value > _ULONG_MAX:
        raise OverflowError('Python int too large to convert to C unsigned long')
    return value


# The small C types are read as a C long first, sometimes through a wider C type, and each
# step has its own range message; the chains below reproduce which message wins.
def _store_b(value):
    v = _as_c_long(_as_int(value))
    _check_range(v, _SHORT_MIN, _SHORT_MAX, 'signed short integer')
    _check_range(v, -128, 127, 'signed char')
    return v


def _store_B(value):
    v = _as_c_long(_as_int(value))
    _check_range(v, 0, 255, 'unsigned byte integer')
    return v


def _store_h(value):
    v = _as_c_long(_as_int(value))
    _check_range(v, _SHORT_MIN, _SHORT_MAX, 'signed short integer')
    return v


def _store_H(value):
    v = _as_c_long(_as_int(value))
    _check_range(v, _INT_MIN, _INT_MAX, 'signed integer')
    _check_range(v, 0, 0xFFFF, 'unsigned short')
    return v


def _store_i(value):
    v = _as_c_long(_as_int(value))
    _check_range(v, _INT_MIN, _INT_MAX, 'signed integer')
    return v


def _store_I(value):
    v = _as_c_unsigned(_as_int(value))
    if v > 0xFFFFFFFF:
        raise OverflowError('unsigned int is greater than maximum')
    return v


def _store_l(value):
    return _as_c_long(_as_int(value))


def _store_L(value):
    return _as_c_unsigned(_as_int(value))


def _store_q(value):
    v = _as_int(value)
    if not _LONG_MIN <= v <= _LONG_MAX:
        raise OverflowError('int too big to convert')
    return v


def _store_Q(value):
    v = _as_int(value)
    if v < 0:
        raise OverflowError("can't convert negative int to unsigned")
    if v > _ULONG_MAX:
        raise OverflowError('int too big to convert')
    return v


def _as_float(value):
    if isinstance(value, float):
        return float(value)
    kind = type(value)
    if hasattr(kind, '__float__'):
        return float(value)
    if hasattr(kind, '__index__'):
        return float(kind.__index__(value))
    raise TypeError('must be real number, not %s' % kind.__name__)


def _store_d(value):
    return _as_float(value)


_FLT_MAX = 3.4028234663852886e+38


def _store_f(value):
    x = _as_float(value)
    if x == 0 or x != x or _isinf(x):
        return x
    # What a C cast to float gives: the nearest float32 (ties to even) with 24 significant
    # bits, fewer below 2**-126 where every value is a multiple of 2**-149; past FLT_MAX an
    # infinity (struct.pack would refuse those).
    fraction, exponent = _frexp(x)
    if exponent >= -125:
        rounded = _ldexp(float(round(_ldexp(fraction, 24))), exponent - 24)
    else:
        # Tiny values may round to zero, which keeps the sign of x.
        rounded = _copysign(_ldexp(float(round(_ldexp(x, 149))), -149), x)
    if abs(rounded) > _FLT_MAX:
        return _copysign(float('inf'), x)
    return rounded


def _store_u(value):
    if isinstance(value, str) and len(value) == 1:
        return str(value)
    raise TypeError('array item must be unicode character')


_STORE = {'b': _store_b, 'B': _store_B, 'u': _store_u, 'h': _store_h, 'H': _store_H,
          'i': _store_i, 'I': _store_I, 'l': _store_l, 'L': _store_L, 'q': _store_q,
          'Q': _store_Q, 'f': _store_f, 'd': _store_d}


# IEEE layouts: (stored fraction bits, exponent bias, smallest normal exponent).
_IEEE = {'f': (23, 127, -126), 'd': (52, 1023, -1022)}


def _float_to_bits(code, x):
    """The IEEE bit pattern of x, which is exactly representable in the format (items of an 'f'
    array were rounded when stored)."""
    fraction_bits, bias, lowest = _IEEE[code]
    top = 1 << (fraction_bits + (11 if code == 'd' else 8))
    sign = top if _copysign(1.0, x) < 0 else 0
    if x != x:
        return sign | (((2 * bias + 1) << fraction_bits) | (1 << (fraction_bits - 1)))
    magnitude = abs(x)
    if _isinf(magnitude):
        return sign | ((2 * bias + 1) << fraction_bits)
    if magnitude == 0:
        return sign
    fraction, exponent = _frexp(magnitude)
    if exponent - 1 < lowest:
        # Subnormal: a multiple of the smallest step, with a zero exponent field.
        return sign | int(_ldexp(magnitude, fraction_bits - lowest))
    mantissa = int(_ldexp(fraction, fraction_bits + 1)) - (1 << fraction_bits)
    return sign | ((exponent - 1 + bias) << fraction_bits) | mantissa


def _float_from_bits(code, bits):
    fraction_bits, bias, lowest = _IEEE[code]
    sign_shift = fraction_bits + (11 if code == 'd' else 8)
    field = (bits >> fraction_bits) & (2 * bias + 1)
    mantissa = bits & ((1 << fraction_bits) - 1)
    if field == 2 * bias + 1:
        value = float('nan') if mantissa else float('inf')
    elif field == 0:
        value = _ldexp(float(mantissa), lowest - fraction_bits)
    else:
        value = _ldexp(float(mantissa | (1 << fraction_bits)), field - bias - fraction_bits)
    return -value if bits >> sign_shift else value


def _items_to_bytes(code, items):
    if code == 'u':
        return ''.join(items).encode('utf-32-le', 'surrogatepass')
    size = _ITEMSIZE[code]
    if code in 'fd':
        return b''.join([_float_to_bits(code, v).to_bytes(size, 'little') for v in items])
    signed = code in 'bhilq'
    return b''.join([v.to_bytes(size, 'little', signed=signed) for v in items])


def _items_from_bytes(code, data):
    size = _ITEMSIZE[code]
    if code == 'u':
        return list(data.decode('utf-32-le', 'surrogatepass'))
    if code in 'fd':
        return [_float_from_bits(code, int.from_bytes(data[at:at + size], 'little'))
                for at in range(0, len(data), size)]
    signed = code in 'bhilq'
    return [int.from_bytes(data[at:at + size], 'little', signed=signed)
            for at in range(0, len(data), size)]


def _bytes_like(data):
    """The bytes of a buffer argument, as CPython's y* conversion accepts it."""
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    if isinstance(data, memoryview):
        return data.tobytes()
    if isinstance(data, array):
        return data.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def _repeat_count(n):
    if isinstance(n, int) or hasattr(type(n), '__index__'):
        return _as_int(n)
    raise TypeError("can't multiply sequence by non-int of type '%s'" % type(n).__name__)


def _position(key):
    if isinstance(key, int) or hasattr(type(key), '__index__'):
        return _as_int(key)
    raise TypeError('array indices must be integers')


def _read_only(name):
    raise AttributeError("attribute '%s' of 'array.array' objects is not writable" % name)


def _find(items, value, start, stop):
    for at in range(start, stop):
        if items[at] == value:
            return at
    return -1


class array:
    """array(typecode [, initializer]) -> array

    A mutable sequence of items of one C type, chosen by the typecode (one of the module's
    typecodes). The initializer may be a list or other iterable of items, a bytes-like object
    (machine values), a str for a 'u' array, or another array."""
    __memphis_type_name__ = 'array.array'  # what messages call it, as CPython's C type

    __hash__ = None
    # No instance __dict__, as in CPython; subclasses get one.
    # `_list` holds the items; while a memoryview may be looking at them, they live in the
    # exported buffer `_cells` (a view cast to the typecode, over `_raw`, its bytes) instead.
    __slots__ = ('_code', '_list', '_raw', '_cells')

    def __new__(cls, *args, **kwargs):
        if kwargs:
            raise TypeError('array.array() takes no keyword arguments')
        if not args:
            raise TypeError('array() takes at least 1 argument (0 given)')
        if len(args) > 2:
            raise TypeError('array() takes at most 2 arguments (%d given)' % len(args))
        code = args[0]
        if not isinstance(code, str) or len(code) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not %s'
                            % type(code).__name__)
        if code not in _ITEMSIZE:
            raise ValueError(_BAD_TYPECODE)
        self = object.__new__(cls)
        self._code = code
        self._list = []
        self._raw = None
        self._cells = None
        if len(args) == 2:
            self._fill(args[1])
        return self

    def __init__(self, *args, **kwargs):
        pass

    # -- the buffer a memoryview shares ----------------------------------------------------------

    @property
    def _items(self):
        """The items as a list: while exported, read afresh from the buffer, which a view may
        have written to."""
        cells = self._cells
        if cells is not None:
            self._list = cells.tolist()
        return self._list

    @_items.setter
    def _items(self, items):
        self._list = items
        if self._cells is not None:
            self._push()

    def _push(self):
        """After the list of items changed: store it into the exported buffer. A change of
        length leaves the buffer behind (CPython refuses to resize an array a live view is
        looking at; a view that is gone could not tell)."""
        data = _items_to_bytes(self._code, self._list)
        if len(data) == len(self._raw):
            self._raw[:] = data
        else:
            self._raw = self._cells = None

    def __memphis_buffer__(self):
        """The memory `memoryview(self)` shares: the items as machine values, cast to the
        typecode, kept until the array changes length."""
        if self._code == 'u':
            raise NotImplementedError('memoryview: format w not supported')
        if self._cells is None:
            raw = memoryview(bytearray(self.tobytes()))
            self._raw = raw
            self._cells = raw.cast(self._code)
        return self._cells

    def _fill(self, source):
        code = self._code
        if isinstance(source, str):
            if code != 'u':
                raise TypeError('cannot use a str to initialize an array with typecode %r'
                                % code)
            self._items = list(source)
        elif isinstance(source, array) and source._code == 'u' and code != 'u':
            raise TypeError('cannot use a unicode array to initialize an array with typecode %r'
                            % code)
        elif isinstance(source, (bytes, bytearray)):
            self.frombytes(source)
        else:
            self.extend(iter(source))

    def _like(self, items):
        """A new plain array of this typecode (slices and sums are never subclass instances)."""
        fresh = array(self._code)
        fresh._items = items
        return fresh

    # -- attributes ---------------------------------------------------------------------------

    @property
    def typecode(self):
        """The one-character code of the item type, as given when the array was made."""
        return self._code

    @typecode.setter
    def typecode(self, value):
        _read_only('typecode')

    @typecode.deleter
    def typecode(self):
        _read_only('typecode')

    @property
    def itemsize(self):
        """How many bytes one item takes in the C storage."""
        return _ITEMSIZE[self._code]

    @itemsize.setter
    def itemsize(self, value):
        _read_only('itemsize')

    @itemsize.deleter
    def itemsize(self):
        _read_only('itemsize')

    # -- the sequence protocol ----------------------------------------------------------------

    def __len__(self):
        return len(self._list if self._cells is None else self._cells)

    def __iter__(self):
        return _ArrayIterator(self)

    def __contains__(self, value):
        for item in self._items:
            if item == value:
                return True
        return False

    def __getitem__(self, key):
        if isinstance(key, slice):
            return self._like(self._items[key])
        at = _position(key)
        n = len(self._items)
        if at < 0:
            at += n
        if not 0 <= at < n:
            raise IndexError('array index out of range')
        cells = self._cells
        return self._list[at] if cells is None else cells[at]

    def __setitem__(self, key, value):
        if isinstance(key, slice):
            self._assign_slice(key, value)
            return
        at = _position(key)
        n = len(self._items)
        if at < 0:
            at += n
        if not 0 <= at < n:
            raise IndexError('array assignment index out of range')
        value = _STORE[self._code](value)
        cells = self._cells
        if cells is None:
            self._list[at] = value
        else:
            cells[at] = value

    def _assign_slice(self, key, value):
        if not isinstance(value, array):
            raise TypeError('can only assign array (not "%s") to array slice'
                            % type(value).__name__)
        if value._code != self._code:
            raise TypeError('bad argument type for built-in operation')
        replacement = list(value._items)
        start, stop, step = key.indices(len(self._items))
        if step != 1:
            span = len(range(start, stop, step))
            if len(replacement) != span:
                raise ValueError('attempt to assign array of size %d to extended slice of size %d'
                                 % (len(replacement), span))
        items = self._items
        items[key] = replacement
        self._changed()

    def __delitem__(self, key):
        if isinstance(key, slice):
            del self._items[key]
            self._changed()
            return
        at = _position(key)
        n = len(self._items)
        if at < 0:
            at += n
        if not 0 <= at < n:
            raise IndexError('array assignment index out of range')
        del self._items[at]
        self._changed()

    def _changed(self):
        """After changing the list `_items` returned in place."""
        if self._cells is not None:
            self._push()

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if other._code != self._code:
            raise TypeError('bad argument type for built-in operation')
        return self._like(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")'
                            % type(other).__name__)
        self.extend(other)
        return self

    def __mul__(self, n):
        return self._like(self._items * _repeat_count(n))

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= _repeat_count(n)
        return self

    # -- comparisons: item by item, against any other array ----------------------------------

    def _compare(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        mine, theirs = self._items, other._items
        if op in ('==', '!=') and len(mine) != len(theirs):
            return op == '!='
        for x, y in zip(mine, theirs):
            if not x == y:
                if op == '==':
                    return False
                if op == '!=':
                    return True
                return _ORDER[op](x, y)
        return _ORDER[op](len(mine), len(theirs))

    def __eq__(self, other):
        return self._compare(other, '==')

    def __ne__(self, other):
        return self._compare(other, '!=')

    def __lt__(self, other):
        return self._compare(other, '<')

    def __le__(self, other):
        return self._compare(other, '<=')

    def __gt__(self, other):
        return self._compare(other, '>')

    def __ge__(self, other):
        return self._compare(other, '>=')

    # -- list-like methods --------------------------------------------------------------------

    def append(self, v):
        """Add v after the last item."""
        if self._cells is None:
            self._list.append(_STORE[self._code](v))
        else:
            self._items.append(_STORE[self._code](v))
            self._push()

    def extend(self, bb):
        """Add every item of an iterable (or of an array of the same typecode) at the end."""
        if isinstance(bb, array):
            if bb._code != self._code:
                raise TypeError('can only extend with array of same kind')
            self._items.extend(list(bb._items))
            self._changed()
            return
        store = _STORE[self._code]
        # Items before a bad one stay appended, as in CPython.
        try:
            for item in bb:
                self._items.append(store(item))
        finally:
            self._changed()

    def insert(self, i, v):
        """Put v before position i (clamped to the ends, negative counting from the end)."""
        at = _as_int(i)
        value = _STORE[self._code](v)
        n = len(self._items)
        if at < 0:
            at = max(at + n, 0)
        self._items.insert(min(at, n), value)
        self._changed()

    def pop(self, i=-1):
        """Take out and return the item at position i, the last one by default."""
        at = _as_int(i)
        n = len(self._items)
        if n == 0:
            raise IndexError('pop from empty array')
        if at < 0:
            at += n
        if not 0 <= at < n:
            raise IndexError('pop index out of range')
        item = self._items.pop(at)
        self._changed()
        return item

    def remove(self, v):
        """Delete the first item equal to v; ValueError if there is none."""
        at = _find(self._items, v, 0, len(self._items))
        if at < 0:
            raise ValueError('array.remove(x): x not in array')
        del self._items[at]
        self._changed()

    def index(self, v, start=0, stop=None):
        """Position of the first item equal to v within [start, stop); ValueError if none."""
        n = len(self._items)
        lo, hi, _ = slice(start, stop).indices(n)
        at = _find(self._items, v, lo, hi)
        if at < 0:
            raise ValueError('array.index(x): x not in array')
        return at

    def count(self, v):
        """How many items equal v."""
        return sum(1 for item in self._items if item == v)

    def reverse(self):
        """Turn the item order around, in place."""
        self._items.reverse()
        self._changed()

    def byteswap(self):
        """Reverse the bytes of every item, converting between little- and big-endian data."""
        size = _ITEMSIZE[self._code]
        raw = self.tobytes()
        swapped = b''.join([raw[at:at + size][::-1] for at in range(0, len(raw), size)])
        self._items = _items_from_bytes(self._code, swapped)

    def buffer_info(self):
        """(an address-like identity number, item count)."""
        return (id(self), len(self._items))

    def __copy__(self):
        return self._like(list(self._items))

    def __deepcopy__(self, memo):
        return self._like(list(self._items))

    # -- conversions --------------------------------------------------------------------------

    def tobytes(self):
        """The items as machine values (little-endian), one after another."""
        return _items_to_bytes(self._code, self._items)

    def __bytes__(self):
        return self.tobytes()

    def frombytes(self, buffer):
        """Add the items held, as machine values, in a bytes-like object."""
        data = _bytes_like(buffer)
        if len(data) % _ITEMSIZE[self._code]:
            raise ValueError('bytes length not a multiple of item size')
        self._items.extend(_items_from_bytes(self._code, data))
        self._changed()

    def tolist(self):
        """A list of the items."""
        return list(self._items)

    def fromlist(self, list_):
        """Add the items of a list, all of them or (on a bad one) none."""
        if not isinstance(list_, list):
            raise TypeError('arg must be list')
        store = _STORE[self._code]
        # All or nothing: a bad item leaves the array as it was.
        converted = [store(item) for item in list_]
        self._items.extend(converted)
        self._changed()

    def tounicode(self):
        """The characters of a 'u' array as a str."""
        if self._code != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def fromunicode(self, ustr):
        """Add the characters of a str to a 'u' array."""
        if not isinstance(ustr, str):
            raise TypeError('fromunicode() argument must be str, not %s' % type(ustr).__name__)
        if self._code != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        self._items.extend(list(ustr))
        self._changed()

    def tofile(self, f):
        """Write tobytes() to the binary file f."""
        if self._items:
            f.write(self.tobytes())

    def fromfile(self, f, n):
        """Read n items' worth of bytes from the binary file f and add them; EOFError (after
        adding the whole items read) when the file ends first."""
        count = _as_int(n)
        if count < 0:
            raise ValueError('negative count')
        if count == 0:
            return
        wanted = count * _ITEMSIZE[self._code]
        data = f.read(wanted)
        if not isinstance(data, bytes):
            raise TypeError('read() didn\'t return bytes')
        self.frombytes(data)
        if len(data) != wanted:
            raise EOFError("read() didn't return enough bytes")

    # -- text ---------------------------------------------------------------------------------

    def __repr__(self):
        name = type(self).__name__
        if not self._items:
            return '%s(%r)' % (name, self._code)
        if self._code == 'u':
            return '%s(%r, %r)' % (name, self._code, ''.join(self._items))
        return '%s(%r, %r)' % (name, self._code, self._items)


_ORDER = {
    '<': lambda x, y: x < y, '<=': lambda x, y: x <= y,
    '>': lambda x, y: x > y, '>=': lambda x, y: x >= y,
    '==': lambda x, y: x == y, '!=': lambda x, y: x != y,
}


class _ArrayIterator:
    """Walks an array by position, so items appended during the walk are seen."""

    def __init__(self, target):
        self._target = target
        self._at = 0

    def __iter__(self):
        return self

    def __next__(self):
        target = self._target
        if target is None:
            raise StopIteration
        store = target._list if target._cells is None else target._cells
        if self._at >= len(store):
            self._target = None
            raise StopIteration
        item = store[self._at]
        self._at += 1
        return item


_ArrayIterator.__name__ = 'arrayiterator'
_ArrayIterator.__qualname__ = 'arrayiterator'

ArrayType = array
