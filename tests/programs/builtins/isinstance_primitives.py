# isinstance against the builtin classes with a test at the call site, for values of every kind:
# primitives (str, int, float, bool, None, big ints), containers, subclasses, and classes whose
# metaclass answers isinstance itself. Also == and != against a str literal for None, numbers,
# str subclasses and objects with their own __eq__.


class MyStr(str):
    pass


class MyInt(int):
    pass


class MyFloat(float):
    pass


class MyList(list):
    pass


class MyTuple(tuple):
    pass


class MyDict(dict):
    pass


class Plain:
    pass


class Everything(type):
    def __instancecheck__(cls, obj):
        return True


class Anything(metaclass=Everything):
    pass


class Nothing(type):
    def __instancecheck__(cls, obj):
        return False


class NoneOf(metaclass=Nothing):
    pass


class Liar:
    # isinstance looks at type(x) first; __class__ is consulted only when that says no.
    @property
    def __class__(self):
        return int


VALUES = [
    "s", "", MyStr("m"), 0, 7, -3, 2 ** 70, -(2 ** 70), MyInt(5), 1.5, 2.0, -0.0, float("inf"),
    MyFloat(2.5), True, False, None, [], [1], MyList([2]), (), (1, 2), MyTuple((3,)), {}, {"a": 1},
    MyDict(b=2), b"x", Plain(), Plain, int, len, Anything(), NoneOf(),
]

CLASSES = [str, int, float, bool, list, tuple, dict]


def kind(v):
    return type(v).__name__


def check_all():
    for v in VALUES:
        row = []
        # One call site per class (the site test depends on the class named in the call).
        row.append(isinstance(v, str))
        row.append(isinstance(v, int))
        row.append(isinstance(v, float))
        row.append(isinstance(v, bool))
        row.append(isinstance(v, list))
        row.append(isinstance(v, tuple))
        row.append(isinstance(v, dict))
        row.append(isinstance(v, bytes))
        row.append(isinstance(v, object))
        row.append(isinstance(v, Plain))
        row.append(isinstance(v, Anything))
        row.append(isinstance(v, NoneOf))
        row.append(isinstance(v, type))
        row.append(isinstance(v, MyStr))
        row.append(isinstance(v, MyInt))
        # The same through a variable: the general path must agree with the site.
        general = [isinstance(v, c) for c in CLASSES]
        print(kind(v), ["1" if x else "0" for x in row], general == row[:7])


check_all()


def seeded(n):
    """A fixed pseudo-random sequence of indexes (no random module)."""
    x = 12345
    out = []
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x >> 8)
    return out


# Many mixed calls from the same sites, so a site sees every kind in turn.
counts = [0] * 7
for r in seeded(3000):
    v = VALUES[r % len(VALUES)]
    if isinstance(v, str):
        counts[0] += 1
    if isinstance(v, int):
        counts[1] += 1
    if isinstance(v, float):
        counts[2] += 1
    if isinstance(v, bool):
        counts[3] += 1
    if isinstance(v, list):
        counts[4] += 1
    if isinstance(v, tuple):
        counts[5] += 1
    if isinstance(v, dict):
        counts[6] += 1
print("mixed", counts)
print("liar", isinstance(Liar(), Liar), isinstance(Liar(), str))


class Loud:
    def __init__(self, answer):
        self.answer = answer

    def __eq__(self, other):
        print("  Loud.__eq__", repr(other))
        return self.answer

    def __ne__(self, other):
        print("  Loud.__ne__", repr(other))
        return not self.answer


class EqStr(str):
    def __eq__(self, other):
        print("  EqStr.__eq__", repr(other))
        return True

    __hash__ = str.__hash__


def compare_with_literal(v):
    a = v == "path"
    b = v != "path"
    c = "path" == v
    d = "path" != v
    return [a, b, c, d]


for v in [None, "path", "other", "", 0, 1.5, True, 2 ** 80, MyStr("path"), MyStr("x"), EqStr("zzz"),
          Loud(True), Loud(False), Loud("truthy"), [], ("path",), b"path"]:
    print(kind(v), compare_with_literal(v))

# Mixed at one site, seeded: None and strings most of the time, other kinds now and then.
mix = [None, "path", "x", None, "path", 3, MyStr("path"), None]
hits = 0
for r in seeded(2000):
    v = mix[r % len(mix)]
    if v == "path":
        hits += 1
    if v != "x":
        hits += 10
print("hits", hits)
