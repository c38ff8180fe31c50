# Builtin methods that take no keyword arguments, called through their class, through an
# instance, through functools.partial and with a receiver of the wrong type.
import functools

samples = {
    str: "ab", bytes: b"ab", bytearray: bytearray(b"ab"), list: [1, 2], tuple: (1, 2),
    dict: {"a": 1}, set: {1}, frozenset: frozenset({1}), int: 7, float: 1.5, bool: True,
}

# (type, method name, positional arguments after the receiver)
calls = [
    (str, "center", (5,)), (str, "upper", ()), (str, "join", (["x"],)), (str, "count", ("a",)),
    (str, "startswith", ("a",)), (str, "replace", ("a", "b")), (str, "zfill", (4,)), (str, "find", ("b",)),
    (bytes, "upper", ()), (bytes, "count", (b"a",)), (bytearray, "pop", ()), (bytearray, "append", (1,)),
    (list, "append", (3,)), (list, "index", (1,)), (list, "count", (1,)), (list, "insert", (0, 1)),
    (tuple, "count", (1,)), (tuple, "index", (1,)), (dict, "get", ("a",)), (dict, "keys", ()),
    (dict, "setdefault", ("b",)), (set, "add", (2,)), (set, "discard", (1,)), (frozenset, "union", ()),
    (bool, "bit_length", ()), (int, "__add__", (1,)), (float, "__round__", ()),
    (list, "__getitem__", (0,)), (str, "__len__", ()), (dict, "__contains__", ("a",)), (str, "__contains__", ("a",)),
]

for cls, name, args in calls:
    method = getattr(cls, name)
    receiver = samples[cls]
    copy = lambda: receiver.copy() if hasattr(receiver, "copy") else receiver
    attempts = [
        ("class kw", lambda: method(copy(), *args, extra=1)),
        ("instance kw", lambda: getattr(copy(), name)(*args, extra=1)),
        ("partial kw", lambda: functools.partial(method, extra=1)(copy(), *args)),
        ("wrong receiver kw", lambda: method(object(), *args, extra=1)),
        ("no receiver kw", lambda: method(extra=1)),
        ("plain", lambda: method(copy(), *args)),
    ]
    for label, attempt in attempts:
        try:
            result = attempt()
            print(cls.__name__, name, label, "->", repr(result))
        except TypeError as e:
            print(cls.__name__, name, label, "TypeError:", e)

# Methods that do take keywords still bind them through the class.
print(str.split("a b c", sep=" ", maxsplit=1), str.splitlines("a\nb", keepends=True))
print(int.to_bytes(258, length=2, byteorder="big"), list.sort.__name__)
for bad in [lambda: int.bit_length(7, extra=1), lambda: float.is_integer(1.5, extra=1), lambda: int.bit_length(1.5, x=1)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
for bad in [lambda: str.split(5, sep=" "), lambda: str.split(sep=" "), lambda: list.sort([3, 1], reverse=True, extra=1)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)

# Called directly on the object, positionally parsed methods name their type; through a stored
# method object they do not.
stored = "abc".count
for bad in [lambda: "abc".count(x="a"), lambda: stored(x="a"), lambda: {1}.union(x=1), lambda: b"a".find(x=1),
            lambda: "ab".__len__(x=1), lambda: [1].__getitem__(0, x=1)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
