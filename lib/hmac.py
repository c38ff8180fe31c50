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
    """RFC 2104 HMAC class (also RFC 4231), with the PEP 247 hash API."""

    blocksize = 64  # The block size to assume for a hash that has none.

    __slots__ = ('_hmac', '_inner', '_outer', 'block_size', 'digest_size')

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError('key: expected bytes or bytearray, but got %r' % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        digest_cons = _digest_constructor(digestmod)
        self._hmac = None
        self._outer = digest_cons()
        self._inner = digest_cons()
        self.digest_size = self._inner.digest_size
        blocksize = getattr(self._inner, 'block_size', None)
        if blocksize is None or blocksize < 16:
            blocksize = self.blocksize
        if len(key) > blocksize:
            key = digest_cons(key).digest()
        self.block_size = blocksize
        key = bytes(key).ljust(blocksize, b'\0')
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return 'hmac-' + self._inner.name

    def update(self, msg):
        """Feed data from msg into this hashing object."""
        self._inner.update(msg)

    def copy(self):
        """Return a separate copy of this hashing object."""
        other = self.__class__.__new__(self.__class__)
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._hmac = None
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        """Return the hash value of this hashing object, as bytes; the object is unchanged."""
        return self._current().digest()

    def hexdigest(self):
        """Like digest(), but returns a string of hexadecimal digits instead."""
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    """Create a new hashing object and return it."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """Return the HMAC of msg under key, with the hash named or made by digest."""
    # CPython reads key and msg as buffers here, whatever their type.
    for x in (key, msg):
        if not isinstance(x, _BYTES_LIKE):
            raise TypeError("a bytes-like object is required, not '%s'" % type(x).__name__)
    return HMAC(bytes(key), msg, digest).digest()
