"""Cookie request header parsing and Set-Cookie formatting (RFC 6265).

Parsing is lenient, as browsers are: pairs split on ';', surrounding quotes removed, the first
occurrence of a name wins, pairs without '=' ignored. Formatting is strict: a name must be a token
and a value made of cookie-octets, otherwise ValueError, so a cookie can never inject attributes
or split the response.
"""

from .datastructures import is_token
from .dates import http_date


def parse_cookie(header):
    """``a=1; b="two"`` -> {"a": "1", "b": "two"}."""
    cookies = {}
    for part in header.split(";"):
        name, sep, value = part.partition("=")
        if sep == "":
            continue
        name = name.strip()
        value = value.strip()
        if len(value) >= 2 and value.startswith('"') and value.endswith('"'):
            value = value[1:-1]
        if name != "" and name not in cookies:
            cookies[name] = value
    return cookies


def _check_cookie_value(value):
    for ch in value:
        code = ord(ch)
        if code <= 32 or code >= 127 or ch == '"' or ch == "," or ch == ";" or ch == "\\":
            raise ValueError(f"invalid cookie value {value!r}")


def format_set_cookie(name, value, max_age=None, expires=None, path="/", domain=None,
                      secure=False, http_only=True, same_site="Lax"):
    """The value of one Set-Cookie header field."""
    if not is_token(name):
        raise ValueError(f"invalid cookie name {name!r}")
    value = str(value)
    _check_cookie_value(value)
    parts = [name + "=" + value]
    if max_age is not None:
        parts.append("Max-Age=" + str(int(max_age)))
    if expires is not None:
        if isinstance(expires, str):
            parts.append("Expires=" + expires)
        else:
            parts.append("Expires=" + http_date(expires))
    if domain is not None:
        parts.append("Domain=" + domain)
    if path is not None:
        parts.append("Path=" + path)
    if secure:
        parts.append("Secure")
    if http_only:
        parts.append("HttpOnly")
    if same_site is not None:
        parts.append("SameSite=" + same_site)
    result = "; ".join(parts)
    if "\r" in result or "\n" in result or "\0" in result:
        raise ValueError(f"invalid cookie attribute in {result!r}")
    return result
