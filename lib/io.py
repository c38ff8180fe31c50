"""In-memory streams (StringIO, BytesIO) and the io names programs import, after CPython's
_pyio. Appending at the end of a StringIO collects chunks and joins them when read, so building
a long string with many writes stays linear."""

import sys as _sys

__all__ = ['BytesIO', 'StringIO', 'IOBase', 'RawIOBase', 'BufferedIOBase', 'TextIOBase',
           'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'DEFAULT_BUFFER_SIZE',
           'TextIOWrapper', 'open', 'text_encoding', 'FileIO', 'BufferedReader', 'BufferedWriter',
           'BufferedRandom', 'BufferedRWPair', 'IncrementalNewlineDecoder']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

import _io
from _io import UnsupportedOperation
import abc as _abc
import builtins as _builtins

open = _builtins.open



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


class _IOMeta(_abc.ABCMeta):
    """ABCMeta for the io classes, whose instances are made often (StringIO): none of them has
    abstract methods, so making one skips ABCMeta's check for them."""

    __call__ = type.__call__
    __qualname__ = 'ABCMeta'
    __module__ = 'abc'


class IOBase(metaclass=_IOMeta):
    """The abstract base class for all I/O classes."""

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def close(self):
        if not self.closed:
            try:
                self.flush()
            finally:
                self._closed = True

    @property
    def closed(self):
        return getattr(self, '_closed', False)

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError('I/O operation on closed file.' if msg is None else msg)

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation('File or stream is not readable.' if msg is None else msg)

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation('File or stream is not writable.' if msg is None else msg)

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation('File or stream is not seekable.' if msg is None else msg)

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def seek(self, pos, whence=0):
        raise UnsupportedOperation('seek')

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        raise UnsupportedOperation('truncate')

    def flush(self):
        self._checkClosed()

    def isatty(self):
        self._checkClosed()
        return False

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def readline(self, size=-1):
        """One line read a byte at a time with read(1), or in pieces with peek() when the
        stream has it: up to and including b'\\n', at most `size` bytes."""
        size = _size(size)
        peek = getattr(self, 'peek', None)
        got = bytearray()
        while size < 0 or len(got) < size:
            want = 1
            if peek is not None:
                ahead = peek(1)
                if not ahead:
                    break
                newline = ahead.find(b'\n')
                want = len(ahead) if newline < 0 else newline + 1
                if size >= 0:
                    want = min(want, size - len(got))
            piece = self.read(want)
            if not piece:
                break
            got += piece
            if got.endswith(b'\n'):
                break
        return bytes(got)

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
    """Unbuffered binary I/O: a subclass gives readinto() (and write()); read() and readall()
    are built on it."""

    def read(self, size=-1):
        size = _size(size)
        if size < 0:
            return self.readall()
        room = bytearray(size)
        got = self.readinto(room)
        if got is None:
            return None
        return bytes(room[:got])

    def readall(self):
        pieces = bytearray()
        while True:
            piece = self.read(DEFAULT_BUFFER_SIZE)
            if piece is None:
                # Nothing available yet on a non-blocking stream: None unless something came.
                return bytes(pieces) if pieces else None
            if not piece:
                return bytes(pieces)
            pieces += piece

    def readinto(self, b):
        raise NotImplementedError

    def write(self, b):
        raise NotImplementedError


class BufferedIOBase(IOBase):
    """Buffered binary I/O: a subclass gives read() (and read1(), write()); readinto() is built on them."""

    def read(self, size=-1):
        raise UnsupportedOperation('read')

    def read1(self, size=-1):
        raise UnsupportedOperation('read1')

    def write(self, b):
        raise UnsupportedOperation('write')

    def detach(self):
        raise UnsupportedOperation('detach')

    def _fill_from(self, reader, b):
        view = memoryview(b)
        data = reader(len(view))
        view[:len(data)] = data
        return len(data)

    def readinto(self, b):
        return self._fill_from(self.read, b)

    def readinto1(self, b):
        return self._fill_from(self.read1, b)


