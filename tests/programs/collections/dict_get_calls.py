# dict.get on plain dicts, other keys, subclasses, other objects, and its argument count errors.
from collections import OrderedDict, defaultdict
d = {"a": 1, 1: "one", (1, 2): "t", None: 0}
print(d.get("a"), d.get("b"), d.get("b", 5), d.get(1), d.get(1.0), d.get(True), d.get((1, 2)), d.get(None, 9))
try:
    d.get([1])
except TypeError as e:
    print("TypeError", e)
class D(dict):
    def get(self, k, default=None):
        return ("sub", k, default)
print(D(a=1).get("a"), D().get("x", 2))
class E(dict):
    pass
print(E(a=1).get("a"), E().get("zz", "dflt"))
print(OrderedDict(a=1).get("a"), defaultdict(int).get("q"))
class G:
    def get(self, k, d=None):
        return k * 2
print(G().get("ab"))
order = []
def ev(x):
    order.append(x)
    return x
try:
    ev(None).get(ev("k"), ev("d"))
except AttributeError as e:
    print("AttributeError", e, order)
print({"k": None}.get("k", 3), {"k": 0}.get("k", 3), {}.get("k"))
freq = {}
for w in "a b a c b a".split():
    freq[w] = freq.get(w, 0) + 1
print(freq)
import os
print(os.environ.get("NO_SUCH_VARIABLE_X", "none"))
try:
    {}.get()
except TypeError as e:
    print("TypeError", e)
try:
    {}.get("a", 1, 2)
except TypeError as e:
    print("TypeError", e)
print({}.get(key="a") if False else "kw skipped")
