"""JSON encoding and decoding with the interface and output of CPython's json module.

The package is laid out as CPython's: json.decoder (JSONDecoder, JSONDecodeError), json.encoder
(JSONEncoder) and json.scanner. As in CPython, the work is done by the `_json` accelerator
(runtime/stdlib/json.ts) when it is there; the plain Python in the submodules is the fallback,
and what `JSONEncoder.iterencode` uses when not called for a one-shot encode.
"""

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def _is_default_call(flags, hooks, kw):
    # Plain loops: loads and dumps ask this on every call, and a generator costs more here
    # than the work it describes.
    for flag in flags:
        if not flag:
            return False
    for hook in hooks:
        if hook is not None:
            return False
    return not kw


def _make_encoder(cls, skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators,
                  default, sort_keys, kw):
    return (cls or JSONEncoder)(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                                check_circular=check_circular, allow_nan=allow_nan,
                                indent=indent, separators=separators, default=default,
                                sort_keys=sort_keys, **kw)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """obj as a JSON formatted str (the options are JSONEncoder's; cls picks the encoder class)."""
    if _is_default_call((not skipkeys, ensure_ascii, check_circular, allow_nan, not sort_keys),
                        (cls, indent, separators, default), kw):
        return _default_encoder.encode(obj)
    return _make_encoder(cls, skipkeys, ensure_ascii, check_circular, allow_nan, indent,
                         separators, default, sort_keys, kw).encode(obj)


def _writes_unseen(fp):
    """Whether fp is a built-in text stream, where the pieces a write is split into cannot be
    told apart from one whole write (short of an error partway, which then writes nothing)."""
    kind = type(fp)
    return kind.__module__ == '_io' and kind.__name__ in ('StringIO', 'TextIOWrapper')


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
         cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Write obj as JSON to fp (anything with a write(str) method), piece by piece."""
    if _is_default_call((not skipkeys, ensure_ascii, check_circular, allow_nan, not sort_keys),
                        (cls, indent, separators, default), kw):
        encoder = _default_encoder
    else:
        encoder = _make_encoder(cls, skipkeys, ensure_ascii, check_circular, allow_nan, indent,
                                separators, default, sort_keys, kw)
    plain = type(encoder).encode is JSONEncoder.encode and type(encoder).iterencode is JSONEncoder.iterencode
    if plain and _writes_unseen(fp):
        fp.write(encoder.encode(obj))
        return
    for piece in encoder.iterencode(obj):
        fp.write(piece)


def detect_encoding(b):
    """The codec of JSON bytes: a byte order mark names it, otherwise the pattern of zero
    bytes among the first four does (JSON text starts with an ASCII character)."""
    if len(b) >= 2 and 0 < b[0] < 0xef and b[1]:
        # No byte order mark starts below 0xEF but the UTF-32-BE one, which starts with a zero;
        # two non-zero first bytes are not UTF-16 or UTF-32 text without a mark.
        return 'utf-8'
    head = bytes(b[:4])
    if head.startswith((b'\x00\x00\xfe\xff', b'\xff\xfe\x00\x00')):
        return 'utf-32'
    if head.startswith((b'\xfe\xff', b'\xff\xfe')):
        return 'utf-16'
    if head.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if len(b) >= 4:
        if not head[0]:
            return 'utf-16-be' if head[1] else 'utf-32-be'
        if not head[1]:
            return 'utf-16-le' if head[2] or head[3] else 'utf-32-le'
    elif len(b) == 2:
        if not head[0]:
            return 'utf-16-be'
        if not head[1]:
            return 'utf-16-le'
    return 'utf-8'


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    """The Python value of the JSON document s (str, or bytes in UTF-8, -16 or -32)."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    elif isinstance(s, (bytes, bytearray)):
        s = s.decode(detect_encoding(s), 'surrogatepass')
    else:
        raise TypeError(f'the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}')
    if _is_default_call((), (cls, object_hook, parse_float, parse_int, parse_constant,
                             object_pairs_hook), kw):
        return _default_decoder.decode(s)
    return (cls or JSONDecoder)(object_hook=object_hook, parse_float=parse_float,
                                parse_int=parse_int, parse_constant=parse_constant,
                                object_pairs_hook=object_pairs_hook, **kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """The Python value of the JSON document read from fp (anything with a read() method)."""
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)
