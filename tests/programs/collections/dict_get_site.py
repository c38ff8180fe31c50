# d.get(k) and d.get(k, default) at a call site: plain dicts, dict subclasses with and without
# their own get, other objects with a get, evaluation order of the receiver and the arguments,
# and keys that need normalising (1 / 1.0 / True, NaN, tuples, big ints, unhashable keys).

order = []


def ev(tag, value):
    order.append(tag)
    return value


# The default is evaluated even when the key is present, after the key.
d = {"a": 1}
print(d.get(ev("k1", "a"), ev("d1", 5)), order)
order.clear()
print(d.get(ev("k2", "zz"), ev("d2", 6)), order)
order.clear()
print(d.get(ev("k3", "a")), d.get(ev("k4", "q")), order)
order.clear()

# The receiver is fixed before the arguments run, even if they rebind its name.
box = {"x": "old dict"}


def rebind():
    global box
    box = {"x": "new dict"}
    return "x"


print(box.get(rebind()), box.get("x"))


# Arguments that mutate the dict run before the lookup.
m = {}


def add_then_key():
    m["late"] = "added by the key expression"
    return "late"


print(m.get(add_then_key(), "missing"))


def remove_in_default():
    m.pop("late", None)
    return "default ran"


print(m.get("late", remove_in_default()), m)


# Subclasses: one keeps dict.get, one overrides it, one defines __missing__ (which get ignores).
class Plain(dict):
    pass


class Loud(dict):
    def get(self, k, default=None):
        order.append(("Loud.get", k))
        return ("loud", dict.get(self, k, default))


class Missing(dict):
    def __missing__(self, k):
        return "from __missing__"


for obj in (Plain(a=1), Loud(a=1), Missing(a=1)):
    print(type(obj).__name__, obj.get("a"), obj.get("b"), obj.get("b", 0), obj["a"])
print(Missing()["nope"], order)
order.clear()


# Objects that are not dicts but have a get, or no get at all.
class Getter:
    def get(self, k, default="G-default"):
        return ("Getter", k, default)


class ViaGetattr:
    def __getattr__(self, name):
        return lambda *args: (name, args)


class NoneGet:
    get = None


for obj in (Getter(), ViaGetattr(), NoneGet(), None, 5, "text", [1, 2]):
    for args in (("k",), ("k", "dflt")):
        try:
            print(type(obj).__name__, obj.get(*args) if len(args) == 2 else obj.get(args[0]))
        except Exception as e:
            print(type(obj).__name__, type(e).__name__, e)
# The attribute is looked up before the arguments are evaluated.
try:
    None.get(ev("never", 1), ev("never either", 2))
except AttributeError as e:
    print("AttributeError", e, order)
order.clear()
try:
    NoneGet().get(ev("k", 1), ev("d", 2))
except TypeError as e:
    print("TypeError", e, order)
order.clear()

# Keys that are normalised or compared by value.
nan = float("nan")
keys = {1: "int one", (1, "a"): "tuple", 2**70: "big", frozenset({1, 2}): "fs", nan: "this nan", None: "none"}
print(keys.get(1.0), keys.get(True), keys.get((1, "a")), keys.get(2**70), keys.get(float(2**70)))
print(keys.get(frozenset([2, 1])), keys.get(nan), keys.get(float("nan"), "other nan"), keys.get(None))
print(keys.get(False, "no zero"), keys.get(0.5, "no half"), keys.get("1", "no str"))
for bad in ([1], {}, {1}):
    try:
        keys.get(bad, "x")
    except TypeError as e:
        print("TypeError", e)


# A key whose __eq__ raises: the error comes out of get.
class Touchy:
    def __hash__(self):
        return hash(1)

    def __eq__(self, other):
        raise RuntimeError("compared")


try:
    print(keys.get(Touchy(), "t"))
except RuntimeError as e:
    print("RuntimeError", e)

# Values that are falsy or None are found, not replaced by the default.
z = {"none": None, "zero": 0, "empty": "", "false": False}
print([z.get(k, "default") for k in ("none", "zero", "empty", "false", "absent")])

# Argument count errors keep dict.get's messages.
for call in (lambda: {}.get(), lambda: {}.get(1, 2, 3), lambda: {}.get(k=1)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)


# Counting with a seeded generator, against a count made without get.
def words(n, seed):
    x = seed
    out = []
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        k = (x >> 8) % 40
        out.append(k if k % 5 == 0 else ("w%d" % k if k % 3 else (k, k % 2)))
    return out


for seed in (1, 7, 99):
    ws = words(3000, seed)
    via_get = {}
    for w in ws:
        via_get[w] = via_get.get(w, 0) + 1
    by_hand = {}
    for w in ws:
        if w in by_hand:
            by_hand[w] += 1
        else:
            by_hand[w] = 1
    sub = Plain()
    for w in ws:
        sub[w] = sub.get(w, 0) + 1
    loud = Loud()
    for w in ws[:50]:
        loud[w] = loud.get(w, 0)[1] + 1
    print(seed, via_get == by_hand, dict(sub) == by_hand, len(via_get), sorted(via_get.items(), key=repr)[:4],
          len(order), sum(loud.values()))
    order.clear()
