# An instance's __dict__: descriptor-managed entries, a live view, assignment, vars().


class Checked:
    """Validating data descriptor that keeps its value in the instance dict."""

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, cls):
        if obj is None:
            return self
        return obj.__dict__[self.name]

    def __set__(self, obj, value):
        if value < 0:
            raise ValueError(f"{self.name} must be >= 0, got {value}")
        obj.__dict__[self.name] = value


class Item:
    qty = Checked()
    price = Checked()

    def __init__(self, qty, price):
        self.qty = qty
        self.price = price


def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2147483648
        yield seed


gen = lcg(7)
for _ in range(12):
    q = next(gen) % 21 - 5
    p = next(gen) % 9
    try:
        it = Item(q, p)
        it.price = it.price + 1
        print("ok", it.qty, it.price, vars(it), sorted(it.__dict__))
    except ValueError as e:
        print("ValueError", e)


class Loud:
    def __get__(self, obj, cls):
        return "from-get" if obj is not None else self

    def __set__(self, obj, value):
        print("Loud.__set__", value)


class Holder:
    d = Loud()


h = Holder()
h.__dict__["d"] = 1
print(h.d, h.__dict__, vars(h)["d"], "d" in vars(h))
h.d = 2
print(h.__dict__)
vars(h)["plain"] = 3
print(h.plain, sorted(vars(h)))


class Prop:
    @property
    def x(self):
        return "prop"


p = Prop()
p.__dict__["x"] = 5
print(p.x, p.__dict__)


class Cached:
    """Non-data descriptor: the instance dict entry shadows it after the first read."""

    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__

    def __get__(self, obj, cls):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value


class Calc:
    calls = 0

    @Cached
    def total(self):
        Calc.calls += 1
        return 42


c = Calc()
print(c.total, c.total, Calc.calls, c.__dict__)
del c.__dict__["total"]
print(c.total, Calc.calls)


# The dict is live and is the same object every time.
class R:
    def __init__(self):
        self.a = 1


r = R()
d = r.__dict__
r.b = 2
print(len(d), "b" in d, d, r.__dict__ is r.__dict__, vars(r) is d)
d["c"] = 3
print(r.c, hasattr(r, "c"))
del d["a"]
print(hasattr(r, "a"), list(d), list(d.items()))
del r.b
print(d, len(d))
d.update(x=10, y=20)
print(r.x, r.y, d)
print(d.pop("x"), hasattr(r, "x"), d.setdefault("z", 9), r.z)
d.clear()
print(d, hasattr(r, "y"))

gen = lcg(99)
names = ["n%d" % i for i in range(6)]
obj = R()
shadow = dict(obj.__dict__)
live = obj.__dict__
for step in range(40):
    k = names[next(gen) % 6]
    op = next(gen) % 4
    if op == 0:
        setattr(obj, k, step)
        shadow[k] = step
    elif op == 1:
        live[k] = -step
        shadow[k] = -step
    elif op == 2 and k in shadow:
        delattr(obj, k)
        del shadow[k]
    elif op == 3 and k in live:
        del live[k]
        del shadow[k]
    assert live == shadow, (step, live, shadow)
print("live", live == shadow, sorted(live.items()))

# Assigning __dict__.
c = R()
c.__dict__ = {"z": 1}
print(c.z, hasattr(c, "a"), c.__dict__)
c.w = 3
print(c.__dict__, c.__dict__ is c.__dict__)
ns = {"k": 1}
c.__dict__ = ns
ns["m"] = 2
c.k += 10
print(c.m, ns, vars(c) is ns)
del c.k
print(ns)
try:
    c.k
except AttributeError as e:
    print("AttributeError", e)
setattr(c, "__dict__", {"y": 2})
print(c.y, vars(c))
try:
    c.__dict__ = 5
except TypeError as e:
    print("TypeError", e)


class AttrDict(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.__dict__ = self


ad = AttrDict(x=1, y=2)
print(ad.x, ad.y)
ad.z = 3
print(ad, ad["z"], list(ad.keys()))
ad["q"] = 4
print(ad.q, len(ad), isinstance(ad, AttrDict), type(ad).__name__)
del ad.x
print(ad)
try:
    ad.nope
except AttributeError as e:
    print("AttributeError", e)


class WithSlots:
    __slots__ = ("a", "__dict__")


s = WithSlots()
s.a = 1
s.b = 2
print(s.__dict__, s.a)


class OnlySlots:
    __slots__ = ("a",)


try:
    vars(OnlySlots())
except TypeError as e:
    print("TypeError", e)
try:
    [].__dict__
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(1, "__dict__"), hasattr(R(), "__dict__"))
