# Enid's HTTP request parser (enid/wire.py) on well-formed and malformed requests: header names
# it has seen before and new ones, errors in the order the checks make them, bodies, cookies,
# query strings and percent-decoding.
import sys

sys.path.insert(0, "../../..")

from enid.urls import parse_query, unquote
from enid.wire import ParseError, Reader, read_request, wants_keep_alive


class FakeConnection:
    def __init__(self, data, step):
        self.data = data
        self.pos = 0
        self.step = step
        self.sent = []

    def recv(self, size):
        chunk = self.data[self.pos:self.pos + min(self.step, size)]
        self.pos += len(chunk)
        return chunk

    def send(self, data):
        self.sent.append(data)
        return len(data)


def parse(raw, step=7):
    conn = FakeConnection(raw, step)
    reader = Reader(conn)
    try:
        req = read_request(reader, conn, ("10.0.0.1", 4000), 1000, 30.0)
    except ParseError as e:
        print("  ParseError", e.status, e.detail)
        return None
    print(" ", req.method, repr(req.target), req.version, repr(req.path), repr(req.query_string))
    print("   headers", req.headers.items())
    print("   query", req.query.multi_items(), "cookies", sorted(req.cookies.items()))
    print("   type", repr(req.content_type), repr(req.content_type), "body", req.body, "keep-alive", wants_keep_alive(req))
    if req.content_type == "application/x-www-form-urlencoded":
        print("   form", req.form().multi_items())
    if conn.sent:
        print("   sent", conn.sent)
    if reader.buf:
        print("   left", reader.buf)
    return req


def request(line, *fields, body=b""):
    return (line + "\r\n" + "".join(f + "\r\n" for f in fields) + "\r\n").encode() + body


