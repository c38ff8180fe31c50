"""Request: what the wire parser read, plus lazily parsed views of it (query, form, cookies, JSON).

``path`` is percent-decoded; ``raw_path`` and ``query_string`` are as received. ``params`` is
filled by the router with the converted path parameters.
"""

import json as _json

from .cookies import parse_cookie
from .datastructures import MultiDict
from .errors import HTTPError
from .urls import parse_query, unquote


class Request:
    def __init__(self, method, target, version, headers, body=b"", client=None):
        self.method = method
        self.target = target
        self.version = version
        self.headers = headers
        self.body = body
        if client is None:
            client = ("127.0.0.1", 0)
        self.client = client
        raw_path, _, query_string = target.partition("?")
        self.raw_path = raw_path
        self.query_string = query_string
        self.path = unquote(raw_path) if "%" in raw_path else raw_path
        self.params = {}
        # Per-request scratch space for hooks and middleware.
        self.state = {}
        self._query = None
        self._form = None
        self._cookies = None
        self._content_type = None

    @property
    def query(self):
        if self._query is None:
            self._query = parse_query(self.query_string)
        return self._query

    @property
    def args(self):
        return self.query

    @property
    def cookies(self):
        if self._cookies is None:
            headers = self.headers.getlist("Cookie")
            if len(headers) == 1:
                # parse_cookie keeps the first of repeated names, as the merge below does.
                self._cookies = parse_cookie(headers[0])
                return self._cookies
            self._cookies = {}
            for header in headers:
                found = parse_cookie(header)
                for name in found:
                    if name not in self._cookies:
                        self._cookies[name] = found[name]
        return self._cookies

    @property
    def remote_addr(self):
        return self.client[0]

    @property
    def content_type(self):
        """The media type without parameters, lowercased: 'application/json'."""
        if self._content_type is None:
            value = self.headers.get("Content-Type", "")
            self._content_type = value.partition(";")[0].strip().lower()
        return self._content_type

    @property
    def text(self):
        return self.body.decode("utf-8", "replace")

    def json(self):
        """The body parsed as JSON (None for an empty body); invalid JSON is a 400."""
        if len(self.body) == 0:
            return None
        try:
            # Given bytes, json.loads finds the encoding itself: UTF-8 (with or without a byte
            # order mark), UTF-16 or UTF-32.
            return _json.loads(self.body)
        except (ValueError, RecursionError):
            # RecursionError: nesting deeper than the parser goes is invalid input too.
            raise HTTPError(400, "400 Bad Request: invalid JSON body")

    def form(self):
        """An application/x-www-form-urlencoded body as a MultiDict (empty for other types)."""
        if self._form is None:
            if self.content_type == "application/x-www-form-urlencoded":
                self._form = parse_query(self.body.decode("utf-8", "replace"))
            else:
                self._form = MultiDict()
        return self._form

    def __repr__(self):
        return f"<Request {self.method} {self.target}>"
