# json.dumps reads each dict's keys and values once, in order, before writing them: plain dicts,
# keys that stand for another key object (True, 2.0), dict subclasses (through items()), sorted and
# unsorted output in turn, and dicts changed by a `default` hook while they are being written.
import json
from collections import OrderedDict

# Records of one shape, alternately unsorted and sorted, compact and indented.
records = [{"id": i, "name": "n%d" % i, "score": i / 7.0, "tags": ["t%d" % (i % 3)], "z": None,
            "a": {"y": i, "x": [i, -i]}} for i in range(6)]
for r in range(6):
    print(json.dumps(records, sort_keys=(r % 2 == 1)))
print(json.dumps(records[:2], sort_keys=True, indent=2))
print(json.dumps(records[:2], indent=1, separators=(",", ":")))

# Keys whose dict entry was made from another object: True and 1, 2.0 and 2
d = {True: "t", 2.0: "f", None: 0, 3: "i", "s": 1.5}
print(json.dumps(d))
print(json.dumps({True: "t", 2.0: "f", 3: "i", 0.5: "h", False: "n"}, sort_keys=True))
print(json.dumps({1: "a", True: "b", 1.0: "c"}), json.dumps({2.0: [1], 2: [2]}, indent=1))

# Mixed keys that cannot be sorted, and skipkeys (the sort comes first, as in CPython)
for bad, kw in (({"b": 1, 2: "x"}, {"sort_keys": True}), ({(1, 2): 3, "b": 1, "a": 2}, {"sort_keys": True, "skipkeys": True}),
                ({(1, 2): 3, "b": 1}, {})):
    try:
        print(json.dumps(bad, **kw))
    except TypeError as e:
        print(type(e).__name__, e)
print(json.dumps({(1, 2): 3, "b": 1, "a": 2}, skipkeys=True), json.dumps({(1, 2): 3, "b": 1, "a": 2}, skipkeys=True, indent=1))
print(json.dumps({(1, 2): 3}, skipkeys=True), json.dumps({(1, 2): 3}, skipkeys=True, indent=2))

# Dict subclasses are read through items()
class Plain(dict):
    pass

class Reversed(dict):
    def items(self):
        return list(reversed(list(super().items())))

class BadItems(dict):
    def items(self):
        return [("a", 1), ("b", 2, 3)]

class ListItems(dict):
    def items(self):
        return [["a", 1]]

class Raising(dict):
    def items(self):
        raise KeyError("no items")

p = Plain(b=1, a=2)
p["c"] = [Plain(y=1, x=2)]
print(json.dumps(p), json.dumps(p, sort_keys=True), json.dumps(p, indent=1, sort_keys=True))
print(json.dumps(Reversed(a=1, b=2, c=3)), json.dumps(Reversed(a=1, b=2, c=3), sort_keys=True))
print(json.dumps(Reversed(a=1, b=2, c=3), indent=2))
for obj in (BadItems(a=1), ListItems(a=1), Raising(a=1), [1, {"k": Raising(a=1)}]):
    try:
        print(json.dumps(obj))
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
o = OrderedDict([("b", 1), ("a", 2), ("c", 3)])
o.move_to_end("b")
print(json.dumps(o), json.dumps(o, sort_keys=True), json.dumps({"o": o}, indent=1))

# Deleted and re-added keys keep dict order; large dicts
d = {"k%03d" % i: i for i in range(120)}
del d["k005"]
d["k005"] = "again"
print(json.dumps(d)[-60:], json.dumps(d, sort_keys=True)[:60])
print(json.dumps({}), json.dumps({"only": {}}), json.dumps({"only": {}}, sort_keys=True, indent=1))

# A default hook that changes the dict being written: what is written was read before
class Later:
    pass

holder = {"first": 1, "obj": Later(), "last": 2}

def grow(o):
    holder["added"] = 3
    holder["first"] = "changed"
    return "later"

print(json.dumps(holder, default=grow), sorted(holder))
holder = {"b": Later(), "a": 1}
print(json.dumps(holder, default=grow, sort_keys=True), sorted(holder))

# The same keys in other orders, after the sorted order of one was remembered
rows = [{"c": 1, "b": 2, "a": 3}, {"a": 1, "b": 2, "c": 3}, {"b": 1, "c": 2, "a": 3}, {"c": 1, "b": 2, "d": 3}]
print(json.dumps(rows, sort_keys=True), json.dumps(rows))
print(json.dumps({"\xe9": 1, "e": 2, "\U0001F600": 3, "\uffff": 4}, sort_keys=True, ensure_ascii=False))
