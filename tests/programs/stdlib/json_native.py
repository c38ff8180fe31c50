# json.dumps / json.loads through every option, with the errors CPython 3.11 raises.
import json
from collections import OrderedDict
from enum import IntEnum


class Color(IntEnum):
    RED = 1
    GREEN = 2


class MyStr(str):
    pass


class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"


class MyList(list):
    def __iter__(self):
        return iter(list(list.__iter__(self))[::-1])


class BadList(list):
    def __iter__(self):
        return iter(reversed(list.__iter__(self)))


class MyDict(dict):
    def items(self):
        return [(k, v * 10) for k, v in dict.items(self)]


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


# Scalars and floats
show("scalars", lambda: json.dumps([None, True, False, 0, -1, 2**53, -(2**64), 1.5, -0.0, 1e16, 1e-7, 1e300, 5e-324, 0.1 + 0.2]))
show("nonfinite", lambda: json.dumps([float("inf"), float("-inf"), float("nan")]))
show("allow_nan", lambda: json.dumps([1.0, float("inf")], allow_nan=False))
show("allow_nan indent", lambda: json.dumps([float("nan")], allow_nan=False, indent=1))
show("allow_nan key", lambda: json.dumps({float("-inf"): 1}, allow_nan=False))
show("subclasses", lambda: json.dumps([Color.RED, MyStr("s"), MyFloat(2.5), {Color.GREEN: MyStr("k")}, {MyStr("m"): 1}]))
show("subclasses indent", lambda: json.dumps([Color.RED, MyFloat(2.0)], indent=0))
show("list subclass", lambda: json.dumps(MyList([1, 2, 3])))
show("list subclass indent", lambda: json.dumps(MyList([1, 2, 3]), indent=None, separators=(",", ":")))
show("list subclass pretty", lambda: json.dumps(MyList([1, 2, 3]), indent=1))
show("bad list subclass", lambda: json.dumps(BadList([1, 2])))
show("bad list subclass indent", lambda: json.dumps(BadList([1, 2]), indent=2))
show("dict subclass", lambda: json.dumps(MyDict(a=1, b=2)))
show("ordered", lambda: json.dumps(OrderedDict([("z", 1), ("a", 2)])))

# Strings
text = "caf\u00e9 \u2603 \U0001F600 \"q\" \\ / \b\f\n\r\t \x00\x1f\x7f \ud800 end"
show("ascii", lambda: json.dumps(text))
show("unicode", lambda: json.dumps(text, ensure_ascii=False))
show("keys ascii", lambda: json.dumps({text: 1}))
show("keys unicode", lambda: json.dumps({text: 1}, ensure_ascii=False))

# Keys
show("keys", lambda: json.dumps({1: "i", 2.5: "f", True: "t", False: "f", None: "n", -3: "neg", 2**70: "big"}))
show("key tuple", lambda: json.dumps({(1, 2): 3}))
show("skipkeys", lambda: json.dumps({(1, 2): 3, "a": 1, frozenset(): 2, "b": 2}, skipkeys=True))
show("skipkeys all", lambda: json.dumps({(1, 2): 3}, skipkeys=True))
show("skipkeys all indent", lambda: json.dumps({(1, 2): 3}, skipkeys=True, indent=2))
show("sort_keys", lambda: json.dumps({"b": 1, "a": [{"d": 1, "c": 2}], "\U0001F600": 0, "\uffff": 1, "A": 2}, sort_keys=True))
show("sort_keys ints", lambda: json.dumps({10: 1, 2: 2, -1: 3}, sort_keys=True))
show("sort_keys mixed", lambda: json.dumps({1: 1, "a": 2}, sort_keys=True))

