# Text files with undecodable bytes under each error handler, writing with error handlers, open()
# mode validation, and the types, reprs and binary reads of opened files.
import hashlib
import io
import os
import tempfile

state = 2024


def rand(n):
    """A small linear congruential generator: the same numbers on every run."""
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n


CHUNKS = [b"ok", b" ", b"\n", b"\xc3\xa9", b"\xe2\x82\xac", b"\xff", b"\xe2\x82", b"\xc3", b"\x80",
          b"\xf0\x9f\x98\x80", b"\xed\xa0\x80", b"line\r\n", b"z"]
HANDLERS = [None, "strict", "ignore", "replace", "backslashreplace", "surrogateescape",
            "surrogatepass", "xmlcharrefreplace", "no-such-handler"]


def make_bytes():
    return b"".join(CHUNKS[rand(len(CHUNKS))] for _ in range(rand(10) + 1))


def attempt(label, action):
    try:
        print(label, ascii(action()))
    except Exception as e:
        print(label, type(e).__name__, e)


with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "data.bin")
    for case in range(16):
        data = make_bytes()
        with open(path, "wb") as f:
            f.write(data)
        print("case", case, data)
        for err in HANDLERS:
            def read_all(mode="r"):
                with open(path, mode, errors=err) as f:
                    return f.read()

            def lines(mode="r"):
                with open(path, mode, errors=err) as f:
                    return [f.readline(), f.readline(), f.readlines()]

            def iterate():
                with open(path, errors=err) as f:
                    return list(f)

            def read_some():
                with open(path, errors=err) as f:
                    return [f.read(2), f.read(3), f.read()]

            attempt(f"  {err} read", read_all)
            attempt(f"  {err} lines", lines)
            attempt(f"  {err} iter", iterate)
            attempt(f"  {err} read(n)", read_some)
            attempt(f"  {err} r+ read", lambda: read_all("r+"))
            attempt(f"  {err} r+ lines", lambda: lines("r+"))

    # A bad byte far into a file: the lines before its 8 KiB chunk read first.
    big = os.path.join(d, "big.txt")
    for bad_at, filler in [(20000, b"abcdefghi\n"), (8191, b"x" * 99 + b"\n"), (5, b"ab\n"), (40000, b"\xc3\xa9t\xc3\xa9\n")]:
        body = (filler * (bad_at // len(filler) + 1))[:bad_at]
        with open(big, "wb") as f:
            f.write(body + b"\xff\n" + b"after\n")
        count = 0
        try:
            with open(big, encoding="utf-8") as f:
                for line in f:
                    count += 1
        except UnicodeDecodeError as e:
            print("iter", bad_at, count, e.reason, e.start, e.end, e)
        try:
            with open(big, encoding="utf-8") as f:
                f.read()
        except UnicodeDecodeError as e:
            print("read", bad_at, e)
        with open(big, errors="surrogateescape") as f:
            text = f.read()
        print("escaped", len(text), ascii(text[-8:]))

    # Writing with an error handler, and the surrogateescape round trip.
    out = os.path.join(d, "out.txt")
    for err in HANDLERS:
        for text in ["a\udcffb\u00e9", "\ud800x", "plain", "\U0001f600\udc80\n"]:
            try:
                with open(out, "w", errors=err) as f:
                    n = f.write(text)
                with open(out, "rb") as f:
                    print("write", err, ascii(text), n, f.read())
            except Exception as e:
                print("write", err, ascii(text), type(e).__name__, e)
            try:
                with open(out, "w+", errors=err) as f:
                    f.write(text)
                    f.seek(0)
                    back = f.read()
                print("w+", err, ascii(text), ascii(back))
            except Exception as e:
                print("w+", err, ascii(text), type(e).__name__, e)
    for case in range(8):
        data = make_bytes()
        with open(path, "wb") as f:
            f.write(data)
        with open(path, errors="surrogateescape") as f:
            text = f.read()
        with open(out, "w", errors="surrogateescape", newline="") as f:
            f.write(text)
        with open(out, "rb") as f:
            print("round trip", case, f.read() == data, ascii(text))

    # open() mode validation: CPython's checks and their order.
    name = os.path.join(d, "m.txt")
    with open(name, "w") as f:
        f.write("x\n")
    modes = ["rw", "rr", "wa", "r+b+", "rt+b", "bt", "", "U", "rU", "z", "r+", "+", "b", "t", "tb",
             "xw", "ax", "r++", "wbb", "a+t", "tr", "+r", "Ur", "rb+", "+ab", "rtt", " r", "R", "xt"]
    for m in modes:
        for kw in [{}, {"buffering": 0}, {"encoding": "utf-8"}, {"newline": "\n"}, {"errors": "strict"}]:
            target = os.path.join(d, "new.txt") if "x" in m else name
            try:
                with open(target, m, **kw) as f:
                    print(repr(m), kw, "opened", type(f).__name__, f.mode)
            except Exception as e:
                print(repr(m), kw, type(e).__name__, e)
            if os.path.exists(os.path.join(d, "new.txt")):
                os.remove(os.path.join(d, "new.txt"))
    for kw in [{"buffering": "x"}, {"buffering": 2.0}, {"buffering": -5}, {"buffering": None},
               {"mode": 3}, {"mode": b"r"}, {"mode": "r", "encoding": 5}]:
        try:
            with open(name, **kw) as f:
                print(kw, "opened", type(f).__name__)
        except Exception as e:
            print(kw, type(e).__name__, e)
    # Unbuffered text is refused after the file was opened: 'w' has already emptied it.
    try:
        open(name, "w", buffering=0)
    except ValueError as e:
        print(e, os.path.getsize(name))

    # The types and reprs of opened files.
    for m in ["r", "rb", "w", "wb", "a", "ab", "r+", "rb+", "w+b", "a+b", "x", "xb", "x+b", "rt", "wt"]:
        target = os.path.join(d, "x.bin") if "x" in m else path
        if os.path.exists(os.path.join(d, "x.bin")):
            os.remove(os.path.join(d, "x.bin"))
        with open(target, m) as f:
            print(m, type(f).__name__, type(f).__module__, f.mode, repr(f).replace(d + os.sep, ""),
                  hasattr(f, "readinto"))
    for m in ["rb", "wb", "r+b", "ab"]:
        with open(path, m, buffering=0) as f:
            print(m, type(f), repr(f).replace(d + os.sep, ""), f.mode)
    print(type(open), io.open is open, io.text_encoding(None), io.text_encoding("latin-1"))
    print(io.StringIO, io.BytesIO, io.TextIOWrapper, type(io.StringIO()).__name__)

    # readinto on files and BytesIO, and hashlib.file_digest over both.
    with open(path, "wb") as f:
        f.write(bytes(range(256)) * 50)
    with open(path, "rb") as f:
        print(hashlib.file_digest(f, "md5").hexdigest())
    with open(path, "rb") as f:
        print(hashlib.file_digest(f, "sha256", _bufsize=1000).hexdigest())
    print(hashlib.file_digest(io.BytesIO(b"abc" * 1000), "md5").hexdigest())
    with open(path, "rb") as f:
        buf = bytearray(7)
        print(f.readinto(buf), buf, f.readinto(memoryview(buf)[2:5]), buf, f.read1(3))
        f.seek(-3, 2)
        print(f.readinto(buf), buf, f.readinto(buf))
        attempt("readinto bytes", lambda: f.readinto(b"abc"))
    with open(path, "wb") as f:
        attempt("readinto wb", lambda: f.readinto(bytearray(3)))
    b = io.BytesIO(b"hello world")
    buf = bytearray(4)
    print(b.readinto(buf), buf, b.readinto(memoryview(buf)[1:]), buf, b.readinto(bytearray(100)), b.readinto(buf))
    attempt("BytesIO readinto bytes", lambda: io.BytesIO(b"x").readinto(b"abc"))

    # A view of a BytesIO that is not kept does not stop it from growing.
    b = io.BytesIO(b"abc")
    print(b.getbuffer().nbytes, len(b.getbuffer()))
    b.write(b"more")
    print(b.getvalue())
    b.seek(10)
    b.write(b"!")
    print(b.getvalue(), b.truncate(4), b.getvalue())
    with b.getbuffer() as view:
        view[0] = 65
    b.write(b"end")
    print(b.getvalue())
