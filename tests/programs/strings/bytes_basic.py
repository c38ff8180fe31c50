b = b"hello world"
print(b, len(b), b[0], b[-1], b[1:5], b[::-1])
print(type(b[0]).__name__, type(b[0:1]).__name__)
print(b.upper(), b.split(), b.replace(b"o", b"0"), b.find(b"wor"), b.count(b"l"))
print(b"a,b,c".split(b","), b"-".join([b"x", b"y"]))
print(b.startswith(b"hell"), b.endswith(b"x"), b"ell" in b, 104 in b)
print(bytes([72, 105]), bytes(3), bytes(range(65, 70)))
print(b"\x00\x01\xff\n\t\\'", b'"', b"'", b"'\"")
print("héllo".encode("utf-8"), "héllo".encode(), b"h\xc3\xa9llo".decode("utf-8"))
print(list(b"abc"), [x for x in b"AZ"])
print(b.hex(), bytes.fromhex("48 65 6c"), b"\xde\xad".hex())
print(b + b"!", b * 2, b"ab" < b"b", b"abc" == b"abc")
print(b.strip(b"hd"), b"  x ".strip(), b.title(), b.capitalize())
print(repr(b"\x7f\x80"), str(b"x"))
print(b.decode(), b.isalpha(), b"123".isdigit())
print(b.index(b"o"), b.rfind(b"o"), b.partition(b" "))
print(bytes("abc", "ascii"), len("日本".encode()))
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