class TextIOBase(IOBase):
    """Text I/O: str in and out."""

    def read(self, size=-1):
        raise UnsupportedOperation('read')

    def readline(self, size=-1):
        raise UnsupportedOperation('readline')

    def write(self, s):
        raise UnsupportedOperation('write')

    def detach(self):
        raise UnsupportedOperation('detach')

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


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
    __memphis_type_name__ = '_io.StringIO'  # what messages call it, as CPython's C type

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
    __memphis_type_name__ = '_io.BytesIO'  # what messages call it, as CPython's C type

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
_AFTER_BOM = {'utf16': 'utf-16-le', 'u16': 'utf-16-le', 'utf32': 'utf-32-le', 'u32': 'utf-32-le',
              'utf8sig': 'utf-8'}

# The byte order marks a stream of these codecs must begin with when read, by the size of a unit.
_MARKS_BY_UNIT = {2: (b'\xff\xfe', b'\xfe\xff'), 4: (b'\xff\xfe\x00\x00', b'\x00\x00\xfe\xff')}


def _check_bom(data, codec_after_bom, errors):
    """A UTF-16 or UTF-32 decoder meeting its first bytes: a whole first unit must be a byte
    order mark. Without one the units are decoded in the machine's order first (their own error
    comes before), and a start shorter than a unit is left to the codec, which finds it truncated."""
    unit = 4 if '32' in codec_after_bom else 2
    if len(data) >= unit and not data.startswith(_MARKS_BY_UNIT[unit]):
        data[:len(data) - len(data) % unit].decode(codec_after_bom, errors)
        raise UnicodeError(f'UTF-{unit * 8} stream does not start with BOM')


def _crlf_positions(text):
    """Where, in `text` with its line ends translated to '\\n', a '\\n' stands for '\\r\\n'."""
    found = []
    shift = 0
    at = text.find('\r\n')
    while at >= 0:
        found.append(at - shift)
        shift += 1
        at = text.find('\r\n', at + 2)
    return found


# What TextIOWrapper collects before it writes to its buffer (the C implementation's chunk size).
_CHUNK_SIZE = 8192


def _bom_free_codec(encoding):
    """The codec that goes on after a byte order mark of `encoding` (None: it writes none)."""
    key = encoding.lower().replace('-', '').replace('_', '').replace(' ', '')
    return _AFTER_BOM.get(key)


def _optional_flag(value, current):
    """A reconfigure() switch: None keeps the current setting, anything else counts as an integer."""
    if value is None:
        return current
    if not hasattr(type(value), '__index__'):
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return bool(value.__index__())


_KEEP_NEWLINE = object()


