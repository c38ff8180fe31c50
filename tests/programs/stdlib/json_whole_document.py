# json.loads of whole documents: numbers whose JS value would differ from Python's (integral floats,
# ints past 2**53, long fractions that round to an integer), digit keys, escapes, bad documents.
import json
PAD = '"padpadpadpadpadpadpadpadpadpadpadpadpadpadpadpadpadpadpadpadpad": 0'
cases = ["0", "-0", "1", "-1", "2.0", "-2.0", "0.0", "-0.0", "2.50", "1.5", "1e3", "1E3", "1e-3", "1.5e2", "-1.5E+2",
         "123456789012345", "1234567890123456", "12345678901234567890", "-9007199254740993",
         "123456789012345.5", "12345678901234.5", "99999999999999.99", "123456789.000000000001",
         "0.99999999999999999", "0.9999999999999999", "1.9999999999999999", "0.1", "0.30000000000000004",
         "1e400", "-1e400", "1e-400", "4.35", "100.000", "7.0000001", "5.999999999", "5.9999999999999999",
         "1.", ".5", "01", "-", "1e", "--1", "1.5.5", "0x10", "+1", "1e+", "NaN", "Infinity", "-Infinity"]
for c in cases:
    for tmpl in ['{%s, "v": %s}', '[%s, %s]']:
        doc = tmpl % (PAD, c) if tmpl[0] == '{' else tmpl % (c, '"' + 'x' * 70 + '"')
        try:
            v = json.loads(doc)
            vals = v["v"] if isinstance(v, dict) else v[0]
            print(repr(c), type(vals).__name__, repr(vals))
        except Exception as e:
            print(repr(c), type(e).__name__, e)
docs = ['{"1": 1, "a": 2, %s}' % PAD, '{"a": {"\\u0031\\u0032": 1}, %s}' % PAD, '{"a": "\\"1\\": 2", %s}' % PAD,
        '{"a\\\\": "b\\\\\\\\", "c": 1.0, %s}' % PAD, '{"\ufdd0x": 1.0, %s}' % PAD, '{"x": "\\ufdd0", "y": 2.0, %s}' % PAD,
        '{"x": "\\ufdd0", "y": 2, %s}' % PAD, '  [1, 2.0, {"k": [3.0, -0, "s\\u00e9"]}, %s]  ' % '"' + 'q' * 70 + '"',
        '{"a": 1, %s} {' % PAD, '{"a": 1, %s}\n\t ' % PAD, '{"a": [1, 2,], %s}' % PAD, '{"a": "\x01", %s}' % PAD,
        '{"__proto__": {"x": 1}, "constructor": 2, %s}' % PAD, '{"a": 1, "a": 2, "b": 3, %s}' % PAD, '{"12a": 1, "b": 1.0, %s}' % PAD]
for d in docs:
    try:
        v = json.loads(d)
        print(repr(v)[:150], [type(x).__name__ for x in (v.values() if isinstance(v, dict) else v)])
    except Exception as e:
        print(type(e).__name__, e)
d = json.JSONDecoder()
print(d.raw_decode('{"a": 1.0, "b": [1, 2, 3], "padpadpadpadpadpadpadpadpadpadpadpadpadpadpad": 1}   xyz'))
print(json.loads(b'{"a": 1.0, "b": [1, 2, 3], "padpadpadpadpadpadpadpadpadpadpadpadpadpadpad": "\xc3\xa9"}'))
print(json.loads('{"a": 1.0, "b": [1, 2, 3], "padpadpadpadpadpadpadpadpadpadpadpadpadpadpad": "\U0001F600"}  '))
