"""UUID objects (universally unique identifiers) per RFC 4122, with the API of CPython's
uuid module.

A UUID is one 128-bit int; every other view of it (fields, bytes, hex, str) is computed from
that int. uuid1() uses a random node instead of the hardware address, which RFC 4122 allows
(section 4.5), since a compiled program does not ask the system for its network interfaces.
"""

import os
from enum import Enum

__all__ = ['UUID', 'SafeUUID', 'getnode', 'uuid1', 'uuid3', 'uuid4', 'uuid5', 'NAMESPACE_DNS',
           'NAMESPACE_URL', 'NAMESPACE_OID', 'NAMESPACE_X500', 'RESERVED_NCS', 'RFC_4122',
           'RESERVED_MICROSOFT', 'RESERVED_FUTURE']

RESERVED_NCS, RFC_4122, RESERVED_MICROSOFT, RESERVED_FUTURE = [
    'reserved for NCS compatibility', 'specified in RFC 4122',
    'reserved for Microsoft compatibility', 'reserved for future definition']

# The constructor's parameters shadow these builtins inside UUID.__init__.
int_ = int
bytes_ = bytes


class SafeUUID(Enum):
    safe = 0
    unsafe = -1
    unknown = None


def _swap_le_fields(b):
    """bytes <-> bytes_le: the first three fields byte-reversed, the last eight bytes as is."""
    return b[3::-1] + b[5:3:-1] + b[7:5:-1] + b[8:]


# The six RFC 4122 fields, most significant first: (width in bits, error for a bad value).
_FIELD_LAYOUT = [(32, 'field 1 out of range (need a 32-bit value)'),
                 (16, 'field 2 out of range (need a 16-bit value)'),
                 (16, 'field 3 out of range (need a 16-bit value)'),
                 (8, 'field 4 out of range (need an 8-bit value)'),
                 (8, 'field 5 out of range (need an 8-bit value)'),
                 (48, 'field 6 out of range (need a 48-bit value)')]

_VARIANT_MASK = 0xc000 << 48
_VARIANT_RFC = 0x8000 << 48
_VERSION_MASK = 0xf000 << 64


def _int_from_hex(text):
    # urn:uuid: prefixes, braces and hyphens are all optional decoration
    digits = text.replace('urn:', '').replace('uuid:', '').strip('{}').replace('-', '')
    if len(digits) != 32:
        raise ValueError('badly formed hexadecimal UUID string')
    return int_(digits, 16)


def _sixteen(raw, name):
    if len(raw) != 16:
        raise ValueError(f'{name} is not a 16-char string')
    return raw


def _int_from_fields(fields):
    if len(fields) != 6:
        raise ValueError('fields is not a 6-tuple')
    packed = 0
    for value, (width, complaint) in zip(fields, _FIELD_LAYOUT):
        if not 0 <= value < 1 << width:
            raise ValueError(complaint)
        packed = (packed << width) | value
    return packed


def _stamp_version(value, version):
    """Set the RFC 4122 variant bits and the 4-bit version number of a 128-bit int."""
    if not 1 <= version <= 5:
        raise ValueError('illegal version number')
    value = (value & ~_VARIANT_MASK) | _VARIANT_RFC
    return (value & ~_VERSION_MASK) | (version << 76)


def _bit_field(shift, width):
    """A read-only property for `width` bits of the int starting `shift` bits from the right."""
    mask = (1 << width) - 1
    return property(lambda self: (self.int >> shift) & mask)


def _int_comparison(test):
    def compare(self, other):
        if isinstance(other, UUID):
            return test(self.int, other.int)
        return NotImplemented
    return compare


