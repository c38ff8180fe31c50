# exec() of configuration text into dicts: bindings land in the mapping given, functions and
# classes defined there read their globals from it, and module-level exec reaches the module.

CONFIG = '''
# settings
name = "service"
port = 8000 + 80
debug = False
hosts = ["a.example", "b.example"]
limits = {"cpu": 2, "mem": 512}
timeout = port // 100
def url(host):
    return f"http://{host}:{port}/{name}"
class Retry:
    attempts = 3
    def delays(self):
        return [2 ** i for i in range(self.attempts)]
urls = [url(h) for h in hosts]
'''

settings = {}
result = exec(CONFIG, settings)
print("exec returns", result)
for key in sorted(k for k in settings if k != "__builtins__"):
    value = settings[key]
    if callable(value):
        print(key, type(value).__name__)
    else:
        print(key, "=", repr(value))
print(settings["url"]("c.example"))
settings["port"] = 1
print("reads globals at call time:", settings["url"]("d"))
print(settings["Retry"]().delays(), settings["Retry"].__module__, settings["Retry"].__name__)
print(settings["url"].__name__, settings["url"].__qualname__)

# Separate globals and locals: top-level bindings go to locals, functions see only globals.
g = {"base": 100}
loc = {}
exec("a = base + 1\nb = a * 2", g, loc)
print(sorted(loc.items()), "a" in g)
exec("def f():\n    return base\nr = f()", g, loc)
print(loc["r"], "f" in loc, "f" in g)
try:
    exec("def h():\n    return a\nh()", g, loc)
except NameError as e:
    print("NameError", e)

# Module level with no namespaces: the module's own globals.
exec("made_here = 41 + 1")
print(made_here)
exec("counter = 0\nfor i in range(5):\n    counter += i")
print(counter)
exec("import math\nroot = math.sqrt(81)")
print(root, math.pi > 3)
exec("from collections import OrderedDict as OD")
print(OD([(1, 2)]))

# Layered configuration: each file overrides the previous ones.
layers = ["x = 1\ny = 2", "y = y * 10\nz = x + y", "del x\nw = [z] * 2"]
ns = {}
for layer in layers:
    exec(layer, ns)
    print(sorted(k for k in ns if not k.startswith("__")))
print(ns["w"], "x" in ns)

# Statements of every kind.
program = '''
total = 0
for n in range(10):
    if n % 3 == 0:
        continue
    total += n
else:
    done = True
while total > 20:
    total -= 7
try:
    1 / 0
except ZeroDivisionError as err:
    caught = str(err)
finally:
    cleaned = True
with open.__class__ and __import__("io").StringIO("hi") as f:
    text = f.read()
match total:
    case 1 | 2:
        kind = "small"
    case _:
        kind = "other"
gen = (i * i for i in range(4))
squares = list(gen)
assert squares == [0, 1, 4, 9]
lam = lambda *a, **k: (a, sorted(k))
called = lam(1, 2, z=3)
'''
ns2 = {}
exec(program, ns2)
for key in ["total", "done", "caught", "cleaned", "text", "kind", "squares", "called"]:
    print(key, repr(ns2[key]))
print("err" in ns2)
