a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "w": 0}
print(sorted(a.keys() & b.keys()), sorted(a.keys() | b.keys()), sorted(a.keys() - b.keys()))
print(sorted(a.keys() ^ b.keys()))
print(a.keys() == {"x", "y", "z"}, list(a.items())[0])
inv = {v: k for k, v in a.items()}
print(inv)
merged = {}
for src in (a, b):
    for k, v in src.items():
        merged[k] = merged.get(k, 0) + v
print(merged)
nested = {"p": {"q": {"r": 1}}}
nested["p"]["q"]["s"] = 2
print(nested, nested["p"]["q"]["r"])
counts = {}
for word in "a b a c b a".split():
    counts.setdefault(word, []).append(len(counts))
print(counts)
print(dict(sorted({"b": 1, "a": 2}.items())))
print(list(zip(a, a.values())))
print(len({}), bool({}), bool({0: 0}))
