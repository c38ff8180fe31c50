# dict == walks two dicts filled in the same order side by side and looks the rest up: the answer
# must not depend on the order of the keys, on where the orders part, or on how keys are spelled.


class Loud:
    """Equal to any Loud with the same tag, and says so: shows which pairs are compared."""

    def __init__(self, tag):
        self.tag = tag

    def __eq__(self, other):
        print("  eq", self.tag, getattr(other, "tag", other))
        return isinstance(other, Loud) and self.tag == other.tag

    __hash__ = None


class Key:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return isinstance(other, Key) and self.n == other.n

    def __hash__(self):
        return hash(self.n)


class D(dict):
    def __eq__(self, other):
        return "D.__eq__"


nan = float("nan")
cases = [
    ("same order", {"a": 1, "b": [1, 2], "c": {"x": None}}, {"a": 1, "b": [1, 2], "c": {"x": None}}),
    ("other order", {"a": 1, "b": 2, "c": 3}, {"c": 3, "a": 1, "b": 2}),
    ("parting late", {"a": 1, "b": 2, "c": 3, "d": 4}, {"a": 1, "b": 2, "d": 4, "c": 3}),
    ("parting late unequal", {"a": 1, "b": 2, "c": 3, "d": 4}, {"a": 1, "b": 2, "d": 4, "c": 5}),
    ("missing key", {"a": 1, "b": 2}, {"a": 1, "c": 2}),
    ("1 1.0 True", {1: "x", 2.0: "y", True: "z"}, {1.0: "z", 2: "y"}),
    ("True first", {True: 1, 0: 2}, {1: 1, False: 2}),
    ("False vs 0.0", {False: [0.0]}, {0.0: [False]}),
    ("int float values", {"a": 1, "b": 2.0, "c": True}, {"a": 1.0, "b": 2, "c": 1}),
    ("nan same object", {"a": nan}, {"a": nan}),
    ("nan other object", {"a": float("nan")}, {"a": float("nan")}),
    ("nan in nested list", {"a": [nan]}, {"a": [nan]}),
    ("nan key", {nan: 1}, {nan: 1}),
    ("nested", {"p": [{"q": [1, {"r": (1, 2)}]}]}, {"p": [{"q": [1, {"r": (1, 2)}]}]}),
    ("nested differs deep", {"p": [{"q": [1, {"r": (1, 2)}]}]}, {"p": [{"q": [1, {"r": (1, 3)}]}]}),
    ("tuple vs list", {"a": (1, 2)}, {"a": [1, 2]}),
    ("value-equality keys", {Key(1): "a", Key(2): "b"}, {Key(2): "b", Key(1): "a"}),
    ("value-equality keys same order", {Key(1): "a", (1, 2): "b"}, {Key(1): "a", (1, 2): "b"}),
    ("tuple key vs str key", {(1,): 1}, {"(1,)": 1}),
    ("subclass left", D(a=1), {"a": 1}),
    ("subclass right", {"a": 1}, D(a=1)),
    ("subclass both plain eq", dict(D(a=1)), {"a": 1}),
    ("empty", {}, {}),
    ("sizes differ", {"a": 1}, {"a": 1, "b": 2}),
]
for label, a, b in cases:
    print(label, a == b, b == a, a != b)

print("loud same order")
print(" ", {"a": Loud(1), "b": Loud(2)} == {"a": Loud(1), "b": Loud(2)})
print("loud parting")
print(" ", {"a": Loud(1), "b": Loud(2), "c": Loud(3)} == {"a": Loud(1), "c": Loud(3), "b": Loud(2)})
print("loud unequal stops")
print(" ", {"a": Loud(1), "b": Loud(2), "c": Loud(3)} == {"a": Loud(9), "b": Loud(2), "c": Loud(3)})
print("loud in nested")
print(" ", [{"k": Loud("n")}] == [{"k": Loud("n")}])

# A dict built by deleting and re-adding keys keeps the new order
d1 = {"a": 1, "b": 2, "c": 3}
del d1["a"]
d1["a"] = 1
print("reinserted", d1 == {"a": 1, "b": 2, "c": 3}, list(d1))
big1 = {str(i): i for i in range(1000)}
big2 = {str(i): i for i in reversed(range(1000))}
big3 = dict(big1)
big3["999"] = -1
print("big", big1 == big2, big1 == big3, big2 == big3)
