# Restricted namespaces: an import needs `__import__` and a class statement `__build_class__`
# among the globals' builtins, as a calculator's `{"__builtins__": {}}` relies on.
import builtins

STATEMENTS = [
    "import os",
    "import os.path",
    "from os import path",
    "from math import *",
    "import math as m",
    "class A: pass",
    "class B:\n    x = 1",
    "x = len('abc')",
    "x = 1 + 2",
    "def f():\n    import json\nf()",
    "def f():\n    class C: pass\n    return C\nk = f()",
]
NAMESPACES = [
    ("empty", lambda: {}),
    ("import only", lambda: {"__import__": builtins.__import__}),
    ("build_class only", lambda: {"__build_class__": builtins.__build_class__, "__name__": "sandbox"}),
    ("module", lambda: builtins),
    ("full dict", lambda: dict(vars(builtins))),
]
for src in STATEMENTS:
    print(repr(src))
    for label, make in NAMESPACES:
        g = {"__builtins__": make()}
        try:
            exec(src, g)
            print("  ", label, "ok", sorted(k for k in g if k not in ("__builtins__", "__name__")))
        except Exception as e:
            print("  ", label, type(e).__name__, e)

# The usual calculator: math functions and no builtins.
import math
SAFE = {"__builtins__": {}}
SAFE.update({name: getattr(math, name) for name in ("sqrt", "floor", "pi", "e", "gcd")})
for expr in ["sqrt(16) + pi", "__import__('os')", "open('f')", "gcd(12, 18) * e", "floor(-2.5)", "len('x')"]:
    try:
        print(expr, "->", eval(expr, SAFE))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)

# __builtins__ that is not a plain dict: None cannot be asked, a dict subclass's __missing__ answers.
class Fallback(dict):
    def __missing__(self, key):
        return "missing-" + key
for label, b in [("None", None), ("module", builtins), ("small dict", {"len": len}),
                 ("subclass", Fallback()), ("subclass with len", Fallback(len=len))]:
    for src in ["1", "len('ab')", "zzz", "[len for _ in 'a'][0]('xyz')"]:
        try:
            print(label, src, "->", repr(eval(src, {"__builtins__": b})))
        except Exception as e:
            print(label, src, "!!", type(e).__name__, e)

# Argument errors.
import pathlib
print(compile("1", pathlib.PurePosixPath("p.py"), "eval").co_filename, compile("1", b"b.py", "eval").co_filename)
for name in [3.5, None, ["x"]]:
    try:
        compile("1", name, "eval")
    except TypeError as e:
        print("TypeError", e)
for call in [lambda: exec("x = 1", {}, {}, {}), lambda: exec(), lambda: eval("1", {}, {}, {}), lambda: eval(),
             lambda: eval("\x00"), lambda: exec("x = '\x00'"), lambda: compile("a\x00", "f", "exec")]:
    try:
        call()
    except (TypeError, SyntaxError) as e:
        print(type(e).__name__, e, e.args)