CASES = [
    ("plain", request("GET /a/b?x=1&y=%41%42 HTTP/1.1", "Host: h", "User-Agent: t/1", "Accept: */*")),
    ("names again, other case", request("GET / HTTP/1.1", "HOST: h", "user-agent:   t/2  ", "ACCEPT:\t*/*\t")),
    ("repeated fields", request("GET / HTTP/1.1", "Host: h", "X-A: 1", "x-a: 2", "X-A: 3")),
    ("no colon, known name", request("GET / HTTP/1.1", "Host: h", "Accept")),
    ("no colon, new name", request("GET / HTTP/1.1", "Host: h", "Unheard")),
    ("folded line", request("GET / HTTP/1.1", "Host: h", " Accept: x")),
    ("folded with tab", request("GET / HTTP/1.1", "Host: h", "\tAccept: x")),
    ("folded, no colon", request("GET / HTTP/1.1", "Host: h", " Accept")),
    ("space before colon", request("GET / HTTP/1.1", "Host : h")),
    ("empty name", request("GET / HTTP/1.1", "Host: h", ": x")),
    ("bad name char", request("GET / HTTP/1.1", "Host: h", "X(A): x")),
    ("non-ASCII name", request("GET / HTTP/1.1", "Host: h", "Ünicode: x")),
    ("NUL in value", request("GET / HTTP/1.1", "Host: h", "X-A: a\0b")),
    ("CR in value", request("GET / HTTP/1.1", "Host: h", "X-A: a\rb")),
    ("LF in value", request("GET / HTTP/1.1", "Host: h", "X-A: a\nb")),
    ("bad name before bad value", request("GET / HTTP/1.1", "Host: h", "X-B: a\0", "X(A): x")),
    ("bad value after bad name", request("GET / HTTP/1.1", "Host: h", "X(A): x", "X-B: a\0")),
    ("CR ending a value", request("GET / HTTP/1.1", "Host: h", "X-A: a\r")),
    ("LF starting a value", request("GET / HTTP/1.1", "Host: h", "X-A:\nb")),
    ("CR in a name", request("GET / HTTP/1.1", "Host: h", "X\rA: 1")),
    ("LF in a known name", request("GET / HTTP/1.1", "Host\n: h")),
    ("NUL in a name", request("GET / HTTP/1.1", "Host: h", "X\0A: 1")),
    ("CR in the target", request("GET /a\rb HTTP/1.1", "Host: h")),
    ("LF in the version", request("GET / HTTP/1.1\n", "Host: h")),
    ("NUL in the target", request("GET /\0 HTTP/1.1", "Host: h")),
    ("CR CR LF", request("GET / HTTP/1.1", "Host: h\r", "Accept: x")),
    ("percent path", request("GET /a%20b/%zz/%41?q=%20 HTTP/1.1", "Host: h")),
    ("plus path", request("GET /a+b HTTP/1.1", "Host: h")),
    ("long name", request("GET / HTTP/1.1", "Host: h", "X-" + "L" * 80 + ": 1", "x-" + "l" * 80 + ": 2")),
    ("no Host in 1.1", request("GET / HTTP/1.1", "Accept: x")),
    ("no Host in 1.0", request("GET / HTTP/1.0", "Accept: x")),
    ("two Hosts", request("GET / HTTP/1.1", "Host: a", "host: b")),
    ("lowercase method", request("get / HTTP/1.1", "Host: h")),
    ("bad method", request("G@T / HTTP/1.1", "Host: h")),
    ("empty method", request(" / HTTP/1.1", "Host: h")),
    ("four parts", request("GET / x HTTP/1.1", "Host: h")),
    ("version 2.0", request("GET / HTTP/2.0", "Host: h")),
    ("version junk", request("GET / HTTP/x", "Host: h")),
    ("tab in target", request("GET /a\tb HTTP/1.1", "Host: h")),
    ("DEL in target", request("GET /a\x7fb HTTP/1.1", "Host: h")),
    ("non-ASCII target", request("GET /café HTTP/1.1", "Host: h")),
    ("tilde target", request("GET /~a!$&'()*+,;=:@ HTTP/1.1", "Host: h")),
    ("absolute form", request("GET HTTP://Example.com/p?q=1 HTTP/1.1", "Host: h")),
    ("absolute, query only", request("GET https://e.com?q=1 HTTP/1.1", "Host: h")),
    ("OPTIONS *", request("OPTIONS * HTTP/1.1", "Host: h")),
    ("GET *", request("GET * HTTP/1.1", "Host: h")),
    ("content length", request("POST /f HTTP/1.1", "Host: h", "Content-Type: application/x-www-form-urlencoded; charset=UTF-8",
                               "Content-Length: 27", body=b"a=1&b=caf%C3%A9&c=x+y&d%zz=&e")),
    ("length list", request("POST / HTTP/1.1", "Host: h", "Content-Length: 3, 3", body=b"abcdef")),
    ("lengths differ", request("POST / HTTP/1.1", "Host: h", "Content-Length: 3", "Content-Length: 4", body=b"abcd")),
    ("length junk", request("POST / HTTP/1.1", "Host: h", "Content-Length: 3x", body=b"abc")),
    ("too large", request("POST / HTTP/1.1", "Host: h", "Content-Length: 1001")),
    ("chunked", request("PUT / HTTP/1.1", "Host: h", "Transfer-Encoding: Chunked", "Content-Type: Application/JSON",
                        body=b"3;x=y\r\nabc\r\n2\r\nde\r\n0\r\nT: 1\r\n\r\n")),
    ("chunked, CL too", request("PUT / HTTP/1.1", "Host: h", "Transfer-Encoding: chunked", "Content-Length: 3")),
    ("chunked in 1.0", request("PUT / HTTP/1.0", "Transfer-Encoding: chunked")),
    ("gzip, chunked", request("PUT / HTTP/1.1", "Host: h", "Transfer-Encoding: gzip, chunked")),
    ("chunked, gzip", request("PUT / HTTP/1.1", "Host: h", "Transfer-Encoding: chunked, gzip")),
    ("empty coding", request("PUT / HTTP/1.1", "Host: h", "Transfer-Encoding: ")),
    ("expect continue", request("PUT / HTTP/1.1", "Host: h", "Expect: 100-Continue", "Content-Length: 2", body=b"ok")),
    ("expect other", request("PUT / HTTP/1.1", "Host: h", "Expect: 200-ok", "Content-Length: 2", body=b"ok")),
    ("cookies", request("GET / HTTP/1.1", "Host: h", "Cookie: a=1; b=\"two\"; a=3; =x; junk", "Cookie: b=9; c=3")),
    ("one cookie field", request("GET / HTTP/1.1", "Host: h", "Cookie: s=1; s=2;t=\"\"")),
    ("connection", request("GET / HTTP/1.1", "Host: h", "Connection: Keep-Alive, CLOSE")),
    ("1.0 keep-alive", request("GET / HTTP/1.0", "Connection: foo,  keep-alive ")),
    ("leading blank lines", b"\r\n\r\n" + request("GET /x HTTP/1.1", "Host: h")),
]

