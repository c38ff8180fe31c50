# == and != of two exact bytes compare their contents directly; a subclass's __eq__/__ne__, a
# bytearray or memoryview operand and anything else still go through the comparison protocol.


class Loud(bytes):
    def __eq__(self, other):
        return "Loud.__eq__"

    def __ne__(self, other):
        return "Loud.__ne__"


class Quiet(bytes):
    pass


data = b"GET / HTTP/1.1\r\n\r\nbody"
crlf = b"\r\n"
print(data[14:16] == crlf, data[14:16] != crlf, data[0:3] == b"GET", data[0:3] != b"GET")
print(data == data, data != data, b"" == b"", b"" != b"", b"a" == b"ab", b"ab" != b"a")
print(b"\x00\xff" == bytes([0, 255]), b"\x80" == "\x80".encode("latin-1"), b"x" * 100 == b"x" * 100)
print(b"abc" == Loud(b"abc"), b"abc" != Loud(b"abc"), Loud(b"abc") == b"abc", Loud(b"abc") != b"xyz")
print(b"abc" == Quiet(b"abc"), Quiet(b"abc") != b"abc", Quiet(b"a") == Quiet(b"a"))
print(b"abc" == bytearray(b"abc"), b"abc" != bytearray(b"abd"), bytearray(b"abc") == b"abc")
print(b"abc" == memoryview(b"abc"), memoryview(b"abc") != b"abc")
print(b"abc" == "abc", b"abc" != "abc", b"1" == 1, b"" == None, b"" != [])
print([b"a", b"b"] == [b"a", b"b"], (b"a",) != (b"b",), b"a" in [b"b", b"a"], {b"k": 1}[b"k"])
