"""Codec registry, base classes and the codecs themselves.

The text codecs memphisc has (UTF-8, UTF-8 with a signature, UTF-16 and UTF-32 in both byte
orders, ASCII, Latin-1, the single-byte code pages) do their byte work in the runtime, through
str.encode and bytes.decode, which also keep the error handler registry;
this module adds what CPython layers on top: lookup by any of CPython's names for them,
CodecInfo objects, the stateful decoders that keep an incomplete character for the next chunk,
error handlers written in Python (register_error), stream readers and writers, and the
bytes-to-bytes and str-to-str codecs (hex, base64, quopri, zlib, rot13) that codecs.encode() and
codecs.decode() reach but str.encode() and bytes.decode() do not.
"""

import builtins as _builtins
import sys as _sys
from _builtinfunc import builtin as _as_builtin

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE", "BOM_LE", "BOM32_BE",
           "BOM32_LE", "BOM64_BE", "BOM64_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE",
           "BOM_UTF16_BE", "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE", "CodecInfo", "Codec",
           "IncrementalEncoder", "IncrementalDecoder", "StreamReader", "StreamWriter",
           "StreamReaderWriter", "StreamRecoder", "getencoder", "getdecoder",
           "getincrementalencoder", "getincrementaldecoder", "getreader", "getwriter", "encode",
           "decode", "iterencode", "iterdecode", "strict_errors", "ignore_errors",
           "replace_errors", "xmlcharrefreplace_errors", "backslashreplace_errors",
           "namereplace_errors", "register_error", "lookup_error"]

# Byte order marks. The native order of every machine memphisc runs on is little-endian.
BOM_UTF8 = b'\xef\xbb\xbf'
BOM_UTF16_LE = BOM_LE = b'\xff\xfe'
BOM_UTF16_BE = BOM_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
BOM = BOM_UTF16 = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE
# The old names.
BOM32_LE, BOM32_BE = BOM_UTF16_LE, BOM_UTF16_BE
BOM64_LE, BOM64_BE = BOM_UTF32_LE, BOM_UTF32_BE


# str.translate raises no UnicodeTranslateError here, and the runtime may not define the class.
_TranslateError = getattr(_builtins, 'UnicodeTranslateError', None)
if _TranslateError is None:
    class _TranslateError(UnicodeError):
        pass


def _type_name(obj):
    # Argument errors name None itself rather than its type.
    return 'None' if obj is None else type(obj).__name__


# ---------------------------------------------------------------------------------------------
# Error handlers


def _describe_unsupported(exc):
    return TypeError(f"don't know how to handle {_type_name(exc)} in error callback")


def _backslash_escape(code):
    if code < 0x100:
        return f'\\x{code:02x}'
    if code < 0x10000:
        return f'\\u{code:04x}'
    return f'\\U{code:08x}'


def strict_errors(exc):
    """Raise the exception the codec reported."""
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError('codec must pass exception instance')


def ignore_errors(exc):
    """Drop the text or bytes that could not be converted."""
    if isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, _TranslateError)):
        return ('', exc.end)
    raise _describe_unsupported(exc)


def replace_errors(exc):
    """'?' for each character an encoder refused, U+FFFD for what a decoder or translation did."""
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (exc.end - exc.start), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ('\ufffd', exc.end)
    if isinstance(exc, _TranslateError):
        return ('\ufffd' * (exc.end - exc.start), exc.end)
    raise _describe_unsupported(exc)


def xmlcharrefreplace_errors(exc):
    """&#NNN; for each character an encoder refused."""
    if not isinstance(exc, UnicodeEncodeError):
        raise _describe_unsupported(exc)
    refused = exc.object[exc.start:exc.end]
    return (''.join(f'&#{ord(ch)};' for ch in refused), exc.end)


def backslashreplace_errors(exc):
    """Python's backslash escapes for what could not be converted (\\xNN for bytes)."""
    if isinstance(exc, UnicodeDecodeError):
        refused = exc.object[exc.start:exc.end]
        return (''.join(f'\\x{byte:02x}' for byte in refused), exc.end)
    if isinstance(exc, (UnicodeEncodeError, _TranslateError)):
        refused = exc.object[exc.start:exc.end]
        return (''.join(_backslash_escape(ord(ch)) for ch in refused), exc.end)
    raise _describe_unsupported(exc)


def _named_escape(ch):
    # The names come from unicodedata when the program has it (its tables are large, so this
    # module does not import it); without them the backslash escape stands in.
    names = _sys.modules.get('unicodedata')
    name = names.name(ch, None) if names is not None else None
    return f'\\N{{{name}}}' if name else _backslash_escape(ord(ch))


def namereplace_errors(exc):
    """\\N{NAME} for each character an encoder refused."""
    if not isinstance(exc, UnicodeEncodeError):
        raise _describe_unsupported(exc)
    refused = exc.object[exc.start:exc.end]
    return (''.join(_named_escape(ch) for ch in refused), exc.end)


def _surrogateescape(exc):
    # Bytes 0x80..0xff travel through str as the lone surrogates U+DC80..U+DCFF.
    if isinstance(exc, UnicodeDecodeError):
        raw = exc.object[exc.start:exc.end]
        taken = []
        for byte in raw[:4]:
            if byte < 128:
                break
            taken.append(chr(0xdc00 + byte))
        if not taken:
            raise exc
        return (''.join(taken), exc.start + len(taken))
    if isinstance(exc, UnicodeEncodeError):
        out = bytearray()
        for ch in exc.object[exc.start:exc.end]:
            code = ord(ch)
            if not 0xdc80 <= code <= 0xdcff:
                raise exc
            out.append(code - 0xdc00)
        return (bytes(out), exc.end)
    raise _describe_unsupported(exc)


def _surrogate_width(encoding):
    """How a surrogate is stored by `encoding`: (bytes per unit, little-endian), or None."""
    name = _canonical_name(encoding)
    return _SURROGATE_UNITS.get(name)


_SURROGATE_UNITS = {
    'utf_8': (1, False), 'utf_8_sig': (1, False),
    'utf_16': (2, True), 'utf_16_le': (2, True), 'utf_16_be': (2, False),
    'utf_32': (4, True), 'utf_32_le': (4, True), 'utf_32_be': (4, False),
}