for name, raw in CASES:
    print(name)
    parse(raw)
    parse(raw, 1000)

print("pipelined")
data = request("GET /1 HTTP/1.1", "Host: h") + request("POST /2 HTTP/1.1", "Host: h", "Content-Length: 1", body=b"z") + request("GET /3 HTTP/1.1", "Host: h")
conn = FakeConnection(data, 5)
reader = Reader(conn)
for _ in range(3):
    reader.begin()
    req = read_request(reader, conn, None, 100, 30.0)
    print(" ", req, req.body, req.client)

# Many distinct names: the parser remembers a bounded number of them; later ones are checked
# each time and still accepted.
fields = [f"X-Field-{n}: {n}" for n in range(700)]
req = parse(request("GET / HTTP/1.1", "Host: h", *fields[:3]))
for start in range(0, 700, 100):
    conn = FakeConnection(request("GET / HTTP/1.1", "Host: h", *fields[start:start + 100]), 4096)
    req = read_request(Reader(conn), conn, None, 100, 30.0)
    print(" ", start, len(req.headers), req.headers.get("x-field-" + str(start + 99)))
parse(request("GET / HTTP/1.1", "Host: h", "X-Field-699 x"))
parse(request("GET / HTTP/1.1", "Host: h", " X-Field-699: x"))

print("unquote")
for s in ["", "abc", "%", "%4", "%41", "%4g", "a%2Fb%2fc", "%C3%A9", "caf%C3%A9/x", "%41%C3%A9", "%ff", "%FF%41",
          "100%", "%%41", "é%41", "é%C3%A9", "a+b%20c", "%e2%82", "%E2%82%AC", "%00x", "%7F%80", "x%2", "%2B+"]:
    print(" ", repr(s), repr(unquote(s)), repr(unquote(s, True)))
for s in ["%41\ud800", "\ud800%41"]:
    try:
        print(" ", repr(unquote(s)))
    except UnicodeEncodeError as e:
        print("  UnicodeEncodeError", e)
print(" ", parse_query("q=term+1&tag=a&tag=b%2Fc&e=%C3%A9&bad=%zz&&x").multi_items())

print("numbers")
for text in ["0", "007", "12", "", " 1", "1 ", "+1", "-1", "1_0", "²", "١٢", "1.0", "0x1f", "1e3"]:
    conn = FakeConnection(request("POST / HTTP/1.1", "Host: h", "Content-Length: " + text, body=b"x" * 12), 4096)
    try:
        req = read_request(Reader(conn), conn, None, 100, 30.0)
        print(" ", repr(text), "length", len(req.body))
    except ParseError as e:
        print(" ", repr(text), e.status, e.detail)
for size in ["1", "a", "A", "0a", "fF", "", " 1", "g", "-1", "+1", "0x1", "1_0", "١", "fffffffffffffff", "1000000000000000"]:
    raw = request("PUT / HTTP/1.1", "Host: h", "Transfer-Encoding: chunked", body=(size + "\r\n").encode() + b"y" * 10 + b"\r\n0\r\n\r\n")
    conn = FakeConnection(raw, 4096)
    try:
        req = read_request(Reader(conn), conn, None, 100, 30.0)
        print(" ", repr(size), "chunk", req.body)
    except ParseError as e:
        print(" ", repr(size), e.status, e.detail)
