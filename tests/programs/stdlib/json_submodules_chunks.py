# The json package's layout (json.decoder, json.encoder, json.scanner), the pieces iterencode
# yields and json.dump writes, encoding detection for bytes, and the pure-Python fallbacks
# agreeing with the accelerated paths, over generated documents.
import json
import json.decoder
import json.encoder
import json.scanner
from collections import OrderedDict

print(json.JSONDecodeError, json.JSONDecoder, json.JSONEncoder)
print(json.decoder.JSONDecodeError is json.JSONDecodeError, json.encoder.JSONEncoder is json.JSONEncoder,
      json.decoder.JSONDecoder is json.JSONDecoder)
print(json.JSONDecodeError.__module__, json.JSONEncoder.__module__, json.__all__)
print(json.decoder.__all__, hasattr(json.encoder, '__all__'), json.scanner.__all__)
print(json.decoder.NaN != json.decoder.NaN, json.decoder.PosInf, json.decoder.NegInf, json.encoder.INFINITY)
print(callable(json.scanner.make_scanner), callable(json.decoder.scanstring), callable(json.detect_encoding))

state = 987654321


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n


WORDS = ["", "a", "key", "caf\u00e9", "\u20ac", "line\nbreak", "q\"uote", "back\\slash", "\U0001f600", "tab\t"]


def value(depth):
    kind = rand(9 if depth < 3 else 6)
    if kind == 0:
        return None
    if kind == 1:
        return rand(2) == 0
    if kind == 2:
        return rand(2000) - 1000
    if kind == 3:
        return (rand(20000) - 10000) / 8
    if kind in (4, 5):
        return WORDS[rand(len(WORDS))]
    if kind == 6:
        return [value(depth + 1) for _ in range(rand(4))]
    if kind == 7:
        return tuple(value(depth + 1) for _ in range(rand(3)))
    return {WORDS[rand(len(WORDS))] + str(i): value(depth + 1) for i in range(rand(4))}


class Recorder:
    def __init__(self):
        self.pieces = []

    def write(self, text):
        self.pieces.append(text)


for n in range(60):
    doc = value(0)
    options = [{}, {"indent": 2}, {"indent": "\t", "sort_keys": True}, {"separators": (",", ":")},
               {"ensure_ascii": False, "indent": 0}][n % 5]
    enc = json.JSONEncoder(**options)
    pieces = list(enc.iterencode(doc))
    text = json.dumps(doc, **options)
    rec = Recorder()
    json.dump(doc, rec, **options)
    print(n, pieces)
    print("  same", "".join(pieces) == text == enc.encode(doc), rec.pieces == pieces)
    back = json.loads(text)
    print("  back", back == json.loads(json.dumps(back)))

# Special keys, skipped keys, default(), and errors partway through iteration.
enc = json.JSONEncoder(skipkeys=True, default=lambda o: sorted(o))
print(list(enc.iterencode({1: 2, 2.5: "x", None: [], True: {}, (1, 2): "skipped", "s": {3, 1, 2}})))
print(list(json.JSONEncoder(indent=1).iterencode({"a": {}, "b": [], "c": [[]], "d": {"e": {}}})))
for bad in [[float("nan")], {"k": float("inf")}, {(1,): 1}, [object()]]:
    it = json.JSONEncoder(allow_nan=False).iterencode(bad)
    got = []
    try:
        for piece in it:
            got.append(piece)
    except (ValueError, TypeError) as e:
        print(got, type(e).__name__, e)
loop = []
loop.append(loop)
try:
    list(json.JSONEncoder().iterencode(loop))
except ValueError as e:
    print("circular", e)
print(type(json.JSONEncoder().iterencode([1])).__name__)

# Bytes in every encoding detect_encoding knows.
texts = ['[1, "\u00e9"]', '{"a": 2}', '"x"', '7', '[]', '12']
for t in texts:
    for codec in ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]:
        raw = t.encode(codec)
        print(codec, json.detect_encoding(raw), json.loads(raw), json.loads(bytearray(raw)))
