# The class statement's header (bases, metaclass, other keywords) is evaluated left to right
# before the body runs; decorators before everything.
log = []

def note(tag, value):
    log.append(tag)
    print("evaluating", tag)
    return value

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

class Base:
    def __init_subclass__(cls, flag=0, **kw):
        print("init_subclass", cls.__name__, flag, kw)

def deco(tag):
    print("decorator made", tag)
    def apply(cls):
        print("decorator applied", tag, cls.__name__)
        return cls
    return apply

@deco(note("deco", "d1"))
class K(note("base", Base), metaclass=note("meta", Meta), flag=note("flag", 7), extra=note("extra", "x")):
    print("body of K starts")
    a = note("attr", 1)
    def method(self):
        return self.a

print(log)
print(K().method(), type(K).__name__, K.__mro__[1].__name__)

def make(n):
    class Local(Base, flag=n * 2):
        print("body of Local", n)
    return Local

print(make(3).__name__, make(4).__qualname__)
try:
    class Bad(note("bad base", 42)):
        print("never runs")
except TypeError as e:
    print("TypeError", e)
print(log)
