# json.dumps after a long warm run: the values and layouts that come only late in a program
# (a zero or negative integral float, an indented or sorted dumps after thousands of compact
# ones, subclasses, hooks, errors) must print what they print in a fresh program.
import json


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def lcg(seed):
    # A fixed generator, so the documents are the same everywhere.
    x = seed
    while True:
        x = (x * 1103515245 + 12345) % 2147483648
        yield x


def record(x, i):
    return {
        "id": i,
        "name": "n%d" % (x % 1000),
        "score": (x % 10007) / 7.0,
        "geo": [x % 180 - 90.5, x % 360 - 180.25],
        "tags": ["t%d" % (x % 13), "u%d" % (x % 7)],
        "flag": x % 3 == 0,
        "note": None,
    }


gen = lcg(99)
warm = [record(next(gen), i) for i in range(3000)]
total = 0
for r in range(4):
    text = json.dumps(warm, sort_keys=(r == 3))
    total += len(text)
    back = json.loads(text)
    print("round", r, len(text), back == warm, text[:70])
print("total", total)

# Floats the fast writer handles, and the ones it leaves to repr, one at a time after the warm-up.
floats = [0.0, -0.0, 1.0, -1.0, 5.0, -5.0, 2147483647.0, -2147483647.0, 2147483648.0,
          -2147483648.0, 1e16, -1e16, 1e22, 0.5, -0.5, 0.25, -0.125, 0.00390625, 1e-7, 16777215.5,
          16777216.5, -0.0 * 3, 1.5e300, 123456.789, 0.1 + 0.2]
for f in floats:
    for doc in ([f], {"k": f}, {"a": [1, f, "s"], "b": f}):
        print(json.dumps(doc), json.dumps(doc, indent=1).replace("\n", "|"), json.dumps(doc, sort_keys=True))
for f in (float("nan"), float("inf"), float("-inf")):
    show("special", lambda: json.dumps([f, {"x": f}]))
    show("special indent", lambda: json.dumps([f, {"x": f}], indent=2))
    show("special strict", lambda: json.dumps([1.5, f], allow_nan=False))
    show("special strict indent", lambda: json.dumps({"v": [f]}, allow_nan=False, indent=2))
    show("special key", lambda: json.dumps({f: 1, 0.0: 2, -0.0: 3}))

# Generated mixes of ints, floats and zeros, compact and indented, checked by a round trip.
gen = lcg(7)
for n in range(40):
    x = next(gen)
    items = []
    for k in range(x % 9):
        y = next(gen)
        kind = y % 6
        if kind == 0:
            items.append(0.0 if y % 2 else -0.0)
        elif kind == 1:
            items.append(float((y % 2001) - 1000))
        elif kind == 2:
            items.append((y % 1024) / 256 - 2)
        elif kind == 3:
            items.append((y % 100003) / 3.0)
        elif kind == 4:
            items.append(y % 50 - 25)
        else:
            items.append(float(y) * 1e10)
    text = json.dumps(items)
    pretty = json.dumps({"n": n, "items": items}, indent=n % 3, sort_keys=bool(n % 2))
    print(n, text, pretty.replace("\n", "|"), json.loads(text) == items)

# Layouts after the compact warm-up: indents of every kind, empty containers, nested levels.
nested = {"a": [], "b": {}, "c": [[], [{}], [1, [2, [3, {"d": []}]]]], "e": {"f": {"g": {}}}}
for indent in (0, 1, 3, "\t", "--", "", None):
    for sort in (False, True):
        print(repr(indent), sort, json.dumps(nested, indent=indent, sort_keys=sort).replace("\n", "|"))
print(json.dumps(warm[:2], indent=2).replace("\n", "|"))
print(json.dumps(warm[5]))
print(json.dumps(warm[5], separators=(",", ":"), sort_keys=True))


class Pairs(dict):
    def items(self):
        return [("z", 1), ("a", [2.0, -0.0])]


class Backwards(list):
    def __iter__(self):
        return reversed(list(list.__iter__(self)))


class Tup(tuple):
    pass


for indent in (None, 2):
    show("dict subclass", lambda: json.dumps({"p": Pairs(q=1), "q": [Pairs()]}, indent=indent))
    show("dict subclass sorted", lambda: json.dumps(Pairs(), indent=indent, sort_keys=True))
    show("list subclass", lambda: json.dumps({"l": Backwards([1, 2.0, 3])}, indent=indent))
    show("tuple subclass", lambda: json.dumps([Tup((1, 0.0)), (2, -0.0)], indent=indent))
    show("default", lambda: json.dumps([{1, 2}], default=sorted, indent=indent))
    show("no default", lambda: json.dumps([1, {"s": {3}}], indent=indent))
    show("skipkeys", lambda: json.dumps({(1, 2): 3, "k": 0.0}, skipkeys=True, indent=indent))
    show("bad key", lambda: json.dumps({(1, 2): 3}, indent=indent))
    show("circular", lambda: (lambda l: (l.append(l), json.dumps(l, indent=indent)))([0.0]))
    show("ensure_ascii off", lambda: json.dumps({"\u00e9": ["\u20ac", -0.0]}, ensure_ascii=False, indent=indent))


class Loud(json.JSONEncoder):
    def encode(self, o):
        return "<" + super().encode(o) + ">"


show("cls", lambda: json.dumps([0.0, {"b": -0.0}], cls=Loud))
show("cls indent", lambda: json.dumps([0.0, {"b": -0.0}], cls=Loud, indent=1))
show("compact again", lambda: json.dumps(warm[7]))

# == of decoded documents against the originals: integral floats in boxes of their own, nan
# (equal only to itself), float subclasses with their own __eq__, ints against floats.


class Near(float):
    def __eq__(self, other):
        return abs(float(self) - float(other)) < 1


nan = float("nan")
cases = [
    ({"a": 2.0, "b": [1.0, -0.0]}, {"a": 2.0, "b": [1.0, 0.0]}),
    ({"a": 2.0}, {"a": 2}),
    ({"a": 2.0}, {"a": 3.0}),
    ({"a": nan}, {"a": nan}),
    ({"a": [nan]}, {"a": [float("nan")]}),
    ({"a": Near(2.0)}, {"a": 2.5}),
    ({"a": 2.5}, {"a": Near(2.0)}),
    ({"a": Near(2.0)}, {"a": Near(5.0)}),
    ({"a": 1e300}, {"a": 1e300 * 1.0}),
    ({"a": True}, {"a": 1.0}),
]
for x, y in cases:
    print(x == y, y == x, x != y, json.loads(json.dumps(x)) == x)