def _surrogatepass(exc):
    # Lone surrogates written and read as if they were ordinary code points.
    if isinstance(exc, UnicodeEncodeError):
        unit = _surrogate_width(exc.encoding)
        if unit is None:
            raise exc
        size, little = unit
        out = bytearray()
        for ch in exc.object[exc.start:exc.end]:
            code = ord(ch)
            if not 0xd800 <= code <= 0xdfff:
                raise exc
            if size == 1:
                out += bytes((0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)))
            else:
                out += code.to_bytes(size, 'little' if little else 'big')
        return (bytes(out), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        unit = _surrogate_width(exc.encoding)
        if unit is None:
            raise exc
        size, little = unit
        raw = exc.object[exc.start:exc.start + (3 if size == 1 else size)]
        code = -1
        if size == 1 and len(raw) == 3 and (raw[0] & 0xf0) == 0xe0 and \
                (raw[1] & 0xc0) == 0x80 and (raw[2] & 0xc0) == 0x80:
            code = ((raw[0] & 0x0f) << 12) | ((raw[1] & 0x3f) << 6) | (raw[2] & 0x3f)
        elif size > 1 and len(raw) == size:
            code = int.from_bytes(raw, 'little' if little else 'big')
        if not 0xd800 <= code <= 0xdfff:
            raise exc
        return (chr(code), exc.start + len(raw))
    raise _describe_unsupported(exc)


# The registry lives in the runtime, shared with str.encode() and bytes.decode(), which apply
# the standard handlers themselves and call any other registered one. (The runtime module is
# reached through __import__: the compiler does not list it among the modules it resolves.)
_codecs = __import__('_codecs')

_STANDARD_HANDLERS = ('strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace',
                      'namereplace', 'surrogateescape', 'surrogatepass')

_surrogateescape.__name__ = _surrogateescape.__qualname__ = 'surrogateescape'
_surrogatepass.__name__ = _surrogatepass.__qualname__ = 'surrogatepass'
# The standard handlers are C functions in CPython: builtins of no module, positional only.
(strict_errors, ignore_errors, replace_errors, xmlcharrefreplace_errors, backslashreplace_errors,
 namereplace_errors, _surrogateescape, _surrogatepass) = [
    _as_builtin(_handler, None, False, False)
    for _handler in (strict_errors, ignore_errors, replace_errors, xmlcharrefreplace_errors,
                     backslashreplace_errors, namereplace_errors, _surrogateescape, _surrogatepass)]
for _name, _handler in (('strict', strict_errors), ('ignore', ignore_errors),
                        ('replace', replace_errors),
                        ('xmlcharrefreplace', xmlcharrefreplace_errors),
                        ('backslashreplace', backslashreplace_errors),
                        ('namereplace', namereplace_errors),
                        ('surrogateescape', _surrogateescape),
                        ('surrogatepass', _surrogatepass)):
    _codecs.register_error(_name, _handler)
del _name, _handler


def register_error(name, handler):
    """Make `handler` (called with the Unicode error, returning (replacement, resume position))
    the error handler called `name`."""
    if not isinstance(name, str):
        raise TypeError(f'register_error() argument 1 must be str, not {_type_name(name)}')
    if not callable(handler):
        raise TypeError('handler must be callable')
    _codecs.register_error(name, handler)


def lookup_error(name):
    """The error handler registered as `name`."""
    if not isinstance(name, str):
        raise TypeError(f'lookup_error() argument must be str, not {_type_name(name)}')
    return _codecs.lookup_error(name)


def _resume_position(result, length, decoding):
    """Check an error handler's (replacement, position) answer; returns the position."""
    wanted = str if decoding else (str, bytes)
    if not isinstance(result, tuple) or len(result) != 2 or not isinstance(result[1], int) or \
            not isinstance(result[0], wanted):
        if decoding:
            raise TypeError('decoding error handler must return (str, int) tuple')
        raise TypeError('encoding error handler must return (str/bytes, int) tuple')
    position = result[1]
    if position < 0:
        position += length
    if not 0 <= position <= length:
        raise IndexError(f'position {result[1]} from error handler out of bounds')
    return position


# ---------------------------------------------------------------------------------------------
# Converting with any error handler. The runtime's codecs know the standard handlers; with
# another one, the text is converted strictly piece by piece and each failure goes to it.

# The errors a decoder reports when the data stops inside a character: a stateful decoder that
# is not at the end of its input keeps those bytes for the next call instead.
_TRUNCATED = ('unexpected end of data', 'truncated data')


def _held_back(failure, data):
    """Whether a strict decoder's `failure` on `data` only means that the data stops inside a
    character, which a decoder expecting more input keeps for later. UTF-8 also keeps a final
    ED A0..ED BF: with its third byte it could be a surrogate that surrogatepass accepts."""
    if failure.end == len(data) and failure.reason in _TRUNCATED:
        return True
    at = failure.start
    return failure.encoding == 'utf-8' and at == len(data) - 2 and data[at] == 0xed and \
        0xa0 <= data[at + 1] <= 0xbf and failure.reason == 'invalid continuation byte'


def _shifted(failure, data, offset):
    """`failure` (raised for data[offset:]) with positions in `data`."""
    if not offset:
        return failure
    return UnicodeDecodeError(failure.encoding, data, offset + failure.start,
                              offset + failure.end, failure.reason)


def _check_bytes_like(data):
    if isinstance(data, bytes):
        return data
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    raise TypeError(f"a bytes-like object is required, not '{_type_name(data)}'")


def _check_str(text, function):
    if not isinstance(text, str):
        raise TypeError(f'{function}() argument 1 must be str, not {_type_name(text)}')


def _errors_name(errors):
    return 'strict' if errors is None else errors


def _decode_with_handler(data, start, codec, errors, final):
    """Decode data[start:] with `codec` (a fixed byte order), sending each failure to the
    `errors` handler. Returns (text, position decoding stopped at)."""
    handler = lookup_error(errors)
    pieces = []
    position = start
    length = len(data)
    while position < length:
        rest = data[position:]
        try:
            pieces.append(rest.decode(codec))
            position = length
            break
        except UnicodeDecodeError as failure:
            pieces.append(rest[:failure.start].decode(codec))
            if not final and _held_back(failure, rest):
                position += failure.start
                break
            answer = handler(_shifted(failure, data, position))
            position = _resume_position(answer, length, True)
            pieces.append(answer[0])
    return ''.join(pieces), position


def _decode_span(data, start, codec, errors, final):
    """data[start:] decoded with a fixed-order `codec`: (text, position decoding stopped at).
    Without `final`, an incomplete character at the end is left for the next call."""
    errors = _errors_name(errors)
    rest = data[start:] if start else data
    # A handler of the program's own must see positions in all of `data`: it goes piece by piece.
    if final and (not start or errors in _STANDARD_HANDLERS):
        try:
            return rest.decode(codec, errors), len(data)
        except UnicodeDecodeError as failure:
            raise _shifted(failure, data, start) from None
    try:
        # A strict attempt first: it succeeds, or finds where the data stops inside a character
        # (everything before is then clean), or finds a real error for the handler.
        return rest.decode(codec), len(data)
    except UnicodeDecodeError as failure:
        if not final and _held_back(failure, rest):
            return rest[:failure.start].decode(codec), start + failure.start
        if errors == 'strict':
            raise _shifted(failure, data, start) from None
    return _decode_with_handler(data, start, codec, errors, final)


def _encode_text(text, codec, errors):
    """text.encode(codec, errors) for any error handler (`codec` writes no byte order mark)."""
    return text.encode(codec, _errors_name(errors))


# ---------------------------------------------------------------------------------------------
# The codec functions (CPython's _codecs module): encoders return (bytes, characters used),
# decoders (str, bytes used).


def utf_8_encode(str, errors=None):
    _check_str(str, 'utf_8_encode')
    return _encode_text(str, 'utf-8', errors), len(str)


def utf_8_decode(data, errors=None, final=False):
    data = _check_bytes_like(data)
    return _decode_span(data, 0, 'utf-8', errors, final)


def ascii_encode(str, errors=None):
    _check_str(str, 'ascii_encode')
    return _encode_text(str, 'ascii', errors), len(str)


def ascii_decode(data, errors=None):
    data = _check_bytes_like(data)
    return _decode_span(data, 0, 'ascii', errors, True)


def latin_1_encode(str, errors=None):
    _check_str(str, 'latin_1_encode')
    return _encode_text(str, 'latin-1', errors), len(str)


def latin_1_decode(data, errors=None):
    data = _check_bytes_like(data)
    return _decode_span(data, 0, 'latin-1', errors, True)


def _wide_encode(text, errors, byteorder, width, function):
    _check_str(text, function)
    order = 'le' if byteorder <= 0 else 'be'
    encoded = _encode_text(text, f'utf-{width}-{order}', errors)
    if byteorder == 0:
        encoded = (BOM_UTF16_LE if width == 16 else BOM_UTF32_LE) + encoded
    return encoded, len(text)


def utf_16_encode(str, errors=None, byteorder=0):
    return _wide_encode(str, errors, byteorder, 16, 'utf_16_encode')


def utf_16_le_encode(str, errors=None):
    return _wide_encode(str, errors, -1, 16, 'utf_16_le_encode')


def utf_16_be_encode(str, errors=None):
    return _wide_encode(str, errors, 1, 16, 'utf_16_be_encode')


def utf_32_encode(str, errors=None, byteorder=0):
    return _wide_encode(str, errors, byteorder, 32, 'utf_32_encode')


def utf_32_le_encode(str, errors=None):
    return _wide_encode(str, errors, -1, 32, 'utf_32_le_encode')


def utf_32_be_encode(str, errors=None):
    return _wide_encode(str, errors, 1, 32, 'utf_32_be_encode')


def _wide_ex_decode(data, errors, byteorder, final, width):
    """Decode UTF-16/32 data: a byte order mark at the start chooses the order when `byteorder`
    is 0 (little-endian without one). Returns (text, bytes used, byte order found: -1, 1 or 0)."""
    data = _check_bytes_like(data)
    start = 0
    if byteorder == 0:
        little, big = (BOM_UTF16_LE, BOM_UTF16_BE) if width == 16 else (BOM_UTF32_LE, BOM_UTF32_BE)
        if data.startswith(little):
            byteorder, start = -1, len(little)
        elif data.startswith(big):
            byteorder, start = 1, len(big)
    order = 'be' if byteorder == 1 else 'le'
    text, used = _decode_span(data, start, f'utf-{width}-{order}', errors, final)
    return text, used, byteorder


def utf_16_ex_decode(data, errors=None, byteorder=0, final=False):
    return _wide_ex_decode(data, errors, byteorder, final, 16)


def utf_32_ex_decode(data, errors=None, byteorder=0, final=False):
    return _wide_ex_decode(data, errors, byteorder, final, 32)


def utf_16_decode(data, errors=None, final=False):
    return _wide_ex_decode(data, errors, 0, final, 16)[:2]


def utf_16_le_decode(data, errors=None, final=False):
    return _wide_ex_decode(data, errors, -1, final, 16)[:2]


def utf_16_be_decode(data, errors=None, final=False):
    return _wide_ex_decode(data, errors, 1, final, 16)[:2]


def utf_32_decode(data, errors=None, final=False):
    return _wide_ex_decode(data, errors, 0, final, 32)[:2]


def utf_32_le_decode(data, errors=None, final=False):
    return _wide_ex_decode(data, errors, -1, final, 32)[:2]


def utf_32_be_decode(data, errors=None, final=False):
    return _wide_ex_decode(data, errors, 1, final, 32)[:2]


# ---------------------------------------------------------------------------------------------
# Base classes


class CodecInfo(tuple):
    """What lookup() returns: the codec's functions and classes, by name, and (as a tuple) the
    encoder, decoder, stream reader and stream writer."""
    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None, *,
                _is_text_encoding=None):
        info = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        info.name = name
        info.encode = encode
        info.decode = decode
        info.incrementalencoder = incrementalencoder
        info.incrementaldecoder = incrementaldecoder
        info.streamwriter = streamwriter
        info.streamreader = streamreader
        if _is_text_encoding is not None:
            info._is_text_encoding = _is_text_encoding
        return info

    def __repr__(self):
        kind = type(self)
        return (f'<{kind.__module__}.{kind.__qualname__} object for encoding {self.name} '
                f'at {id(self):#x}>')