class TextIOWrapper(TextIOBase):
    """A text stream over a binary one (io.BytesIO, open(..., 'rb')): str in and out, encoded
    with `encoding`, lines ended as `newline` says. Writes are collected and reach the buffer on
    flush(), when they pass the chunk size, or at each line with line_buffering."""

    __module__ = '_io'
    __memphis_type_name__ = '_io.TextIOWrapper'  # what messages call it, as CPython's C type

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        if encoding is None:
            encoding = 'utf-8'
        elif encoding == 'locale':
            # The locale's encoding, by its name there: UTF-8 is the only one here.
            encoding = 'UTF-8'
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
        self._after_bom = _bom_free_codec(encoding)
        # A stream opened past its start continues one: no byte order mark, on writing or reading.
        self._at_start = not (buffer.seekable() and buffer.tell() != 0)
        self._decoder_fresh = True
        self._pending = []
        self._pending_bytes = 0
        self._decoded = ''
        self._pos = 0
        # Universal newlines: the indices of `_decoded` whose '\n' was '\r\n' in the stream.
        self._crlf = []
        self._seen = 0
        self._read_started = False
        # Whether text decoded for reading is kept ahead (a codec or newline change is refused then).
        self._holds_decoded = False
        self._detached = False
        # Whether the buffer is a stream decoded as it arrives (_streaming), known at the first read.
        self._stream = None

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

    def reconfigure(self, *positional, encoding=None, errors=None, newline=_KEEP_NEWLINE,
                    line_buffering=None, write_through=None):
        """Change the stream's codec, newline mode or flushing; what is not given stays."""
        if positional:
            raise TypeError('reconfigure() takes no positional arguments')
        for label, value in (('encoding', encoding), ('errors', errors)):
            if value is not None and not isinstance(value, str):
                raise TypeError(f"reconfigure() argument '{label}' must be str or None, not {type(value).__name__}")
        new_newline = newline is not _KEEP_NEWLINE
        if new_newline and newline is not None and not isinstance(newline, str):
            raise TypeError(f"reconfigure() argument 'newline' must be str or None, not {type(newline).__name__}")
        # Text decoded ahead for reading was decoded the old way.
        if self._holds_decoded and (encoding is not None or errors is not None or new_newline):
            raise UnsupportedOperation('It is not possible to set the encoding or newline of stream '
                                       'after the first read')
        if new_newline and newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f'illegal newline value: {newline}')
        line_buffering = _optional_flag(line_buffering, self._line_buffering)
        write_through = _optional_flag(write_through, self._write_through)
        self.flush()
        if encoding is not None or errors is not None:
            if encoding is None:
                encoding = self._encoding
            elif errors is None:
                # A new codec starts with strict errors unless told otherwise.
                errors = 'strict'
            ''.encode(encoding)
            self._encoding = encoding
            self._after_bom = _bom_free_codec(encoding)
            if errors is not None:
                self._errors = errors
        if new_newline:
            self._newline = newline
        self._line_buffering = line_buffering
        self._write_through = write_through

    # -- writing -------------------------------------------------------------------------------

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            shown = 'None' if s is None else type(s).__name__
            raise TypeError(f'write() argument must be str, not {shown}')
        n = len(s)
        haslf = '\n' in s
        if haslf and self._newline in ('\r', '\r\n'):
            s = s.replace('\n', self._newline)
        data = s.encode(self._codec(), self._errors)
        if data:
            self._at_start = False
        # Text already decoded for reading is dropped: the buffer's position moves on.
        self._decoded = ''
        self._holds_decoded = False
        self._crlf = []
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

    def _streaming(self):
        """Whether the buffer is a stream that cannot seek (a socket's, a pipe's): its text is
        decoded as it arrives, so that a line is read once it is there, not at the stream's end."""
        if self._stream is None:
            self._stream = not self._buffer.seekable()
            if self._stream:
                self._stream_newlines = IncrementalNewlineDecoder(None, self._newline is None)
                self._stream_held = b''
        return self._stream

    def _fill_more(self, whole=False):
        """Decode the next piece a streaming buffer has (read1 waits for one), or with `whole`
        all the rest (read): False at its end."""
        self._write_pending()
        if whole:
            data = self._buffer.read()
        else:
            # A buffer without read1 (a raw stream) is read by chunks, as CPython does.
            read1 = getattr(self._buffer, 'read1', None)
            data = self._buffer.read(DEFAULT_BUFFER_SIZE) if read1 is None else read1(DEFAULT_BUFFER_SIZE)
        final = whole or not data
        data = self._stream_held + bytes(data or b'')
        self._stream_held = b''
        fresh = self._decoder_fresh or self._after_bom is None
        codec = self._encoding if fresh else self._after_bom
        if not final:
            try:
                data.decode(codec)
            except UnicodeDecodeError as e:
                # A character cut at the piece's end waits for the rest of its bytes.
                if e.end == len(data) and e.start > len(data) - 4:
                    self._stream_held = data[e.start:]
                    data = data[:e.start]
        text = data.decode(codec, self._errors) if data else ''
        if data:
            self._at_start = False
            self._decoder_fresh = False
        text = self._stream_newlines.decode(text, final)
        self._seen |= self._stream_newlines._seen
        self._decoded = self._decoded[self._pos:] + text
        self._crlf = []
        self._pos = 0
        return not final

    def _fill(self):
        """Decode what the buffer holds from its position on (the whole rest of the stream)."""
        if self._streaming():
            self._fill_more(whole=True)
            return
        self._write_pending()
        data = self._buffer.read()
        if not data:
            return
        # The decoder is fresh (it wants a byte order mark) until it reads, and after seek(0).
        fresh = self._decoder_fresh or self._after_bom is None
        if fresh and self._after_bom in ('utf-16-le', 'utf-32-le'):
            _check_bom(data, self._after_bom, self._errors)
        text = data.decode(self._encoding if fresh else self._after_bom, self._errors)
        self._at_start = False
        self._decoder_fresh = False
        if self._newline is None or self._newline == '':
            self._seen |= _newline_kinds(text)
        kept = self._decoded[self._pos:]
        crlf = [k - self._pos for k in self._crlf if k >= self._pos]
        if self._newline is None:
            crlf += [len(kept) + k for k in _crlf_positions(text)]
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        self._decoded = kept + text
        self._crlf = crlf
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
        if size >= 0 and self._streaming():
            while len(self._decoded) - self._pos < size and self._fill_more():
                pass
        else:
            self._fill()
        start = self._pos
        end = len(self._decoded) if size < 0 else min(len(self._decoded), start + size)
        self._pos = end
        self._holds_decoded = size >= 0
        return self._decoded[start:end]

    def readline(self, size=-1):
        self._check()
        if not self._buffer.readable():
            raise UnsupportedOperation('not readable')
        if size is None:
            size = -1
        self._read_started = True
        if self._streaming():
            self._fill_line(size)
        else:
            self._fill()
        start = self._pos
        end = _line_end(self._decoded, start, self._newline)
        if size >= 0:
            end = min(end, start + size)
        self._pos = end
        self._holds_decoded = True
        return self._decoded[start:end]

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _fill_line(self, size):
        """Read a streaming buffer until a whole line (or `size` characters) is decoded, or its end."""
        ends = ('\r', '\n') if self._newline == '' else (self._newline or '\n',)
        while True:
            rest = len(self._decoded) - self._pos
            if size >= 0 and rest >= size:
                return
            if any(self._decoded.find(e, self._pos) >= 0 for e in ends):
                return
            if not self._fill_more():
                return

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
            # Each '\n' that was '\r\n' took a '\r' more in the stream.
            pairs = sum(1 for k in self._crlf if k >= self._pos)
            if pairs:
                position -= pairs * len('\r'.encode(self._codec(), self._errors))
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
            self._holds_decoded = False
            self._crlf = []
            self._pos = 0
            position = self._buffer.seek(0, 2)
            self._at_start = self._decoder_fresh = position == 0
            return position
        elif whence != 0:
            raise ValueError(f'invalid whence ({whence}, should be 0, 1 or 2)')
        if cookie < 0:
            raise ValueError(f'negative seek position {cookie}')
        self.flush()
        self._decoded = ''
        self._holds_decoded = False
        self._crlf = []
        self._pos = 0
        self._buffer.seek(cookie)
        self._at_start = self._decoder_fresh = cookie == 0
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


