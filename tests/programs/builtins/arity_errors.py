# Builtin functions and the common str / list / dict methods refuse a wrong number of arguments
# with CPython's TypeError and exact message: every builtin and method below is called with 0 to
# 5 arguments, bound and unbound.
import builtins


def show(label, f):
    try:
        f()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, e)


NAMES = (
    "ascii repr len abs hash id isinstance issubclass max min sum sorted any all map filter zip "
    "enumerate reversed iter next chr ord hex oct bin divmod pow round globals locals"
).split()
for name in NAMES:
    f = getattr(builtins, name)
    for k in range(6):
        show(f"{name}/{k}", lambda: f(*([[1]] * k)))

RECEIVERS = [("abc", str), ([1], list), ({1: 2}, dict)]
for value, cls in RECEIVERS:
    for m in sorted(n for n in dir(cls) if not n.startswith("_")):
        for k in range(5):
            show(f"{cls.__name__}.{m}/{k}", lambda: getattr(cls(value), m)(*(["a"] * k)))
        # Unbound: the receiver is the first argument.
        show(f"{cls.__name__}.{m} unbound/1", lambda: getattr(cls, m)(cls(value), "a"))
        show(f"{cls.__name__}.{m} unbound/0", lambda: getattr(cls, m)())

# Written out, as a program would (direct calls compile differently from calls through a name).
CASES = [
    ("sorted([3, 1, 2], f)", lambda: sorted([3, 1, 2], abs)),
    ("[].append(1, 2)", lambda: [].append(1, 2)),
    ("abs(1, 2)", lambda: abs(1, 2)),
    ("round(1, 2, 3)", lambda: round(1, 2, 3)),
    ("sum([1], 2, 3)", lambda: sum([1], 2, 3)),
    ("isinstance(1)", lambda: isinstance(1)),
    ("hash()", lambda: hash()),
    ("id()", lambda: id()),
    ("len()", lambda: len()),
    ("len(1, 2)", lambda: len(1, 2)),
    ("len(1, 2, 3)", lambda: len(1, 2, 3)),
    ("'x'.upper(1)", lambda: "x".upper(1)),
    ("{}.keys(1)", lambda: {}.keys(1)),
    ("all([], [])", lambda: all([], [])),
    ("any()", lambda: any()),
    ("'abc'.split(',', 1, 2)", lambda: "abc".split(",", 1, 2)),
    ("'abc'.replace('a')", lambda: "abc".replace("a")),
    ("str.join()", lambda: str.join()),
    ("','.join()", lambda: ",".join()),
    ("next()", lambda: next()),
    ("iter()", lambda: iter()),
    ("chr()", lambda: chr()),
    ("ord()", lambda: ord()),
    ("[1].index()", lambda: [1].index()),
    ("divmod(1)", lambda: divmod(1)),
    ("pow(1)", lambda: pow(1)),
    ("pow()", lambda: pow()),
    ("min()", lambda: min()),
    ("max()", lambda: max()),
    ("zip([1], foo=True)", lambda: zip([1], foo=True)),
    ("enumerate()", lambda: enumerate()),
    ("enumerate([], 1, start=2)", lambda: enumerate([], 1, start=2)),
    ("print(sep=1)", lambda: print(sep=1)),
    ("repr()", lambda: repr()),
    ("str.upper()", lambda: str.upper()),
    ("list.append([])", lambda: list.append([])),
    ("[].insert(0, 1, 2)", lambda: [].insert(0, 1, 2)),
    ("[].pop(0, 1)", lambda: [].pop(0, 1)),
    ("[].sort(1, 2, key=None)", lambda: [].sort(1, 2, key=None)),
    ("[].sort(key=None, reverse=1, x=2)", lambda: [].sort(key=None, reverse=1, x=2)),
    ("[].sort(1)", lambda: [].sort(1)),
    ("sum([1], start=2, x=3)", lambda: sum([1], start=2, x=3)),
    ("round(1, 2, ndigits=3)", lambda: round(1, 2, ndigits=3)),
    ("pow(1, 2, 3, mod=4)", lambda: pow(1, 2, 3, mod=4)),
    ("dict.fromkeys()", lambda: dict.fromkeys()),
    ("dict.fromkeys([1], 2, 3)", lambda: dict.fromkeys([1], 2, 3)),
    ("{}.get()", lambda: {}.get()),
    ("{}.get(1, 2, 3)", lambda: {}.get(1, 2, 3)),
    ("{}.update({}, {})", lambda: {}.update({}, {})),
    ("str.maketrans()", lambda: str.maketrans()),
    ("str.maketrans('a', 'b', 'c', 'd')", lambda: str.maketrans("a", "b", "c", "d")),
    ("'a'.find()", lambda: "a".find()),
    ("'a'.count('a', 0, 1, 2)", lambda: "a".count("a", 0, 1, 2)),
    ("'a'.center()", lambda: "a".center()),
    ("'a'.strip(' ', ' ')", lambda: "a".strip(" ", " ")),
    ("'a'.splitlines(1.5)", lambda: "a".splitlines(1.5)),
    ("'a\\nb'.splitlines(2)", lambda: "a\nb".splitlines(2)),
]
for label, f in CASES:
    show(label, f)

# The right number of arguments still works.
print(len("abc"), abs(-2), round(2.5), round(2.675, 2), sum([1, 2], 3), sorted([3, 1, 2]))
print(isinstance(1, int), divmod(7, 2), pow(2, 10), pow(2, 10, 7), chr(65), ord("A"))
print(next(iter([4])), next(iter([]), "d"), list(enumerate("ab", 1)), repr("q"), ascii("é"))
xs = [1, 2]
xs.append(3)
xs.insert(0, 0)
print(xs, xs.pop(), xs.index(1), xs.count(2), "a,b".split(","), "abc".replace("b", "x", 1))
d = {"a": 1}
print(d.get("a"), d.get("z", 0), d.pop("a"), d.setdefault("b", 2), d, dict.fromkeys("xy", 0))
