# What exec'd source sets in its namespace as a module's code does: `__doc__` from a docstring
# and `__annotations__` for annotated names (in the locals when they are separate).

SOURCES = [
    '"module doc"\nx = 1',
    "'''triple\ndoc'''\n",
    "x = 1\n'not a doc'",
    "def f(): 'fdoc'",
    "x: int = 5\ny: str\nz = 3",
    "if True:\n    a: float = 1.0\nelse:\n    b: int",
    "for i in range(2):\n    c: list = [i]",
    "try:\n    d: dict = {}\nexcept Exception:\n    pass",
    "class A:\n    x: int = 1",
    "def f(a: int) -> str:\n    v: int = 1\n    return str(a)\nann = f.__annotations__",
    "'doc'\nq: bytes = b''",
    "obj = type('O', (), {})()\nobj.attr: int = 3\nseen = obj.attr",
    "d = {}\nd['k']: str = 'v'",
]
for src in SOURCES:
    g = {}
    exec(src, g)
    print(repr(src))
    print("  one dict:", {k: g[k] for k in sorted(g) if k in ("__doc__", "__annotations__")})
    g, l = {}, {}
    exec(src, g, l)
    print("  separate:", {k: l[k] for k in sorted(l) if k in ("__doc__", "__annotations__")},
          sorted(k for k in g if k.startswith("__") and k != "__builtins__"))

# An existing __annotations__ in the locals is kept and added to.
l = {"__annotations__": {"pre": "set"}}
exec("a: list = []\nb: tuple", {}, l)
print(l["__annotations__"], l["a"])

# 'single' mode sets up annotations but takes no docstring; 'eval' does neither.
ns = {}
exec(compile("v: int = 3", "<input>", "single"), ns)
exec(compile("'text'", "<input>", "single"), ns)
print(ns["__annotations__"], "__doc__" in ns, ns["v"])
ns = {}
print(eval("'doc'", ns), "__doc__" in ns)

# A mapping that records what the code stores.
class Recorder(dict):
    def __setitem__(self, key, value):
        print("  store", key, repr(value))
        super().__setitem__(key, value)
exec('"doc here"\nn: int = 1', {}, Recorder())
