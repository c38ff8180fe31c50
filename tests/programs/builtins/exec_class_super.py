# Classes defined by exec'd source: zero-argument super() in every position a method uses it,
# __class__, and what their functions' code objects report.

SOURCE = '''
class Base:
    def __init__(self, tag):
        self.tag = tag
    def describe(self):
        return "base:" + self.tag
    @classmethod
    def make(cls, tag):
        return cls(tag)
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        cls.flavour = kw.get("flavour", "plain")

class Child(Base, flavour="sweet"):
    def __init__(self, tag, extra):
        super().__init__(tag)
        self.extra = extra
    def describe(self):
        return "child:" + super().describe() + ":" + self.extra
    def parent_class_name(self):
        return super().__class__.__name__
    def bound_parent(self):
        return super().describe
    def own_class(self):
        return __class__.__name__
    @classmethod
    def make(cls, tag):
        made = super().make.__func__(cls, tag) if False else cls(tag, "made")
        return made
    def __repr__(self):
        return "Child(" + repr(self.tag) + ", " + repr(self.extra) + ")"

class GrandChild(Child):
    def describe(self):
        parts = [super().describe()]
        parts.append(super(Child, self).describe())
        return " | ".join(parts)
    def via_lambda(self):
        return (lambda: super(GrandChild, self).describe())()
    def nested(self):
        def inner():
            return __class__.__name__
        return inner()
'''

ns = {"__name__": "generated"}
exec(compile(SOURCE, "classes.py", "exec"), ns)
Base, Child, GrandChild = ns["Base"], ns["Child"], ns["GrandChild"]
objects = [Base("b"), Child("c", "x"), GrandChild("g", "y"), Child.make("m"), GrandChild.make("n")]
for obj in objects:
    print(type(obj).__name__, obj.describe(), getattr(obj, "flavour", "-"))
for obj in objects[1:]:
    print(obj.parent_class_name(), obj.own_class(), obj.bound_parent()(), repr(obj))
print(GrandChild("q", "r").via_lambda(), GrandChild("q", "r").nested())
print(Base.flavour if hasattr(Base, "flavour") else "no flavour", Child.flavour, GrandChild.flavour)
print([c.__name__ for c in GrandChild.__mro__], Child.__module__, Child.describe.__qualname__)

# What the functions' code objects say about where they came from.
for fn in [Base.__init__, Child.describe, GrandChild.nested, Child.make.__func__]:
    code = fn.__code__
    print(code.co_filename, code.co_name, code.co_firstlineno, code.co_argcount)
lam = eval("lambda a, b: a + b")
print(lam.__code__.co_filename, lam.__code__.co_name, lam(2, 3))

# A zero-argument super() where it cannot work fails as CPython's does.
for src in ["def f():\n    return super()\nf()", "def g(x):\n    return super().x\ng(1)"]:
    try:
        exec(src, {})
    except RuntimeError as e:
        print("RuntimeError", e)

# Many generated hierarchies: each level's method adds its name through super().
for depth in range(1, 7):
    lines = ["class L0:", "    def chain(self):", "        return ['L0']"]
    for level in range(1, depth + 1):
        lines += [f"class L{level}(L{level - 1}):", "    def chain(self):", f"        return super().chain() + ['L{level}']"]
    g = {}
    exec("\n".join(lines), g)
    print(depth, g[f"L{depth}"]().chain())