class Codec:
    """A stateless codec: encode(input, errors) and decode(input, errors), each returning
    (output, length of input used)."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    """Encodes its input in pieces, keeping whatever state the codec needs between them."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ''

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An IncrementalEncoder that keeps the input its _buffer_encode did not use."""

    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ''

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        pending = self.buffer + input
        output, used = self._buffer_encode(pending, self.errors, final)
        self.buffer = pending[used:]
        return output

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ''

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ''


class IncrementalDecoder:
    """Decodes its input in pieces, keeping whatever state the codec needs between them."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b'', 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An IncrementalDecoder that keeps the bytes its _buffer_decode did not use (the start of
    a character the input stopped inside)."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b''

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        pending = self.buffer + input
        output, used = self._buffer_decode(pending, self.errors, final)
        self.buffer = pending[used:]
        return output

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b''

    def setstate(self, state):
        self.buffer = state[0]

    def getstate(self):
        # (bytes not yet decoded, codec flags)
        return (self.buffer, 0)


class _OverStream:
    """What every stream wrapper shares: unknown attributes come from the wrapped stream, and
    leaving a with block closes it."""

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.stream.close()


class StreamWriter(Codec, _OverStream):
    """Writes str to a binary stream, encoded with the codec's encode()."""

    def __init__(self, stream, errors='strict'):
        self.stream, self.errors = stream, errors

    def write(self, object):
        encoded = self.encode(object, self.errors)[0]
        self.stream.write(encoded)

    def writelines(self, list):
        self.write(''.join(list))

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        # Back at the start, a codec that writes a byte order mark writes it again.
        if (offset, whence) == (0, 0):
            self.reset()

    def reset(self):
        pass


