# The reprs of the methods of the builtin types, read through the type (slot wrappers, method
# descriptors, getset descriptors) and through an instance (method-wrappers, builtin methods).
# A method shared by two types in CPython's layout is named after the type that defines it.
import re

TYPES = [str, bytes, bytearray, list, tuple, dict, set, frozenset, int, float, complex, bool]
SAMPLES = {str: "ab", bytes: b"ab", bytearray: bytearray(b"ab"), list: [1], tuple: (1,), dict: {1: 2},
           set: {1}, frozenset: frozenset({1}), int: 5, float: 1.5, complex: 2j, bool: True}

# Not matched yet: static and class methods read through an instance, complex's member
# descriptors, bool's inherited getters.
UNMATCHED = {
    str: {"maketrans"},
    bytes: {"maketrans"},
    bytearray: {"maketrans"},
    float: {"__getformat__", "fromhex"},
    complex: {"real", "imag"},
    bool: {"real", "imag", "numerator", "denominator", "to_bytes"},
}

ADDRESS = re.compile(r" at 0x[0-9a-f]+")


def shown(x):
    return ADDRESS.sub("", repr(x))


counts = {}
for t in TYPES:
    names = [n for n in sorted(dir(t)) if n not in ("__class__", "__doc__")]
    print(t.__name__, len(names), "names")
    for name in names:
        if name in UNMATCHED.get(t, ()):
            continue
        unbound = shown(getattr(t, name))
        bound = shown(getattr(SAMPLES[t], name))
        kind = unbound.split(" '")[0] if unbound.startswith("<") else "value"
        counts[kind] = counts.get(kind, 0) + 1
        print(" ", name, unbound, "|", bound)
print(sorted(counts.items()))

# The shared ones named in full.
for m in [frozenset.union, frozenset().union, set.union, set().union, frozenset.__or__, frozenset().__or__,
          frozenset.__contains__, int.to_bytes, (5).to_bytes, bool.__and__, True.__and__, bool.__repr__,
          bool.bit_length, True.bit_length, bool.__add__, True.__add__, float.__add__, (1.5).__add__,
          int.__add__, (7).__add__, bytearray.find, bytearray(b"x").find, bytes.find, b"x".find,
          bytearray.__len__, bytes.__len__, str.__sizeof__, bytes.__sizeof__, tuple.__sizeof__,
          list.__getattribute__, object.__getattribute__, dict.__lt__, object.__lt__, complex.__ge__,
          int.__str__, float.__str__, bool.__str__, str.__str__, object.__str__]:
    print(shown(m))


# A subclass's instance shows its own class; the methods stay the builtin type's.
class MyList(list):
    pass


class MyFrozen(frozenset):
    pass


class MyInt(int):
    pass


for obj in [MyList([1]), MyFrozen({2}), MyInt(3)]:
    cls = type(obj)
    for name in ["__len__", "__getattribute__", "__sizeof__", "__repr__", "__eq__", "__iter__", "__add__",
                 "union", "append", "bit_length", "__contains__", "__getitem__"]:
        if hasattr(cls, name):
            print(cls.__name__, name, shown(getattr(cls, name)), "|", shown(getattr(obj, name)))

# Descriptors read from the type they are defined on check their receivers as CPython does.
for call in [lambda: str.__sizeof__(5), lambda: list.__getattribute__((), "count"),
             lambda: frozenset.union({1}, {2}), lambda: set.union(frozenset({1}), {2}),
             lambda: dict.__lt__([], {}), lambda: int.to_bytes(True, 1, "big"),
             lambda: bytearray.__reduce__(b"x"), lambda: str.__sizeof__("ab") > 0]:
    try:
        print("ok", shown(call()))
    except Exception as e:
        print(type(e).__name__, e)
