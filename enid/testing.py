"""The test client: requests through the real server code, with no socket.

Each call builds the bytes of an HTTP/1.1 request, hands them to ``serve_connection`` through an
in-memory connection, and parses the bytes written back. Parsing, routing, hooks, error handling
and serialization are therefore exactly those of ``App.run``; only the socket is missing.
"""

import json as _json

from .datastructures import Headers
from .urls import encode_query, quote
from .wire import parse_response


class MemoryConnection:
    """A connection whose input is fixed in advance and whose output is recorded."""

    def __init__(self, data, recv_size=65536):
        self.data = data
        self.offset = 0
        self.recv_size = recv_size
        self.sent = []
        self.closed = False

    def recv(self, n):
        if n > self.recv_size:
            n = self.recv_size
        chunk = self.data[self.offset:self.offset + n]
        self.offset += len(chunk)
        return chunk

    def send(self, data):
        self.sent.append(data)

    def settimeout(self, seconds):
        pass

    def close(self):
        self.closed = True

    def output(self):
        return b"".join(self.sent)


class ClientResponse:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers
        self.body = body

    @property
    def status_code(self):
        return self.status

    @property
    def text(self):
        return self.body.decode("utf-8", "replace")

    def json(self):
        return _json.loads(self.body.decode("utf-8"))

    def __repr__(self):
        return f"<ClientResponse {self.status}, {len(self.body)} bytes>"


class TestClient:
    __test__ = False  # not a pytest test class

    def __init__(self, app, client=("127.0.0.1", 50000)):
        self.app = app
        self.client = client

    def raw(self, data, recv_size=65536):
        """Send raw request bytes (several pipelined requests if you like); the raw answer."""
        from .server import serve_connection
        conn = MemoryConnection(data, recv_size)
        serve_connection(self.app, conn, self.client, False)
        return conn.output()

    def request(self, method, path, headers=None, query=None, data=None, json=None):
        method = method.upper()
        # A fragment names a place in the answer: browsers never send it, nor does this client.
        path = path.partition("#")[0]
        target = quote(path, "/?&=%+:@!$'()*,;")
        if query is not None:
            separator = "&" if "?" in target else "?"
            target = target + separator + encode_query(query)
        fields = Headers(headers)
        body = b""
        if json is not None:
            body = _json.dumps(json).encode("utf-8")
            fields.setdefault("Content-Type", "application/json")
        elif data is not None:
            if isinstance(data, bytes):
                body = data
            elif isinstance(data, str):
                body = data.encode("utf-8")
            else:
                body = encode_query(data).encode("utf-8")
                fields.setdefault("Content-Type", "application/x-www-form-urlencoded")
        fields.setdefault("Host", "localhost")
        if len(body) > 0 or method == "POST" or method == "PUT" or method == "PATCH":
            if "Transfer-Encoding" not in fields:
                fields["Content-Length"] = str(len(body))
        lines = [f"{method} {target} HTTP/1.1"]
        for pair in fields.items():
            lines.append(pair[0] + ": " + pair[1])
        lines.append("")
        lines.append("")
        raw = "\r\n".join(lines).encode("utf-8") + body
        answer = self.raw(raw)
        # Skip interim responses (100 Continue).
        while True:
            status, response_headers, response_body, rest = parse_response(answer, method == "HEAD")
            if status >= 200:
                return ClientResponse(status, response_headers, response_body)
            answer = rest

    def get(self, path, headers=None, query=None):
        return self.request("GET", path, headers, query)

    def head(self, path, headers=None, query=None):
        return self.request("HEAD", path, headers, query)

    def options(self, path, headers=None, query=None):
        return self.request("OPTIONS", path, headers, query)

    def delete(self, path, headers=None, query=None, data=None, json=None):
        return self.request("DELETE", path, headers, query, data, json)

    def post(self, path, json=None, data=None, headers=None, query=None):
        return self.request("POST", path, headers, query, data, json)

    def put(self, path, json=None, data=None, headers=None, query=None):
        return self.request("PUT", path, headers, query, data, json)

    def patch(self, path, json=None, data=None, headers=None, query=None):
        return self.request("PATCH", path, headers, query, data, json)