class StreamReader(Codec, _OverStream):
    """Reads str from a binary stream, decoded with the codec's decode() (which must leave an
    incomplete character at the end of its input for the next read)."""

    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream, self.errors = stream, errors
        self._empty_charbuffer = self.charbuffertype()
        self.reset()

    def decode(self, input, errors='strict'):
        raise NotImplementedError

    def reset(self):
        self.bytebuffer = b''
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def _fill(self, size):
        """Read up to `size` bytes more (everything when negative) and decode them; False at
        the end of the stream."""
        fresh = self.stream.read() if size < 0 else self.stream.read(size)
        data = self.bytebuffer + fresh
        if not data:
            return False
        text, used = self.decode(data, self.errors)
        self.bytebuffer = data[used:]
        self.charbuffer += text
        return bool(fresh)

    def read(self, size=-1, chars=-1, firstline=False):
        """Up to `chars` characters (all when negative), reading `size` bytes at a time."""
        wanted = size if chars < 0 else chars
        while wanted < 0 or len(self.charbuffer) < wanted:
            try:
                if not self._fill(size):
                    break
            except UnicodeDecodeError as failure:
                # For readline(): the first line may still be whole before the bad bytes.
                if not firstline:
                    raise
                text = self.decode(self.bytebuffer[:failure.start], self.errors)[0]
                if len(text.splitlines(keepends=True)) <= 1:
                    raise
                self.charbuffer += text
                break
        taken = self.charbuffer if wanted < 0 else self.charbuffer[:wanted]
        self.charbuffer = self.charbuffer[len(taken):]
        return taken

    def readline(self, size=None, keepends=True):
        """One line (any of str.splitlines' line ends), or up to `size` characters of it."""
        step = size or 72
        collected = self._empty_charbuffer
        while True:
            piece = self.read(step, firstline=True)
            if piece.endswith('\r'):
                # The '\n' of a '\r\n' may not have been read yet.
                piece += self.read(size=1, chars=1)
            collected += piece
            lines = collected.splitlines(keepends=True)
            if len(lines) > 1:
                self.charbuffer = ''.join(lines[1:]) + self.charbuffer
                return _line_end_kept(lines[0], keepends)
            if lines and lines[0].splitlines()[0] != lines[0]:
                return _line_end_kept(lines[0], keepends)
            if not piece or size is not None:
                return _line_end_kept(collected, keepends)
            step = min(step * 2, 8000)

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


def _line_end_kept(line, keepends):
    if keepends or not line:
        return line
    return line.splitlines()[0]


class StreamReaderWriter(_OverStream):
    """A stream read through a StreamReader and written through a StreamWriter."""

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream, self.errors = stream, errors
        self.reader, self.writer = Reader(stream, errors), Writer(stream, errors)

    def write(self, data):
        return self.writer.write(data)

    def read(self, size=-1):
        return self.reader.read(size)

    def writelines(self, list):
        return self.writer.writelines(list)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def readline(self, size=None):
        return self.reader.readline(size)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self.reader)

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if (offset, whence) == (0, 0):
            self.writer.reset()

    def reset(self):
        for side in (self.reader, self.writer):
            side.reset()


class StreamRecoder(_OverStream):
    """Bytes in one encoding on the outside, another on the stream: data written is decoded
    with `decode` and re-encoded by the Writer; data read comes from the Reader and is encoded
    with `encode`."""

    data_encoding = 'unknown'
    file_encoding = 'unknown'

    def __init__(self, stream, encode, decode, Reader, Writer, errors='strict'):
        self.stream, self.errors = stream, errors
        self.encode, self.decode = encode, decode
        self.reader, self.writer = Reader(stream, errors), Writer(stream, errors)

    def _outward(self, text):
        return self.encode(text, self.errors)[0]

    def write(self, data):
        return self.writer.write(self.decode(data, self.errors)[0])

    def read(self, size=-1):
        return self._outward(self.reader.read(size))

    def writelines(self, list):
        return self.write(b''.join(list))

    def readline(self, size=None):
        return self._outward(self.reader.readline(size))

    def readlines(self, sizehint=None):
        return self._outward(self.reader.read()).splitlines(keepends=True)

    def __iter__(self):
        return self

    def __next__(self):
        return self._outward(next(self.reader))

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def reset(self):
        for side in (self.reader, self.writer):
            side.reset()


# ---------------------------------------------------------------------------------------------
# The built-in codecs

# The base classes under other names, for the codec classes of the same names made below.
_IncrementalEncoderBase = IncrementalEncoder
_IncrementalDecoderBase = IncrementalDecoder
_StreamWriterBase = StreamWriter
_StreamReaderBase = StreamReader


