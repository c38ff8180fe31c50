# `+`, `+=`, slicing and join of bytes take shortcuts for exact bytes (and str indexing for an
# exact str); subclasses, other bytes-likes and odd slice parts must still get the general
# semantics, with CPython's results and errors.


class B(bytes):
    def __add__(self, other):
        return "B.__add__"

    def __radd__(self, other):
        return "B.__radd__"

    def __getitem__(self, i):
        return ("B.__getitem__", i)


class Plain(bytes):
    pass


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


b = b"hello world"
print(b + b"!", b"" + b, b + b"", b"" + b"")
print(b + bytearray(b"ba"), b + memoryview(b"mv"))
print(bytearray(b"x") + b, type(bytearray(b"x") + b).__name__)
print(b + B(b"sub"), B(b"sub") + b, B(b"s") + B(b"t"))
p = Plain(b"plain")
print(b + p, type(b + p).__name__, type(p + b).__name__, type(p + b"").__name__)
print(type(b"" + p).__name__, (b"" + p) == p)
for bad in [1, "s", None, [1]]:
    try:
        b + bad
    except TypeError as e:
        print("TypeError", e)

acc = b""
for piece in [b"a", b"", b"bc", bytearray(b"de"), B(b"fg")]:
    acc += piece
    print(repr(acc))
acc = b"x"
try:
    acc += "y"
except TypeError as e:
    print("TypeError", e)

# An empty operand gives the other bytes object back, as in CPython.
x = b"abc" * 30
print((x + b"") is x, (b"" + x) is x)

# Slices with every kind of part.
big = bytes(range(100))
for lo, hi, st in [(None, None, None), (3, 9, None), (-5, None, None), (None, -90, None),
                   (2, 50, 7), (None, None, -1), (80, 10, -9), (True, Index(5), None),
                   (Index(-3), None, Index(1)), (200, 300, None), (-300, 2, None)]:
    s = big[lo:hi:st]
    print(lo if not isinstance(lo, Index) else "I", len(s), s[:4], type(s).__name__)
for bad in [(None, None, 0), ("a", None, None), (None, 1.5, None)]:
    try:
        big[bad[0]:bad[1]:bad[2]]
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(B(b"abc")[1:2], p[1:3], type(p[1:3]).__name__, p[::2])

# join: lists, tuples, iterators, a list subclass with its own __iter__, one item, bad items.


class Backwards(list):
    def __iter__(self):
        return iter(list(reversed(self)))


print(b"-".join([b"a", b"b", b"c"]), b"".join((b"x", bytearray(b"y"), memoryview(b"z"))))
print(b", ".join(iter([b"1", b"2"])), b"-".join(Backwards([b"a", b"b", b"c"])), b"-".join([]))
one = b"q" * 100
print(b"-".join([one]) is one, b"".join([one]) == one, type(b"".join([p])).__name__)
print(type(bytearray(b"-").join([b"a"])).__name__, bytearray(b"-").join([b"a", b"b"]))
for bad in [[b"a", "b"], [b"a", 1], ["s"]]:
    try:
        b"-".join(bad)
    except TypeError as e:
        print("TypeError", e)

# str indexing: ints, bools, negatives, out of range, surrogate pairs, __index__.
s = "héllo"
print(s[0], s[-1], s[True], s[Index(2)], "a\U0001F600b"[1], "a\U0001F600b"[-1], "x\ud800y"[1] == "\ud800")
for i in [5, -6, 2 ** 40]:
    try:
        s[i]
    except IndexError as e:
        print("IndexError", e)
try:
    s[1.0]
except TypeError as e:
    print("TypeError", e)
