"""Response: a status, header fields and a body of bytes.

Handlers may return a Response or something ``make_response`` turns into one: a str (HTML), a
dict or list (JSON), bytes, or a tuple ``(body, status)`` / ``(body, status, headers)``.
Content-Length is never stored here: the serializer computes it from the body it sends.
"""

import json as _json

from .cookies import format_set_cookie
from .datastructures import Headers
from .status import reason_phrase

TEXT = "text/plain; charset=utf-8"
HTML = "text/html; charset=utf-8"
JSON = "application/json"
BINARY = "application/octet-stream"


class Response:
    def __init__(self, body=b"", status=200, headers=None, content_type=None):
        if body is None:
            body = b""
        if isinstance(body, str):
            data = body.encode("utf-8")
            default_type = TEXT
        elif isinstance(body, bytes):
            data = body
            default_type = BINARY
        else:
            raise TypeError(f"Response body must be str or bytes, not {type(body).__name__}")
        self.body = data
        self.status = check_status(status)
        self.headers = Headers(headers)
        if content_type is not None:
            self.headers["Content-Type"] = content_type
        elif "Content-Type" not in self.headers:
            self.headers["Content-Type"] = default_type

    # Constructors for the common kinds of body.

    @staticmethod
    def text(body, status=200, headers=None):
        return Response(body, status, headers, TEXT)

    @staticmethod
    def html(body, status=200, headers=None):
        return Response(body, status, headers, HTML)

    @staticmethod
    def json(data, status=200, headers=None):
        return Response(_json.dumps(data), status, headers, JSON)

    @staticmethod
    def redirect(url, status=302, headers=None):
        response = Response("", status, headers, TEXT)
        response.headers["Location"] = url
        return response

    # Reading a response (handy in after_request hooks and with the test client).

    @property
    def reason(self):
        return reason_phrase(self.status)

    @property
    def content_type(self):
        return self.headers.get("Content-Type")

    @property
    def text_body(self):
        return self.body.decode("utf-8", "replace")

    def get_json(self):
        return _json.loads(self.body.decode("utf-8"))

    # Cookies.

    def set_cookie(self, name, value, max_age=None, expires=None, path="/", domain=None,
                   secure=False, http_only=True, same_site="Lax"):
        self.headers.add("Set-Cookie", format_set_cookie(
            name, value, max_age, expires, path, domain, secure, http_only, same_site))

    def delete_cookie(self, name, path="/", domain=None):
        self.headers.add("Set-Cookie", format_set_cookie(
            name, "", 0, 0, path, domain, False, True, "Lax"))

    def __repr__(self):
        return f"<Response {self.status} {self.reason}, {len(self.body)} bytes>"


def make_response(rv, default_status=200):
    """Turn a handler's return value into a Response.

    `default_status` is used when the value carries no status of its own (error handlers pass
    the error's status, so returning a plain string from a 404 handler still answers 404).
    """
    if isinstance(rv, Response):
        return rv
    if isinstance(rv, tuple):
        if len(rv) == 2:
            response = make_response(rv[0], default_status)
            response.status = check_status(rv[1])
            return response
        if len(rv) == 3:
            response = make_response(rv[0], default_status)
            response.status = check_status(rv[1])
            if rv[2] is not None:
                response.headers.update(rv[2])
            return response
        raise TypeError(f"a handler tuple must be (body, status) or (body, status, headers), "
                        f"not {len(rv)} items")
    if isinstance(rv, str):
        return Response(rv, default_status, None, HTML)
    if isinstance(rv, dict) or isinstance(rv, list):
        return Response(_json.dumps(rv), default_status, None, JSON)
    if isinstance(rv, bytes):
        return Response(rv, default_status, None, BINARY)
    if rv is None:
        raise TypeError("the handler returned None; return a str, dict, list, bytes, tuple or Response")
    raise TypeError(f"cannot make a response from {type(rv).__name__}")


def check_status(status):
    """`status` if it can be the status of a final response, else ValueError.

    A 1xx is informational: the client would read it as a prelude and go on waiting for the
    real answer, so the next response on the connection would be taken for this one.
    """
    if isinstance(status, bool) or not isinstance(status, int) or status < 100 or status > 999:
        raise ValueError(f"invalid HTTP status {status!r}")
    if status < 200:
        raise ValueError(f"a 1xx status can't answer a request: {status}")
    return status
