# json.loads through the scanner (a hook is given, or the document is small): generated decimals
# of every length around the 15-digit exact limit, with and without exponents and signs, read in
# lists and objects; hooks that decode other documents while a scan is running; parse_float and
# parse_int seeing the exact text; errors raised from inside nested hooks.
import json

state = 12345


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n


def digits(k):
    return "".join(str(rand(10)) for _ in range(k))


def decimal_text():
    whole = str(rand(10 ** rand(9))) if rand(4) else "0"
    text = whole
    if rand(5):
        text += "." + digits(1 + rand(18))
    if rand(6) == 0:
        text += "eE"[rand(2)] + ["", "+", "-"][rand(3)] + str(rand(40))
    if rand(3) == 0:
        text = "-" + text
    return text


texts = [decimal_text() for _ in range(600)]
texts += ["0.1", "0.2", "0.3", "2.5", "1.0", "-0.0", "0.000", "100.000", "123456789012345.6",
          "12345678901234.56", "1234567890123.456", "999999999999999.9", "0.999999999999999",
          "0.9999999999999999", "4.35", "8.875", "1e22", "1e23", "-1e-5", "9007199254740993",
          "900719925474099.3", "0.1e1", "17.000000000000001", "5e-324", "2.2250738585072014e-308"]

mismatch = 0
for t in texts:
    want = float(t) if any(c in t for c in ".eE") else int(t)
    via_list = json.loads("[" + t + "]", object_hook=lambda d: d)[0]
    via_object = json.loads('{"v": %s}' % t, object_hook=lambda d: d["v"])
    via_pairs = json.loads('{"v": %s, "w": [%s]}' % (t, t), object_pairs_hook=lambda p: p)
    for got in (via_list, via_object, via_pairs[0][1], via_pairs[1][1][0]):
        if type(got) is not type(want) or repr(got) != repr(want):
            mismatch += 1
            print("MISMATCH", t, repr(got), repr(want))
print("decimals", len(texts), "mismatches", mismatch)
for t in texts[:60]:
    print(t, repr(json.loads("[%s]" % t, object_hook=dict)[0]))

# parse_float and parse_int see the number's own text.
seen = []
doc = "[" + ", ".join(texts[:40]) + "]"
out = json.loads(doc, parse_float=lambda s: ("F", s), parse_int=lambda s: ("I", s))
for (kind, text), t in zip(out, texts[:40]):
    seen.append(text == t)
print("texts kept", all(seen), sum(1 for kind, _ in out if kind == "F"), sum(1 for kind, _ in out if kind == "I"))


# A hook that decodes another document while the outer scan is running.
def nested_hook(d):
    if "inner" in d:
        d["inner"] = json.loads(d["inner"], object_hook=nested_hook)
    return d


doc = json.dumps({"a": [1, 2.5, {"inner": json.dumps({"b": [3.25, "x"], "inner": json.dumps([7, 8.5])})}], "z": -0.0})
print(json.loads(doc, object_hook=nested_hook))


def float_hook(text):
    # Decoding inside parse_float must not disturb the outer position.
    inner = json.loads('{"k": [1, 2, 3]}', object_hook=dict)
    return float(text) + len(inner["k"])


print(json.loads('{"a": 1.5, "b": [2.5, {"c": 3.5}], "d": 4}', parse_float=float_hook))


def failing_hook(d):
    if "bad" in d:
        json.loads(d["bad"])
    return d


for bad in ['[1, 2', '{"x": 1.}', '[1e]', '"abc', '{"a" 1}', '[01]']:
    try:
        json.loads(json.dumps([{"ok": 1}, {"bad": bad}]), object_hook=failing_hook)
    except json.JSONDecodeError as e:
        print("JSONDecodeError", repr(bad), e, e.pos)
    # The outer scan is intact afterwards.
    print(json.loads('[{"v": 1.25}, [0.5, -3]]', object_hook=lambda d: sorted(d.items())))

# Small documents with whitespace in every place a blank may stand.
for doc in ['{ "a" :1 , "b": [ 1 ,2.5 , { } , [ ] ] }', '[\n\t1,\r\n 2.0 ,\n{"k" :\t"v"}\n]', '{"a":{"b":{"c":[[]]}}}',
            '[ ]', '{ }', '[ [ ] , { } ]', '{"a": "\\u00e9\\n", "\\u00e9": 1}']:
    print(repr(json.loads(doc)), repr(json.loads(doc, object_hook=lambda d: d)))
