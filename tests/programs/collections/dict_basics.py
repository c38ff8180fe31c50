d = {"one": 1, "two": 2}
d["three"] = 3
print(d, len(d), d["two"], d.get("four"), d.get("four", 4))
print("one" in d, 1 in d, list(d), list(d.keys()), list(d.values()), list(d.items()))
d["one"] = 100
print(d)
del d["two"]
print(d)
d["two"] = 2
print(d)
print(d.pop("three"), d.pop("missing", None), d)
print(d.setdefault("x", []), d.setdefault("one", 0), d)
d.update({"y": 1}, z=2)
d.update([("w", 0)])
print(d)
print(d.popitem(), d)
e = d.copy()
e.clear()
print(e, d == dict(d), {} == {}, {1: 2} == {1: 2.0})
print(dict(a=1, b=2), dict([(1, "x"), (2, "y")]), dict(zip("abc", range(3))))
print(dict.fromkeys(["a", "b"]), dict.fromkeys("xy", 0))
try:
    d["nope"]
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
print({**d, "one": -1, **{"new": True}})
print(d | {"one": 0}, {1: 1} | {2: 2})
d |= {"q": 9}
print(d)