def _text_codec(name, encode, decode, decode_step, make_encoder=None, make_decoder=None):
    """The CodecInfo of a text codec from its stateless functions. `decode_step(data, errors,
    final)` is the stateful decoder the incremental decoder and stream reader use."""

    class IncrementalEncoder(_IncrementalEncoderBase):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    class IncrementalDecoder(BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            return decode_step(input, errors, final)

    class StreamWriter(_StreamWriterBase):
        def encode(self, input, errors='strict'):
            return encode(input, errors)

    class StreamReader(_StreamReaderBase):
        def decode(self, input, errors='strict'):
            return decode_step(input, errors, False)

    module = 'encodings.' + name.replace('-', '_').replace('iso8859_1', 'latin_1')
    for cls in (IncrementalEncoder, IncrementalDecoder, StreamWriter, StreamReader):
        cls.__module__ = module
    return CodecInfo(name=name, encode=encode, decode=decode,
                     incrementalencoder=make_encoder or IncrementalEncoder,
                     incrementaldecoder=make_decoder or IncrementalDecoder,
                     streamwriter=StreamWriter, streamreader=StreamReader)


def _final_decoder(step):
    def decode(input, errors='strict'):
        return step(input, errors, True)
    decode.__name__ = step.__name__
    return decode


def _make_utf8():
    return _text_codec('utf-8', utf_8_encode, _final_decoder(utf_8_decode), utf_8_decode)


def _make_single_byte(name, encode, decode):
    def step(input, errors, final):
        return decode(input, errors)
    return _text_codec(name, encode, decode, step)


class _BomEncoderBase(IncrementalEncoder):
    """Writes the byte order mark before its first output (and again after reset())."""
    _width = 16

    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self._started = False

    def encode(self, input, final=False):
        order = -1 if self._started else 0
        self._started = True
        return _wide_encode(input, self.errors, order, self._width, f'utf_{self._width}_encode')[0]

    def reset(self):
        self._started = False

    def getstate(self):
        return 0 if self._started else 2

    def setstate(self, state):
        self._started = not state


class _BomDecoderBase(BufferedIncrementalDecoder):
    """Reads the byte order mark that must begin the stream, then decodes in that order."""
    _width = 16

    def __init__(self, errors='strict'):
        BufferedIncrementalDecoder.__init__(self, errors)
        self._order = 0

    def _buffer_decode(self, input, errors, final):
        if self._order:
            return _wide_ex_decode(input, errors, self._order, final, self._width)[:2]
        text, used, order = _wide_ex_decode(input, errors, 0, final, self._width)
        if order:
            self._order = order
        elif used >= self._width // 8:
            raise UnicodeError(f'UTF-{self._width} stream does not start with BOM')
        return text, used

    def reset(self):
        BufferedIncrementalDecoder.reset(self)
        self._order = 0

    def getstate(self):
        state = BufferedIncrementalDecoder.getstate(self)[0]
        if not self._order:
            return (state, 2)
        return (state, 0 if self._order == -1 else 1)

    def setstate(self, state):
        BufferedIncrementalDecoder.setstate(self, state)
        flag = state[1]
        self._order = 0 if flag == 2 else -1 if flag == 0 else 1


def _make_wide(width, order):
    """The UTF-16 or UTF-32 codec, with a fixed byte order (-1 little, 1 big) or none (0)."""
    suffix = {0: '', -1: '-le', 1: '-be'}[order]
    name = f'utf-{width}{suffix}'
    tag = f'utf_{width}' + suffix.replace('-', '_')
    encoder, step = {
        'utf_16': (utf_16_encode, utf_16_decode),
        'utf_16_le': (utf_16_le_encode, utf_16_le_decode),
        'utf_16_be': (utf_16_be_encode, utf_16_be_decode),
        'utf_32': (utf_32_encode, utf_32_decode),
        'utf_32_le': (utf_32_le_encode, utf_32_le_decode),
        'utf_32_be': (utf_32_be_encode, utf_32_be_decode),
    }[tag]
    make_encoder = make_decoder = None
    if order == 0:
        class make_encoder(_BomEncoderBase):
            _width = width

        class make_decoder(_BomDecoderBase):
            _width = width

        make_encoder.__name__ = make_encoder.__qualname__ = 'IncrementalEncoder'
        make_decoder.__name__ = make_decoder.__qualname__ = 'IncrementalDecoder'
        for cls in (make_encoder, make_decoder):
            cls.__module__ = 'encodings.' + tag
    info = _text_codec(name, encoder, _final_decoder(step), step, make_encoder, make_decoder)
    if order == 0:
        info = _with_streams(info, _bom_stream_reader(info.streamreader, width),
                             _bom_stream_writer(info.streamwriter, width))
    return info


def _with_streams(info, reader, writer):
    """`info` with other stream classes (a CodecInfo's tuple items cannot change)."""
    return CodecInfo(info.encode, info.decode, reader, writer, info.incrementalencoder,
                     info.incrementaldecoder, info.name)


def _bom_stream_writer(base, width):
    class StreamWriter(base):
        def __init__(self, stream, errors='strict'):
            base.__init__(self, stream, errors)
            self._started = False

        def encode(self, input, errors='strict'):
            order = -1 if self._started else 0
            self._started = True
            return _wide_encode(input, errors, order, width, f'utf_{width}_encode')

        def reset(self):
            self._started = False

    StreamWriter.__module__ = base.__module__
    return StreamWriter


def _bom_stream_reader(base, width):
    class StreamReader(base):
        _order = 0

        def decode(self, input, errors='strict'):
            text, used, order = _wide_ex_decode(input, errors, self._order, False, width)
            if order and not self._order:
                self._order = order
            elif not order and used >= width // 8:
                raise UnicodeError(f'UTF-{width} stream does not start with BOM')
            return text, used

        def reset(self):
            base.reset(self)
            self._order = 0

    StreamReader.__module__ = base.__module__
    return StreamReader


def _utf8_sig_encode(input, errors='strict'):
    _check_str(input, 'utf_8_encode')
    return BOM_UTF8 + _encode_text(input, 'utf-8', errors), len(input)


def _without_signature(data, errors, final):
    """Decode UTF-8 after an optional signature; errors count positions from after it."""
    skip = 3 if data.startswith(BOM_UTF8) else 0
    text, used = _decode_span(data[skip:], 0, 'utf-8', errors, final)
    return text, used + skip


def _utf8_sig_decode(input, errors='strict'):
    return _without_signature(_check_bytes_like(input), errors, True)


def _make_utf8_sig():
    class IncrementalEncoder(_BomEncoderBase):
        def encode(self, input, final=False):
            output = _encode_text(input, 'utf-8', self.errors)
            if not self._started:
                self._started = True
                output = BOM_UTF8 + output
            return output

        def getstate(self):
            return 0 if self._started else 1

    class IncrementalDecoder(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            BufferedIncrementalDecoder.__init__(self, errors)
            self._checked = False

        def _buffer_decode(self, input, errors, final):
            if self._checked:
                return utf_8_decode(input, errors, final)
            if len(input) < 3 and BOM_UTF8.startswith(input):
                # Too early to tell whether this is the signature (CPython keeps waiting even
                # at the end, dropping such a fragment).
                return '', 0
            self._checked = True
            return _without_signature(input, errors, final)

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self._checked = False

        def getstate(self):
            return (self.buffer, 0 if self._checked else 2)

    for cls in (IncrementalEncoder, IncrementalDecoder):
        cls.__module__ = 'encodings.utf_8_sig'

    def step(input, errors, final):
        return IncrementalDecoder(errors)._buffer_decode(input, errors, final)

    info = _text_codec('utf-8-sig', _utf8_sig_encode, _utf8_sig_decode, step,
                       IncrementalEncoder, IncrementalDecoder)

    class StreamReader(info.streamreader):
        _checked = False

        def decode(self, input, errors='strict'):
            if self._checked:
                return utf_8_decode(input, errors, False)
            if len(input) < 3 and BOM_UTF8.startswith(input):
                return '', 0
            self._checked = True
            return _without_signature(_check_bytes_like(input), errors, False)

    class StreamWriter(info.streamwriter):
        _started = False

        def encode(self, input, errors='strict'):
            if self._started:
                return utf_8_encode(input, errors)
            self._started = True
            return _utf8_sig_encode(input, errors)

    StreamReader.__module__ = StreamWriter.__module__ = 'encodings.utf_8_sig'
    return _with_streams(info, StreamReader, StreamWriter)


# The escape codecs: text as ASCII (or Latin-1) bytes with Python's backslash escapes.

_SIMPLE_ESCAPES = {0x5c: '\\', 0x27: "'", 0x22: '"', 0x61: '\a', 0x62: '\b', 0x66: '\f',
                   0x6e: '\n', 0x72: '\r', 0x74: '\t', 0x76: '\v'}
_HEX_DIGITS = b'0123456789abcdefABCDEF'


def _hex_run(data, at, limit):
    """How many hex digits (at most `limit`) start at data[at]."""
    count = 0
    while count < limit and at + count < len(data) and data[at + count] in _HEX_DIGITS:
        count += 1
    return count


def _character_named(name):
    """The character called `name`, or None. The Unicode name table is large, so it is read
    only when a program bundles unicodedata itself (imports it somewhere)."""
    table = _sys.modules.get('unicodedata')
    if table is None:
        return None
    try:
        found = table.lookup(name)
    except KeyError:
        return None
    return found if len(found) == 1 else None


def _escape_failure(data, start, end, reason, raw, errors, pieces):
    """Send a bad escape to the error handler; returns where decoding resumes."""
    name = 'rawunicodeescape' if raw else 'unicodeescape'
    failure = UnicodeDecodeError(name, data, start, end, reason)
    answer = lookup_error(_errors_name(errors))(failure)
    resume = _resume_position(answer, len(data), True)
    pieces.append(answer[0])
    return resume


def _read_escape(data, at):
    """The escape whose backslash is at data[at]: (text, end) or (None, end, reason)."""
    n = len(data)
    if at + 1 >= n:
        return None, at + 1, '\\ at end of string'
    kind = data[at + 1]
    after = at + 2
    if kind == 0x0a:
        return '', after
    if kind in _SIMPLE_ESCAPES:
        return _SIMPLE_ESCAPES[kind], after
    if 0x30 <= kind <= 0x37:
        end = after
        while end < n and end < at + 4 and 0x30 <= data[end] <= 0x37:
            end += 1
        return chr(int(data[at + 1:end], 8)), end
    if kind in (0x78, 0x75, 0x55):
        wanted = {0x78: 2, 0x75: 4, 0x55: 8}[kind]
        got = _hex_run(data, after, wanted)
        if got < wanted:
            shape = {0x78: '\\xXX', 0x75: '\\uXXXX', 0x55: '\\UXXXXXXXX'}[kind]
            return None, after + got, f'truncated {shape} escape'
        code = int(data[after:after + wanted], 16)
        if code > 0x10ffff:
            return None, after + wanted, 'illegal Unicode character'
        return chr(code), after + wanted
    if kind == 0x4e:
        malformed = 'malformed \\N character escape'
        if after >= n or data[after] != 0x7b:
            return None, after, malformed
        close = data.find(b'}', after + 1)
        if close < 0:
            return None, n, malformed
        if close == after + 1:
            return None, close, malformed
        found = _character_named(data[after + 1:close].decode('latin-1'))
        if found is None:
            return None, close + 1, 'unknown Unicode character name'
        return found, close + 1
    # Not an escape: the backslash stays (CPython also warns, a DeprecationWarning).
    return '\\' + chr(kind), after


# Failures that mean only that the data stops inside an escape.
_CUT_SHORT = ('\\ at end of string', 'truncated \\xXX escape', 'truncated \\uXXXX escape',
              'truncated \\UXXXXXXXX escape', 'malformed \\N character escape')


def _as_escaped_bytes(data):
    # A str is taken as its UTF-8 bytes.
    return data.encode('utf-8') if isinstance(data, str) else _check_bytes_like(data)


def unicode_escape_decode(data, errors=None, final=True):
    data = _as_escaped_bytes(data)
    pieces = []
    at = 0
    n = len(data)
    while at < n:
        slash = data.find(b'\\', at)
        if slash < 0:
            pieces.append(data[at:].decode('latin-1'))
            break
        pieces.append(data[at:slash].decode('latin-1'))
        result = _read_escape(data, slash)
        if result[0] is None:
            if not final and result[1] == n and result[2] in _CUT_SHORT:
                return ''.join(pieces), slash
            at = _escape_failure(data, slash, result[1], result[2], False, errors, pieces)
        else:
            pieces.append(result[0])
            at = result[1]
    return ''.join(pieces), n


def unicode_escape_encode(str, errors=None):
    _check_str(str, 'unicode_escape_encode')
    out = []
    for ch in str:
        code = ord(ch)
        if ch == '\\':
            out.append('\\\\')
        elif ch in '\t\n\r':
            out.append({'\t': '\\t', '\n': '\\n', '\r': '\\r'}[ch])
        elif 0x20 <= code < 0x7f:
            out.append(ch)
        else:
            out.append(_backslash_escape(code))
    return ''.join(out).encode('ascii'), len(str)


def raw_unicode_escape_decode(data, errors=None, final=True):
    data = _as_escaped_bytes(data)
    pieces = []
    at = 0
    n = len(data)
    while at < n:
        slash = data.find(b'\\', at)
        if slash < 0:
            pieces.append(data[at:].decode('latin-1'))
            break
        run_end = slash
        while run_end < n and data[run_end] == 0x5c:
            run_end += 1
        pieces.append(data[at:run_end].decode('latin-1'))
        at = run_end
        # Only an odd run of backslashes escapes the u or U after it.
        odd = (run_end - slash) % 2 == 1
        if odd and run_end == n and not final:
            pieces[-1] = pieces[-1][:-1]
            return ''.join(pieces), n - 1
        if not odd or run_end >= n or data[run_end] not in (0x75, 0x55):
            continue
        wanted = 4 if data[run_end] == 0x75 else 8
        got = _hex_run(data, run_end + 1, wanted)
        start = run_end - 1
        if got < wanted and not final and run_end + 1 + got == n:
            pieces[-1] = pieces[-1][:-1]
            return ''.join(pieces), start
        pieces[-1] = pieces[-1][:-1]
        end = run_end + 1 + got
        if got < wanted:
            shape = '\\uXXXX' if wanted == 4 else '\\UXXXXXXXX'
            at = _escape_failure(data, start, end, f'truncated {shape} escape', True, errors, pieces)
            continue
        code = int(data[run_end + 1:end], 16)
        if code > 0x10ffff:
            at = _escape_failure(data, start, end, '\\Uxxxxxxxx out of range', True, errors, pieces)
            continue
        pieces.append(chr(code))
        at = end
    return ''.join(pieces), n


def raw_unicode_escape_encode(str, errors=None):
    _check_str(str, 'raw_unicode_escape_encode')
    out = []
    for ch in str:
        code = ord(ch)
        out.append(ch if code < 0x100 else _backslash_escape(code))
    return ''.join(out).encode('latin-1'), len(str)


def _make_escape_codec(name, encode, decode_step):
    info = _text_codec(name, encode, _final_decoder(decode_step), decode_step)
    return info


# The bytes-to-bytes and str-to-str codecs: stateless, so their incremental forms convert each
# piece on its own (zlib's keep a compressor).

def _transform_codec(name, forward, backward, make_encoder=None, make_decoder=None,
                     strict_only=True):
    def encode(input, errors='strict'):
        _check_strict(errors, strict_only)
        return forward(input), len(input)

    def decode(input, errors='strict'):
        _check_strict(errors, strict_only)
        return backward(input), len(input)

    class IncrementalEncoder(_IncrementalEncoderBase):
        def encode(self, input, final=False):
            _check_strict(self.errors, strict_only)
            return forward(input)

    class IncrementalDecoder(_IncrementalDecoderBase):
        def decode(self, input, final=False):
            _check_strict(self.errors, strict_only)
            return backward(input)

    class StreamWriter(_StreamWriterBase):
        pass

    class StreamReader(_StreamReaderBase):
        pass

    StreamWriter.encode = lambda self, input, errors='strict': encode(input, errors)
    StreamReader.decode = lambda self, input, errors='strict': decode(input, errors)
    module = 'encodings.' + name.replace('-', '_')
    for cls in (IncrementalEncoder, IncrementalDecoder, StreamWriter, StreamReader):
        cls.__module__ = module
    return CodecInfo(name=name, encode=encode, decode=decode,
                     incrementalencoder=make_encoder or IncrementalEncoder,
                     incrementaldecoder=make_decoder or IncrementalDecoder,
                     streamwriter=StreamWriter, streamreader=StreamReader,
                     _is_text_encoding=False)


def _check_strict(errors, strict_only=True):
    # CPython's bytes-to-bytes codecs accept only 'strict' (through a bare assert).
    if strict_only and errors != 'strict':
        raise AssertionError


def _hex_forward(data):
    import binascii
    return binascii.b2a_hex(data)


def _hex_backward(data):
    import binascii
    return binascii.a2b_hex(data)


def _base64_forward(data):
    import binascii
    data = memoryview(data).tobytes()
    # base64.encodebytes: lines of 76 characters, each ended by a newline.
    return b''.join(binascii.b2a_base64(data[at:at + 57]) for at in range(0, len(data), 57))


def _base64_backward(data):
    import binascii
    return binascii.a2b_base64(memoryview(data).tobytes())


def _quopri_forward(data):
    import binascii
    return binascii.b2a_qp(memoryview(data).tobytes(), quotetabs=True)


def _quopri_backward(data):
    import binascii
    return binascii.a2b_qp(memoryview(data).tobytes())


def _zlib_forward(data):
    import zlib
    return zlib.compress(data)


def _zlib_backward(data):
    import zlib
    return zlib.decompress(data)


class _ZlibEncoder(IncrementalEncoder):
    def __init__(self, errors='strict'):
        _check_strict(errors)
        IncrementalEncoder.__init__(self, errors)
        import zlib
        self._engine = zlib.compressobj()

    def encode(self, input, final=False):
        output = self._engine.compress(input)
        if final:
            output += self._engine.flush()
        return output

    def reset(self):
        import zlib
        self._engine = zlib.compressobj()


class _ZlibDecoder(IncrementalDecoder):
    def __init__(self, errors='strict'):
        _check_strict(errors)
        IncrementalDecoder.__init__(self, errors)
        import zlib
        self._engine = zlib.decompressobj()

    def decode(self, input, final=False):
        output = self._engine.decompress(input)
        if final:
            output += self._engine.flush()
        return output

    def reset(self):
        import zlib
        self._engine = zlib.decompressobj()


_ROT13 = None


def _rot13(text):
    global _ROT13
    if _ROT13 is None:
        lower = 'abcdefghijklmnopqrstuvwxyz'
        upper = lower.upper()
        _ROT13 = str.maketrans(lower + upper, lower[13:] + lower[:13] + upper[13:] + upper[:13])
    return str.translate(text, _ROT13)


def _make_rot13():
    info = _transform_codec('rot-13', _rot13, _rot13, strict_only=False)
    info._is_text_encoding = False
    return info


# Each codec: its makers and the names (as normalized by _normalize) that reach it.
_BUILTIN_CODECS = {
    'utf_8': (_make_utf8, ('u8', 'utf', 'utf8', 'utf8_ucs2', 'utf8_ucs4', 'cp65001')),
    'utf_8_sig': (_make_utf8_sig, ()),
    'ascii': (lambda: _make_single_byte('ascii', ascii_encode, ascii_decode),
              ('646', 'ansi_x3.4_1968', 'ansi_x3_4_1968', 'ansi_x3.4_1986', 'cp367', 'csascii',
               'ibm367', 'iso646_us', 'iso_646.irv_1991', 'iso_ir_6', 'us', 'us_ascii')),
    'latin_1': (lambda: _make_single_byte('iso8859-1', latin_1_encode, latin_1_decode),
                ('8859', 'cp819', 'csisolatin1', 'ibm819', 'iso8859', 'iso8859_1', 'iso_8859_1',
                 'iso_8859_1_1987', 'iso_ir_100', 'l1', 'latin', 'latin1')),
    'utf_16': (lambda: _make_wide(16, 0), ('u16', 'utf16')),
    'utf_16_le': (lambda: _make_wide(16, -1), ('unicodelittleunmarked', 'utf_16le')),
    'utf_16_be': (lambda: _make_wide(16, 1), ('unicodebigunmarked', 'utf_16be')),
    'utf_32': (lambda: _make_wide(32, 0), ('u32', 'utf32')),
    'utf_32_le': (lambda: _make_wide(32, -1), ('utf_32le',)),
    'utf_32_be': (lambda: _make_wide(32, 1), ('utf_32be',)),
    'hex_codec': (lambda: _transform_codec('hex', _hex_forward, _hex_backward), ('hex',)),
    'base64_codec': (lambda: _transform_codec('base64', _base64_forward, _base64_backward),
                     ('base64', 'base_64')),
    'quopri_codec': (lambda: _transform_codec('quopri', _quopri_forward, _quopri_backward),
                     ('quopri', 'quoted_printable', 'quotedprintable')),
    'zlib_codec': (lambda: _transform_codec('zlib', _zlib_forward, _zlib_backward,
                                            _ZlibEncoder, _ZlibDecoder), ('zip', 'zlib')),
    'rot_13': (_make_rot13, ('rot13',)),
    'unicode_escape': (lambda: _make_escape_codec('unicode-escape', unicode_escape_encode,
                                                  unicode_escape_decode), ()),
    'raw_unicode_escape': (lambda: _make_escape_codec('raw-unicode-escape',
                                                      raw_unicode_escape_encode,
                                                      raw_unicode_escape_decode), ()),
}

_ALIASES = {}
for _module_name, (_maker, _names) in _BUILTIN_CODECS.items():
    _ALIASES[_module_name] = _module_name
    for _alias in _names:
        _ALIASES[_alias] = _module_name
del _module_name, _maker, _names, _alias


def _canonical_name(encoding):
    """The codec module name for `encoding` (utf_8, latin_1, ...), or None."""
    key = _normalize(encoding.lower().replace(' ', '_').replace('-', '_'))
    return _ALIASES.get(key) or _ALIASES.get(key.replace('.', '_'))


def _normalize(name):
    # Runs of characters other than letters, digits and '.' become one '_' (none at the ends).
    out = []
    gap = False
    for ch in name:
        if ch.isalnum() or ch == '.':
            if gap and out:
                out.append('_')
            if ch.isascii():
                out.append(ch)
            gap = False
        else:
            gap = True
    return ''.join(out)


_built = {}


def _make_code_page(module_name, display_name):
    """A single-byte code page of the runtime (CPython's 'charmap' codecs: cp1252, koi8-r, ...)."""
    def encode(input, errors='strict'):
        _check_str(input, 'charmap_encode')
        return input.encode(module_name, _errors_name(errors)), len(input)

    def decode(input, errors='strict'):
        data = _check_bytes_like(input)
        return data.decode(module_name, _errors_name(errors)), len(data)

    return _make_single_byte(display_name, encode, decode)


def _builtin_search(name):
    module_name = _canonical_name(name)
    if module_name is None:
        found = _codecs.text_codec(name)
        if found is None:
            return None
        module_name, display_name = found
        info = _built.get(module_name)
        if info is None:
            info = _built[module_name] = _make_code_page(module_name, display_name)
        return info
    info = _built.get(module_name)
    if info is None:
        info = _built[module_name] = _BUILTIN_CODECS[module_name][0]()
    return info


# ---------------------------------------------------------------------------------------------
# The registry

_search_functions = []
_lookup_cache = {}


def register(search_function):
    """Add a function that maps a normalized encoding name to a CodecInfo (or None)."""
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _search_functions.append(search_function)


def unregister(search_function):
    """Remove a search function added by register(), and forget every lookup made so far."""
    if search_function in _search_functions:
        _search_functions.remove(search_function)
        _lookup_cache.clear()


def lookup(encoding):
    """The CodecInfo of `encoding`; LookupError when no search function knows it."""
    if not isinstance(encoding, str):
        raise TypeError(f'lookup() argument must be str, not {_type_name(encoding)}')
    key = encoding.lower().replace(' ', '_').replace('-', '_')
    info = _lookup_cache.get(key)
    if info is not None:
        return info
    for search in _search_functions + [_builtin_search]:
        info = search(key)
        if info is None:
            continue
        if not isinstance(info, tuple) or len(info) != 4:
            raise TypeError('codec search functions must return 4-tuples')
        _lookup_cache[key] = info
        return info
    raise LookupError(f'unknown encoding: {encoding}')


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    made = lookup(encoding).incrementalencoder
    if made is None:
        raise LookupError(encoding)
    return made


def getincrementaldecoder(encoding):
    made = lookup(encoding).incrementaldecoder
    if made is None:
        raise LookupError(encoding)
    return made


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


# Exceptions that carry more than a message; a failure of any other kind is re-raised by
# encode()/decode() with the codec named in front of its message.
_RICH_EXCEPTIONS = (UnicodeEncodeError, UnicodeDecodeError, _TranslateError, OSError,
                    SyntaxError, StopIteration, StopAsyncIteration, SystemExit, ImportError,
                    AttributeError, NameError, KeyboardInterrupt, GeneratorExit)


def _has_plain_state(failure):
    """True when `failure` is just its message: a simple exception type (no constructor of its
    own below the builtin classes) and no attributes set on it."""
    if isinstance(failure, _RICH_EXCEPTIONS) or getattr(failure, '__dict__', None):
        return False
    for cls in type(failure).__mro__:
        if cls.__module__ == 'builtins':
            return True
        if '__init__' in cls.__dict__ or '__new__' in cls.__dict__:
            return False
    return True


def _with_codec_named(failure, action, encoding):
    if not _has_plain_state(failure):
        return None
    kind = type(failure)
    try:
        return kind(f"{action} with '{encoding}' codec failed ({kind.__name__}: {failure})")
    except Exception:
        return None


def _convert(obj, encoding, errors, decoding):
    if not isinstance(encoding, str):
        what = 'decode' if decoding else 'encode'
        raise TypeError(f'{what}() argument \'encoding\' must be str, not {_type_name(encoding)}')
    if not isinstance(errors, str):
        what = 'decode' if decoding else 'encode'
        raise TypeError(f'{what}() argument \'errors\' must be str, not {_type_name(errors)}')
    info = lookup(encoding)
    convert = info.decode if decoding else info.encode
    try:
        result = convert(obj, errors)
    except Exception as failure:
        wrapped = _with_codec_named(failure, 'decoding' if decoding else 'encoding', encoding)
        if wrapped is None:
            raise
        raise wrapped from failure
    if not isinstance(result, tuple) or len(result) != 2:
        part = 'decoder' if decoding else 'encoder'
        raise TypeError(f'{part} must return a tuple (object, integer)')
    return result[0]


def encode(obj, encoding='utf-8', errors='strict'):
    """obj encoded with the codec registered for `encoding` (any codec, not only str to bytes)."""
    return _convert(obj, encoding, errors, False)


def decode(obj, encoding='utf-8', errors='strict'):
    """obj decoded with the codec registered for `encoding` (any codec, not only bytes to str)."""
    return _convert(obj, encoding, errors, True)


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """Encode each string from `iterator` in turn; yields the non-empty results."""
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for piece in iterator:
        output = encoder.encode(piece)
        if output:
            yield output
    output = encoder.encode('', True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """Decode each bytes object from `iterator` in turn; yields the non-empty results."""
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for piece in iterator:
        output = decoder.decode(piece)
        if output:
            yield output
    output = decoder.decode(b'', True)
    if output:
        yield output


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open a file; with an encoding, as text in that encoding. The file is the builtin open's
    text file with newline='' (line ends are kept as they are, as CPython's codecs.open does
    by reading and writing in binary)."""
    if encoding is None:
        return _builtins.open(filename, mode, buffering)
    mode = mode.replace('b', '').replace('t', '')
    lookup(encoding)
    return _builtins.open(filename, mode, buffering, encoding=encoding, errors=errors, newline='')


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    """A StreamRecoder: bytes in data_encoding outside, file_encoding on `file`."""
    outside = lookup(data_encoding)
    inside = outside if file_encoding is None else lookup(file_encoding)
    recoder = StreamRecoder(file, outside.encode, outside.decode, inside.streamreader,
                            inside.streamwriter, errors)
    recoder.data_encoding = data_encoding
    recoder.file_encoding = data_encoding if file_encoding is None else file_encoding
    return recoder


def make_identity_dict(rng):
    return {i: i for i in rng}


def make_encoding_map(decoding_map):
    encoding_map = {}
    for key, value in decoding_map.items():
        encoding_map[value] = None if value in encoding_map else key
    return encoding_map
