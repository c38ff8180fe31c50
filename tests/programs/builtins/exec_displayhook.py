# sys.displayhook: the builtin that shows an expression statement's value in 'single' code, and
# keeps it as builtins._; code compiled in 'single' mode asks whatever sys.displayhook is now.
import builtins
import sys


def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


def underscore():
    return repr(builtins._) if hasattr(builtins, "_") else "<unset>"


print(sys.displayhook is sys.__displayhook__)
print(repr(sys.displayhook), repr(sys.__displayhook__))
print(sys.displayhook.__name__, sys.displayhook.__qualname__, sys.displayhook.__module__)
print(sys.__displayhook__.__name__, callable(sys.displayhook))
print(sys.displayhook.__doc__)

# The builtin on its own: repr on sys.stdout, the value kept, None neither shown nor kept.
VALUES = [0, 1, -7, 2**70, 1.5, "s", "", b"b", [1, "x"], (2,), (), {"k": None}, {3}, frozenset(),
          None, True, False, Ellipsis, NotImplemented, 3j, range(4), slice(1, None)]
for v in VALUES:
    r = sys.displayhook(v)
    print("  returned", r, "kept", underscore())

# Argument errors.
show("no args", lambda: sys.displayhook())
show("two args", lambda: sys.displayhook(1, 2))
show("keyword", lambda: sys.displayhook(value=1))
show("kw and pos", lambda: sys.displayhook(1, x=2))

# None leaves an earlier `_` as it was; a failing repr clears it.
sys.displayhook(41)
sys.displayhook(None)
print("after None:", underscore())


class BadRepr:
    def __repr__(self):
        raise ValueError("no repr")


show("bad repr", lambda: sys.displayhook(BadRepr()))
print("after bad repr:", underscore())


class Shown:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Shown<{self.n}>"


sys.displayhook(Shown(3))
print("kept:", underscore())


# A replaced sys.stdout receives the repr and the newline as separate writes.
class Collect:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)


real = sys.stdout
sink = Collect()
sys.stdout = sink
sys.displayhook([1, 2])
sys.displayhook("q")
sys.displayhook(None)
sys.stdout = real
print("writes:", sink.parts)

sys.stdout = None
try:
    sys.displayhook(5)
except Exception as e:
    real.write(f"stdout None: {type(e).__name__} {e}\n")
sys.stdout = real
print("after lost stdout:", underscore())

# 'single' code run by exec() shows each expression statement through the hook.
ns = {}
for src in ["1 + 1", "x = 5", "x * 3", "None", "'text'", "[x] * 2", "for i in range(3): i * i\n",
            "if x:\n  x\n  x + 1\n", "x; x + 100", "def f(): return 7\n", "f()", "f.__name__", "_"]:
    try:
        exec(compile(src, "<in>", "single"), ns)
    except Exception as e:
        print(repr(src), type(e).__name__, e)
print("kept after console:", underscore())
print("namespace has _:", "_" in ns)

# eval and 'exec' mode never call the hook.
seen = []
sys.displayhook = seen.append
exec(compile("1 + 2\n3", "<in>", "exec"), {})
print(eval("4 + 5"))
print("exec/eval calls:", seen)

# A user hook sees every value, None included, and nothing is printed for it.
for src in ["10", "None", "'a' * 3", "for c in 'ab': c\n", "[1][0]", "(1, 2)"]:
    exec(compile(src, "<in>", "single"), {})
print("hook saw:", seen)


class CallableHook:
    def __init__(self):
        self.calls = 0

    def __call__(self, value):
        self.calls += 1
        print("  instance hook:", value)


hook = CallableHook()
sys.displayhook = hook
for src in ["3 * 3", "'z'", "None"]:
    exec(compile(src, "<in>", "single"), {})
print("instance calls:", hook.calls)


def raising_hook(value):
    raise KeyError(value)


sys.displayhook = raising_hook
try:
    exec(compile("99", "<in>", "single"), {})
except Exception as e:
    print("hook raised:", type(e).__name__, e)

sys.displayhook = 12
try:
    exec(compile("1", "<in>", "single"), {})
except Exception as e:
    print("not callable:", type(e).__name__, e)

sys.displayhook = lambda *a: print("  star hook", a)
exec(compile("'one'", "<in>", "single"), {})

del sys.displayhook
print("has displayhook:", hasattr(sys, "displayhook"))
try:
    exec(compile("1", "<in>", "single"), {})
except Exception as e:
    print("deleted:", type(e).__name__, e)
exec(compile("y = 1", "<in>", "single"), {})
print("statement without value ran")

# The original stays reachable and can be put back.
sys.displayhook = sys.__displayhook__
exec(compile("'back'", "<in>", "single"), {})
print("kept:", underscore())
print(sys.displayhook is sys.__displayhook__)
