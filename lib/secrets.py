"""Random values fit for secrets (tokens, keys, passwords), as CPython's secrets module offers.

All of them come from the operating system's generator (os.urandom), by way of
random.SystemRandom; none from the seedable Mersenne Twister.
"""

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom', 'token_bytes', 'token_hex',
           'token_urlsafe', 'compare_digest']

import base64

from hmac import compare_digest
from random import SystemRandom

_source = SystemRandom()

choice = _source.choice
randbits = _source.getrandbits

# Bytes of randomness in a token whose size is not given.
DEFAULT_ENTROPY = 32


def randbelow(exclusive_upper_bound):
    """A random int n with 0 <= n < exclusive_upper_bound."""
    if exclusive_upper_bound > 0:
        return _source._randbelow(exclusive_upper_bound)
    raise ValueError("Upper bound must be positive.")


def token_bytes(nbytes=None):
    """nbytes random bytes (DEFAULT_ENTROPY of them by default)."""
    return _source.randbytes(DEFAULT_ENTROPY if nbytes is None else nbytes)


def token_hex(nbytes=None):
    """A random token as hexadecimal text: two digits for each of its nbytes bytes."""
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    """A random token as URL-safe Base64 text, without the '=' padding."""
    raw = token_bytes(nbytes)
    return base64.urlsafe_b64encode(raw).rstrip(b'=').decode('ascii')
