# Dict keys written by the compact encoder: ASCII, Latin-1, wider characters and escapes, under
# both string encoders and several separators, with keys repeated from dict to dict (the encoded
# key text is kept between dicts) and mixed with values that force the wide-character path.
import json

state = 2024


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n


ALPHABET = ["a", "Z", "_", " ", "é", "ÿ", "中", "\u20ac", '"', "\\", "\n", "\t", "\x01", "\x7f", "\U0001f600"]


def random_key():
    return "".join(ALPHABET[rand(len(ALPHABET))] for _ in range(rand(5)))


keys = [random_key() for _ in range(40)]
for trial in range(60):
    d = {}
    for _ in range(1 + rand(6)):
        d[keys[rand(len(keys))]] = [rand(100), keys[rand(len(keys))]][rand(2)]
    ensure_ascii = trial % 2 == 0
    seps = [None, (",", ":"), ("; ", " = "), (",", ": ")][trial % 4]
    sort_keys = trial % 3 == 0
    text = json.dumps(d, ensure_ascii=ensure_ascii, separators=seps, sort_keys=sort_keys)
    print(trial, ascii(text))
    if seps is None or seps[1].strip() == ":":
        assert json.loads(text) == d

# The same keys in a list of records, as a document of many dicts has them.
records = [{k: i for k in keys[i % 7: i % 7 + 4]} for i in range(30)]
for ensure_ascii in (True, False):
    text = json.dumps(records, ensure_ascii=ensure_ascii)
    print(len(text), ascii(text[:300]))
    assert json.loads(text) == records

# A wide key after narrow ones, and narrow keys after a wide value.
print(ascii(json.dumps([{"a": 1, "b": 2}, {"中": 3, "a": 4}, {"a": "\u20ac", "b": 5}], ensure_ascii=False)))
print(json.dumps([{"a": 1, "b": 2}, {"中": 3, "a": 4}, {"a": "\u20ac", "b": 5}]))
print(ascii(json.dumps({"é": {"é": {"ÿ": ["x", "é"]}}}, ensure_ascii=False, indent=1)))
print(json.dumps({"k": 1, 2: 3, 4.5: 6, None: 7, True: 8}))

# Separators outside Latin-1 go into the kept key text as they are.
for ensure_ascii in (True, False):
    print(ascii(json.dumps([{"a": 1, "é": [2, 3]}, {"a": 4}], ensure_ascii=ensure_ascii, separators=(" \u2016 ", " \u2192 "))))
    print(ascii(json.dumps({"x": {"y": 1}}, ensure_ascii=ensure_ascii, separators=("\xa7", "\xb6"))))
