# exec with separate globals and locals: a name that a `global` statement names anywhere in the
# source is global at its top level too (read and bound in the globals dict, past the locals).

def run(src):
    g, l = {}, {}
    try:
        exec(src, g, l)
        outcome = "ok"
    except Exception as e:
        outcome = f"{type(e).__name__}: {e}"
    globals_seen = sorted(k for k in g if k != "__builtins__")
    return outcome, globals_seen, sorted(l)

CASES = [
    "x = 1\ndef f():\n    global x\n    x = 2\nf()\ny = x",
    "x = 1\ndef f():\n    return x\ny = f() if False else 0",
    "global q\nq = 1\nw = 2",
    "global q\nq = 1\ndel q",
    "global counter\ncounter = 0\nfor i in range(3):\n    counter += i",
    "def setup():\n    global CONFIG\n    CONFIG = {'a': 1}\nsetup()\nvalue = CONFIG['a']",
    "class K:\n    def m(self):\n        global seen\n        seen = True\nK().m()\nresult = seen",
    "def f():\n    global math, K, fn\n    import math\n    class K: pass\n    def fn(): pass\nf()\nimport math\nr = math.e > 2",
    "def outer():\n    def inner():\n        global deep\n        deep = 'deep'\n    inner()\nouter()\ncopy = deep",
    "try:\n    raise ValueError('v')\nexcept ValueError as err:\n    msg = str(err)\ndef f():\n    global err\n",
    "import os.path as p\ndef f():\n    global p\n",
    "n = 0\nwhile n < 3:\n    n += 1\ndef g():\n    global n\n",
    "[z := 5]\ndef f():\n    global z\n",
    "for a, b in [(1, 2)]: pass\ndef f():\n    global b\n",
    "with open(__file__) as fh: pass\ndef f():\n    global fh\n" if False else "t = 1\ndef f():\n    global t\ndel t",
    "def f():\n    global missing\n    return missing\ntry:\n    f()\nexcept NameError as e:\n    err = str(e)",
]
for src in CASES:
    print(repr(src))
    print("  ", run(src))

# The same programs with one dict: nothing changes where things go.
for src in CASES[:5]:
    g = {}
    exec(src, g)
    print(sorted(k for k in g if k != "__builtins__"))
