# Inline arithmetic, comparison and indexing: every edge the fast paths must hand to the
# general operators (boxing of integral floats, ints past 2**53, -0, subclasses, dunders).

big = 2 ** 53
print(big - 1 + 1, big + 1, -big - 1, (big - 1) * 2, 3 * (big // 3))
print(0.5 + 0.5, 1.5 - 0.5, 0.25 * 4, 2 * 0.5, 1 - 1.0, 0.1 + 0.2, 3 * 0.1)
print(0 * -1, -0.0 * 1, 0.0 * -1, -0.0 + 0, 1e308 * 10, -1e308 * 10, 1e308 * 10 - 1e308 * 10)
print(True + True, True * 3, False - 1, 2 * True, 1.5 * True)
print("ab" + "cd", "ab" * 3, 3 * "ab", [1] + [2], [0] * 3, (1,) + (2,), (1, 2) * 2)
print(10**20 + 1, 10**20 - 10**20, 10**20 * 0, (10**10) * (10**10), 123456789 * 987654321)
x = 7
x += 1.5
print(x, type(x).__name__)
x = 2.5
x -= 0.5
print(x, type(x).__name__)
x = big
x += big
print(x)
s = "a"
s += "b"
print(s)
lst = [1]
alias = lst
lst += [2]
print(lst, alias is lst)
t = (1,)
t += (2,)
print(t)


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))

    def __radd__(self, o):
        return Num(o + self.v)

    def __mul__(self, o):
        return "mul"

    def __lt__(self, o):
        return "lt-result"

    def __eq__(self, o):
        return "eq-result"

    def __repr__(self):
        return f"Num({self.v})"


print(Num(1) + 2, 2 + Num(1), Num(1) * 2, Num(1) < 2, Num(1) == 2, 2 == Num(1))
if Num(1) < 2:
    print("truthy rich compare")

# comparisons
print(1 < 2, 2 <= 2, 3 > 4, 1.5 >= 1.5, 1 == 1.0, 1 != 1.0, 2 ** 60 > 2 ** 53, -2 ** 60 < 1)
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, 1 < nan, nan is nan)
print("a" == "a", "a" != "b", "a" < "b", [1] == [1], (1, 2) < (1, 3), None == None, 1 == True)
for a in ("GET", "POST", 3, None):
    print(a == "GET", a != "GET", "GET" == a)


class S(str):
    def __eq__(self, o):
        return "custom"

    __hash__ = str.__hash__


print(S("GET") == "GET", "GET" == S("GET"))
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError", e)
try:
    print([] < 1)
except TypeError as e:
    print("TypeError", e)

# indexing
v = [10, 20, 30]
print(v[0], v[2], v[-1], v[-3], v[True], v[False])
i = 1
print(v[i], v[i + 1], v[-i])
v[0] = 11
v[-1] = 33
v[i] += 5
v[i] *= 2
v[-1] -= 3
print(v)
for bad in (3, -4, 10 ** 20, 1.0, "x", None):
    try:
        print(v[bad])
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
    try:
        v[bad] = 0
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(v)
t = (1, 2, 3)
print(t[0], t[-1], t[i])
try:
    t[0] = 5
except TypeError as e:
    print("TypeError", e)
print("abc"[0], "abc"[-1], "abc"[i], b"abc"[0], range(10)[3], range(10)[-1])
d = {"a": 1, 2: "two", (1, 2): "tuple", True: "bool-as-1"}
print(d["a"], d[2], d[1, 2], d[1], d[True], d[1.0])
k = "a"
d[k] += 10
d["new"] = 5
d[3.0] = "three"
print(d)
try:
    print(d["missing"])
except KeyError as e:
    print("KeyError", e)
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError", e)
try:
    print(d[[1]])
except TypeError as e:
    print("TypeError", e)


class L(list):
    def __getitem__(self, i):
        return ("L", i)

    def __setitem__(self, i, v):
        print("L set", i, v)


class D(dict):
    def __missing__(self, k):
        return ("missing", k)

    def __setitem__(self, k, v):
        print("D set", k, v)
        super().__setitem__(k, v)


lv = L([1, 2, 3])
print(lv[0], lv[-1], lv[i])
lv[0] = 9
lv[i] = 8
print(list(lv))
dv = D(a=1)
print(dv["a"], dv["zz"], dv[k])
dv["b"] = 2
dv[k] = 3
print(dv)


class Dflt(dict):
    pass


dd = Dflt()
dd["x"] = 1
print(dd["x"], type(dd).__name__)
from collections import defaultdict, OrderedDict, Counter

dl = defaultdict(list)
dl["a"].append(1)
dl[k].append(2)
print(dict(dl))
c = Counter("hello")
print(c["l"], c["z"])
od = OrderedDict()
od["b"] = 1
od["a"] = 2
print(list(od))

# evaluation order of subscript assignment: value, then object, then key


def show(tag, value):
    print("eval", tag)
    return value


box = [0, 0]
show("obj", box)[show("key", 0)] = show("value", 5)
print(box)
box[show("k2", 1)] += show("v2", 7)
print(box)
