# Enid's HTTP/1.1 request parser (enid/wire.py, enid/request.py) on 100,000 generated requests,
# in-process: pipelined requests arrive through a fake connection in uneven pieces; the parsed
# requests' query strings, cookies, forms and JSON bodies are read. bytes slicing and find,
# str.split/partition, per-character loops, small classes. Run from the repository root (CPython
# needs PYTHONPATH=. to import enid).

from enid.wire import ParseError, Reader, read_request, wants_keep_alive

PER_CONNECTION = 8
MAX_BODY = 1 << 20


class FakeConnection:
    """Hands out the bytes of several pipelined requests in pieces of varying size."""

    def __init__(self, data, step):
        self.data = data
        self.pos = 0
        self.step = step
        self.sent = 0

    def recv(self, size):
        n = self.step
        self.step = self.step * 3 % 1531 + 97
        chunk = self.data[self.pos:self.pos + min(n, size)]
        self.pos += len(chunk)
        return chunk

    def send(self, data):
        self.sent += len(data)
        return len(data)


AGENTS = ["curl/8.5.0", "Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/121.0", "python-requests/2.31"]
PATHS = ["/", "/users/{n}", "/api/v1/items/{n}/reviews", "/static/css/site%20main.css", "/search", "/caf%C3%A9/{n}"]


def make_request(i):
    """The bytes of request number `i`: one of several shapes, a few of them malformed."""
    kind = i % 10
    path = PATHS[i % len(PATHS)].replace("{n}", str(i))
    agent = AGENTS[i % len(AGENTS)]
    if i % 40 == PER_CONNECTION * 5 - 1:
        # Malformed, and last on its connection (the server closes it after answering): an
        # unsupported version, a header without a colon, or conflicting lengths.
        bad = i // 40 % 3
        if bad == 0:
            return f"GET {path} HTTP/2.0\r\nHost: a\r\n\r\n".encode()
        if bad == 1:
            return f"GET {path} HTTP/1.1\r\nHost: a\r\nBroken header\r\n\r\n".encode()
        return f"POST {path} HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabc".encode()
    if kind < 5:
        query = f"?q=term+{i}&page={i % 7}&tag=a&tag=b%2Fc" if kind % 2 == 0 else ""
        return (
            f"GET {path}{query} HTTP/1.1\r\nHost: example.com\r\nUser-Agent: {agent}\r\n"
            f"Accept: text/html,application/json;q=0.9\r\n"
            f"Cookie: session=s{i * 7919 % 100003}; theme=\"dark\"; lang=en\r\n"
            f"Connection: {'close' if i % 17 == 0 else 'keep-alive'}\r\n\r\n"
        ).encode()
    if kind < 7:
        body = f"name=user+{i}&email=u{i}%40example.com&note=caf%C3%A9&n={i}".encode()
        return (
            f"POST {path} HTTP/1.1\r\nHost: example.com\r\nUser-Agent: {agent}\r\n"
            f"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {len(body)}\r\n\r\n"
        ).encode() + body
    if kind < 9:
        body = f'{{"id": {i}, "name": "item {i}", "tags": ["x", "y"], "price": {i % 1000 / 8}}}'.encode()
        if kind == 7:
            return (
                f"PUT {path} HTTP/1.1\r\nHost: example.com\r\nContent-Type: application/json\r\n"
                f"Content-Length: {len(body)}\r\nExpect: 100-continue\r\n\r\n"
            ).encode() + body
        half = len(body) // 2
        return (
            f"PATCH {path} HTTP/1.1\r\nHost: example.com\r\nContent-Type: application/json; charset=utf-8\r\n"
            f"Transfer-Encoding: chunked\r\n\r\n{half:x}\r\n"
        ).encode() + body[:half] + f"\r\n{len(body) - half:x};ext=1\r\n".encode() + body[half:] + b"\r\n0\r\nX-Trailer: t\r\n\r\n"
    return (
        f"GET http://example.com{path}?v={i} HTTP/1.0\r\nUser-Agent: {agent}\r\n"
        f"Connection: keep-alive\r\n\r\n"
    ).encode()


def main(total):
    stats = {"requests": 0, "errors": 0, "keep_alive": 0, "query_items": 0, "cookies": 0,
             "form_fields": 0, "json_ids": 0, "body_bytes": 0, "path_chars": 0, "sent": 0}
    methods = {}
    statuses = {}
    last = None
    i = 0
    while i < total:
        count = min(PER_CONNECTION, total - i)
        data = b"".join([make_request(i + k) for k in range(count)])
        conn = FakeConnection(data, 200 + i % 700)
        reader = Reader(conn)
        for _ in range(count):
            reader.begin()
            try:
                req = read_request(reader, conn, ("10.0.0.1", 4000 + i % 1000), MAX_BODY, 30.0)
            except ParseError as e:
                stats["errors"] += 1
                statuses[e.status] = statuses.get(e.status, 0) + 1
                break
            stats["requests"] += 1
            methods[req.method] = methods.get(req.method, 0) + 1
            stats["path_chars"] += len(req.path)
            stats["query_items"] += len(req.query.getlist("tag")) + len(req.query)
            stats["cookies"] += len(req.cookies)
            stats["body_bytes"] += len(req.body)
            if req.content_type == "application/json":
                stats["json_ids"] += req.json()["id"]
            else:
                stats["form_fields"] += len(req.form())
            if wants_keep_alive(req):
                stats["keep_alive"] += 1
            last = req
        stats["sent"] += conn.sent
        i += count
    for key in stats:
        print(key, stats[key])
    print(sorted(methods.items()))
    print(sorted(statuses.items()))
    print(last, last.path, last.query_string, last.headers.get("user-agent"))


main(100_000)
