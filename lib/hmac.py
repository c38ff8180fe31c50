"""HMAC (keyed-hashing for message authentication, RFC 2104), after CPython's hmac module.

Built on hashlib: the key, padded to the hash's block size, is XORed with 0x36 for the inner
hash and with 0x5C for the outer one; the digest is outer(key ^ 0x5C + inner(key ^ 0x36 + msg)).
"""

import hashlib as _hashlib

__all__ = ['HMAC', 'new', 'digest', 'compare_digest', 'digest_size']

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

# The size of an HMAC's digest depends on its hash: read the instance's digest_size.
digest_size = None

_BYTES_LIKE = (bytes, bytearray, memoryview)


def compare_digest(a, b):
    """Return a == b, in a time that depends on the length of b only, not on the contents."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError('comparing strings with non-ASCII characters is not supported')
        a = a.encode('ascii')
        b = b.encode('ascii')
    else:
        if not isinstance(a, _BYTES_LIKE) and not isinstance(b, _BYTES_LIKE):
            raise TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'"
                            % (type(a).__name__, type(b).__name__))
        for x in (a, b):
            if not isinstance(x, _BYTES_LIKE):
                raise TypeError("a bytes-like object is required, not '%s'" % type(x).__name__)
        a = bytes(a)
        b = bytes(b)
    # Walk all of b whatever the lengths, accumulating differences instead of stopping early.
    result = 0 if len(a) == len(b) else 1
    left = a if len(a) == len(b) else b
    for x, y in zip(left, b):
        result |= x ^ y
    return result == 0


def _digest_constructor(digestmod):
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda d=b'': _hashlib.new(digestmod, d)
    return lambda d=b'': digestmod.new(d)


class HMAC:
    """An HMAC being computed (RFC 2104), with the usual hash object methods."""

    blocksize = 64  # The block size to assume for a hash that has none.

    __slots__ = ('_hmac', '_inner', '_outer', 'block_size', 'digest_size')

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError('key: expected bytes or bytearray, but got %r' % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        make_hash = _digest_constructor(digestmod)
        outer = make_hash()
        inner = make_hash()
        block = getattr(inner, 'block_size', None)
        if block is None or block < 16:
            block = self.blocksize
        if len(key) > block:
            key = make_hash(key).digest()  # a key longer than a block is hashed first
        padded = bytes(key).ljust(block, b'\0')
        outer.update(padded.translate(trans_5C))
        inner.update(padded.translate(trans_36))
        self._hmac = None
        self._outer, self._inner = outer, inner
        self.digest_size = inner.digest_size
        self.block_size = block
        if msg is not None:
            self.update(msg)

    def update(self, msg):
        """Add msg to the authenticated data."""
        self._inner.update(msg)

    @property
    def name(self):
        """'hmac-' followed by the name of the hash."""
        return 'hmac-' + self._inner.name

    def copy(self):
        """An independent HMAC object in the same state as this one."""
        twin = type(self).__new__(type(self))
        twin._hmac = None
        twin.block_size, twin.digest_size = self.block_size, self.digest_size
        twin._outer, twin._inner = self._outer.copy(), self._inner.copy()
        return twin

    def _current(self):
        """The outer hash finished over the inner digest so far; neither hash is changed."""
        final = self._outer.copy()
        final.update(self._inner.digest())
        return final

    def digest(self):
        """The HMAC of the data so far, as bytes; more data may still be added afterwards."""
        return self._current().digest()

    def hexdigest(self):
        """digest() as a string of hexadecimal digits."""
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    """A new HMAC object for key, fed msg if given, hashing with digestmod."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """Return the HMAC of msg under key, with the hash named or made by digest."""
    # CPython reads key and msg as buffers here, whatever their type.
    for x in (key, msg):
        if not isinstance(x, _BYTES_LIKE):
            raise TypeError("a bytes-like object is required, not '%s'" % type(x).__name__)
    return HMAC(bytes(key), msg, digest).digest()
