"""Routes: path patterns with typed parameters, matched segment by segment.

A pattern is split on '/'. Each segment is either literal text or one parameter ``{name}``,
``{name:str}``, ``{name:int}`` or, as the last segment only, ``{name:path}`` (the rest of the
path, slashes included). The request path is split the same way *before* percent-decoding, so
``%2F`` inside a segment is data, not a separator; each segment is decoded afterwards.

Routes are tried in registration order. The first route whose pattern matches and that accepts the
method wins; if patterns match but none accepts the method, the answer is 405 with an Allow
header listing what would have been accepted. A route for GET also answers HEAD.
"""

from .errors import HTTPError
from .urls import unquote

_CONVERTERS = ["str", "int", "path"]


def _is_digits(s):
    if s == "":
        return False
    for ch in s:
        if ch not in "0123456789":
            return False
    return True


class Route:
    def __init__(self, pattern, methods, handler):
        if not pattern.startswith("/"):
            raise ValueError(f"route pattern must start with '/': {pattern!r}")
        self.pattern = pattern
        self.methods = methods
        self.handler = handler
        # One entry per segment: (literal, None, None) or (None, name, converter).
        self.segments = []
        names = []
        parts = pattern[1:].split("/")
        index = 0
        for part in parts:
            if part.startswith("{") and part.endswith("}"):
                name, _, converter = part[1:-1].partition(":")
                name = name.strip()
                converter = converter.strip()
                if converter == "":
                    converter = "str"
                if name == "" or name in names:
                    raise ValueError(f"bad or repeated parameter name in route {pattern!r}")
                if converter not in _CONVERTERS:
                    raise ValueError(f"unknown converter {converter!r} in route {pattern!r}")
                if converter == "path" and index != len(parts) - 1:
                    raise ValueError(f"{{{name}:path}} must be the last segment of {pattern!r}")
                names.append(name)
                self.segments.append((None, name, converter))
            elif "{" in part or "}" in part:
                raise ValueError(f"a parameter must be a whole segment in route {pattern!r}")
            else:
                self.segments.append((part, None, None))
            index += 1
        self.param_names = names

    def match(self, parts):
        """Match the raw (still encoded) path segments; the parameters dict, or None."""
        params = {}
        count = len(self.segments)
        i = 0
        while i < count:
            literal, name, converter = self.segments[i]
            if converter == "path":
                if i >= len(parts):
                    return None
                rest = []
                j = i
                while j < len(parts):
                    rest.append(unquote(parts[j]))
                    j += 1
                value = "/".join(rest)
                if value == "":
                    return None
                params[name] = value
                return params
            if i >= len(parts):
                return None
            part = parts[i]
            if name is None:
                if unquote(part) != literal:
                    return None
            else:
                value = unquote(part)
                if value == "":
                    return None
                if converter == "int":
                    if not _is_digits(value):
                        return None
                    try:
                        params[name] = int(value)
                    except ValueError:
                        # More digits than int() converts (sys.set_int_max_str_digits):
                        # no match, like any other segment the converter refuses.
                        return None
                else:
                    params[name] = value
            i += 1
        if len(parts) != count:
            return None
        return params


class Router:
    def __init__(self):
        self.routes = []

    def add(self, pattern, methods, handler):
        upper = []
        for method in methods:
            upper.append(method.upper())
        route = Route(pattern, upper, handler)
        self.routes.append(route)
        return route

    def resolve(self, method, raw_path):
        """(route, params) for the request, or raise HTTPError 404 / 405."""
        allowed = []
        if raw_path == "*":
            # "OPTIONS * HTTP/1.1" asks about the server as a whole: every method in use.
            for route in self.routes:
                for m in route.methods:
                    if m not in allowed:
                        allowed.append(m)
                    if m == "GET" and "HEAD" not in allowed:
                        allowed.append("HEAD")
            return None, {"allow": allowed}
        parts = raw_path[1:].split("/")
        for route in self.routes:
            params = route.match(parts)
            if params is None:
                continue
            if method in route.methods or (method == "HEAD" and "GET" in route.methods):
                return route, params
            for m in route.methods:
                if m not in allowed:
                    allowed.append(m)
                if m == "GET" and "HEAD" not in allowed:
                    allowed.append("HEAD")
        if len(allowed) == 0:
            raise HTTPError(404)
        if method == "OPTIONS":
            return None, {"allow": allowed}
        raise HTTPError(405, None, {"Allow": ", ".join(allowed)})
