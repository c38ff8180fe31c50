vals = ["text", "it's", "\n", 42, -1.0, 1e-7, None, True, [1, "x"], ("t",), {"k": "v"}, b"\x00b", "é", "☃", "\t"]
for v in vals:
    print(str(v), "|", repr(v), "|", ascii(v))
print(repr(repr("x")), str(str("x")), repr(str(1)))
print(repr(1 == 1), repr(int), repr(ValueError), repr(...), repr(NotImplemented))
