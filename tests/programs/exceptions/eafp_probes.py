# The EAFP idioms inside `try` bodies (int(), float(), o[k], o.index(v)) fail without a throw
# from the runtime; what they raise, and where, must not change.
import sys
import traceback
from collections import defaultdict


def to_int(s):
    try:
        return int(s)
    except ValueError as e:
        return "ValueError: %s" % e


for s in ["12", " -7 ", "+3", "1_000", "0x1f", "", "red", "١٢٣", "1__0", "x" * 300, "3.5", "\t42\n"]:
    r = to_int(s)
    print(repr(r)[:120])

for x in [3.9, -2.5, True, b"17", bytearray(b"8")]:
    print(to_int(x))


class Intish:
    def __int__(self):
        raise ValueError("from __int__")


print(to_int(Intish()))

try:
    to_int(None)
except TypeError as e:
    print("TypeError:", e)


def to_float(s):
    try:
        v = float(s)
    except ValueError as e:
        v = str(e)
    return v


for s in ["1.5", "1e3", "-0.0", "nan", "-inf", "Infinity", "4e", "", "x", " 2.5 ", "1_0.5", b"2.5", 7]:
    print(repr(to_float(s)))


class Cache(dict):
    def __missing__(self, key):
        return "missing " + key


def get(d, k):
    try:
        v = d[k]
    except KeyError as e:
        v = ("KeyError", e.args)
    except IndexError as e:
        v = ("IndexError", str(e))
    return v


d = {"a": 1, (1, 2): "t", 3: "three", None: 0}
for k in ["a", "b", (1, 2), (2, 1), 3, 3.0, 4, None, frozenset()]:
    print(get(d, k))
print(get(Cache(a=1), "zz"))
dd = defaultdict(list)
print(get(dd, "new"), dict(dd))
xs = [10, 20, 30]
for i in [0, 2, 3, -1, -3, -4, 100]:
    print(get(xs, i))
t = (1, 2)
for i in [1, 2, -3]:
    print(get(t, i))
for i in [0, 5, -6]:
    print(get("hello", i))
try:
    get(d, [1])
except TypeError as e:
    print("TypeError:", e)
try:
    get(xs, "0")
except TypeError as e:
    print("TypeError:", e)


class Seq:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError("seq ends")
        return i * i


print(get(Seq(), 1), get(Seq(), 5))


def find(xs, v):
    try:
        p = xs.index(v)
    except ValueError as e:
        p = str(e)
    return p


print(find([1, 2, 3], 2), find([1, 2, 3], 4), find(["a"], "b"), find([1.0], 1), find([None], None))
print(find((1, 2), 3), find("abc", "c"), find("abc", "z"))


class Indexed:
    def index(self, v):
        return "custom %r" % (v,)


print(find(Indexed(), 3))
try:
    find(None, 1)
except AttributeError as e:
    print("AttributeError:", e)


class Noisy:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        print("eq", self.n)
        return False

    def __repr__(self):
        return "Noisy(%d)" % self.n


print(find([Noisy(1), Noisy(2)], Noisy(3)))


# Which handler runs, in order.
def which(s):
    try:
        n = int(s)
    except (TypeError, KeyError):
        return "first"
    except LookupError:
        return "lookup"
    except Exception as e:
        return "exception: " + type(e).__name__
    else:
        return "else %d" % n
    finally:
        print("finally", s)


print(which("5"), which("five"), which([]))


def bare(k):
    d = {}
    try:
        d[k]
    except:
        return "bare " + repr(sys.exc_info()[0])
    return "none"


print(bare("k"))


# A probe in a handler, during another exception: __context__, and exc_info inside.
def nested(s, d):
    try:
        return int(s)
    except ValueError:
        try:
            return d[s]
        except KeyError as e:
            return "context: %r, handling %r" % (e.__context__, sys.exc_info()[1])


print(nested("x", {}))
print(nested("x", {"x": 9}))


# A handler that does not match lets the failure through to the next try.
def outer(s):
    try:
        try:
            v = int(s)
        except KeyError:
            v = "inner"
    except ValueError as e:
        v = "outer %s" % e
    return v


print(outer("q"), outer("4"))


# With a `with` or a `finally` between the failure and the handler, both see it leave.
class Manager:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return False


def in_with(d):
    try:
        with Manager():
            v = d["missing"]
        return v
    except KeyError as e:
        return "caught %s" % e


print(in_with({}))


def in_finally(xs):
    try:
        try:
            x = xs[9]
        finally:
            print("finally sees", repr(sys.exc_info()[1]))
    except IndexError as e:
        x = "caught %s" % e
    return x


print(in_finally([1]))


def suppressing(d):
    class Suppress:
        def __enter__(self):
            return self

        def __exit__(self, t, v, tb):
            return t is KeyError

    try:
        with Suppress():
            v = d["k"]
            print("not reached")
        return "suppressed"
    except KeyError:
        return "not suppressed"


print(suppressing({}))


# Loops in the body: the failure leaves them, the else clause of the try does not run.
def first_number(words):
    out = []
    try:
        for w in words:
            while True:
                out.append(int(w))
                break
        else:
            out.append("loop else")
    except ValueError as e:
        out.append(str(e))
    else:
        out.append("try else")
    return out


print(first_number(["1", "2"]), first_number(["1", "x", "3"]))


# Generators throw from their own frame.
def gen(words):
    for w in words:
        try:
            yield int(w)
        except ValueError:
            yield "bad " + w
        try:
            x = words.index("zz")
        except ValueError:
            x = -1
        yield x


print(list(gen(["1", "a"])))


# traceback.format_exc() in a handler shows the line that failed.
def failing(d):
    try:
        v = d["nope"]
    except KeyError:
        return traceback.format_exc().splitlines()


for line in failing({}):
    if line.startswith("  File"):
        print(line.split(", ", 1)[1])
    elif not set(line.strip()) <= set("~^"):
        print(line.strip())


# Module and class level.
try:
    m = int("module")
except ValueError as e:
    m = str(e)
print(m)


class Config:
    try:
        port = int("eighty")
    except ValueError:
        port = 80


print(Config.port)


# Statement forms: an expression alone, a return, an assignment to a global.
G = None


def forms(d):
    global G
    try:
        d["a"]
        G = d["b"]
        return d["c"]
    except KeyError as e:
        return "missing %s, G=%r" % (e, G)


print(forms({"a": 1, "b": 2}), forms({"a": 1}), forms({}))


# A failure in an inner handler goes to the outer try's handlers, the inner name unbound.
def handler_probe(s, d):
    try:
        try:
            x = int(s)
        except ValueError as e:
            x = d[s]
    except KeyError as k:
        x = "outer %r, context %r" % (k, k.__context__)
        try:
            print(e)
        except NameError as ne:
            x += ", " + type(ne).__name__
    return x


print(handler_probe("7", {}), handler_probe("s", {"s": 1}), handler_probe("s", {}))
