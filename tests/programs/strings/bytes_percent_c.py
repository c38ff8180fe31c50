# bytes % with %c: one-byte bytes-likes and integers below 256, CPython's messages otherwise.


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class MyInt(int):
    pass


args = [65, 0, 255, b"Z", bytearray(b"Y"), 256, -1, "a", b"ab", b"", 3.0, True, False, Idx(66), Idx(300),
        MyInt(67), memoryview(b"Q"), 2 ** 70, -2 ** 70, None, [1], bytearray(), "\u00e9"]
for a in args:
    for fmt in [b"%c", b"[%3c]", b"[%-3c]", b"%c%c"]:
        try:
            r = fmt % ((a,) if fmt != b"%c%c" else (a, a))
            print(fmt, repr(r))
        except Exception as e:
            print(fmt, type(e).__name__, e)
print(b"%c%c" % (65, b"Z"), b"%(k)c" % {b"k": 66}, bytearray(b"%c|%c") % (b"x", 120))
for v in range(0, 256, 17):
    assert b"%c" % v == bytes([v])
    assert b"%c" % bytes([v]) == bytes([v])
print("str %c still takes characters:", "%c%c" % ("x", 0x1F600))
for bad in [0x110000, "ab", b"a"]:
    try:
        print("%c" % bad)
    except Exception as e:
        print(type(e).__name__, e)
