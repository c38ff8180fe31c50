# bytes.startswith/endswith with a tuple of prefixes (bytes, bytearray, memoryview items, wrong
# types, an empty tuple, bounds), UTF-8 decoding under every error handler for valid and broken
# input (a valid input never reaches the handler, a registered one included), and json.loads
# of bytes in each encoding it recognises, with and without a byte order mark.
import codecs
import json


def seeded(seed):
    state = seed
    while True:
        state = (state * 1103515245 + 12345) % (1 << 31)
        yield state


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)


# --- startswith / endswith with tuples
samples = [b"", b"a", b"ab", b"abc", b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00x", b"\xef\xbb\xbf{}", b"xyzab"]
prefix_sets = [
    (),
    (b"a",),
    (b"x", b"ab"),
    (bytearray(b"ab"), memoryview(b"xy")),
    (memoryview(b"a"), b"q"),
    (b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00"),
    (b"", b"zz"),
    (b"ab", "ab"),
    ("ab",),
    (b"a", 97),
    (b"a", None),
]
for data in samples:
    for prefixes in prefix_sets:
        label = "(" + ", ".join(type(p).__name__ for p in prefixes) + ")"
        show(f"{data!r}.startswith{label}", lambda: data.startswith(prefixes))
        show(f"{data!r}.endswith{label}", lambda: data.endswith(prefixes))
        show(f"  [1:]", lambda: data.startswith(prefixes, 1))
        show(f"  [:-1]", lambda: data.endswith(prefixes, 0, -1))
        show(f"  bytearray", lambda: bytearray(data).startswith(prefixes))

show("list prefix", lambda: b"ab".startswith([b"a"]))
show("bad bound, bad prefix", lambda: b"ab".startswith(1, "x"))
show("bad bound, good prefix", lambda: b"ab".endswith((b"b",), None, "x"))
show("bytes bound object", lambda: b"abc".startswith((b"q", b"b"), True))
for text_affixes in [("a", 1), (1, "a"), ("b", 1), ("q", "b", None), ()]:
    show(f"str startswith {text_affixes}", lambda: "ab".startswith(text_affixes))
    show(f"str endswith {text_affixes}", lambda: "ab".endswith(text_affixes))
    show("   from 1", lambda: "ab".startswith(text_affixes, 1))
show("str bad bound, bad prefix", lambda: "ab".startswith(1, "x"))
show("str prefix", lambda: b"ab".startswith("a"))
show("int prefix", lambda: b"ab".endswith(97))
show("nested tuple", lambda: b"ab".startswith(((b"a",),)))


class Wide(bytes):
    pass


show("subclass item", lambda: b"abc".startswith((Wide(b"ab"),)))
show("subclass receiver", lambda: Wide(b"abc").endswith((b"zz", b"bc")))

# --- UTF-8 decoding under each handler
calls = []


def counting(err):
    calls.append((err.start, err.end))
    return ("<%d>" % err.start, err.end)


codecs.register_error("counting", counting)

handlers = ["strict", "replace", "ignore", "surrogatepass", "surrogateescape", "backslashreplace", "counting"]
inputs = [
    b"",
    b"plain ascii",
    "caf\u00e9 \u20ac \U0001f600".encode("utf-8"),
    b"\xef\xbb\xbfBOM kept",
    b"bad \xff byte",
    b"cut \xe2\x82",
    b"surrogate \xed\xa0\x80 encoded",
    b"\xed\xb0\x80 low",
    b"overlong \xc0\xaf",
    b"\xf4\x90\x80\x80 too big",
]
for data in inputs:
    for handler in handlers:
        del calls[:]
        show(f"{data!r}.decode(utf-8, {handler})", lambda: data.decode("utf-8", handler))
        if calls:
            print("   handler saw", calls)
        show("   bytearray", lambda: bytearray(data).decode("utf-8", handler))
        show("   utf8 alias", lambda: data.decode("utf8", handler))

show("unknown handler on valid", lambda: b"fine".decode("utf-8", "no-such-handler"))
show("unknown handler on broken", lambda: b"\xff".decode("utf-8", "no-such-handler"))

# generated inputs: random bytes, mostly ASCII, now and then a high byte
rand = seeded(7)
for case in range(60):
    n = next(rand) % 12
    raw = bytes((next(rand) % 256 if next(rand) % 5 == 0 else 32 + next(rand) % 90) for _ in range(n))
    line = []
    for handler in ("surrogatepass", "replace", "backslashreplace", "ignore", "surrogateescape"):
        try:
            line.append(ascii(raw.decode("utf-8", handler)))
        except Exception as e:
            line.append(type(e).__name__ + ":" + str(e))
    print(case, raw, " | ".join(line))

# --- json.loads of bytes
documents = ['{"a": [1, 2.5, "x\u00e9"]}', "[]", "7", '"s"', "{}", " [1] ", "null"]
encodings = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]
for doc in documents:
    for enc in encodings:
        raw = doc.encode(enc)
        show(f"loads({enc}, {doc!r})", lambda: json.loads(raw))
        show("   bytearray", lambda: json.loads(bytearray(raw)))
        show("   detect", lambda: json.detect_encoding(raw))

for raw in [b"", b"1", b"12", b"\x001", b"1\x00", b"\x00\x00\x001", b"1\x00\x00\x00", b"\xef1", b"\xfe1", b"\xff1",
            b"\x7f\x01", b"\xee\x01", b"\xef\xbb", b"\xef\xbb\xbf", b'"\xed\xa0\x80"', b'"\xff"', b" \x00"]:
    show(f"detect {raw!r}", lambda: json.detect_encoding(raw))
    show("   loads", lambda: json.loads(raw))

show("loads str with BOM", lambda: json.loads("\ufeff[1]"))
show("loads int", lambda: json.loads(5))
show("loads hook", lambda: json.loads(b'{"b": 1}', object_hook=lambda d: sorted(d)))
show("loads kw", lambda: json.loads(b"[1]", strict=False))
show("loads parse_int", lambda: json.loads(b"[1, 2]", parse_int=str))
show("loads cls None", lambda: json.loads(b"[1]", cls=None))
