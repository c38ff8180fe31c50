# bool inherits int.from_bytes; the result is made by the class (bool(2) is True).
print(bool.from_bytes(b"\x01", "big"), bool.from_bytes(b"\x00\x00", "little"), bool.from_bytes(b"\x02", byteorder="big"), bool.from_bytes([255], "big", signed=True))
print(type(bool.from_bytes(b"\x05", "big")).__name__, int.from_bytes(b"\x05", "big"), "from_bytes" in dir(bool))
class I(int): pass
print(type(I.from_bytes(b"\x05", "big")).__name__, I.from_bytes(b"\x05", "big"))
