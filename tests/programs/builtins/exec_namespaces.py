# eval() and exec() inside functions and classes: the caller's globals and a snapshot of its
# locals; closures, classes, generators and comprehensions defined by exec'd code.

factor = 3


def scale(values):
    offset = 10
    return [eval("v * factor + offset", None, {"v": v, "offset": offset}) for v in values]


print(scale([1, 2, 3]))


def snapshot():
    a = 1
    b = "two"
    seen = eval("(a, b, factor)")
    exec("a = 99")       # writes to the snapshot, not to the function's variable
    return seen, a


print(snapshot())


def outer():
    captured = 5

    def inner():
        return eval("captured * 2")

    def reads():
        captured
        return eval("captured * 2")
    try:
        inner()
    except NameError as e:
        print("NameError", e)     # not a free variable of inner: CPython cannot see it either
    return reads()


print(outer())


def make_counter_source(name, step):
    return f'''
def {name}():
    count = 0
    def bump():
        nonlocal count
        count += {step}
        return count
    return bump
'''


ns = {}
for name, step in [("by_one", 1), ("by_five", 5)]:
    exec(make_counter_source(name, step), ns)
c1 = ns["by_one"]()
c5 = ns["by_five"]()
print([c1() for _ in range(3)], [c5() for _ in range(3)])

shapes = {}
exec('''
import math
class Shape:
    sides = 0
    def __init__(self, size):
        self.size = size
    def __repr__(self):
        return f"{type(self).__name__}({self.size})"
    def area(self):
        raise NotImplementedError
class Square(Shape):
    sides = 4
    def area(self):
        return self.size ** 2
class Circle(Shape):
    def area(self):
        return round(math.pi * self.size ** 2, 3)
    @property
    def diameter(self):
        return 2 * self.size
    @classmethod
    def unit(cls):
        return cls(1)
    @staticmethod
    def describe():
        return "round"
class Tagged(Square):
    def __init__(self, size, tag):
        super().__init__(size)
        self.tag = tag
    def __repr__(self):
        return super().__repr__() + "#" + self.tag
''', shapes)
Square, Circle, Tagged = shapes["Square"], shapes["Circle"], shapes["Tagged"]
print(Square(3), Square(3).area(), Square.sides, Circle(2).area(), Circle(2).diameter)
print(Circle.unit(), Circle.describe(), Tagged(2, "t"), Tagged(2, "t").area())
print(isinstance(Tagged(1, "x"), shapes["Shape"]), [k.__name__ for k in Tagged.__mro__])
try:
    shapes["Shape"](1).area()
except NotImplementedError:
    print("abstract area")

# A generator and a comprehension that reach the exec globals.
gens = {"limit": 4}
exec("def upto():\n    n = 0\n    while n < limit:\n        yield n\n        n += 1\nsquares = {n: n * n for n in upto()}", gens)
print(list(gens["upto"]()), gens["squares"])
gens["limit"] = 2
print(list(gens["upto"]()))

# global and del inside exec'd functions.
state = {"hits": 0}
exec("def hit():\n    global hits\n    hits += 1\n    return hits\nhit()\nhit()", state)
print(state["hits"])
exec("def forget():\n    global hits\n    del hits\nforget()", state)
print("hits" in state)

# locals() and globals() inside exec'd code.
info = {}
exec("x = 1\nkeys = sorted(k for k in locals() if not k.startswith('_'))\nsame = globals() is locals()", info)
print(info["keys"], info["same"])
loc = {}
exec("y = 2\nsame = globals() is locals()\nmine = sorted(locals())", {}, loc)
print(loc["same"], loc["mine"])

# eval of an expression that defines functions and uses the walrus operator.
print(eval("[(y := v * 2) for v in range(3)]", {}), eval("(lambda f: f(f, 5))(lambda s, n: 1 if n < 2 else n * s(s, n - 1))"))

# Code objects are reusable against different namespaces.
code = compile("result = a * b", "<calc>", "exec")
for a, b in [(2, 3), (4, 5)]:
    space = {"a": a, "b": b}
    exec(code, space)
    print(space["result"])
expr = compile("a - b", "<calc>", "eval")
print([eval(expr, {"a": i, "b": 1}) for i in range(4)])
print(code.co_filename, expr.co_name, type(code).__name__)
single = compile("40 + 2", "<single>", "single")
exec(single)
exec(compile("None", "<single>", "single"))
exec(compile("for i in range(2): i * 10\n", "<single>", "single"))
exec(compile("if True:\n    'a'\n    [1]\n", "<single>", "single"))
print(compile("x = 1", "f", "exec", flags=0, dont_inherit=True).co_filename)

# __module__ of what exec defines: a class reads __name__ (globals, then builtins), a function
# takes the globals' __name__ or None.
for space in [{}, {"__name__": "plugin"}]:
    exec("class K: pass\ndef fn(): pass", space)
    print(space["K"].__module__, space["fn"].__module__, space["fn"].__qualname__)
exec("def top_level(): pass")
print(top_level.__module__)
