"""In-memory streams (StringIO, BytesIO) and the io names programs import, after CPython's
_pyio. Appending at the end of a StringIO collects chunks and joins them when read, so building
a long string with many writes stays linear."""

import sys as _sys

__all__ = ['BytesIO', 'StringIO', 'IOBase', 'RawIOBase', 'BufferedIOBase', 'TextIOBase',
           'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'DEFAULT_BUFFER_SIZE',
           'TextIOWrapper', 'open', 'text_encoding', 'FileIO', 'BufferedReader', 'BufferedWriter',
           'BufferedRandom']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

import _io
from _io import UnsupportedOperation
import builtins as _builtins

open = _builtins.open

# The types of the files open() returns (the runtime provides them).
FileIO = getattr(_io, 'FileIO', None)
BufferedReader = getattr(_io, 'BufferedReader', None)
BufferedWriter = getattr(_io, 'BufferedWriter', None)
BufferedRandom = getattr(_io, 'BufferedRandom', None)


def text_encoding(encoding, stacklevel=2):
    """The encoding a text stream gets for `encoding`: 'locale' stands for a missing one."""
    return 'locale' if encoding is None else encoding


def _size(size, message='argument should be integer or None, not {!r}'):
    """A size argument as an int, None meaning -1 (no limit)."""
    if size is None:
        return -1
    if not hasattr(type(size), '__index__'):
        raise TypeError(message.format(type(size).__name__))
    return size.__index__()


class IOBase:
    """The abstract base class for all I/O classes."""

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def close(self):
        self._closed = True

    @property
    def closed(self):
        return getattr(self, '_closed', False)

    def _checkClosed(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def flush(self):
        self._checkClosed()

    def isatty(self):
        self._checkClosed()
        return False

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        hint = _size(hint)
        if hint <= 0:
            return list(self)
        total = 0
        lines = []
        for line in self:
            lines.append(line)
            # Stop once a line takes the total past the hint; reaching it exactly goes on.
            if len(line) > hint - total:
                break
            total += len(line)
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


_SEEN_CR = 1
_SEEN_LF = 2
_SEEN_CRLF = 4


def _newline_kinds(s):
    """The _SEEN_* bits of the line endings in s."""
    crlf = s.count('\r\n')
    seen = _SEEN_CRLF if crlf else 0
    if s.count('\r') > crlf:
        seen |= _SEEN_CR
    if s.count('\n') > crlf:
        seen |= _SEEN_LF
    return seen


def _newlines_value(seen):
    """A text stream's newlines: None, one ending, or a tuple of them in CPython's order."""
    kinds = tuple(k for bit, k in ((_SEEN_CR, '\r'), (_SEEN_LF, '\n'), (_SEEN_CRLF, '\r\n')) if seen & bit)
    if not kinds:
        return None
    return kinds[0] if len(kinds) == 1 else kinds


def _line_end(buf, start, newline):
    """The end (exclusive) of the line at start: with newline '' a line ends at LF, CR or CRLF;
    with CR or CRLF only at that; with None (already translated) or LF at LF."""
    if newline == '':
        lf = buf.find('\n', start)
        cr = buf.find('\r', start, len(buf) if lf < 0 else lf)
        if cr < 0:
            return len(buf) if lf < 0 else lf + 1
        return cr + 2 if cr + 1 == lf else cr + 1
    end = buf.find(newline or '\n', start)
    return len(buf) if end < 0 else end + len(newline or '\n')


class StringIO(TextIOBase):
    """Text I/O implementation using an in-memory buffer."""

    __module__ = '_io'

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f'initial_value must be str or None, not {type(initial_value).__name__}')
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f'newline must be str or None, not {type(newline).__name__}')
        if newline is not None and newline not in ('', '\n', '\r', '\r\n'):
            raise ValueError(f'illegal newline value: {newline!r}')
        self._newline = newline
        # The line-ending kinds written so far, as _SEEN_* bits (universal and '' modes keep them).
        self._seen = 0
        self._closed = False
        self._buf = ''
        self._chunks = []
        # The length of the chunks not yet joined into _buf, so that a write need not add them up.
        self._chunked = 0
        self._pos = 0
        if initial_value:
            self._buf = self._translate(initial_value)

    def _translate(self, s):
        if self._newline is None or self._newline == '':
            self._seen |= _newline_kinds(s)
        if self._newline is None:
            return s.replace('\r\n', '\n').replace('\r', '\n')
        if self._newline in ('\r', '\r\n'):
            return s.replace('\n', self._newline)
        return s

    def _checkClosed(self):
        if self._closed:
            raise ValueError('I/O operation on closed file')

    def _value(self):
        if self._chunks:
            self._buf = self._buf + ''.join(self._chunks)
            self._chunks = []
            self._chunked = 0
        return self._buf

    def getvalue(self):
        self._checkClosed()
        return self._value()

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True

    def write(self, s):
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError(f'string argument expected, got {type(s).__name__!r}')
        n = len(s)
        s = self._translate(s)
        if self._pos == len(self._buf) + self._chunked:
            self._chunks.append(s)
            self._chunked += len(s)
        else:
            buf = self._value()
            if self._pos > len(buf):
                buf = buf + '\0' * (self._pos - len(buf))
            self._buf = buf[:self._pos] + s + buf[self._pos + len(s):]
        self._pos += len(s)
        return n

    def read(self, size=-1):
        self._checkClosed()
        buf = self._value()
        if size is None or size < 0:
            size = len(buf)
        start = min(self._pos, len(buf))
        result = buf[start:start + size]
        self._pos = start + len(result)
        return result

    def readline(self, size=-1):
        self._checkClosed()
        size = _size(size)
        buf = self._value()
        start = min(self._pos, len(buf))
        end = _line_end(buf, start, self._newline)
        if size >= 0:
            end = min(end, start + size)
        self._pos = end
        return buf[start:end]

    def tell(self):
        self._checkClosed()
        return self._pos

    def seek(self, pos, whence=0):
        self._checkClosed()
        if whence == 0:
            if pos < 0:
                raise ValueError(f'Negative seek position {pos}')
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._value())
        else:
            raise ValueError(f'Invalid whence ({whence}, should be 0, 1 or 2)')
        return self._pos

    def truncate(self, pos=None):
        self._checkClosed()
        buf = self._value()
        if pos is None:
            pos = self._pos
        if pos < 0:
            raise ValueError(f'Negative size value {pos}')
        self._buf = buf[:pos]
        return pos

    def close(self):
        self._closed = True

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        self._checkClosed()
        return _newlines_value(self._seen)

    def __repr__(self):
        return f'<_io.StringIO object at {hex(id(self))}>'


