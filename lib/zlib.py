"""The zlib module: compression compatible with gzip.

Compression writes the bytes CPython's zlib writes, at every level and setting (the native
_zlib compresses with pako, a port of stock zlib); decompression runs the zlib Node links.

The engines and adler32 are native (_zlib), crc32 is binascii's (_binascii); the argument checks, error messages and the
Compress and Decompress objects follow CPython's Modules/zlibmodule.c.
"""

import _zlib
import _binascii

DEFLATED = 8
DEF_BUF_SIZE = 16384
DEF_MEM_LEVEL = 8
MAX_WBITS = 15
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_DEFAULT_STRATEGY = 0
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6
ZLIB_VERSION = _zlib.ZLIB_VERSION
ZLIB_RUNTIME_VERSION = _zlib.ZLIB_VERSION


class error(Exception):
    __module__ = 'zlib'


# zlib's own words for an error code, where the stream has no message of its own.
_DEFAULT_MESSAGES = {-5: 'incomplete or truncated stream', -2: 'inconsistent stream state',
                     -3: 'invalid input data'}


def _zlib_error(failure, while_):
    _, errno, message = failure
    if errno == 2:
        # Z_NEED_DICT: zlib gives no message, and CPython prints none.
        return error(f'Error 2 while {while_}')
    # Node words a truncated stream its own way; zlib leaves no message for it.
    if errno == -5 or not message:
        message = _DEFAULT_MESSAGES.get(errno, 'library error')
    return error(f'Error {errno} while {while_}: {message}')


def _failed(result):
    # _zlib reports a failure as ('error', errno, message).
    return type(result) is tuple and len(result) == 3


def _check_data(data):
    if isinstance(data, str) or not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")


def _valid_compress_wbits(wbits):
    return 9 <= wbits <= 15 or -15 <= wbits <= -9 or 25 <= wbits <= 31 or wbits == 8


def _valid_decompress_wbits(wbits):
    return (8 <= wbits <= 15 or wbits == 0 or -15 <= wbits <= -8 or 24 <= wbits <= 31
            or 40 <= wbits <= 47)


def _check_level(level):
    if not -1 <= level <= 9:
        raise error('Bad compression level')


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    """Returns a bytes object containing compressed data."""
    _check_data(data)
    _check_level(level)
    if not _valid_compress_wbits(wbits):
        raise error('Bad compression level')
    # zlib itself treats a zlib-format window of 8 as 9.
    result = _zlib.compress(data, level, 9 if wbits == 8 else wbits)
    if _failed(result):
        raise _zlib_error(result, 'compressing data')
    return result


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    """Returns a bytes object containing the uncompressed data."""
    _check_data(data)
    if bufsize < 0:
        raise ValueError('bufsize must be non-negative')
    if not _valid_decompress_wbits(wbits):
        raise error('Error -2 while preparing to decompress data: inconsistent stream state')
    result = _zlib.decompress(data, wbits)
    if _failed(result):
        raise _zlib_error(result, 'decompressing data')
    return result


def crc32(data, value=0, /):
    """Compute a CRC-32 checksum of data."""
    _check_data(data)
    return _binascii.crc32(data, value)


def adler32(data, value=1, /):
    """Compute an Adler-32 checksum of data."""
    _check_data(data)
    return _zlib.adler32(data, value)


class Compress:
    """A compression object, made by compressobj()."""
    __module__ = 'zlib'

    def __init__(self, engine):
        self._engine = engine
        self._finished = False

    def compress(self, data, /):
        """Returns a bytes object containing compressed data."""
        _check_data(data)
        if self._finished:
            raise error('Error -2 while compressing data: inconsistent stream state')
        result = _zlib.run(self._engine, data, Z_NO_FLUSH, 0)
        if _failed(result):
            raise _zlib_error(result, 'compressing data')
        return result[0]

    def flush(self, mode=Z_FINISH, /):
        """Return a bytes object containing any remaining compressed data."""
        if mode == Z_NO_FLUSH:
            return b''
        if self._finished:
            raise error('Error -2 while flushing: inconsistent stream state')
        result = _zlib.run(self._engine, b'', mode, 0)
        if _failed(result):
            raise _zlib_error(result, 'flushing')
        if mode == Z_FINISH:
            self._finished = True
            _zlib.release(self._engine)
        return result[0]

    def __del__(self):
        if not self._finished:
            _zlib.release(self._engine)


class Decompress:
    """A decompression object, made by decompressobj()."""
    __module__ = 'zlib'

    def __init__(self, engine):
        self._engine = engine
        self._eof = False
        self._limited = False
        self.unused_data = b''
        self.unconsumed_tail = b''

    @property
    def eof(self):
        """True if the end-of-stream marker has been reached."""
        # The probe may only run when the last call left room in its output: output zlib still
        # holds back would spill into it.
        if not self._eof and self._engine is not None and not self._limited:
            self._eof = _zlib.ended(self._engine)
        return self._eof

    def _feed(self, data, max_length):
        if self._eof or self._engine is None:
            # After the end of the stream, everything is unused data.
            self.unused_data += bytes(data)
            return b''
        result = _zlib.run(self._engine, data, Z_SYNC_FLUSH, max_length)
        if _failed(result):
            raise _zlib_error(result, 'decompressing data')
        out, used = result
        self._limited = max_length > 0 and len(out) == max_length
        rest = bytes(data[used:])
        if used < len(data) and (max_length == 0 or len(out) < max_length):
            # The engine stopped with room to spare: the stream has ended.
            self._eof = True
            self.unused_data += rest
            self.unconsumed_tail = b''
        else:
            self.unconsumed_tail = rest
        return out

    def decompress(self, data, /, max_length=0):
        """Return a bytes object containing the decompressed version of the data."""
        _check_data(data)
        if max_length < 0:
            raise ValueError('max_length must be non-negative')
        return self._feed(data, max_length)

    def flush(self, length=DEF_BUF_SIZE, /):
        """Return a bytes object containing any remaining decompressed data."""
        if length <= 0:
            raise ValueError('length must be greater than zero')
        out = self._feed(self.unconsumed_tail, 0) if self.unconsumed_tail else b''
        if self.eof and self._engine is not None:
            _zlib.release(self._engine)
            self._engine = None
        return out


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS,
                memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None):
    """Return a compressor object."""
    if zdict is not None:
        _check_data(zdict)
    if (not -1 <= level <= 9 or method != DEFLATED or not _valid_compress_wbits(wbits)
            or not 1 <= memLevel <= 9 or not 0 <= strategy <= 4):
        raise ValueError('Invalid initialization option')
    engine = _zlib.new_engine('compress', level, 9 if wbits == 8 else wbits, memLevel, strategy, zdict)
    if _failed(engine):
        raise _zlib_error(engine, 'creating compression object')
    return Compress(engine)


def decompressobj(wbits=MAX_WBITS, zdict=b''):
    """Return a decompressor object."""
    if zdict != b'':
        _check_data(zdict)
    if not _valid_decompress_wbits(wbits):
        raise ValueError('Invalid initialization option')
    engine = _zlib.new_engine('decompress', -2, wbits, -1, -1, zdict if zdict else None)
    if _failed(engine):
        raise _zlib_error(engine, 'creating decompression object')
    return Decompress(engine)
