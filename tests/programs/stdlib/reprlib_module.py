# reprlib: bounded reprs per type and nesting level, custom limits and fill value, recursive_repr.
import reprlib
from collections import deque
print(reprlib.repr(list(range(100))), reprlib.repr(tuple(range(3))), reprlib.repr((1,)), reprlib.repr(()))
print(reprlib.repr("x" * 100), reprlib.repr("short"), reprlib.repr("q'" * 40), reprlib.repr(10 ** 60), reprlib.repr(-10 ** 45))
print(reprlib.repr({i: str(i) * 3 for i in range(10)}), reprlib.repr({}), reprlib.repr(set(range(20))), reprlib.repr(set()), reprlib.repr(frozenset("abcdefgh")), reprlib.repr(frozenset()))
print(reprlib.repr([[[[[[[[1]]]]]]]]), reprlib.repr({"a": {"b": {"c": {"d": {"e": {"f": {"g": 1}}}}}}}))
print(reprlib.repr(deque(range(10))), reprlib.repr({3, (2,), 1.5}), reprlib.repr(3.14159265358979), reprlib.repr(None))
class Big:
    def __repr__(self):
        return "Big(" + "z" * 50 + ")"
class Broken:
    def __repr__(self):
        raise ValueError
print(reprlib.repr(Big()), reprlib.repr(Broken()).startswith("<Broken instance at 0x"))
r = reprlib.Repr()
r.maxlist = 2
r.maxstring = 10
r.fillvalue = "~"
print(r.repr(list(range(5))), r.repr("abcdefghijklmnop"), r.repr([[1, 2, 3]]))
class Node:
    def __init__(self, value):
        self.value = value
        self.children = []
    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Node({self.value}, {self.children})"
a = Node(1); b = Node(2); a.children.append(b); b.children.append(a); a.children.append(a)
print(repr(a), Node.__repr__.__name__, Node.__repr__.__qualname__)
class Other:
    @reprlib.recursive_repr("<loop>")
    def __repr__(self):
        return f"Other({self.me!r})"
o = Other(); o.me = [o]
print(o)
