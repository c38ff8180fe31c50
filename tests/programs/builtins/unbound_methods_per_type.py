# Unbound methods of builtin types read from the class: each belongs to the type that defines
# it, even where two types share a representation (int and float, set and frozenset, bytes and
# bytearray), and int's methods take bools, int's subclass.
x = int.__add__
print(float.__add__(1.5, 1), int.__add__(2, 3), float.__add__(0.25, 0.5))
print(int.__add__ is float.__add__, int.__add__ is int.__add__, bool.__add__ is int.__add__)
print(tuple.__init__ is object.__init__, list.__len__ is tuple.__len__)
print(set.union({1}, [2]), frozenset.union(frozenset([1]), [2]))
print(bytes.hex(b"ab"), bytearray.hex(bytearray(b"cd")))
print(list(map(int.__mul__, [1, 2], [3, 4])), list(map(float.__mul__, [1.5, 2.5], [2.0, 2.0])))
print(list(map(int.__and__, [12, 7], [10, 3])), list(map(int.__lshift__, [1, 3], [4, 2])))
print(int.bit_length(255), int.bit_count(7), int.__xor__(6, 3), int.__rshift__(256, 4))

names = ["__repr__", "__hash__", "__neg__", "__float__", "__abs__", "__round__", "__int__",
         "conjugate", "__index__", "bit_length", "__invert__", "__pos__", "__trunc__", "__bool__",
         "__str__"]
for name in names:
    f = getattr(int, name)
    print(name, f(True), f(False))
print(int.__format__(True, ""), int.__format__(True, "d"), int.__format__(False, "5"), int.__format__(True, "x"))
print(int.__and__(True, 3), int.__or__(False, 2), int.__add__(True, True), int.__eq__(True, 1))
print(int.__lt__(True, 2), int.__mod__(True, 2), int.__pow__(True, 5), int.to_bytes(True, 2, "big"))
print(int.__sub__(True, 5), int.__mul__(False, 9), int.__floordiv__(True, 1), int.__truediv__(True, 4))

bad = [
    lambda: float.__add__(1, 2),
    lambda: int.__add__(1.5, 1),
    lambda: int.__neg__("a"),
    lambda: float.__neg__(3),
    lambda: frozenset.union({1}, [2]),
    lambda: set.add(frozenset(), 1),
    lambda: str.upper(5),
    lambda: str.__len__([1]),
    lambda: list.append((1,), 2),
    lambda: list.__getitem__((1,), 0),
    lambda: dict.__getitem__([], 0),
    lambda: dict.get([], 0),
    lambda: bytes.hex(bytearray(b"x")),
    lambda: bytearray.hex(b"x"),
    lambda: int.__format__(1.5, ""),
    lambda: float.__round__(2),
    lambda: int.__add__(),
    lambda: str.join(),
]
for f in bad:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
print(frozenset.union(frozenset({1}), [2]), set.union({1}, [3]), set.union(set(), frozenset({4})))
