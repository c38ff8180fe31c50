# The idna codec: each label through nameprep (RFC 3491) and punycode with the xn-- prefix;
# decoding checks that each ACE label round-trips; CPython's error messages for both ways.
import codecs

seed = 4242


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n


POOL = ("abcxyzABCXYZ019-" "äöüÄÖÜßéÉçñøÅ" "αβγςΣΐ" "джЖЯ" "日本語中文" "한국" "אבג" "عربي"
        "\u00ad\u200b\u200d\ufeff" "ﬁﬀ" "ＡＢｃ１" "Ⅻ" "İı" "ǅ" "µſ" "\u3000\u00a0" "\ue000"
        "\u0340\u202e" "\u2ff0" "\u0301\u0308" "Ꭰꭰ" "ẞ" "\U0001d400\U0001f600" "..\u3002\uff0e")


def label(n):
    return "".join(POOL[rand(len(POOL))] for _ in range(n))


def attempt(fn):
    try:
        return repr(fn())
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


examples = ["bücher.example", "", ".", "a..b", "a.", "x" * 63, "x" * 64, "Bücher.Example.", "ÄÖÜ",
            "abc\u3002def", "straße.de", "a\u00adb", "\u05d0\u05d1", "\u05d0a", "a\u05d0b\u05d1",
            "\u0627\u0661", "\ue000", "日本語.jp", "ǅ", "\ufb01x", "Xn--bücher", "ü" * 60, "a\u3000b",
            "ⅻ", "İstanbul", "ΣΊΣΥΦΟΣ", "\u200dx", "ab\x00", "münchen\uff0ede", "ü."]
for s in examples:
    print(repr(s), attempt(lambda: s.encode("idna")))
encoded = [b"xn--bcher-kva.example", b"XN--BCHER-KVA.example", b"xn--", b"abc", b"ABC.", b"xn--abc-",
           b"xn--a", b"b\xc3\xbc", b"xn--zzzzz", b"a..b", b"xn--bcher-kva.", b"xn--BCHER-KVA",
           b"Xn--bcher-kva", b"xn--4dbc", b"xn--d-toa", b"xn--wgv71a119e.jp", b"." * 3, b"x" * 70,
           b"xn--" + b"a" * 1030, b"xn--mnchen-3ya.xn--bcher-kva", b"xn--ls8h", b"xn--a-ecp.ru"]
for b in encoded:
    print(b[:40], attempt(lambda: b.decode("idna")))
print(attempt(lambda: "a".encode("idna", "ignore")), attempt(lambda: b"a".decode("idna", "replace")))
print(attempt(lambda: b"".decode("idna", "replace")), attempt(lambda: "".encode("idna", "x")))
print(codecs.lookup("idna").name, codecs.encode("bü", "idna"), codecs.decode(b"xn--b-5ga", "IDNA"))
print(attempt(lambda: bytearray(b"xn--bcher-kva").decode("idna")), "Ü.de".encode("IDNA"))

for case in range(500):
    labels = [label(1 + rand(6)) for _ in range(1 + rand(3))]
    name = ".".join(labels)
    out = attempt(lambda: name.encode("idna"))
    back = ""
    if out.startswith("b"):
        back = attempt(lambda: eval(out).decode("idna"))
    print(case, repr(name), out, back)

DIGITS = "abcdefghijklmnopqrstuvwxyz0123456789-"
for case in range(200):
    ace = "xn--" + "".join(DIGITS[rand(len(DIGITS))] for _ in range(1 + rand(8)))
    print(ace, attempt(lambda: ace.encode("ascii").decode("idna")))