class UUID:
    """A UUID: build it from exactly one of hex, bytes, bytes_le, fields or int; `version`
    then overwrites the variant and version bits."""

    __slots__ = ('int', 'is_safe', '__weakref__')

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None, version=None,
                 *, is_safe=SafeUUID.unknown):
        given = [source for source in (hex, bytes, bytes_le, fields, int) if source is not None]
        if len(given) != 1:
            raise TypeError('one of the hex, bytes, bytes_le, fields, or int arguments must be '
                            'given')
        if bytes_le is not None:
            # checked as bytes afterwards, like a big-endian argument
            bytes = _swap_le_fields(_sixteen(bytes_le, 'bytes_le'))
        if hex is not None:
            int = _int_from_hex(hex)
        elif bytes is not None:
            raw = _sixteen(bytes, 'bytes')
            assert isinstance(raw, bytes_), repr(raw)
            int = int_.from_bytes(raw, 'big')
        elif fields is not None:
            int = _int_from_fields(fields)
        if not 0 <= int < 1 << 128:
            raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            int = _stamp_version(int, version)
        object.__setattr__(self, 'int', int)
        object.__setattr__(self, 'is_safe', is_safe)

    def __getstate__(self):
        state = {'int': self.int}
        if self.is_safe != SafeUUID.unknown:
            state['is_safe'] = self.is_safe.value
        return state

    def __setstate__(self, state):
        safety = SafeUUID(state['is_safe']) if 'is_safe' in state else SafeUUID.unknown
        object.__setattr__(self, 'int', state['int'])
        object.__setattr__(self, 'is_safe', safety)

    __eq__ = _int_comparison(lambda a, b: a == b)
    __lt__ = _int_comparison(lambda a, b: a < b)
    __le__ = _int_comparison(lambda a, b: a <= b)
    __gt__ = _int_comparison(lambda a, b: a > b)
    __ge__ = _int_comparison(lambda a, b: a >= b)

    def __int__(self):
        return self.int

    def __hash__(self):
        return hash(self.int)

    def __repr__(self):
        return f'{type(self).__name__}({str(self)!r})'

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    def __str__(self):
        digits = self.hex
        return '-'.join((digits[:8], digits[8:12], digits[12:16], digits[16:20], digits[20:]))

    @property
    def hex(self):
        return format(self.int, '032x')

    @property
    def urn(self):
        return f'urn:uuid:{self}'

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        return _swap_le_fields(self.bytes)

    # the six fields, from the low end of the int upwards
    node = _bit_field(0, 48)
    clock_seq_low = _bit_field(48, 8)
    clock_seq_hi_variant = _bit_field(56, 8)
    time_hi_version = _bit_field(64, 16)
    time_mid = _bit_field(80, 16)
    time_low = _bit_field(96, 32)

    @property
    def fields(self):
        return (self.time_low, self.time_mid, self.time_hi_version, self.clock_seq_hi_variant,
                self.clock_seq_low, self.node)

    @property
    def time(self):
        # 60 bits: the low 12 of time_hi_version on top, then time_mid, then time_low
        return ((self.time_hi_version & 0x0fff) << 48) | (self.time_mid << 32) | self.time_low

    @property
    def clock_seq(self):
        # 14 bits: the variant bits of clock_seq_hi_variant are left out
        return ((self.clock_seq_hi_variant & 0x3f) << 8) | self.clock_seq_low

    @property
    def variant(self):
        # the leading bits of byte 8: 0 NCS, 10 RFC 4122, 110 Microsoft, 111 future
        top = self.clock_seq_hi_variant
        if top < 0x80:
            return RESERVED_NCS
        if top < 0xc0:
            return RFC_4122
        if top < 0xe0:
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        # version bits carry a meaning for RFC 4122 UUIDs only
        if self.variant != RFC_4122:
            return None
        return self.time_hi_version >> 12


_node = None


def _random_getnode():
    # A random 48-bit number with the multicast bit set, so that it can never clash with a
    # real network card's address (RFC 4122 section 4.5).
    return int_.from_bytes(os.urandom(6), 'big') | (1 << 40)


def getnode():
    """The node number used by uuid1(): here a random 48-bit number, fixed per run."""
    global _node
    if _node is None:
        _node = _random_getnode()
    return _node


# 100-ns intervals between the UUID epoch (1582-10-15) and the Unix one
_GREGORIAN_OFFSET = 0x01b21dd213814000
_previous_stamp = None


def uuid1(node=None, clock_seq=None):
    """A time-based UUID: the current time, a clock sequence (random unless given) and the
    node (getnode() unless given)."""
    global _previous_stamp
    import time
    stamp = time.time_ns() // 100 + _GREGORIAN_OFFSET
    # two calls within one clock tick still get distinct, increasing stamps
    if _previous_stamp is not None and stamp <= _previous_stamp:
        stamp = _previous_stamp + 1
    _previous_stamp = stamp
    if clock_seq is None:
        clock_seq = int_.from_bytes(os.urandom(2), 'big') >> 2
    if node is None:
        node = getnode()
    fields = (stamp & 0xffffffff, (stamp >> 32) & 0xffff, (stamp >> 48) & 0x0fff,
              (clock_seq >> 8) & 0x3f, clock_seq & 0xff, node)
    return UUID(fields=fields, version=1)


def _name_based(digest_factory, namespace, name, version):
    digest = digest_factory(namespace.bytes + bytes(name, 'utf-8')).digest()
    return UUID(bytes=digest[:16], version=version)


def uuid3(namespace, name):
    """A name-based UUID from the MD5 digest of the namespace's bytes and the UTF-8 name."""
    from hashlib import md5
    return _name_based(md5, namespace, name, 3)


def uuid4():
    """A random UUID."""
    return UUID(bytes=os.urandom(16), version=4)


def uuid5(namespace, name):
    """A name-based UUID from the SHA-1 digest of the namespace's bytes and the UTF-8 name."""
    from hashlib import sha1
    return _name_based(sha1, namespace, name, 5)


NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')