class BytesIO(BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    __module__ = '_io'

    def __init__(self, initial_bytes=None):
        self._buf = bytearray()
        if initial_bytes is not None:
            self._buf += initial_bytes
        self._pos = 0
        self._closed = False

    def getvalue(self):
        self._checkClosed()
        return bytes(self._buf)

    def getbuffer(self):
        self._checkClosed()
        return memoryview(self._buf)

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True

    def read(self, size=-1):
        self._checkClosed()
        if size is None or size < 0:
            size = len(self._buf)
        if len(self._buf) <= self._pos:
            return b''
        newpos = min(len(self._buf), self._pos + size)
        b = self._buf[self._pos:newpos]
        self._pos = newpos
        return bytes(b)

    def read1(self, size=-1):
        return self.read(size)

    def readlines(self, hint=None):
        return BufferedIOBase.readlines(self, _size(hint, 'integer argument expected, got {!r}'))

    def readinto(self, b):
        self._checkClosed()
        view = memoryview(b)
        if view.readonly:
            raise TypeError(f'readinto() argument must be read-write bytes-like object, not {type(b).__name__}')
        data = self.read(len(view))
        view[:len(data)] = data
        return len(data)

    def _resizable(self):
        """The buffer, ready to change size. A view from getbuffer() is taken as let go by then
        (CPython frees a view nobody holds at once): the buffer is copied away from it."""
        try:
            self._buf.append(0)
            del self._buf[-1]
        except BufferError:
            self._buf = bytearray(self._buf)
        return self._buf

    def readline(self, size=-1):
        self._checkClosed()
        size = _size(size)
        start = self._pos
        end = self._buf.find(b'\n', start)
        end = len(self._buf) if end < 0 else end + 1
        if size >= 0:
            end = min(end, start + size)
        self._pos = max(end, start)
        return bytes(self._buf[start:end])

    def write(self, b):
        self._checkClosed()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        n = len(b)
        if n == 0:
            return 0
        pos = self._pos
        if pos + n > len(self._buf):
            self._resizable()
        if pos > len(self._buf):
            self._buf += b'\x00' * (pos - len(self._buf))
        if pos == len(self._buf):
            self._buf += b
        else:
            self._buf[pos:pos + n] = b
        self._pos += n
        return n

    def seek(self, pos, whence=0):
        self._checkClosed()
        if whence == 0:
            if pos < 0:
                raise ValueError(f'negative seek value {pos}')
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError('unsupported whence value')
        return self._pos

    def tell(self):
        self._checkClosed()
        return self._pos

    def truncate(self, pos=None):
        self._checkClosed()
        if pos is None:
            pos = self._pos
        if pos < 0:
            raise ValueError(f'negative size value {pos}')
        if pos < len(self._buf):
            del self._resizable()[pos:]
        return pos

    def __repr__(self):
        return f'<_io.BytesIO object at {hex(id(self))}>'


# The codecs whose stream starts with a byte order mark: what the stream continues with after it.
_AFTER_BOM = {'utf16': 'utf-16-le', 'u16': 'utf-16-le', 'utf32': 'utf-32-le', 'u32': 'utf-32-le'}

# What TextIOWrapper collects before it writes to its buffer (the C implementation's chunk size).
_CHUNK_SIZE = 8192


class TextIOWrapper(TextIOBase):
    """A text stream over a binary one (io.BytesIO, open(..., 'rb')): str in and out, encoded
    with `encoding`, lines ended as `newline` says. Writes are collected and reach the buffer on
    flush(), when they pass the chunk size, or at each line with line_buffering."""

    __module__ = '_io'

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        if encoding is None:
            encoding = 'utf-8'
        elif not isinstance(encoding, str):
            raise TypeError(f"TextIOWrapper() argument 'encoding' must be str or None, not {type(encoding).__name__}")
        if errors is None:
            errors = 'strict'
        elif not isinstance(errors, str):
            raise TypeError(f"TextIOWrapper() argument 'errors' must be str or None, not {type(errors).__name__}")
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"TextIOWrapper() argument 'newline' must be str or None, not {type(newline).__name__}")
        if newline is not None and newline not in ('', '\n', '\r', '\r\n'):
            raise ValueError(f'illegal newline value: {newline}')
        ''.encode(encoding)  # LookupError for an unknown codec, as CPython checks here
        self._buffer = buffer
        self._encoding = encoding
        self._errors = errors
        self._newline = newline
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        key = encoding.lower().replace('-', '').replace('_', '').replace(' ', '')
        self._after_bom = _AFTER_BOM.get(key)
        # A stream opened past its start continues one: no byte order mark, on writing or reading.
        self._at_start = not (buffer.seekable() and buffer.tell() != 0)
        self._pending = []
        self._pending_bytes = 0
        self._decoded = ''
        self._pos = 0
        self._seen = 0
        self._read_started = False
        self._detached = False

    # -- state ---------------------------------------------------------------------------------

    def _check(self):
        if self._detached:
            raise ValueError('underlying buffer has been detached')
        if self._buffer.closed:
            raise ValueError('I/O operation on closed file.')

    def _codec(self):
        """The codec for the next bytes: one whose byte order mark was written or read goes on without it."""
        if self._at_start or self._after_bom is None:
            return self._encoding
        return self._after_bom

    @property
    def buffer(self):
        if self._detached:
            raise ValueError('underlying buffer has been detached')
        return self._buffer

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def name(self):
        return self.buffer.name

    @property
    def newlines(self):
        if not self._read_started or self._newline not in (None, ''):
            return None
        return _newlines_value(self._seen)

    def readable(self):
        self._check()
        return self._buffer.readable()

    def writable(self):
        self._check()
        return self._buffer.writable()

    def seekable(self):
        self._check()
        return self._buffer.seekable()

    def isatty(self):
        self._check()
        return self._buffer.isatty()

    def fileno(self):
        self._check()
        return self._buffer.fileno()

    # -- writing -------------------------------------------------------------------------------

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError(f'write() argument must be str, not {type(s).__name__}')
        n = len(s)
        haslf = '\n' in s
        if haslf and self._newline in ('\r', '\r\n'):
            s = s.replace('\n', self._newline)
        data = s.encode(self._codec(), self._errors)
        if data:
            self._at_start = False
        # Text already decoded for reading is dropped: the buffer's position moves on.
        self._decoded = ''
        self._pos = 0
        if self._pending_bytes + len(data) > _CHUNK_SIZE:
            self._write_pending()
        self._pending.append(data)
        self._pending_bytes += len(data)
        if (self._pending_bytes >= _CHUNK_SIZE or self._write_through
                or (self._line_buffering and (haslf or '\r' in s))):
            self._write_pending()
            if self._line_buffering:
                self._buffer.flush()
        return n

    def _write_pending(self):
        if self._pending:
            data = b''.join(self._pending)
            self._pending = []
            self._pending_bytes = 0
            self._buffer.write(data)

    def flush(self):
        self._check()
        self._write_pending()
        self._buffer.flush()

    def close(self):
        if self._detached or self._buffer.closed:
            return
        try:
            self.flush()
        finally:
            self._buffer.close()

    def detach(self):
        self._check()
        self.flush()
        self._detached = True
        return self._buffer

    # -- reading -------------------------------------------------------------------------------

    def _fill(self):
        """Decode what the buffer holds from its position on (the whole rest of the stream)."""
        self._write_pending()
        data = self._buffer.read()
        if not data:
            return
        text = data.decode(self._codec(), self._errors)
        self._at_start = False
        if self._newline is None or self._newline == '':
            self._seen |= _newline_kinds(text)
        if self._newline is None:
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        self._decoded = self._decoded[self._pos:] + text
        self._pos = 0

    def read(self, size=-1):
        self._check()
        if not self._buffer.readable():
            raise UnsupportedOperation('not readable')
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
        self._read_started = True
        self._fill()
        start = self._pos
        end = len(self._decoded) if size < 0 else min(len(self._decoded), start + size)
        self._pos = end
        return self._decoded[start:end]

    def readline(self, size=-1):
        self._check()
        if not self._buffer.readable():
            raise UnsupportedOperation('not readable')
        if size is None:
            size = -1
        self._read_started = True
        self._fill()
        start = self._pos
        end = _line_end(self._decoded, start, self._newline)
        if size >= 0:
            end = min(end, start + size)
        self._pos = end
        return self._decoded[start:end]

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # -- positions -----------------------------------------------------------------------------

    def tell(self):
        self._check()
        if not self._buffer.seekable():
            raise UnsupportedOperation('underlying stream is not seekable')
        self.flush()
        position = self._buffer.tell()
        rest = self._decoded[self._pos:]
        if rest:
            position -= len(rest.encode(self._codec(), self._errors))
        return position

    def seek(self, cookie, whence=0):
        self._check()
        if not self._buffer.seekable():
            raise UnsupportedOperation('underlying stream is not seekable')
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            cookie = self.tell()
            whence = 0
        elif whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            self._decoded = ''
            self._pos = 0
            position = self._buffer.seek(0, 2)
            self._at_start = position == 0
            return position
        elif whence != 0:
            raise ValueError(f'invalid whence ({whence}, should be 0, 1 or 2)')
        if cookie < 0:
            raise ValueError(f'negative seek position {cookie}')
        self.flush()
        self._decoded = ''
        self._pos = 0
        self._buffer.seek(cookie)
        self._at_start = cookie == 0
        return cookie

    def truncate(self, pos=None):
        self._check()
        self.flush()
        if pos is None:
            pos = self.tell()
        return self._buffer.truncate(pos)

    def __repr__(self):
        try:
            name = self.name
        except (AttributeError, ValueError):
            return f"<_io.TextIOWrapper encoding='{self._encoding}'>"
        return f"<_io.TextIOWrapper name={name!r} encoding='{self._encoding}'>"
