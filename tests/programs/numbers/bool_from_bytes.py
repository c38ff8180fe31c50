# from_bytes: int's classmethod, inherited by bool (bool(2) is True), readable through int and
# bool instances but not through floats.
print(bool.from_bytes(b"\x01", "big"), bool.from_bytes(b"\x00\x00", "little"), bool.from_bytes(b"\x02", byteorder="big"), bool.from_bytes([255], "big", signed=True))
print(type(bool.from_bytes(b"\x05", "big")).__name__, int.from_bytes(b"\x05", "big"), "from_bytes" in dir(bool))
class I(int): pass
print(type(I.from_bytes(b"\x05", "big")).__name__, I.from_bytes(b"\x05", "big"))
print((5).from_bytes(b"\x01\x00", "big"), (2**70).from_bytes(b"\x02", "little"), True.from_bytes(b"\x00", "big"))
print(int.from_bytes(b"\xff", "big", signed=True), type((5).from_bytes(b"\x01", "big")).__name__)
class J(int): pass
print(type(J(3).from_bytes(b"\x07", "big")).__name__, J.from_bytes(b"\x07", "big"))
try:
    (2.5).from_bytes(b"\x01", "big")
except AttributeError as e:
    print(e)
print("from_bytes" in dir(int), "from_bytes" in dir(float), "from_bytes" in dir(5), "from_bytes" in dir(2.5))
