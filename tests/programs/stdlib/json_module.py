import json

doc = {"name": "Enid", "version": 3, "ratio": 0.25, "big": 2**70, "neg": -0.0, "ok": True,
       "none": None, "list": [1, 2.5, "x", [], {}], "nested": {"b": 1, "a": [True, False]},
       "text": "caf\u00e9 \u2603 \U0001F600 \"quoted\" \\ \n\t\x01"}
print(json.dumps(doc))
print(json.dumps(doc, ensure_ascii=False))
print(json.dumps(doc, indent=2, sort_keys=True))
print(json.dumps(doc["list"], separators=(",", ":")))
print(json.dumps([1e16, 1e-7, 3.0, float("inf"), float("nan")]))
print(json.dumps({1: "int key", 2.5: "float key", True: "bool", None: "none"}))
print(json.dumps((1, 2), indent="--"))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

print(json.dumps(Point(1, 2), default=lambda o: {"x": o.x, "y": o.y}))
try:
    json.dumps(Point(1, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({"a": float("nan")}, allow_nan=False)
except ValueError as e:
    print("ValueError:", e)

text = json.dumps(doc)
back = json.loads(text)
print(back == doc, type(back["big"]).__name__, back["neg"], back["ratio"])
print(json.loads('{"a": [1, 2, {"b": null}], "c": 1.0, "d": 10, "e": "\\u00e9\\ud83d\\ude00"}'))
print(json.loads("  [1, 2]  "), json.loads('"x"'), json.loads("12"), json.loads("1.5e3"), json.loads("-0"))
print(json.loads('{"k": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.1, 2]', parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads(b'{"bytes": true}'))
for bad in ['', '[1,', '{"a" 1}', '{"a":1,}', '[1,]', 'nul', '"abc', '"\\x"', '[1] x', '{1:2}', '[-]', '"a\x01"']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e.msg, e.lineno, e.colno, e.pos, isinstance(e, ValueError))
print(json.loads('[\n  1,\n  2,\n  x\n]') if False else "skip")
try:
    json.loads('[\n  1,\n  2,\n  x\n]')
except ValueError as e:
    print(e)
