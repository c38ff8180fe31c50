"""App.test_client() checks, run by conformance.test.ts: `python3 tests/enid/client_check.py`.

Each check prints "ok <name>"; a failed assertion ends the script with a traceback and exit 1.
The last line is "ALL OK".
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "apps"))
sys.path.insert(0, os.path.join(HERE, "..", ".."))

from conformance import app  # noqa: E402

from enid import App, Response  # noqa: E402

client = app.test_client()
checks = []


def check(fn):
    checks.append(fn)
    return fn


@check
def hello_app():
    hello = App()

    @hello.get("/")
    def home(req):
        return Response.text("Hello from Enid (powered by Memphis)")

    c = hello.test_client()
    r = c.get("/")
    assert r.status == 200 and r.text == "Hello from Enid (powered by Memphis)", r
    assert r.headers["content-type"] == "text/plain; charset=utf-8"
    assert r.headers["Content-Length"] == "36"
    r = c.get("/another_endpoint")
    assert r.status == 404 and r.text == "404 Not Found"


@check
def query_and_headers():
    r = client.get("/echo?a=1&a=2&b=%E2%82%AC+x", headers={"X-Test": "v", "Cookie": 'k=1; q="2"'})
    data = r.json()
    assert data["query"] == [["a", "1"], ["a", "2"], ["b", "\u20ac x"]], data
    assert data["query_a"] == "1" and data["query_a_all"] == ["1", "2"]
    assert data["query_missing"] == "default" and data["has_b"] is True
    assert data["x_test"] == "v" and data["x_test_upper"] == "v" and data["has_x_test"] is True
    assert data["cookies"] == {"k": "1", "q": "2"}
    assert data["client_host"] == "127.0.0.1"


@check
def query_keyword():
    data = client.get("/echo", query={"a": ["x y", "\u00e9"]}).json()
    assert data["query_a_all"] == ["x y", "\u00e9"], data


@check
def post_json_and_form():
    assert client.post("/json", json={"n": [1, 2]}).json() == {"received": {"n": [1, 2]}}
    data = client.post("/echo", data={"x": "1 2", "y": "\u00e9"}).json()
    assert data["form"] == [["x", "1 2"], ["y", "\u00e9"]], data
    assert data["content_type"] == "application/x-www-form-urlencoded"
    data = client.put("/echo", data=b"raw bytes").json()
    assert data["method"] == "PUT" and data["text"] == "raw bytes" and data["body_length"] == 9
    assert client.patch("/echo", json=[1]).json()["method"] == "PATCH"
    assert client.delete("/echo").json()["method"] == "DELETE"
    r = client.post("/json", data="{bad", headers={"Content-Type": "application/json"})
    assert r.status == 400, r


@check
def path_params():
    assert client.get("/users/42").json() == {"id": 42, "double": 84, "params": {"id": 42}}
    assert client.get("/users/bob").json() == {"name": "bob"}
    assert client.get("/users/b%2Fob/posts/7").json() == {"name": "b/ob", "post": "7"}
    assert client.get("/files/a/b%20c.txt").json() == {"rest": "a/b c.txt"}
    assert client.get("/files/").status == 404
    assert client.get("/users/").status == 404


@check
def methods():
    r = client.head("/text")
    assert r.status == 200 and r.body == b"" and r.headers["Content-Length"] == "5"
    r = client.post("/text")
    assert r.status == 405 and r.headers["Allow"] == "GET, HEAD" and r.text == "405 Method Not Allowed"
    assert client.post("/multi").text == "multi POST"
    r = client.options("/multi")
    assert r.status == 204 and r.headers["Allow"] == "GET, HEAD, POST, OPTIONS"
    assert client.get("/nowhere").status == 404


@check
def return_values():
    r = client.get("/return/str")
    assert r.headers["Content-Type"] == "text/html; charset=utf-8" and r.text == "<p>hello</p>"
    r = client.get("/return/dict")
    assert r.headers["Content-Type"] == "application/json" and r.json() == {"a": 1, "b": [True, None]}
    assert client.get("/return/list").json() == [1, "two", 3.5]
    r = client.get("/return/tuple2")
    assert r.status == 201 and r.text == "created"
    r = client.get("/return/tuple3")
    assert r.status == 202 and r.headers["X-Extra"] == "yes" and r.json() == {"ok": True}
    r = client.get("/return/bytes")
    assert r.body == b"\x00\x01\x02" and r.headers["Content-Type"] == "application/octet-stream"
    r = client.get("/return/empty")
    assert r.status == 204 and "Content-Length" not in r.headers and r.body == b""


@check
def responses():
    r = client.get("/text")
    assert r.text == "caf\u00e9" and r.headers["Content-Length"] == "5"
    r = client.get("/redirect")
    assert r.status == 302 and r.headers["Location"] == "/text"
    r = client.get("/redirect/301")
    assert r.status == 301 and r.headers["Location"] == "https://example.com/"
    r = client.get("/json-response")
    assert r.json() == {"unicode": "\u00e9\u20ac"} and r.headers["X-Custom"] == "1"


@check
def cookies():
    r = client.get("/cookie/set")
    assert r.headers.getlist("Set-Cookie") == [
        "plain=1; Path=/; HttpOnly; SameSite=Lax",
        "full=v; Max-Age=60; Domain=example.com; Path=/app; Secure; SameSite=Strict",
    ], r.headers
    r = client.get("/cookie/delete")
    assert r.headers["Set-Cookie"] == (
        "plain=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/; HttpOnly; SameSite=Lax")


@check
def header_injection():
    r = client.get("/header-injection")
    assert r.json() == {"refused": ["setitem", "add", "constructor", "cookie", "redirect"]}
    r = client.get("/header-injection/unhandled")
    assert r.status == 500 and r.text == "500 Internal Server Error"
    assert "X-Bad" not in r.headers and "Set-Cookie" not in r.headers


@check
def errors():
    r = client.get("/boom")
    assert r.status == 500 and r.text == "500 Internal Server Error"
    assert client.get("/abort").text == "418 I'm a Teapot"
    r = client.get("/abort/message")
    assert r.status == 403 and r.text == "no entry"
    assert client.get("/return/none").status == 500


@check
def raw_pipelined_and_split():
    # Two requests in one buffer, delivered 3 bytes per recv.
    out = client.raw(b"GET /text HTTP/1.1\r\nHost: x\r\n\r\nGET /html HTTP/1.1\r\nHost: x\r\n\r\n", 3)
    assert out.count(b"HTTP/1.1 200 OK") == 2
    assert out.find(b"caf\xc3\xa9") < out.find(b"<b>bold</b>")


@check
def raw_chunked():
    out = client.raw(b"POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                     b"3\r\nabc\r\n2;ext=1\r\nde\r\n0\r\nTrailer: 1\r\n\r\n", 5)
    assert b'"text": "abcde"' in out, out


@check
def raw_bad_input():
    cases = [
        (b"GARBAGE\r\n\r\n", b"400 Bad Request"),
        (b"GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n", b"400 Bad Request"),
        (b"GET / HTTP/1.1\r\n\r\n", b"400 Bad Request"),
        (b"GET / HTTP/2.0\r\nHost: x\r\n\r\n", b"505 HTTP Version Not Supported"),
        (b"GET / HTTP/1.1\r\nHost: x\r\nX: " + b"a" * 17000 + b"\r\n\r\n", b"431 Request Header Fields Too Large"),
        (b"POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 2000\r\n\r\n", b"413 Request Entity Too Large"),
        (b"POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\nabc",
         b"400 Bad Request"),
        (b"POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd",
         b"400 Bad Request"),
    ]
    for raw, expected in cases:
        out = client.raw(raw)
        assert out.startswith(b"HTTP/1.1 " + expected + b"\r\n"), (raw[:40], out)
        assert b"Connection: close\r\n" in out, out


@check
def disconnect_mid_request():
    assert client.raw(b"POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc") == b""


for fn in checks:
    fn()
    print("ok", fn.__name__)
print("ALL OK")