for raw in [b"", b"\x00", b"1", b"\x00\x001\x00", b"\xef\xbb\xbf"]:
    try:
        print(raw, json.detect_encoding(raw), json.loads(raw))
    except Exception as e:
        print(raw, type(e).__name__, e)
for s in ["\ufeff[1]", 5, None]:
    try:
        json.loads(s)
    except Exception as e:
        print(type(e).__name__, e)

# The pure-Python scanner and string reader against the accelerated ones.
py_scan = json.scanner.py_make_scanner(json.JSONDecoder())
fast = json.JSONDecoder()
docs = ['[1, 2.5, -3e2, "a\\u00e9\\ud83d\\ude00", true, false, null, NaN, -Infinity]',
        '{"a": {"b": [{}, []]}, "c": "\\n\\t\\"\\\\\\/"}', '  {"x" : 1 , "y":[ 1 ,2 ]}  ',
        '[1,]', '{"a" 1}', '{"a": }', '[1 2]', '"abc', '"\\x"', '"\\u12"', '{1: 2}', '-', '01', '1.', '[1e]',
        '"\x01"', '[-0, 0.0, 1E+2, 1e-2]']
for d in docs:
    for name, scan in [("py", py_scan), ("c", fast.scan_once)]:
        try:
            print(name, repr(d), scan(d, 0 if d[0] != " " else 2))
        except StopIteration as e:
            print(name, repr(d), "StopIteration", e.value)
        except json.JSONDecodeError as e:
            print(name, repr(d), "JSONDecodeError", e.msg, e.pos, e.lineno, e.colno)
for d in ['"abc"', '"a\\nb" tail', '"\\ud800x"', '"no end', '"ctl\x02"', '"\\q"', '"\\u12x4"', '"\\ud83d\\uzz"',
          '"\\ud83d\\u0041"', '"\\', '"\\u00"', '"\\u0x12"']:
    for name, scanstring in [("py", json.decoder.py_scanstring), ("c", json.decoder.scanstring)]:
        try:
            print(name, repr(d), scanstring(d, 1), scanstring(d, 1, False))
        except json.JSONDecodeError as e:
            print(name, repr(d), e)
for s in WORDS + ["\x00\x1f\x7f\u0080\uffff"]:
    print(json.encoder.py_encode_basestring_ascii(s) == json.encoder.encode_basestring_ascii(s),
          json.encoder.py_encode_basestring(s) == json.encoder.encode_basestring(s),
          json.encoder.py_encode_basestring_ascii(s))

# Hooks reach the pure-Python scanner too.
dec = json.JSONDecoder(object_pairs_hook=OrderedDict, parse_float=str, parse_int=lambda t: int(t) * 10,
                       parse_constant=lambda c: "const:" + c)
print(json.scanner.py_make_scanner(dec)('{"b": 1, "a": [2.50, NaN]}', 0))
print(dec.decode('{"b": 1, "a": [2.50, NaN]}'), dec.raw_decode('[1] rest'))
try:
    json.loads('{"a": [1, 2,, 3]}')
except json.decoder.JSONDecodeError as e:
    print(type(e).__module__, type(e).__qualname__, e.msg, e.pos, e.__reduce__()[1][2])

# json.dump hands an encoder's own iterencode pieces to the writer.
class Rounding(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        for piece in super().iterencode(o, _one_shot):
            yield piece.upper()


class Shouting(json.JSONEncoder):
    def encode(self, o):
        return "never used by dump"


for cls in (Rounding, Shouting):
    rec = Recorder()
    json.dump({"k": ["v", 1.5]}, rec, cls=cls)
    print(cls.__name__, rec.pieces)
import io
buf = io.StringIO()
json.dump({"k": ["v", 1.5]}, buf, cls=Rounding)
print(buf.getvalue())
buf = io.StringIO()
json.dump({"k": ["v", 1.5]}, buf, cls=Shouting, indent=1)
print(buf.getvalue())
