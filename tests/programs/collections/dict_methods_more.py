d = dict.fromkeys("abc", 0)
print(d)
d.update(a=1)
d.update({"d": 4})
print(d, d.get("z", "nope"), d.setdefault("e"), d)
print(list(d.items())[-1], len(d))
print(d.pop("a"), d.pop("zz", "default"))
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
k, v = d.popitem()
print(k, v, d)
print({1: "a"} == {1.0: "a"}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
print(list({3: 0, 1: 0, 2: 0}), sorted({3: 0, 1: 0, 2: 0}))
x = {"k": [1]}
y = x.copy()
y["k"].append(2)
print(x)
print(dict(zip(range(3), "abc")), dict(a=1, **{"b": 2}))
print({i: chr(65 + i) for i in range(5) if i % 2 == 0})
counts = {}
for c in "abracadabra":
    counts[c] = counts[c] + 1 if c in counts else 1
print(counts, max(counts.items(), key=lambda kv: kv[1]))
nested = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = nested
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(nested)
print({**{}, **{}}, dict(), {} | {})
