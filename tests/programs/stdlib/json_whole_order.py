# json.loads of whole documents whose numbers JS reads differently (integral floats, ints past
# 2**53, -0.0) in every place the document can hold them, with repeated keys (the last value stays,
# at the first key's place), keys and strings that look like numbers or hold ':' and escapes, and
# nesting of objects in lists in objects.
import json

PAD = '"padpadpadpadpadpadpadpadpadpadpadpadpadpadpadpadpadpadpadpadpad": "' + 'p' * 40 + '"'


def show(doc):
    try:
        v = json.loads(doc)
    except Exception as e:
        print(type(e).__name__, e)
        return

    def walk(x):
        if isinstance(x, dict):
            return "{" + ", ".join(repr(k) + ": " + walk(y) for k, y in x.items()) + "}"
        if isinstance(x, list):
            return "[" + ", ".join(walk(y) for y in x) + "]"
        return type(x).__name__ + ":" + repr(x)

    print(walk(v))


docs = [
    '{"a": "x", "b": 2.0, "a": 5, %s}',
    '{"a": 1, "b": 2.0, "a": 3, %s}',
    '{"a": 1.0, "b": {"c": 2}, "a": [3.0, 4], %s}',
    '{"a": [1.0, 2], "a": 7, "z": 8.0, %s}',
    '{"a": {"a": 1.0, "a": 2}, "b": 3.0, %s}',
    '{"k:1": 1.0, "k": "a:b", "n": -0.0, "m": -0, %s}',
    '{"1.0": 2.0, "x": "3.0", "y": [4.0, "5.0", 6, 1e2], %s}',
    '{"big": 123456789012345678901234567890, "neg": -9007199254740993, "f": 9007199254740993.0, %s}',
    '{"list": [[1.0], [[2.0, [3]]], {"d": [{"e": 4.0}]}], "t": true, "n": null, %s}',
    '{"s": "\\"1.0\\": 2", "t": "\\\\", "u": 1.0, %s}',
    '{"e": "caf\\u00e9 \\ud83d\\ude00", "f": 10.0, %s}',
    '{"a": 1.0, "a": 1.0, "a": 1.0, %s}',
    '{"__proto__": 1.0, "a": 2.0, %s}',
    '{"__proto__": {"x": 1.0}, "__proto__": 3, %s}',
    '[%s, 1.0, 2, 3.0, -0.0, 1e20, 12345678901234567890]',
    '{"": 1.0, " ": 2, %s}',
]
for d in docs:
    show(d % PAD if '%s' in d else d)
    show(d.replace('%s', '{%s}' % PAD) if d.startswith('[') else d % PAD + '  ')
