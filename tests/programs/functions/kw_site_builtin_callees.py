# One keyword call site whose callee changes from call to call: builtins that take keywords
# (print, sorted, int, str.split, list.sort, dict, max), Python functions, classes, bound
# methods, callables with __call__, and builtins that take no keywords. Each site must bind the
# way a fresh call would, errors included, whatever the site saw before.
import io
import sys


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def key_name(key):
    return None if key is None else key.__name__


def negated(v):
    return -v


def py_key(x, key=None, reverse=False):
    return ("py", x, key_name(key), reverse)


class Keyed:
    def __init__(self, x, key=None, reverse=False):
        self.got = (x, key_name(key), reverse)

    def __repr__(self):
        return f"Keyed{self.got}"


class CallMe:
    def __call__(self, x, key=None, reverse=False):
        return ("call", x, key_name(key), reverse)


class Holder:
    def pick(self, x, key=None, reverse=False):
        return ("method", x, key_name(key), reverse)


def my_len(x):
    return len(x)


data = [5, 3, 9, 1, 7, 3]
callees = [sorted, py_key, sorted, Keyed, CallMe(), Holder().pick, sorted, max, min, sorted]


def at_one_site(f, x, k, r):
    # The same call expression for every callee.
    return f(x, key=k, reverse=r)


for i, f in enumerate(callees):
    name = getattr(f, "__name__", type(f).__name__)
    show(f"site {i} {name} neg", lambda: at_one_site(f, data, negated, False))
    show(f"site {i} {name} none", lambda: at_one_site(f, data, None, True))


def split_site(s, f, n):
    return f(s, maxsplit=n)


for n in range(-1, 4):
    show(f"split {n}", lambda: split_site("a b  c d e", str.split, n))
    show(f"rsplit {n}", lambda: split_site("a b  c d e", str.rsplit, n))
show("split py", lambda: split_site("a b", lambda s, maxsplit: (s, maxsplit), 9))
show("split len", lambda: split_site("a b", len, 1))
show("split my_len", lambda: split_site("a b", my_len, 1))


def base_site(f, text, b):
    return f(text, base=b)


for b in [2, 8, 10, 16, 36, 0]:
    show(f"int base {b}", lambda: base_site(int, "101", b))
show("int bad digit", lambda: base_site(int, "z", 10))
show("int base bad", lambda: base_site(int, "1", 1))
show("float base", lambda: base_site(float, "1", 10))


class MyInt(int):
    pass


show("int subclass", lambda: base_site(MyInt, "ff", 16))
show("int subclass type", lambda: type(base_site(MyInt, "ff", 16)).__name__)


def print_site(f, *args, sep_value, end_value):
    return f(*args, sep=sep_value, end=end_value)


buf = io.StringIO()
old = sys.stdout
sys.stdout = buf
try:
    for i in range(6):
        print_site(print, "a", i, [i], sep_value="-" * i, end_value="|\n" if i % 2 else ";")
    print_site(print, "x", sep_value=None, end_value=None)
finally:
    sys.stdout = old
print(repr(buf.getvalue()))


def sep_errors(f, v):
    return f("a", "b", sep=v)


show("print sep int", lambda: sep_errors(print, 5))
show("print end list", lambda: print("a", end=[1]))
show("print bad kw", lambda: print("a", color=1))


def file_site(f, target):
    return f("to file", 1, 2, file=target, flush=True)


out = io.StringIO()
for i in range(3):
    file_site(print, out)
print(repr(out.getvalue()))


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        self.parts.append("<flush>")


w = Writer()
file_site(print, w)
print(w.parts)
show("file no write", lambda: file_site(print, 42))


def sort_site(xs, k, r):
    xs.sort(key=k, reverse=r)
    return xs


for i in range(4):
    show(f"list.sort {i}", lambda: sort_site([3, 1, 2, i], (lambda v: v % 3) if i % 2 else None, i > 1))


class MyList(list):
    def sort(self, key=None, reverse=False):
        list.sort(self, key=key, reverse=not reverse)
        return "mine"


show("sublist sort", lambda: (sort_site(MyList([1, 3, 2]), None, False)))
show("sort bad kw", lambda: [1].sort(kee=1))
show("sort positional", lambda: [2, 1].sort(None))


def dict_site(f, a, b):
    return f(alpha=a, beta=b)


show("dict", lambda: dict_site(dict, 1, 2))
show("dict py", lambda: dict_site(lambda **kw: sorted(kw.items()), 1, 2))
show("dict again", lambda: dict_site(dict, [3], None))
show("len kw", lambda: dict_site(len, 1, 2))
show("abs kw", lambda: abs(x=1))

def key_site(f, x, k):
    return f(x, key=k)


total = 0
for i in range(2000):
    f = (sorted, max, min, py_key)[i % 4]
    got = key_site(f, [i % 7, i % 5, i % 11], negated if i % 5 else None)
    if f is py_key:
        total += len(got[1]) + (100 if got[2] is None else 1000)
    elif f is sorted:
        total += got[0]
    else:
        total += got
print("total", total)
