"""gzip files and data (RFC 1952): open(), GzipFile, compress() and decompress(), writing the
headers CPython writes and reading what it reads, with its errors.

GzipFile reads its whole member list on the first read and writes through a raw deflate
compressor. The deflate bytes come from Node's zlib (see lib/zlib.py).
"""

import errno
import io
import os
import struct
import time
import warnings
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

_builtin_open = open

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16

READ, WRITE = 1, 2

# zlib levels: quickest, balanced, smallest output.
_COMPRESS_LEVEL_FAST, _COMPRESS_LEVEL_TRADEOFF, _COMPRESS_LEVEL_BEST = 1, 6, 9


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST,
         encoding=None, errors=None, newline=None):
    """A GzipFile for a path or a file object; with 't' in mode, an io.TextIOWrapper over it."""
    text = "t" in mode
    if text and "b" in mode:
        raise ValueError(f"Invalid mode: {mode!r}")
    if not text:
        for name, value in (("encoding", encoding), ("errors", errors), ("newline", newline)):
            if value is not None:
                raise ValueError(f"Argument '{name}' not supported in binary mode")
    binary_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes, os.PathLike)):
        binary = GzipFile(filename, binary_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary = GzipFile(None, binary_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if not text:
        return binary
    # The locale's codec when none is named, as for open(); ours is always UTF-8.
    return io.TextIOWrapper(binary, encoding or 'UTF-8', errors, newline)


class BadGzipFile(OSError):
    """Data that is not gzip, or whose checksum or length does not match."""


# The size of the window a buffered reader refills at a time: peek() shows the rest of it.
_PEEK_WINDOW = io.DEFAULT_BUFFER_SIZE


def _write_only_error(operation):
    return OSError(errno.EBADF, f"{operation}() on write-only GzipFile object")


class GzipFile(io.BufferedIOBase):
    """A file object over a gzip stream, in binary mode (gzip.open() gives text mode).

    Reading decompresses every member on the first read and then serves (and seeks in) the
    plain bytes; writing feeds a raw deflate compressor and ends the member on close()."""

    myfileobj = None

    def __init__(self, filename=None, mode=None,
                 compresslevel=_COMPRESS_LEVEL_BEST, fileobj=None, mtime=None):
        if mode:
            # Always binary underneath: text mode is a wrapper gzip.open() adds.
            if 't' in mode or 'U' in mode:
                raise ValueError(f"Invalid mode: {mode!r}")
            if 'b' not in mode:
                mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = _builtin_open(filename, mode or 'rb')
        filename = _stream_name(fileobj) if filename is None else os.fspath(filename)
        mode = getattr(fileobj, 'mode', 'rb') if mode is None else mode

        if mode.startswith(('w', 'a', 'x')):
            self.name, self.mode = filename, WRITE
            # Running checksum, uncompressed length and compressed offset of what is written.
            self.crc, self.size, self.offset = zlib.crc32(b""), 0, 0
            self.compress = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS,
                                             zlib.DEF_MEM_LEVEL, 0)
            self._write_mtime = mtime
            self.fileobj = fileobj
            self._write_gzip_header(compresslevel)
        elif mode.startswith('r'):
            self.name, self.mode = filename, READ
            # The whole member is decompressed on the first read.
            self._data, self._pos, self._last_mtime = None, 0, None
            self.fileobj = fileobj
        else:
            raise ValueError(f"Invalid mode: {mode!r}")

    @property
    def filename(self):
        warnings.warn("use the name attribute", DeprecationWarning, 2)
        # A writer names the file it makes: always with the .gz suffix.
        needs_suffix = self.mode == WRITE and not self.name.endswith(".gz")
        return self.name + ".gz" if needs_suffix else self.name

    @property
    def mtime(self):
        """Last modification time read from stream, or None"""
        self._require_reader()
        return self._last_mtime

    def __repr__(self):
        s = repr(self.fileobj)
        return '<gzip ' + s[1:-1] + ' ' + hex(id(self)) + '>'

    def _require_reader(self):
        # A writer has no decompressed side at all (CPython fails the same way).
        if self.mode != READ:
            raise AttributeError("'GzipFile' object has no attribute '_buffer'")

    def _write_gzip_header(self, compresslevel):
        stored = _stored_name(self.name)
        mtime = time.time() if self._write_mtime is None else self._write_mtime
        header = _header(compresslevel, mtime, FNAME if stored else 0)
        self.fileobj.write(header + (stored + b'\0' if stored else b''))

    @property
    def closed(self):
        return self.fileobj is None

    def _check_not_closed(self):
        if self.closed:
            raise ValueError('I/O operation on closed file')

    # -- writing ---------------------------------------------------------------------------

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            raise OSError(errno.EBADF, "write() on read-only GzipFile object")
        if not isinstance(data, (bytes, bytearray)):
            data = memoryview(data)
        length = data.nbytes if isinstance(data, memoryview) else len(data)
        if length:
            self.fileobj.write(self.compress.compress(data))
            self.crc = zlib.crc32(data, self.crc)
            self.size += length
            self.offset += length
        return length

    def writelines(self, lines):
        self._check_not_closed()
        for line in lines:
            self.write(line)

    # -- reading ---------------------------------------------------------------------------

    def _load(self):
        if self._data is None:
            raw = self.fileobj.read()
            self._last_mtime = _member_mtime(raw)
            self._data = decompress(raw)

    def _reading(self, operation):
        """Checks before a read; the plain bytes are loaded afterwards."""
        self._check_not_closed()
        if self.mode != READ:
            raise _write_only_error(operation)
        self._load()

    def _take(self, size):
        start = self._pos
        stop = len(self._data) if size is None or size < 0 else min(len(self._data), start + size)
        self._pos = max(stop, start)
        return self._data[start:self._pos]

    def read(self, size=-1):
        self._reading("read")
        return self._take(size)

    def read1(self, size=-1):
        self._reading("read1")
        if size < 0:
            size = io.DEFAULT_BUFFER_SIZE
        return self._take(size)

    def peek(self, n):
        self._reading("peek")
        window_end = (self._pos // _PEEK_WINDOW + 1) * _PEEK_WINDOW
        return self._data[self._pos:window_end]

    def readinto(self, b):
        self._reading("read")
        view = memoryview(b)
        chunk = self._take(view.nbytes)
        view[:len(chunk)] = chunk
        return len(chunk)

    readinto1 = readinto

    def readline(self, size=-1):
        self._check_not_closed()
        self._require_reader()
        self._load()
        end = self._data.find(b'\n', self._pos)
        end = len(self._data) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        line = self._data[self._pos:end]
        self._pos = end
        return line

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(iter(self.readline, b''))
        lines, total = [], 0
        for line in iter(self.readline, b''):
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    # -- positions -------------------------------------------------------------------------

    def tell(self):
        if self.mode == READ:
            self._check_not_closed()
            return self._pos
        return self.offset

    def seek(self, offset, whence=io.SEEK_SET):
        if self.mode == WRITE:
            return self._seek_forward(offset, whence)
        self._check_not_closed()
        if whence not in (io.SEEK_SET, io.SEEK_CUR, io.SEEK_END):
            raise ValueError(f"Invalid value for whence: {whence}")
        self._load()
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: len(self._data)}[whence]
        # Positions before the start or past the end stop there.
        self._pos = min(max(base + offset, 0), len(self._data))
        return self._pos

    def _seek_forward(self, offset, whence):
        # A writer can only move forward, by writing zero bytes up to the target.
        if whence == io.SEEK_CUR:
            offset += self.offset
        elif whence != io.SEEK_SET:
            raise ValueError('Seek from end not supported')
        if offset < self.offset:
            raise OSError('Negative seek in write mode')
        gap = offset - self.offset
        block = bytes(1024)
        while gap >= len(block):
            self.write(block)
            gap -= len(block)
        self.write(bytes(gap))
        return self.offset

    def rewind(self):
        """Back to the start of the uncompressed data."""
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self._check_not_closed()
        self._pos = 0

    def seekable(self):
        return True

    def writable(self):
        return self.mode == WRITE

    def readable(self):
        return self.mode == READ

    def fileno(self):
        """The file descriptor of the underlying file object."""
        return self.fileobj.fileno()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode != WRITE:
            return  # nothing buffered on the reading side
        pending = self.compress.flush(zlib_mode)
        self.fileobj.write(pending)
        self.fileobj.flush()

    def close(self):
        if self.fileobj is None:
            return
        target, self.fileobj = self.fileobj, None
        try:
            if self.mode == WRITE:
                target.write(self.compress.flush())
                target.write(struct.pack('<LL', self.crc, self.size & 0xffffffff))
            else:
                self._data = None
        finally:
            own, self.myfileobj = self.myfileobj, None
            if own:
                own.close()

    def __enter__(self):
        self._check_not_closed()
        return self

    def __exit__(self, *args):
        self.close()


def _stream_name(fileobj):
    name = getattr(fileobj, 'name', '')
    return name if isinstance(name, (str, bytes)) else ''


def _stored_name(path):
    """The FNAME field for a file: its base name without '.gz', in Latin-1 as RFC 1952 wants;
    none when the name has characters Latin-1 lacks."""
    base = os.path.basename(path)
    try:
        stored = base if isinstance(base, bytes) else base.encode('latin-1')
    except UnicodeEncodeError:
        return b''
    return stored[:-3] if stored.endswith(b'.gz') else stored


def _extra_flags(compresslevel):
    # XFL: 2 for the best compression, 4 for the fastest.
    return {_COMPRESS_LEVEL_BEST: 2, _COMPRESS_LEVEL_FAST: 4}.get(compresslevel, 0)


def _header(compresslevel, mtime, flags=0):
    # ID1 ID2, deflate, flags, mtime, XFL, OS 255 (unknown), as CPython writes it.
    return struct.pack('<BBBBLBB', 0x1f, 0x8b, 8, flags, int(mtime),
                       _extra_flags(compresslevel), 255)


_TRUNCATED = "Compressed file ended before the end-of-stream marker was reached"


class _HeaderReader:
    """Reads a member header out of bytes held whole."""

    def __init__(self, data, pos=0):
        self.data = data
        self.pos = pos

    def take(self, n):
        end = self.pos + n
        if end > len(self.data):
            raise EOFError(_TRUNCATED)
        chunk = self.data[self.pos:end]
        self.pos = end
        return chunk

    def skip_zero_terminated(self):
        # A missing terminator only ends the header (as a short read does in CPython).
        end = self.data.find(b'\0', self.pos)
        self.pos = len(self.data) if end < 0 else end + 1


def _read_header(data):
    """(mtime, where the deflate data starts) for the member that starts `data`; None for no
    data at all."""
    if not data:
        return None
    reader = _HeaderReader(data)
    magic = data[:2]
    reader.pos = len(magic)
    if magic != b'\x1f\x8b':
        raise BadGzipFile(f'Not a gzipped file ({magic!r})')
    method, flags, mtime = struct.unpack('<BBIxx', reader.take(8))
    if method != 8:
        raise BadGzipFile('Unknown compression method')
    if flags & FEXTRA:
        extra_length, = struct.unpack('<H', reader.take(2))
        reader.take(extra_length)
    if flags & FNAME:
        reader.skip_zero_terminated()
    if flags & FCOMMENT:
        reader.skip_zero_terminated()
    if flags & FHCRC:
        reader.take(2)
    return mtime, reader.pos


def _member_mtime(data):
    try:
        header = _read_header(bytes(data))
    except (BadGzipFile, EOFError):
        return None
    return None if header is None else header[0]


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """data as one gzip member; mtime defaults to now."""
    if mtime == 0:
        # zlib's own gzip header has a zero mtime (and OS 3, where CPython's header says 255).
        return zlib.compress(data, level=compresslevel, wbits=31)
    header = _header(compresslevel, time.time() if mtime is None else mtime)
    body = zlib.compress(data, level=compresslevel, wbits=-zlib.MAX_WBITS)
    return header + body + struct.pack('<LL', zlib.crc32(data), len(data) & 0xffffffff)


def decompress(data):
    """The data of every member of a gzip stream, joined; NUL padding between members is
    skipped. The checksum and length of each member are checked."""
    data = bytes(data)
    pieces = []
    while True:
        header = _read_header(data)
        if header is None:
            return b''.join(pieces)
        inflater = zlib.decompressobj(wbits=-zlib.MAX_WBITS)
        plain = inflater.decompress(data[header[1]:])
        rest = inflater.unused_data
        if not inflater.eof or len(rest) < 8:
            raise EOFError(_TRUNCATED)
        crc, length = struct.unpack('<II', rest[:8])
        if crc != zlib.crc32(plain):
            raise BadGzipFile("CRC check failed")
        if length != len(plain) & 0xffffffff:
            raise BadGzipFile("Incorrect length of data produced")
        pieces.append(plain)
        data = rest[8:].lstrip(b'\0')
