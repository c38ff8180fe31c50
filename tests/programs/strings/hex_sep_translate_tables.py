# bytes/bytearray/memoryview hex with separators, and str.translate through dict tables,
# on inputs large enough that a per-item slow path would show.
data = bytes(range(256)) * 40
for per in (1, 2, 3, 5, -1, -2, -3, -7, 256, -256, 10000):
    for sep in (":", b"-", " "):
        h = data.hex(sep, per)
        print(per, repr(sep), len(h), h[:23], h[-23:])
        assert bytearray(data).hex(sep, per) == h == memoryview(data).hex(sep, per)
for n in range(0, 9):
    b = bytes(range(n))
    print(n, [b.hex("|", k) for k in (1, 2, 3, -2, -3)], memoryview(b).hex(sep=".", bytes_per_sep=2))
for bad in ("é", "::", "", b"ab"):
    try:
        b"abc".hex(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    memoryview(b"abc").hex(":", 1, 2)
except TypeError as e:
    print(type(e).__name__, e)

text = ("Grüße aus Köln, Zürich und Malmö; naïve café. " * 4000)
table = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "ï": "i", ";": None})
out = text.translate(table)
print(len(text), len(out), out[:60])
print("abc".translate({97: 98, 98: None, 99: "xyz"}), "abc".translate({}))
for value in (1.5, b"x", [1]):
    try:
        "a".translate({97: value})
    except TypeError as e:
        print(type(e).__name__, e)
try:
    "a".translate({97: 0x110000})
except ValueError as e:
    print(type(e).__name__, e)

class Loud(dict):
    def __missing__(self, key):
        return "<%d>" % key
print("hi!".translate(Loud({104: "H"})))

class Lookup:
    def __getitem__(self, cp):
        if cp == 33:
            raise IndexError(cp)
        return cp + 1
print("abc!".translate(Lookup()))
