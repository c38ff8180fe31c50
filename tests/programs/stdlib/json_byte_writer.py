# json.dumps writes Latin-1 bytes into one buffer and hands over to string pieces at the first
# character above U+00FF: the output must not depend on where that happens.
import json


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Boom:
    pass


def nested_default(o):
    # A dumps inside a dumps: the inner one must not write into the outer one's buffer.
    if isinstance(o, Boom):
        return json.dumps({"inner": [1, "\u00e9", "\u20ac"]}) + "|" + json.dumps([2.5, "x" * 40])
    raise TypeError("no")


# Ints: small, negative, at the edges of 32 bits, past 2**53, bools are not ints here
ints = [0, -0, 7, -7, 10, 99, 100, 2**31 - 1, 2**31, -(2**31) + 1, -(2**31), -(2**31) - 1,
        2**53, 2**53 + 1, -(2**64), 10**30, True, False]
show("ints", lambda: json.dumps(ints))
show("ints keys", lambda: json.dumps({i: i for i in ints[:12]}))
show("floats", lambda: json.dumps([2.0, -0.0, 1e16, 1e-7, 0.1, -1.5, float("inf"), float("nan")]))

# Strings: escapes, control characters, DEL, Latin-1, BMP, astral, lone surrogates
texts = ["plain", "", "quote \" back \\ slash /", "\b\f\n\r\t\x00\x1f\x7f", "caf\u00e9 \u00ff \u0080",
         "euro \u20ac", "astral \U0001F600", "lone \ud800 \udfff", "mix \u00e9\u20ac\u00e9"]
for ea in (True, False):
    show(f"strings ascii={ea}", lambda: json.dumps(texts, ensure_ascii=ea))
    show(f"keys ascii={ea}", lambda: json.dumps({t: len(t) for t in texts}, ensure_ascii=ea, sort_keys=True))
    # The first wide character late in the document, after a long Latin-1 stretch.
    long_doc = [{"n": i, "s": "\u00e9" * (i % 7)} for i in range(3000)] + ["\u20ac end", {"k\u20ac": "v"}]
    text = json.dumps(long_doc, ensure_ascii=ea)
    print("long", ea, len(text), text[:60], text[-40:], json.loads(text) == long_doc)
    # A wide character first, then everything after it.
    text = json.dumps(["\u4e2d"] + long_doc[:50], ensure_ascii=ea)
    print("wide first", ea, len(text), text[:40], text[-30:])

# Separators and indents with characters of every width
show("separators latin1", lambda: json.dumps({"a": [1, 2], "b": "\u00e9"}, separators=("\u00b7", "\u00bb")))
show("separators wide", lambda: json.dumps({"a": [1, 2], "b": "c"}, separators=("\u3001", "\uff1a")))
show("separators wide no ascii", lambda: json.dumps({"a": ["\u00e9", 2]}, separators=("\u3001", ":"), ensure_ascii=False))
show("indent wide", lambda: json.dumps({"a": [1, {"b": None}]}, indent="\u2192"))
show("indent int", lambda: json.dumps({"a": [1, {"b": [], "c": {}}]}, indent=2))
show("indent latin1", lambda: json.dumps(["\u00e9", "\u20ac"], indent="\u00b7", ensure_ascii=False))

# A long string (the buffer grows in the middle of it) and a long escaped one
big = "x" * 200000 + "\u00e9" + "\n" * 70000 + "y"
out = json.dumps([big, big])
print("big", len(out), out[:5], out[200000:200010], out[-12:], json.loads(out) == [big, big])
out = json.dumps([big], ensure_ascii=False)
print("big unicode", len(out), out[200000:200004], json.loads(out) == [big])

# default hooks that call dumps, and errors in the middle of an encode
show("nested default", lambda: json.dumps([1, Boom(), {"k": Boom()}], default=nested_default))
show("error midway", lambda: json.dumps([1, "\u00e9" * 10, object()]))
show("after error", lambda: json.dumps(["\u00e9", 12, {"z": 1.5}]))
show("error after wide", lambda: json.dumps(["\u20ac", object()], ensure_ascii=False))
show("after error wide", lambda: json.dumps(["\u20ac", 3], ensure_ascii=False))

# Circular references: lists, dicts, and a default that returns its own argument's container
loop = [1, 2]
loop.append(loop)
show("circular list", lambda: json.dumps(loop))
d = {"a": 1}
d["self"] = [d]
show("circular dict", lambda: json.dumps(d))
shared = [1, 2]
show("shared not circular", lambda: json.dumps([shared, shared, {"x": shared}]))
show("check_circular off", lambda: json.dumps([shared, shared], check_circular=False))
show("default circular", lambda: json.dumps([Boom()], default=lambda o: [o]))
deep = []
cur = deep
for _ in range(200):
    nxt = []
    cur.append(nxt)
    cur = nxt
print("deep", len(json.dumps(deep)))

# Custom encoder objects
class Upper(json.JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()


show("encoder subclass", lambda: json.dumps({"caf\u00e9": ["\u20ac", 1]}, cls=Upper, ensure_ascii=False))
show("dump to list", lambda: "".join(json.JSONEncoder(ensure_ascii=False).iterencode(["\u00e9", {"k": "\u20ac"}])))
