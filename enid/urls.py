"""Percent-encoding (RFC 3986) and application/x-www-form-urlencoded query strings.

Decoding turns each %XX into a byte, keeps the other characters as their UTF-8 bytes, and decodes
the whole byte string as UTF-8 with replacement, so ``%C3%A9`` and a raw ``é`` both give ``é`` and a
stray ``%FF`` gives U+FFFD instead of an error. A ``%`` not followed by two hex digits stays as it is.
"""

from .datastructures import MultiDict

_HEX = "0123456789ABCDEF"
_HEX_DIGITS = "0123456789abcdefABCDEF"
# The byte of every two-digit escape, upper, lower or mixed case ("2F", "2f": b"/"), as
# urllib.parse keeps it: one lookup instead of testing the digits and converting them.
_HEX_BYTES = {a + b: bytes([int(a + b, 16)]) for a in _HEX_DIGITS for b in _HEX_DIGITS}
# The character of every escape of an ASCII byte ("2F", "2f": "/"): an ASCII string whose escapes
# are all ASCII decodes without going through bytes.
_HEX_ASCII = {key: _HEX_BYTES[key].decode("ascii") for key in _HEX_BYTES if _HEX_BYTES[key][0] < 128}
# RFC 3986 unreserved characters, never encoded.
_UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"


def unquote(s, plus=False):
    """Percent-decode `s`; with `plus`, '+' means a space (form encoding)."""
    if plus and "+" in s:
        s = s.replace("+", " ")
    if "%" not in s:
        return s
    parts = s.split("%")
    if s.isascii():
        chunks = [parts[0]]
        for part in parts[1:]:
            ch = _HEX_ASCII.get(part[0:2])
            if ch is not None:
                chunks.append(ch)
                chunks.append(part[2:])
            elif part[0:2] in _HEX_BYTES:
                # An escape of a byte above 127: part of a UTF-8 sequence, decoded below.
                break
            else:
                chunks.append("%")
                chunks.append(part)
        else:
            return "".join(chunks)
    chunks = [parts[0].encode("utf-8")]
    for part in parts[1:]:
        byte = _HEX_BYTES.get(part[0:2])
        if byte is None:
            chunks.append(b"%")
            chunks.append(part.encode("utf-8"))
        else:
            chunks.append(byte)
            chunks.append(part[2:].encode("utf-8"))
    return b"".join(chunks).decode("utf-8", "replace")


def quote(s, safe="/"):
    """Percent-encode `s` (its UTF-8 bytes), leaving unreserved characters and `safe` as they are."""
    out = []
    for byte in s.encode("utf-8"):
        ch = chr(byte)
        if byte < 128 and (ch in _UNRESERVED or ch in safe):
            out.append(ch)
        else:
            out.append("%" + _HEX[byte >> 4] + _HEX[byte & 15])
    return "".join(out)


def parse_query(qs):
    """Parse ``a=1&b=2&a=3`` into a MultiDict; '+' is a space, pairs without '=' get ''."""
    result = MultiDict()
    if qs == "":
        return result
    for field in qs.split("&"):
        if field == "":
            continue
        key, _, value = field.partition("=")
        result.add(unquote(key, True), unquote(value, True))
    return result


def encode_query(data):
    """The inverse of parse_query, for a dict, a MultiDict or a list of pairs."""
    if isinstance(data, MultiDict):
        pairs = data.multi_items()
    elif isinstance(data, dict):
        pairs = []
        for key in data:
            value = data[key]
            if isinstance(value, list) or isinstance(value, tuple):
                for item in value:
                    pairs.append((key, item))
            else:
                pairs.append((key, value))
    else:
        pairs = data
    out = []
    for pair in pairs:
        key = quote(str(pair[0]), "").replace("%20", "+")
        value = quote(str(pair[1]), "").replace("%20", "+")
        out.append(key + "=" + value)
    return "&".join(out)
