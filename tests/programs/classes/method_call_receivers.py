# Method calls and `xs.append(v)` on every kind of receiver: plain lists, list subclasses with and
# without their own append, objects whose append returns something, None, attributes set to
# None, __getattr__, str/int methods, and arguments whose evaluation rebinds the receiver or
# raises (the method is looked up before the argument is evaluated).

log = []


def note(msg, value=None):
    log.append(msg)
    return value


xs = []
r = xs.append(1)
print("append returns", r, xs)
xs.append(xs)
print("self append", len(xs), xs[1] is xs)
print("as expression", [xs.append(k) for k in range(3)], len(xs))


class Doubling(list):
    def append(self, v):
        super().append(v * 2)
        return "doubled"


class Plain(list):
    pass


d = Doubling()
print(d.append(5), d)
p = Plain()
print(p.append(5), p, type(p).__name__)


class Recorder:
    def __init__(self):
        self.items = []

    def append(self, v):
        self.items.append(v)
        return len(self.items)


rec = Recorder()
print("user append", rec.append("a"), rec.append("b"), rec.items)

try:
    None.append(note("argument evaluated"))
except AttributeError as e:
    print("AttributeError", e, log)
try:
    (1, 2).append(3)
except AttributeError as e:
    print("AttributeError", e)
try:
    "text".append("x")
except AttributeError as e:
    print("AttributeError", e)


class Holder:
    def __init__(self):
        self.callback = None


h = Holder()
try:
    h.callback(1)
except TypeError as e:
    print("TypeError", e)
try:
    h.missing(note("missing arg"))
except AttributeError as e:
    print("AttributeError", e, log)


class Dynamic:
    def __getattr__(self, name):
        if name == "append":
            return lambda v: ("dynamic", v)
        raise AttributeError(name)


print(Dynamic().append(9))
try:
    Dynamic().extend([1])
except AttributeError as e:
    print("AttributeError", e)

target = [0]
other = target
target.append((target := [99]))
print("walrus argument", other, target)


def rebind_global():
    global shared
    shared = ["replaced"]
    return "arg"


shared = ["original"]
first = shared
shared.append(rebind_global())
print("global rebound in argument", first, shared)


def raising():
    raise ValueError("boom")


ys = [1]
try:
    ys.append(raising())
except ValueError as e:
    print("ValueError", e, ys)

print("str methods", "a-b".replace("-", "+"), " x ".strip(), "abc".upper(), (5).bit_length())
s = None
try:
    s.upper()
except AttributeError as e:
    print("AttributeError", e)


class Chain:
    def __init__(self):
        self.calls = []

    def step(self, k):
        self.calls.append(k)
        return self


c = Chain().step(1).step(2).step(3)
print("chain", c.calls)
nested = [[], []]
nested[1].append("inner")
nested[0].append(nested[1].append("again"))
print("nested", nested)
print("log", log)
