# unicode_escape, raw_unicode_escape, utf-7 and punycode through str.encode / bytes.decode:
# generated strings round-trip, and malformed input gives CPython's errors under each handler.

state = 2024


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n


POOL = "aZ09 +-/\\~!\t\n\r\x00\x7f\u00e9\u00ff\u0100\u20ac\u2615\ud7ff\ue000\U0001f600\U00010000\U0010ffff.,'\""


def make(n):
    return "".join(POOL[rand(len(POOL))] for _ in range(n))


def attempt(f):
    try:
        return repr(f())
    except Exception as e:
        return f"{type(e).__name__}: {e}"


for i in range(150):
    s = make(rand(12))
    for enc in ["unicode_escape", "raw_unicode_escape", "utf-7", "punycode"]:
        b = s.encode(enc)
        back = b.decode(enc)
        # raw_unicode_escape leaves a backslash as it is, so "\\u..." in the text reads back as an escape.
        assert back == s or (enc == "raw_unicode_escape" and "\\" in s), (enc, s, b, back)
        if i < 25:
            print(enc, repr(s), b)
print("round trips ok")

print("Gr\u00fc\u00dfe".encode("utf-7"), "m\u00fcnchen".encode("punycode"), b"a\\tb".decode("unicode_escape"))
print("\ud800x".encode("punycode"), "\ud800".encode("utf-7"), "\udc80".encode("unicode_escape"))
for name in ["UTF7", "u7", "utf_7", "unicode-1-1-utf-7", "Unicode-Escape", "RAW_UNICODE_ESCAPE", "PunyCode"]:
    print(name, attempt(lambda: "h\u00e9+".encode(name)), attempt(lambda: b"+AOk-".decode(name)))

bad = {
    "unicode_escape": [b"\\", b"\\x4", b"ab\\x4g", b"\\u12", b"\\U0011ffff", b"\\U1234", b"\\N", b"\\N{", b"\\N{}",
                       b"\\777", b"\\q", b"\\\n", b"x\\", b"\\x41\\u00e9\\U0001F600"],
    "raw_unicode_escape": [b"\\u12", b"\\\\u12", b"\\\\\\u0041", b"\\U0011ffff", b"\\U12", b"\\x41", b"\xff\\u00e9"],
    "utf-7": [b"+AGE-", b"+AG", b"+AGEx", b"a+\xff", b"\xff", b"+2AA-", b"+AGF-", b"+-", b"+", b"+2D3eAA-", b"+2D3e-",
              b"+2D0-x", b"+2D3eAA", b"a+b", b"+AGE", b"+AGE-\x80", b"--+ZeVnLIqe-"],
    "punycode": [b"abc-9", b"mnchen-3ya", b"abc-$$", b"\xff-3ya", b"tda", b"-", b"abc-", b"", b"a-b-tda", b"ZZZ"],
}
for enc, items in bad.items():
    for data in items:
        for errors in ["strict", "replace", "ignore", "backslashreplace"]:
            print(enc, data, errors, attempt(lambda: data.decode(enc, errors)))

try:
    b"\\x4".decode("unicode_escape", "bogus")
except LookupError as e:
    print("LookupError", e)
print("\u00e9".encode("unicode_escape", "bogus"))
try:
    b"\\x4".decode("unicode_escape")
except UnicodeDecodeError as e:
    print(e.encoding, e.start, e.end, e.reason, e.object)
try:
    b"a+\xff".decode("utf-7")
except UnicodeDecodeError as e:
    print(e.encoding, e.start, e.end, e.reason)
try:
    b"abc-$".decode("punycode")
except UnicodeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