# -- raw files and buffered streams ------------------------------------------------------------

import os as _os


def _file_mode(mode):
    """The os.open() flags and the shown mode ('rb', 'wb', 'rb+', ...) of a FileIO mode string."""
    if not isinstance(mode, str):
        raise TypeError(f"FileIO() argument 'mode' must be str, not {type(mode).__name__}")
    letters = set(mode)
    kinds = [c for c in mode if c in 'rwax']
    if len(letters) != len(mode) or not letters <= set('rwaxb+') or len(kinds) != 1:
        if letters <= set('rwaxb+') and len(letters) == len(mode):
            raise ValueError('Must have exactly one of create/read/write/append mode and at most one plus')
        raise ValueError(f'invalid mode: {mode}')
    kind = kinds[0]
    plus = '+' in mode
    if plus:
        flags = _os.O_RDWR
    elif kind == 'r':
        flags = _os.O_RDONLY
    else:
        flags = _os.O_WRONLY
    flags |= {'r': 0, 'w': _os.O_CREAT | _os.O_TRUNC, 'a': _os.O_CREAT | _os.O_APPEND,
              'x': _os.O_CREAT | _os.O_EXCL}[kind]
    if kind == 'a':
        shown = 'ab+' if plus else 'ab'
    elif kind == 'x':
        shown = 'xb+' if plus else 'xb'
    else:
        shown = 'rb+' if plus else kind + 'b'
    return flags, shown, kind == 'r' or plus, kind != 'r' or plus


