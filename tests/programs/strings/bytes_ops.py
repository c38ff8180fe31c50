b = b"Hello, World"
print(b[0], b[-1], b[1:5], b[::-1], len(b), b.lower(), b.upper(), b.split(b", "), b.replace(b"l", b"L", 2))
print(b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.startswith(b"He"), b.endswith((b"x", b"ld")), b"lo" in b, 72 in b)
print(b.hex(), bytes.fromhex("48 65"), b.decode("ascii"), list(b[:3]), bytes(3), bytes([65, 66]), bytes(range(3)))
ba = bytearray(b"abc")
ba[0] = 65; ba.append(100); ba.extend(b"ef"); ba += b"!"
print(ba, ba.pop(), ba, bytes(ba), ba.decode(), len(ba), ba[1:3], ba.find(b"c"))
del ba[0]; ba.insert(0, 122); ba.reverse()
print(ba, ba == b"fedcbz"[::-1] if False else ba, bytearray(2), bytearray("hé", "utf-8"))
print(b"a,b,,c".split(b","), b"  pad  ".strip(), b"x".join([b"1", b"2"]), b"ab" * 2, b"a" + b"b", b"abc" < b"abd")
print(repr(b"\x00\x01\x7f\x80\xff'\""), repr(b'it\'s'), b"\t\n\r", str(b"q"), bytes("ñ", "utf-8"))
print(b"%d-%s" % (5, b"x"), b"%05.1f" % 2.25, b"abc".center(7, b"*"), b"42".zfill(5), b"AbC".swapcase(), b"a1".isalnum(), b"  ".isspace())
print(int.from_bytes(b"\x00\x10", "big"), (4096).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xff", "big", signed=True))
try:
    b"a"[5]
except IndexError as e:
    print(e)
try:
    bytearray(b"a")[0] = 256
except ValueError as e:
    print(e)
try:
    b"abc".index(b"z")
except ValueError as e:
    print(e)
import hashlib
print(hashlib.sha256(b"abc").hexdigest()[:16], hashlib.md5(b"").hexdigest())
import base64
print(base64.b64encode(b"hello"), base64.b64decode(b"aGVsbG8="), base64.urlsafe_b64encode(b"\xfb\xff"))
mv = memoryview(b"abcdef")
print(mv[1], bytes(mv[1:3]), len(mv), mv.tobytes()[:2])
