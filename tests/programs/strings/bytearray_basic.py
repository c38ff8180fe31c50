ba = bytearray(b"hello")
print(ba, len(ba))
ba[0] = 72
print(ba)
ba.append(33)
ba.extend(b" ok")
print(ba)
print(ba.pop(), ba)
ba[1:3] = b"EY"
print(ba)
del ba[0]
print(ba, ba.find(b"l"))
print(bytearray(3), bytearray([1, 2, 255]), bytearray("hé", "utf-8"))
print(bytes(ba), ba.decode(), ba.upper())
ba.reverse()
print(ba)
ba.insert(0, 65)
print(ba, ba[0], ba[-1], ba[2:4])
print(ba == bytearray(ba), ba == bytes(ba))
print(list(bytearray(b"ab")), bytearray(b"x") * 3)
ba.clear()
print(ba, len(ba))
try:
    bytearray(b"a")[0] = 256
except ValueError as e:
    print("ValueError:", e)
print(bytearray(b"a,b").split(b","))
print(repr(bytearray(b"'")))
