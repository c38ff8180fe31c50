# json.loads of generated whole documents whose numbers sit in every place a number can (object
# values, list items, after newlines and tabs) and whose strings hold number-like text ("a, 1.0, b",
# embedded JSON, "\u0000", "-0"): each value's type and repr must be CPython's.
import json

state = [20261127]


def rand(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return (state[0] >> 8) % n


NUMBERS = ["0", "-0", "7", "-7", "2.0", "-2.0", "0.0", "-0.0", "1.5", "-164.25", "1e3", "1E3", "2e-3",
           "1.5e2", "-1.5E+2", "1e400", "-1e400", "1e-400", "123456789012345", "1234567890123456",
           "-12345678901234567890", "12345678901234.5", "123456789012345.25", "99999999999999.99",
           "0.99999999999999999", "0.9999999999999999", "5.9999999999999999", "7.0000001",
           "123456789.000000000001", "100.000", "1078.7142857142858", "0.1", "0.30000000000000004",
           "-0.5", "10.05", "3.99", "3.995", "12.0099"]
STRINGS = ['"a, 1.0, b"', '"[2.0]"', '"{\\"x\\": 1.0}"', '"\\u0000"', '"\\u0000 1.0"', '"-0"', '"x -0,"',
           '"1e5"', '"caf\\u00e9 1e9"', '"12345678901234567"', '"t42"', '"\\\\"', '"\\\\\\" 2.0, "',
           '"3.0\\n4.0"', '""', '"99.99"']
SPACES = ["", " ", "\n", "\t", "\r\n  "]


def space():
    return SPACES[rand(len(SPACES))]


def scalar():
    k = rand(10)
    if k < 6:
        return NUMBERS[rand(len(NUMBERS))]
    if k < 9:
        return STRINGS[rand(len(STRINGS))]
    return ["true", "false", "null"][rand(3)]


def value(depth):
    k = rand(8)
    if depth > 3 or k < 4:
        return scalar()
    if k < 6:
        items = [value(depth + 1) for _ in range(rand(5))]
        return "[" + space() + ("," + space()).join(items) + space() + "]"
    keys = ["k%d" % rand(6) for _ in range(rand(5))]
    pairs = [space() + '"' + key + '"' + space() + ":" + space() + value(depth + 1) for key in keys]
    return "{" + ",".join(pairs) + space() + "}"


def document():
    # Long enough for the whole-document path.
    pad = '"pad": "' + "p" * 64 + '"'
    if rand(2):
        return "{" + pad + "," + space() + '"v":' + space() + value(0) + space() + "}" + space()
    return "[" + space() + value(0) + "," + space() + '"' + "q" * 64 + '"' + space() + "]"


def shape(v):
    """The value with every scalar shown with its type, so an int read as a float shows."""
    if isinstance(v, dict):
        return "{" + ", ".join(k + ": " + shape(x) for k, x in v.items()) + "}"
    if isinstance(v, list):
        return "[" + ", ".join(shape(x) for x in v) + "]"
    return type(v).__name__[0] + ":" + repr(v)


for n in range(400):
    doc = document()
    try:
        print(n, shape(json.loads(doc)))
    except Exception as e:
        print(n, type(e).__name__, e)

# Documents the marks must not change: number-like text in strings next to real numbers, digit
# keys that are not first, NUL escapes, repeated keys, bad documents.
pad = '"' + "p" * 64 + '"'
fixed = [
    '{"a": "x, 2.0, y", "b": 2.0, "c": [3.0, "4.0]", -0], "p": %s}' % pad,
    '{"a": 1, "10": 2.0, "b": 3, "p": %s}' % pad,
    '{"a": {"b": 1.0, "2": -0}, "p": %s}' % pad,
    '{"a": "\\u0000", "b": 1.0, "p": %s}' % pad,
    '{"a": "\\u0000 5.0", "b": [-0, 0.0], "p": %s}' % pad,
    '{"a": 1.0, "a": 2, "b": 3.0, "b": -0, "p": %s}' % pad,
    '[01.0, %s]' % pad,
    '[1.0 2.0, %s]' % pad,
    '[-01, %s]' % pad,
    '{"a": 1.0, "p": %s} 2.0' % pad,
    '{"a": 1.0e, "p": %s}' % pad,
    '{"a": .0, "p": %s}' % pad,
    '{"a": [1.0, {"b": [2.0, [3.0, -0.0]]}], "p": %s}' % pad,
    '{"\\u0031": 1.0, "x": 2, "p": %s}' % pad,
    '{"1.5": 1.0, "x": 2, "p": %s}' % pad,
]
for doc in fixed:
    try:
        print(shape(json.loads(doc)))
    except Exception as e:
        print(type(e).__name__, e)
