# Slices of bytes may share memory with the bytes they come from, and bytes of 65 B to 4 KiB are
# carved out of shared slabs: every result must still behave as an independent value, whatever
# its size (on the heap up to 64 bytes, slab-sized, larger), however it was made.

big = bytes(range(256)) * 40  # 10240 bytes, its own buffer
mid = bytes(range(200)) * 10  # 2000 bytes, from a slab
small = b"0123456789" * 5  # 50 bytes

for name, src in [("big", big), ("mid", mid), ("small", small)]:
    n = len(src)
    for a, b in [(0, n), (1, n), (0, 40), (10, 80), (n // 2, n), (0, n // 2 + 1), (n - 70, n - 1), (5, 5)]:
        s = src[a:b]
        print(name, a, b, len(s), s[:3], s[-3:], s == bytes(list(src)[a:b]), hash(s) == hash(bytes(s)))
    t = src[3:][2:][1:-1]
    print(name, "chained", len(t), t[:4], t == src[6:-1])
    print(name, "stepped", src[::7][:5], src[n - 1:0:-13][:3], len(src[1::3]))

# A slice of a bytearray is a copy, whatever the size.
ba = bytearray(mid)
cut = ba[100:1500]
ba[100] = 255
ba[1499] = 254
print(type(cut).__name__, cut[0], cut[-1], len(cut))
ba[0:10] = b""
print(len(ba), len(cut), cut[:3])

# bytes made from a bytearray do not follow it.
frozen = bytes(ba)
ba[0] = 7
print(frozen[0], ba[0])

# memoryview of a slice reads the slice; a memoryview of bytes stays read-only.
view = memoryview(mid[500:1700])
print(len(view), view[0], view[-1], view[10:20].tobytes() == mid[510:520], view.readonly)
try:
    view[0] = 1
except TypeError as e:
    print("TypeError", e)

# Concatenation and join of pieces of every size.
parts = [small, mid[:100], mid, big[:5000], b"", small[:1]]
joined = b"".join(parts)
print(len(joined), joined[:3], joined[-3:], joined == small + mid[:100] + mid + big[:5000] + small[:1])
sep = b"--"
print(len(sep.join(parts)), sep.join([mid[:70], mid[:70]])[68:74])
acc = b""
for i in range(60):
    acc = acc + mid[i:i + 37]
print(len(acc), acc[:4], acc[-4:], acc.count(b"\x00"))

# Methods whose results are pieces of the receiver.
line = b"GET /x HTTP/1.1\r\n" + b"A: " + b"v" * 90 + b"\r\n" + b"B: " + b"w" * 5000 + b"\r\n\r\nbody"
head, _, rest = line.partition(b"\r\n\r\n")
fields = head.split(b"\r\n")
print([len(f) for f in fields], rest, fields[1][:5], fields[2][-2:])
print(len(line.rpartition(b"\r\n")[0]), len(line.strip(b"GETbody")), line.lower()[:3], line.upper()[-4:])
print([len(p) for p in (b" " * 70 + b"x" * 100 + b" " * 3).split()], len((b"x" * 100).replace(b"x", b"yz")))

# Decoding short and long bytes, ASCII and not, with each codec.
for data in [b"plain ascii", b"plain ascii " * 10, "caf\u00e9".encode() * 30, bytes(range(256)), b"\xff\xfe" + b"a" * 70]:
    print(len(data.decode("latin-1")), data.decode("utf-8", "replace")[:6], len(data.decode("ascii", "replace")),
          data.decode("latin-1")[-2:] == "".join(chr(c) for c in data[-2:]))
try:
    (b"a" * 100 + b"\xe9").decode("ascii")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
try:
    (b"a" * 100 + b"\xe9z").decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
print(b"\xef\xbb\xbfbom".decode("utf-8") == "\ufeffbom", mid[65:130].decode("latin-1") == "".join(chr(c) for c in range(65, 130)))

# Encoding to UTF-8: short and long, ASCII and not, astral characters, lone surrogates.
for text in ["", "a", "ascii only", "x" * 16, "y" * 17, "z" * 1400, "caf\u00e9", "\u00e9" * 30,
             "\u20ac" * 1500, "\U0001f600 smile", "a" * 15 + "\U0001f600", "\u00e9" * 16]:
    data = text.encode()
    print(len(text), len(data), data[:6], data[-4:], data.decode() == text, text.encode("utf-8") == data, text.encode("UTF8") == data)
for text in ["\ud800", "ab\udc00cd", "x" * 40 + "\ud83d", "\udfff" * 3]:
    try:
        text.encode()
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError", e)
    print(text.encode("utf-8", "replace"), text.encode("utf-8", "surrogatepass")[:6], len(text.encode("utf-8", "ignore")))
encoded = [str(i).encode() for i in range(2000)]
print(len(b"".join(encoded)), encoded[5], encoded[1999], encoded[1000] == b"1000")

# bytes() of a list or tuple of ints, and what falls back to the general loop.
class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class Backwards(list):
    def __iter__(self):
        return iter(list(reversed(list.copy(self))))


print(bytes([65, 66, 67]), bytes((0, 255)), bytes([]), bytes([True, False, 7]), bytes([Index(72), 105]), len(bytes(list(range(256)) * 3)))
print(bytes(Backwards([1, 2, 3])), bytearray([9] * 70)[:2], bytes(tuple(range(100)))[-2:])
for bad in [[256], [1, -1], [1.0], [1, "a"], (3, None)]:
    try:
        bytes(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
