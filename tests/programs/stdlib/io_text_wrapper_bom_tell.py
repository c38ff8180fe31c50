# io.TextIOWrapper over io.BytesIO with byte-order-mark codecs: the mark written again at the
# start, tell()/seek() after readline() in every newline mode, and streams read without a mark.
import io

ENCODINGS = ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be", "utf-8-sig", "latin-1"]
NEWLINES = [None, "", "\n", "\r", "\r\n"]

# writing after seek(0) starts the stream again, byte order mark included
for enc in ENCODINGS:
    b = io.BytesIO()
    t = io.TextIOWrapper(b, encoding=enc)
    t.write("ab")
    t.flush()
    first = b.getvalue()
    t.seek(0)
    t.write("cd")
    t.flush()
    again = b.getvalue()
    t.seek(0, 2)
    t.write("ef")
    t.flush()
    print(enc, first == again[:len(first)], len(first), len(again), len(b.getvalue()))
    t.seek(0)
    print("  ", repr(t.read()))


def pieces(seed, count, ends):
    """Deterministic text pieces mixing line endings and wide characters."""
    words = ["alpha", "\u00e9t\u00e9", "x", "", "\u4e2d\u6587", "tab\there", "\U0001f600"]
    out = []
    for _ in range(count):
        seed = (seed * 1103515245 + 12345) % 2147483648
        out.append(words[seed % len(words)] + ends[(seed >> 7) % len(ends)])
    return "".join(out)


# tell() after each readline(), then seeking back to every position read again (a lone '\r'
# only where it cannot begin a '\r\n' the decoder waits for)
for case in range(6):
    for enc in ["utf-8", "utf-16", "utf-16-be", "utf-32"]:
        for nl in NEWLINES:
            ends = ["\n", "\r\n", ""] if nl in (None, "") else ["\n", "\r\n", "\r", ""]
            text = pieces(case + 1, 6 + case, ends)
            t = io.TextIOWrapper(io.BytesIO(text.encode(enc)), encoding=enc, newline=nl)
            marks = []
            lines = []
            while True:
                line = t.readline()
                marks.append(t.tell())
                if not line:
                    break
                lines.append(line)
            rests = []
            for m in marks:
                t.seek(m)
                rests.append(t.read())
            print(case, enc, repr(nl), marks, len(lines))
            print("   ", repr(lines[:3]), [len(r) for r in rests])

# reading a UTF-16/UTF-32 stream that does not start with a byte order mark
for enc in ["utf-16", "utf-32", "utf-16-le", "utf-8-sig"]:
    for data in [b"", b"a", b"a\x00", b"a\x00b\x00", b"\xff\xfea\x00", b"\xfe\xff\x00a",
                 b"a\x00\x00\x00", b"\xff\xfe\x00\x00a\x00\x00\x00", b"\x00\x00\xfe\xff\x00\x00\x00a"]:
        for how in ["read", "readline"]:
            t = io.TextIOWrapper(io.BytesIO(data), encoding=enc)
            try:
                print(enc, data, how, repr(getattr(t, how)()))
            except Exception as e:
                print(enc, data, how, type(e).__name__, e)

# a stream opened past its start writes without a mark, but its decoder still wants one;
# after a seek to a position past the start it reads on without
b = io.BytesIO("head".encode("utf-16"))
b.seek(4)
t = io.TextIOWrapper(b, encoding="utf-16")
try:
    print(repr(t.read()))
except UnicodeError as e:
    print(type(e).__name__, e)
t.seek(4)
print(repr(t.read()))
t.write("zz")
t.flush()
print(b.getvalue())
t.seek(0)
print(repr(t.read()), t.tell())