# Layout
doc = {"name": "x", "list": [1, [2, []], {}], "nested": {"k": {"j": None}}, "t": (1, 2)}
show("indent 2", lambda: json.dumps(doc, indent=2))
show("indent 0", lambda: json.dumps(doc, indent=0))
show("indent -1", lambda: json.dumps([1, [2]], indent=-1))
show("indent tab", lambda: json.dumps(doc, indent="\t"))
show("separators", lambda: json.dumps(doc, separators=(",", ":")))
show("separators indent", lambda: json.dumps(doc, indent=1, separators=(" ,", " = ")))
show("sorted indent", lambda: json.dumps(doc, indent=3, sort_keys=True))


# default, cls, circular references
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


show("default", lambda: json.dumps([Point(1, 2), {3, 1}], default=lambda o: [o.x, o.y] if isinstance(o, Point) else sorted(o)))
show("cls", lambda: json.dumps({"p": Point(1, Point(2, 3)), "s": {2, 1}}, cls=PointEncoder))
show("cls indent", lambda: json.dumps([Point(1, 2)], cls=PointEncoder, indent=2, sort_keys=True))
show("not serializable", lambda: json.dumps({"a": [1, {2, 3}]}))
show("bytes", lambda: json.dumps(b"x"))
show("object", lambda: json.dumps(Point(0, 0)))
show("cls error", lambda: json.dumps(object(), cls=PointEncoder))
loop = []
loop.append(loop)
show("circular list", lambda: json.dumps(loop))
d = {}
d["self"] = d
show("circular dict", lambda: json.dumps(d))
show("circular default", lambda: json.dumps(Point(1, 2), default=lambda o: o))
show("circular indent", lambda: json.dumps([d], indent=2))
shared = [1]
show("shared is fine", lambda: json.dumps([shared, shared, {"a": shared}]))
show("no check", lambda: json.dumps([shared, shared], check_circular=False))
show("encoder.encode", lambda: json.JSONEncoder(sort_keys=True, indent=1).encode({"b": [1], "a": "\u00e9"}))
show("encode str", lambda: json.JSONEncoder(ensure_ascii=False).encode("\u00e9\n"))
show("iterencode", lambda: "".join(json.JSONEncoder().iterencode({"a": [1, 2.5, None]})))


