# json.dumps(sort_keys=True) over many dicts of one shape, of shapes with the same number of keys,
# and keys that are not all strs; and == between decoded documents.
import json

records = [{"id": i, "name": "n%d" % i, "zip": "%05d" % i, "age": i * 3, "b": None} for i in range(4)]
print(json.dumps(records, sort_keys=True))
# Same number of keys, other keys; the same keys in another order
print(json.dumps([{"e": 1, "d": 2, "c": 3, "b": 4, "a": 5}, {"v": 1, "w": 2, "x": 3, "y": 4, "z": 5}], sort_keys=True))
print(json.dumps([{"a": 1, "b": 2}, {"b": 1, "a": 2}, {"a": 3, "c": 4}, {"c": 5, "a": 6}], sort_keys=True))
print(json.dumps({"b": {"y": 1, "x": 2}, "a": {"y": 3, "x": 4}}, sort_keys=True, indent=1))
# Keys are compared by code point: astral characters sort after U+E000..U+FFFF
keys = ["\U0001F600", "\ue000", "\uffff", "z", "A", "", "\xe9"]
d = {k: i for i, k in enumerate(keys)}
print(json.dumps(d, sort_keys=True))
print(json.dumps(d, sort_keys=True, ensure_ascii=False) == json.dumps(dict(sorted(d.items())), ensure_ascii=False))
# Keys that are not all strs: sorted as Python sorts them, or TypeError
print(json.dumps({3: "c", 1: "a", 2: "b"}, sort_keys=True))
print(json.dumps({2.5: "x", 1: "y", True: "z"}, sort_keys=True))
for bad in ({"a": 1, 2: "b"}, {None: 1, "a": 2}, {(1, 2): 3}):
    try:
        print(json.dumps(bad, sort_keys=True))
    except TypeError as e:
        print(type(e).__name__, e)
print(json.dumps({(1, 2): 3, "a": 1}, skipkeys=True))
# A dict subclass goes through items()
class Ordered(dict):
    def items(self):
        return sorted(super().items(), reverse=True)
print(json.dumps(Ordered(a=1, c=2, b=3)), json.dumps(Ordered(a=1, c=2, b=3), sort_keys=True))
# The same dict many times, and one with the keys of a cached shape in place
shape = {"k1": 1, "k2": 2, "k3": 3}
print(json.dumps([shape, shape, {"k1": 0, "k2": 0, "k3": 0}, {"k3": 0, "k2": 0, "k1": 0}], sort_keys=True))

# == between decoded documents and the originals
doc = {"people": records, "nested": [[1, [2, [3]]], {"x": [1.5, -0.0, None, True]}], "n": 1}
back = json.loads(json.dumps(doc))
print(back == doc, back != doc, doc == back)
back["nested"][0][1][1][0] = 4
print(back == doc)
back = json.loads(json.dumps(doc))
back["people"][2]["age"] = 6.0
print(back == doc, records[2]["age"])
back["people"][2]["age"] = "6"
print(back == doc)
print({"a": [1, 2]} == {"a": [1, 2, 3]}, {"a": [1]} == {"b": [1]}, {"a": 1} == {"a": 1, "b": 2})
print({"a": 1} == {"a": 1.0}, {"a": 1} == {"a": True}, {"a": 0.0} == {"a": -0.0})
nan = float("nan")
print({"a": nan} == {"a": nan}, {"a": [nan]} == {"a": [nan]}, {"a": [nan]} == {"a": [1.0]})
print({"a": (1, [2])} == {"a": (1, [2])}, {"a": {1, 2}} == {"a": {2, 1}})
class Always:
    def __eq__(self, other):
        return True
print({"a": [Always()]} == {"a": [5]}, {"a": Always()} == {"a": "x"})
class MyList(list):
    def __eq__(self, other):
        return "eq called"
print({"a": MyList([1])} == {"a": [2]}, {"a": [2]} == {"a": MyList([1])})
class MyDict(dict):
    def __eq__(self, other):
        return False
print({"a": MyDict(x=1)} == {"a": {"x": 1}}, {"a": {"x": 1}} == {"a": MyDict(x=1)})

# Compact output: keys written with their separators, for each mode and pair of separators
small = {"k\u00e9y": [1, {"a": None}], "b": {}, "c": {"d": {"e": []}}}
print(json.dumps(small))
print(json.dumps(small, separators=(",", ":")))
print(json.dumps(small, ensure_ascii=False))
print(json.dumps(small, separators=(";", "=")), json.dumps(small, separators=(",", ":"), ensure_ascii=False))
print(json.dumps(small))
print(json.dumps({(1, 2): 3}, skipkeys=True), json.dumps({(1, 2): 3, "z": {(3,): 4}}, skipkeys=True))
print(json.dumps({1: "a", 2.5: "b", None: "c", True: "d", "s": "e"}))
print(json.dumps([{"x": 1}, {"x": 2, "y": 3}, {"y": 4, "x": 5}], separators=(",", ":")))
class Upper(json.JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()
print(json.dumps(small, cls=Upper))
print(json.JSONEncoder(indent=None, separators=(", ", ": ")).encode({"q": [1, 2]}))
print("".join(json.JSONEncoder().iterencode({"it": [1, {"x": 2}]})))