class FileIO(RawIOBase):
    """A file read and written straight through the operating system, as bytes."""

    __module__ = '_io'
    __memphis_type_name__ = '_io.FileIO'  # what messages call it, as CPython's C type

    def __init__(self, file, mode='r', closefd=True, opener=None):
        self._fd = -1
        self._closed = False
        flags, self._mode, self._readable, self._writable = _file_mode(mode)
        if isinstance(file, float):
            raise TypeError('integer argument expected, got float')
        if isinstance(file, int):
            if file < 0:
                raise ValueError('negative file descriptor')
            self._fd = file
        else:
            if not closefd:
                raise ValueError('Cannot use closefd=False with file name')
            if opener is None:
                self._fd = _os.open(file, flags, 0o666)
            else:
                self._fd = opener(file, flags)
                if not isinstance(self._fd, int):
                    raise TypeError('expected integer from opener')
                if self._fd < 0:
                    raise ValueError(f'opener returned {self._fd}')
        self._closefd = closefd
        self.name = file
        if 'a' in mode:
            _os.lseek(self._fd, 0, 2)

    def _check_open(self):
        if self._closed:
            raise ValueError('I/O operation on closed file')

    @property
    def closed(self):
        return self._closed

    @property
    def mode(self):
        return self._mode

    @property
    def closefd(self):
        return self._closefd

    def fileno(self):
        self._check_open()
        return self._fd

    def readable(self):
        self._check_open()
        return self._readable

    def writable(self):
        self._check_open()
        return self._writable

    def seekable(self):
        self._check_open()
        try:
            _os.lseek(self._fd, 0, 1)
        except OSError:
            return False
        return True

    def isatty(self):
        self._check_open()
        return _os.isatty(self._fd)

    def read(self, size=-1):
        self._check_open()
        if not self._readable:
            raise UnsupportedOperation('File not open for reading')
        size = _size(size)
        if size < 0:
            return self.readall()
        return _os.read(self._fd, size)

    def readall(self):
        self._check_open()
        if not self._readable:
            raise UnsupportedOperation('File not open for reading')
        pieces = []
        while True:
            piece = _os.read(self._fd, 65536)
            if not piece:
                return b''.join(pieces)
            pieces.append(piece)

    def readinto(self, b):
        view = memoryview(b)
        data = self.read(len(view))
        view[:len(data)] = data
        return len(data)

    def write(self, b):
        self._check_open()
        if not self._writable:
            raise UnsupportedOperation('File not open for writing')
        return _os.write(self._fd, b)

    def seek(self, pos, whence=0):
        self._check_open()
        if isinstance(pos, float):
            raise TypeError('an integer is required')
        return _os.lseek(self._fd, pos, whence)

    def tell(self):
        self._check_open()
        return _os.lseek(self._fd, 0, 1)

    def truncate(self, size=None):
        self._check_open()
        if not self._writable:
            raise UnsupportedOperation('File not open for writing')
        if size is None:
            size = self.tell()
        _os.ftruncate(self._fd, size)
        return size

    def close(self):
        if self._closed:
            return
        self._closed = True
        if self._closefd and self._fd >= 0:
            _os.close(self._fd)

    def __repr__(self):
        if self._closed:
            return '<_io.FileIO [closed]>'
        return f'<_io.FileIO name={self.name!r} mode={self._mode!r} closefd={self._closefd!r}>'


