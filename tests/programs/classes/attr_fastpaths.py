# Attribute reads written at the site: data attributes pass straight through; functions become
# bound methods; missing ones reach __getattr__ or raise AttributeError; properties, class
# attributes, callables stored on instances, None and numbers behave as in CPython.


class Box:
    kind = "box"

    def __init__(self, v):
        self.v = v
        self.f = len
        self.nothing = None
        self.zero = 0
        self.false = False

    def method(self):
        return ("method", self.v)

    @property
    def double(self):
        return self.v * 2

    @staticmethod
    def st():
        return "static"

    @classmethod
    def cm(cls):
        return cls.__name__


b = Box(21)
print(b.v, b.kind, b.double, b.nothing, b.zero, b.false)
m = b.method
print(m(), m.__self__ is b, m.__func__ is Box.method)
print(b.f([1, 2, 3]), b.st(), b.cm(), Box.cm(), b.st is Box.st)
print(type(b.method).__name__, type(b.f).__name__)
try:
    b.missing
except AttributeError as e:
    print("AttributeError", e)


class Lazy:
    def __getattr__(self, name):
        return "computed " + name


lz = Lazy()
lz.real = 1
print(lz.real, lz.other)
x = 5
print(x.real, x.imag, (2.5).real, "s".upper(), True.real)
try:
    nothing = None
    nothing.attr
except AttributeError as e:
    print("AttributeError", e)


def fn():
    pass


fn.tag = "tagged"
print(fn.tag, fn.__name__)
b.v += 1
print(b.v)
b.callback = lambda: "called"
print(b.callback())
