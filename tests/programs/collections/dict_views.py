d = {"b": 2, "a": 1, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
d["d"] = 4
del d["b"]
print(k, v, it, len(k), "a" in k, 3 in v, ("a", 1) in it, ("a", 2) in it)
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}), it & {("c", 3)}, k == {"a", "c", "d"}, k <= {"a", "c", "d", "e"})
print(list(reversed(d)), list(reversed(d.items())), d.keys().isdisjoint(["x"]))
try:
    for key in d:
        d["new"] = 1
except RuntimeError as e:
    print(e)
print(d.pop("new", None), d.pop("zz", "dflt"), d.setdefault("e", 5), d.setdefault("a", 100), d.get("q"), d.get("q", 0))
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e)
print(d.popitem(), d, dict.fromkeys("ab", 0), dict(zip("xy", [1, 2])), dict([("k", "v")]))
d2 = d | {"z": 26}
d |= {"a": -1}
print(d, d2, d == {"a": -1, "c": 3, "d": 4}, {1: 2} == {1.0: 2})
m = {}
m[(1, 2)] = "t"; m[1] = "int"; m[True] = "bool"; m[1.0] = "float"; m[None] = "n"; m["1"] = "s"
print(m, len(m))
try:
    m[[1]] = 0
except TypeError as e:
    print(e)
try:
    {}["missing"]
except KeyError as e:
    print(repr(e), e.args)
try:
    {}[("a", 1)]
except KeyError as e:
    print(e)
print(sorted(d.items(), key=lambda kv: -kv[1]), min(d, key=d.get), max(d.values()))
nested = {"x": {"y": [1, {"z": None}]}}
print(nested, repr(nested), str({"q": "it's"}))
copy = dict(nested); copy["x"]["y"].append(2)
print(nested["x"]["y"])
class D(dict):
    def __missing__(self, key):
        return f"missing-{key}"
dd = D(a=1)
print(dd["a"], dd["b"], dd.get("b"), "b" in dd, dd)
from collections import defaultdict, Counter, OrderedDict
g = defaultdict(list)
for w in "apple avocado banana blueberry cherry".split():
    g[w[0]].append(w)
print(dict(g), g["zz"], len(g))
c = Counter("mississippi")
print(c.most_common(2), c["s"], c["x"], sorted(c.elements())[:5], c + Counter("ss"), c - Counter("iiii"))
od = OrderedDict([("x", 1), ("y", 2)])
od.move_to_end("x")
print(od, list(od), od.popitem(last=False))
s = {3, 1, 2}
s2 = frozenset([2, 3, 4])
print(s | s2, s & s2, s - s2, s ^ s2, s <= {1, 2, 3, 4}, s2 | s, type(s2 | s).__name__, {1, 2} < {1, 2}, s.isdisjoint({9}))
s.add(10); s.discard(99); s.remove(1)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
print(s, s.pop() in {2, 3, 10}, {x % 3 for x in range(10)}, set("hello") == set("olleh"), frozenset() == set())