class _Buffered(BufferedIOBase):
    """What the buffered streams share: the raw stream they hold, and passing the questions
    about it (name, mode, closed, fileno) through."""

    __module__ = '_io'

    def _attach(self, raw, buffer_size):
        if buffer_size <= 0:
            raise ValueError('buffer size must be strictly positive')
        self._raw = raw
        self._size = buffer_size
        self._rbuf = b''
        self._rpos = 0
        self._wbuf = bytearray()

    @property
    def raw(self):
        return self._raw

    def _stream(self):
        if self._raw is None:
            raise ValueError('raw stream has been detached')
        return self._raw

    @property
    def name(self):
        return self._stream().name

    @property
    def mode(self):
        return self._stream().mode

    @property
    def closed(self):
        return self._stream().closed

    def fileno(self):
        return self._stream().fileno()

    def isatty(self):
        return self._stream().isatty()

    def readable(self):
        return self._stream().readable()

    def writable(self):
        return self._stream().writable()

    def seekable(self):
        return self._stream().seekable()

    def _unread(self):
        return len(self._rbuf) - self._rpos

    # Reading: `_rbuf[_rpos:]` is what was read from the raw stream and not yet returned.

    def _check_reading(self, what):
        raw = self._stream()
        if raw.closed:
            raise ValueError(f'{what} of closed file')

    def _take(self, n):
        out = self._rbuf[self._rpos:self._rpos + n]
        self._rpos += len(out)
        return out

    def _fill(self, want):
        """Read once from the raw stream into the buffer: False at its end (or with nothing ready)."""
        if self._wbuf:
            self._flush_writes()
        chunk = self._raw.read(max(want, self._size))
        if not chunk:
            return False
        self._rbuf = self._rbuf[self._rpos:] + bytes(chunk)
        self._rpos = 0
        return True

    def read(self, size=-1):
        self._check_reading('read')
        size = _size(size, 'read length must be non-negative or -1')
        if size < -1:
            raise ValueError('read length must be non-negative or -1')
        if size < 0:
            head = self._take(self._unread())
            if self._wbuf:
                self._flush_writes()
            rest = self._raw.readall() if hasattr(self._raw, 'readall') else self._raw.read()
            if rest is None:
                return head or None
            return head + bytes(rest)
        while self._unread() < size:
            if not self._fill(size - self._unread()):
                break
        return self._take(size)

    def read1(self, size=-1):
        self._check_reading('read')
        size = _size(size)
        if size == 0:
            return b''
        if not self._unread():
            self._fill(max(size, 0))
        return self._take(self._unread() if size < 0 else size)

    def peek(self, size=0):
        self._check_reading('peek')
        if not self._unread():
            self._fill(1)
        return self._rbuf[self._rpos:]

    def readline(self, size=-1):
        self._check_reading('readline')
        size = _size(size)
        while True:
            end = self._rbuf.find(b'\n', self._rpos)
            if end >= 0:
                n = end + 1 - self._rpos
                break
            if 0 <= size <= self._unread() or not self._fill(1):
                n = self._unread()
                break
        return self._take(n if size < 0 else min(n, size))

    def readinto(self, b):
        view = memoryview(b)
        data = self.read(len(view))
        view[:len(data)] = data
        return len(data)

    def readinto1(self, b):
        view = memoryview(b)
        data = self.read1(len(view))
        view[:len(data)] = data
        return len(data)

    # Writing: `_wbuf` collects what reaches the raw stream at flush(), or once it passes the buffer size.

    def write(self, b):
        raw = self._stream()
        if raw.closed:
            raise ValueError('write to closed file')
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(b)
        if self._unread():
            # What was read ahead is given back: writing goes on from the position the caller sees.
            raw.seek(-self._unread(), 1)
        self._rbuf = b''
        self._rpos = 0
        self._wbuf += data
        if len(self._wbuf) > self._size:
            self._flush_writes()
        return len(data)

    def _flush_writes(self):
        while self._wbuf:
            n = self._raw.write(bytes(self._wbuf))
            if n is None:
                raise BlockingIOError(11, 'write could not complete without blocking', 0)
            del self._wbuf[:n]

    def flush(self):
        raw = self._stream()
        if raw.closed:
            raise ValueError('flush of closed file')
        self._flush_writes()
        raw.flush()

    def tell(self):
        position = self._stream().tell() - self._unread() + len(self._wbuf)
        return max(position, 0)

    def seek(self, pos, whence=0):
        if whence not in (0, 1, 2):
            raise ValueError(f'whence value {whence} unsupported')
        raw = self._stream()
        if raw.closed:
            raise ValueError('seek of closed file')
        self._flush_writes()
        if whence == 1:
            pos -= self._unread()
        self._rbuf = b''
        self._rpos = 0
        return raw.seek(pos, whence)

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        return self._stream().truncate(pos)

    def close(self):
        raw = self._stream()
        if raw.closed:
            return
        try:
            self.flush()
        finally:
            raw.close()

    def detach(self):
        raw = self._stream()
        self.flush()
        self._raw = None
        return raw

    def __repr__(self):
        kind = type(self).__name__
        try:
            name = self.name
        except (AttributeError, ValueError):
            return f'<_io.{kind}>'
        return f'<_io.{kind} name={name!r}>'


class BufferedReader(_Buffered):
    """A buffered reader over a readable raw stream: read, read1, peek, readline."""

    __module__ = '_io'
    __memphis_type_name__ = '_io.BufferedReader'  # what messages call it, as CPython's C type

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.readable():
            raise UnsupportedOperation('File or stream is not readable.')
        self._attach(raw, buffer_size)

    def write(self, b):
        raise UnsupportedOperation('write')


