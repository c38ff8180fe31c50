# json.loads reads a document in one pass and hands anything unusual back to the full scanner:
# numbers at the edges of the exact fast path, errors after a long valid prefix (their messages and
# positions), constants, deep nesting, lists inside lists, repeated and digit keys, surrogates.
import json
import sys

nums = ["0", "-0", "7", "-7", "123456789012345", "-123456789012345", "1234567890123456", "99999999999999999999",
        "0.5", "-0.5", "0.0", "-0.0", "10.0", "-10.00", "1.25", "12345678901234.5", "1234567890123.45",
        "123456789012345.0", "1234567890123456.0", "0.123456789012345", "0.1234567890123456", "0.30000000000000004",
        "0.000000000000001", "0.0000000000000001", "1078.7142857142858", "9007199254740993.0", "2.5e0", "1E2",
        "1e-7", "-1.5E+3", "1e400", "-1e400", "1e-400", "5e-324", "1.7976931348623157e308"]
for n in nums:
    for doc in ("[%s]" % n, '{"k": %s}' % n, "[%s, %s]" % (n, n), n, " %s " % n):
        v = json.loads(doc)
        x = v[0] if isinstance(v, list) else v["k"] if isinstance(v, dict) else v
        print(repr(doc), type(x).__name__, repr(x))

bad = ["[1.]", "[1.e5]", "[1e]", "[1e+]", "[01]", "[-]", "[--1]", "[+1]", "[.5]", "[1 2]", "[1,]", "[,1]",
       '{"a" 1}', '{"a": 1,}', '{"a": 1 "b": 2}', "{1: 2}", "{'a': 1}", '{"a": tru}', '{"a": nul}', '[fals]',
       '["abc', '["a\\qb"]', '["a\x01b"]', '["\\u12"]', '["\\uZZZZ"]', "[", "{", '{"a":', "[1", "[1,",
       '[1, 2] x', "[NaN, Infinity, -Infinity]", '{"a": [1, 2, {"b": -Infinity}]}', "[-Infinityx]"]
prefix = '{"ok": [1, 2.5, "three", {"four": [true, false, null]}], "bad": '
for b in bad:
    for doc in (b, prefix + b + "}"):
        try:
            v = json.loads(doc)
            print("ok", repr(doc), repr(v))
        except json.JSONDecodeError as e:
            print("JSONDecodeError", repr(doc), e, e.pos, e.lineno, e.colno)
        except ValueError as e:
            print(type(e).__name__, repr(doc), e)

# Lists inside lists, at several depths, and dicts between them.
doc = '[[1, [2, 3, [4]], []], [5], {"a": [[6, 7], [8]], "b": []}, [[[[9, 10, 11]]]], [], 12]'
print(json.loads(doc))
print(json.loads("[" + ", ".join("[%d, [%d, %d]]" % (i, i, -i) for i in range(40)) + "]")[37])
# Repeated keys keep the first place and the last value; digit keys stay in document order.
print(json.loads('{"b": 1, "a": 2, "b": 3, "10": 4, "2": 5, "a": {"x": 1, "x": [2]}}'))
# Escaped keys and values, shared between objects.
v = json.loads('[{"n\\u00e4me": "caf\\u00e9 \\"q\\" \\\\ \\n", "k": 1}, {"n\\u00e4me": "\\ud83d\\ude00", "k": 2}]')
print(v, [list(d) for d in v], len(v[1]["n\u00e4me"]))
# Whitespace everywhere, and documents that are one scalar.
print(json.loads(' \t\n\r{ "a" : [ 1 , 2 ] , "b" : { } , "c" : [ ] } \n'))
for doc in ['"just a string"', "true", "false", "null", '"\\u00e9"', "  -12.5e1  "]:
    print(repr(json.loads(doc)))
# Positions past a character outside the BMP count code points.
for doc in ['["\U0001F600", 1.]', '{"\U0001F600": [1, 2}', '["\U0001F600"] x', '["\\ud83d"]']:
    try:
        print(repr(json.loads(doc)))
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e, e.pos)
print(json.JSONDecoder().raw_decode('["\U0001F600", {"a": 1.5}] tail'))
print(json.JSONDecoder().raw_decode('xx [1, 2] tail'[3:]))
# Nesting up to and past the recursion limit.
sys.setrecursionlimit(200)
for depth in (150, 5000):
    for open_, close in (("[", "]"), ('{"a": ', "}")):
        try:
            v = json.loads(open_ * depth + "1" + close * depth)
            print("depth", depth, "ok")
        except RecursionError as e:
            print("depth", depth, "RecursionError", e)
# Hooks still reach the full scanner.
print(json.loads('{"a": [1.5, 2, {"b": 3}]}', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[NaN, 1]', parse_constant=lambda c: "<" + c + ">"))
print(json.loads('["a\tb"]', strict=False))
