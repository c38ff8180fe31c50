# Empty tuples from every source, passed through the same functions as tuples with items, often
# enough for those functions to be optimised with both in view.


def describe(t, raw=()):
    out = []
    for x in t:
        out.append(x in raw)
    return len(t), bool(t), tuple(out), t == (), t < (), hash(t) == hash(tuple(t))


def sources(i):
    return [
        (),
        tuple(),
        tuple([]),
        tuple(x for x in range(0)),
        (1, 2, 3)[3:],
        ("a", "b")[i % 2 + 2:],
        () + (),
        ("rows",)[:0],
        (1,) * 0,
        () * 5,
        tuple(""),
        tuple({}),
    ]


def pack(*args):
    return args


results = {}
for i in range(3000):
    for n, t in enumerate(sources(i)):
        r = describe(t)
        results.setdefault((n, r), 0)
        results[(n, r)] += 1
    r = describe(("rows", "x"), raw=("rows",))
    results.setdefault(("rows", r), 0)
    results[("rows", r)] += 1
    r = describe((i % 3, 1.5, "s"), raw=(0, 1))
    results.setdefault(("mixed", r), 0)
    results[("mixed", r)] += 1
    r = describe(pack())
    results.setdefault(("pack", r), 0)
    results[("pack", r)] += 1

for k in sorted(results, key=repr):
    print(k, results[k])

e = tuple([])
print(repr(e), str(e), len(e), e == (), e != (), () == e, e + (1,), (1,) + e, e * 3)
print(e.count(1), sorted([(2,), e, (1, 2), (), (0,)]), max([e, (0,)]), min([(0,), e]))
try:
    e.index(1)
except ValueError as exc:
    print(type(exc).__name__, exc)
try:
    e[0]
except IndexError as exc:
    print(type(exc).__name__, exc)
print(e[:], e[::-1], e[5:], list(e), dict.fromkeys([e, ()]), {(): 1}[e])
try:
    a, = e
except ValueError as exc:
    print(type(exc).__name__, exc)
(*rest,) = e
print(rest, [*e, *(), 1], {**{}}, pack(*e), isinstance(e, tuple), type(e).__name__)
t = e
t += (1,)
print(t, e)


class Sub(tuple):
    pass


s = Sub()
print(repr(s), type(s).__name__, s == (), len(s), Sub([]) + (), type(Sub(()) + ()).__name__)
for left, right in [(Sub(("a",)), ()), ((), Sub(("a",))), (Sub(), ()), ((), Sub()), (Sub(), Sub())]:
    r = left + right
    print(repr(r), type(r).__name__, r is left, r is right)
for probe in [(), ("rows",), Sub(), Sub(("rows",)), [], ["rows"]]:
    print(type(probe).__name__, "rows" in probe, len(probe), probe == ())

# The empty tuple is shared; making a subclass instance must leave it a plain tuple.
a = Sub()
b = Sub([])
print(type(a).__name__, type(b).__name__, type(()).__name__, type(tuple()).__name__, a is b)
E = ()
print(tuple([]) is E, tuple() is E, pack() is E, (1, 2)[5:] is E, tuple(x for x in ()) is E, type(Sub(()) + ()).__name__)
try:
    ().__class__ = Sub
except TypeError as exc:
    print(type(exc).__name__, exc)
print(type(()).__name__, () == Sub(), hash(()) == hash(Sub()))