class BufferedWriter(_Buffered):
    """A buffered writer over a writable raw stream."""

    __module__ = '_io'
    __memphis_type_name__ = '_io.BufferedWriter'  # what messages call it, as CPython's C type

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.writable():
            raise UnsupportedOperation('File or stream is not writable.')
        self._attach(raw, buffer_size)

    def read(self, size=-1):
        raise UnsupportedOperation('read')

    def read1(self, size=-1):
        raise UnsupportedOperation('read1')

    def peek(self, size=0):
        raise UnsupportedOperation('peek')

    def readline(self, size=-1):
        raise UnsupportedOperation('readline')


class BufferedRandom(_Buffered):
    """A buffered stream over a seekable raw stream that reads and writes at one position."""

    __module__ = '_io'
    __memphis_type_name__ = '_io.BufferedRandom'  # what messages call it, as CPython's C type

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.seekable():
            raise UnsupportedOperation('File or stream is not seekable.')
        if not raw.readable():
            raise UnsupportedOperation('File or stream is not readable.')
        if not raw.writable():
            raise UnsupportedOperation('File or stream is not writable.')
        self._attach(raw, buffer_size)


class BufferedRWPair(BufferedIOBase):
    """Two raw streams used as one: reads come from `reader`, writes go to `writer`."""

    __module__ = '_io'
    __memphis_type_name__ = '_io.BufferedRWPair'  # what messages call it, as CPython's C type

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self._reader = BufferedReader(reader, buffer_size)
        self._writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self._reader.read(size)

    def read1(self, size=-1):
        return self._reader.read1(size)

    def peek(self, size=0):
        return self._reader.peek(size)

    def readline(self, size=-1):
        return self._reader.readline(size)

    def readinto(self, b):
        return self._reader.readinto(b)

    def readinto1(self, b):
        return self._reader.readinto1(b)

    def write(self, b):
        return self._writer.write(b)

    def flush(self):
        return self._writer.flush()

    def readable(self):
        return self._reader.readable()

    def writable(self):
        return self._writer.writable()

    def isatty(self):
        return self._reader.isatty() or self._writer.isatty()

    @property
    def closed(self):
        return self._writer.closed

    def close(self):
        try:
            self._writer.close()
        finally:
            self._reader.close()


class IncrementalNewlineDecoder:
    """Wraps a decoder (or none: str in) and reads '\\r\\n' and '\\r' line ends as '\\n' when
    `translate` is true, noting the kinds seen. A '\\r' at the end of a piece waits for the next
    piece, which may start with its '\\n'."""

    __module__ = '_io'
    __memphis_type_name__ = '_io.IncrementalNewlineDecoder'  # what messages call it, as CPython's C type

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self._held_cr = False
        self._seen = 0

    def decode(self, input, final=False):
        text = input if self.decoder is None else self.decoder.decode(input, final=final)
        if self._held_cr and (text or final):
            text = '\r' + text
            self._held_cr = False
        if text.endswith('\r') and not final:
            text = text[:-1]
            self._held_cr = True
        self._seen |= _newline_kinds(text)
        if self.translate and '\r' in text:
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        return text

    def getstate(self):
        if self.decoder is None:
            pending, flags = b'', 0
        else:
            pending, flags = self.decoder.getstate()
        return pending, (flags << 1) | int(self._held_cr)

    def setstate(self, state):
        pending, flags = state
        self._held_cr = bool(flags & 1)
        if self.decoder is not None:
            self.decoder.setstate((pending, flags >> 1))

    def reset(self):
        self._seen = 0
        self._held_cr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return _newlines_value(self._seen)


# The runtime's own streams are these classes to isinstance(): open()'s files and sys.stdout.
for _name, _cls in (('TextIOWrapper', TextIOWrapper), ('BufferedReader', BufferedReader),
                    ('BufferedWriter', BufferedWriter), ('BufferedRandom', BufferedRandom),
                    ('FileIO', FileIO)):
    _native = getattr(_io, _name, None)
    if _native is not None:
        _cls.register(_native)
TextIOWrapper.register(type(_sys.__stdout__))
BufferedWriter.register(type(_sys.__stdout__.buffer))
BufferedReader.register(type(_sys.__stdin__.buffer))
del _name, _cls, _native