class UpperEncoder(json.JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()


show("override encode", lambda: json.dumps({"a": "b"}, cls=UpperEncoder))

# Decoding
show("loads", lambda: json.loads('{"a": [1, 2.5, -0, -0.0, 1e2, 1E-2, 1.0, 12345678901234567890, true, false, null], "b": {}}'))
show("types", lambda: [type(v).__name__ for v in json.loads('[1, 1.0, 1e5, -0, "s", null, true, [], {}]')])
show("neg zero", lambda: str(json.loads("-0.0")) + " " + str(json.loads("-0")))
show("big float", lambda: json.loads("[1e400, -1e400, 1.7976931348623157e308, 4.9e-324, 0.30000000000000004]"))
show("constants", lambda: json.loads('[NaN, Infinity, -Infinity]'))
show("parse_constant", lambda: json.loads('[NaN, -Infinity, Infinity]', parse_constant=lambda s: "C:" + s))
show("parse_float", lambda: json.loads('[1.5, 2, 1e3]', parse_float=lambda s: "F" + s))
show("parse_int", lambda: json.loads('[1.5, 2, -30]', parse_int=lambda s: int(s) * 2))
show("parse_int float", lambda: json.loads('[7, 8.25]', parse_int=float, parse_float=str))
show("duplicate keys", lambda: json.loads('{"a": 1, "b": 2, "a": 3}'))
show("object_hook", lambda: json.loads('{"a": {"b": 1}, "c": [{"d": 2}]}', object_hook=lambda o: sorted(o.items())))
show("object_pairs_hook", lambda: json.loads('{"a": 1, "b": {"c": 2}, "a": 3}', object_pairs_hook=lambda p: p))
show("both hooks", lambda: json.loads('{"z": 1, "y": 2}', object_pairs_hook=OrderedDict, object_hook=lambda o: "hook"))
show("escapes", lambda: json.loads(r'"\" \\ \/ \b \f \n \r \t \u00e9 \u2603 \ud83d\ude00 \ud800 \udc00x \ud800\u0041 \uDBFF\uDFFF"'))
show("escape len", lambda: len(json.loads(r'"\ud83d\ude00\ud83d\ude00"')))
show("raw unicode", lambda: json.loads('["caf\u00e9", "\U0001F600", {"\u2603": "\U0001F600x"}]'))
show("strict off", lambda: json.loads('"a\tb\nc\x00"', strict=False))
show("whitespace", lambda: json.loads(' \t\n\r[ 1 , { "a" : 2 } ] \r\n'))
show("bytes in", lambda: json.loads(b'{"k": "\xc3\xa9"}'))
show("bytearray in", lambda: json.loads(bytearray(b"[1]")))
show("int in", lambda: json.loads(5))
show("raw_decode", lambda: json.JSONDecoder().raw_decode('{"a": 1} tail'))
show("raw_decode idx", lambda: json.JSONDecoder().raw_decode('xx [1, 2] yy', 3))
show("raw_decode astral", lambda: json.JSONDecoder().raw_decode('\U0001F600\U0001F600 "\U0001F600" more', 3))
show("decoder cls", lambda: json.loads("[1]", cls=json.JSONDecoder))
show("deep ok", lambda: len(json.dumps(json.loads("[" * 500 + "]" * 500))))
show("deep", lambda: json.loads("[" * 100000 + "]" * 100000))
show("deep obj", lambda: json.loads('{"a":' * 100000 + "1" + "}" * 100000))

# Decoding errors: message, position, line, column
bad = [
    "", " ", "[", "[1,", "[1 2]", "{", '{"a"', '{"a" 1}', '{"a": }', '{"a":1,}', '{"a":1 "b":2}', "{1: 2}",
    "[1,]", "[,1]", "nul", "tru", "NaNa", "-", "-x", "--1", "01", "1.", ".5", "1e", "1e+", "1.5e-", "+1",
    '"abc', '"\\', '"\\x"', '"\\u12"', '"\\u12g4"', '"\\u1234', '"\\ud800\\u12"', '"\\ud800\\uzzzz"',
    '"a\x01b"', '"a\nb"', "[1] x", "[1]]", "\ufeff[1]", "[\n  1,\n  2\n  x]", '["\U0001F600", x]',
    "\U0001F600", '{"\U0001F600": 1,}', "[1, 2] \U0001F600",
]
for s in bad:
    try:
        json.loads(s)
        print(repr(s), "ok?")
    except json.JSONDecodeError as e:
        print(repr(s), "->", e.msg, "|", e.pos, e.lineno, e.colno, "|", e)
    except Exception as e:
        print(repr(s), "->", type(e).__name__, e)
show("huge int", lambda: json.loads("1" * 5000))
show("strict error", lambda: json.loads('["\t"]'))
try:
    json.loads('{"a": [1, 2, }')
except ValueError as e:
    print("ValueError subclass:", type(e).__name__, isinstance(e, json.JSONDecodeError), e.doc)

# Round trips
keys = ["k%d" % i for i in range(600)] + ["k\u00e9", "k\\", "\U0001F600", ""]
rows = [{k: i * j for i, k in enumerate(keys)} for j in range(3)]
print("many keys", json.loads(json.dumps(rows)) == rows, json.loads(json.dumps(rows, ensure_ascii=False)) == rows)
data = {"s": text, "n": [0, -1, 2**63, 0.5, -2.75e-8, 1e22], "o": {"": [], "k": [{}]}, "b": [True, None]}
for opts in [{}, {"ensure_ascii": False}, {"indent": 2}, {"sort_keys": True, "separators": (",", ":")}]:
    back = json.loads(json.dumps(data, **opts))
    print(opts, back == data, back["s"] == text)
