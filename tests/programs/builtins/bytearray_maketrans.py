# bytearray.maketrans, like bytes.maketrans, returns a bytes table.
t = bytearray.maketrans(b"abc", bytearray(b"xyz"))
print(type(t).__name__, len(t), t[97:100], bytearray(b"aabbcc").translate(t), b"cab".translate(t))
print(bytearray(b"q").maketrans(b"q", b"Q") == bytes.maketrans(b"q", b"Q"))
try:
    bytearray.maketrans(b"ab", b"c")
except ValueError as e:
    print(e)
try:
    bytearray.maketrans("a", "b")
except TypeError as e:
    print(e)
