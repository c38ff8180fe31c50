# classmethod over descriptors and other callables, property subclasses that override __get__,
# and classes made by type() whose bases bring a metaclass of their own.
import abc
import functools


class Counter:
    """A callable object that records how it was called."""

    def __init__(self, tag):
        self.tag = tag

    def __call__(self, *args, **kwargs):
        first = args[0].__name__ if args and isinstance(args[0], type) else args[:1]
        return (self.tag, first, args[1:], sorted(kwargs.items()))


def plain(cls, *rest):
    return ("plain", cls.__name__, rest)


class Host:
    name = "host"

    @classmethod
    @property
    def label(cls):
        return cls.name.upper()

    via_partial = classmethod(functools.partial(plain, ))
    via_partial_args = classmethod(functools.partial(lambda cls, a, b: (cls.__name__, a, b), b=9))
    via_callable = classmethod(Counter("counter"))
    via_static = classmethod(staticmethod(lambda *a: ("static", a)))
    via_class = classmethod(dict)
    via_plain = classmethod(plain)


class Child(Host):
    name = "child"


for cls in (Host, Child):
    for obj in (cls, cls()):
        who = "class" if obj is cls else "instance"
        print(cls.__name__, who, "label", obj.label)
        print(cls.__name__, who, "partial", obj.via_partial(1, 2))
        print(cls.__name__, who, "partial args", obj.via_partial_args(5))
        print(cls.__name__, who, "callable", obj.via_callable(3, k=4))
        print(cls.__name__, who, "static", obj.via_static(7))
        print(cls.__name__, who, "plain", obj.via_plain(8))
        try:
            print(cls.__name__, who, "class", obj.via_class())
        except TypeError as e:
            print(cls.__name__, who, "class TypeError", e)

for key in ("label", "via_partial", "via_callable", "via_static", "via_plain"):
    wrapper = Host.__dict__[key]
    print(key, type(wrapper).__name__, type(wrapper.__func__).__name__)
    bound = wrapper.__get__(None, Child)
    print(key, "bound through __get__:", bound if key == "label" else type(bound).__name__)

h = Host()
h.via_callable = "shadowed"
print(h.via_callable, Host().via_callable(0)[0])


class LoggedProp(property):
    log = []

    def __get__(self, obj, objtype=None):
        LoggedProp.log.append("get " + ("class" if obj is None else type(obj).__name__))
        return super().__get__(obj, objtype)


class Doubling(property):
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return 2 * super().__get__(obj, objtype)


class Quiet(property):
    pass


class Shape:
    def __init__(self, side):
        self._side = side

    @LoggedProp
    def side(self):
        return self._side

    @side.setter
    def side(self, value):
        LoggedProp.log.append(f"set {value}")
        self._side = value

    @Doubling
    def double(self):
        return self._side

    @Quiet
    def quiet(self):
        return -self._side


for n in range(1, 6):
    s = Shape(n)
    s.side = s.side + n
    print(n, s.side, s.double, s.quiet, type(Shape.side).__name__, type(Shape.double).__name__)
print(LoggedProp.log)
print(type(Shape.__dict__["double"]).__name__, Shape.quiet.fget(Shape(4)))


class Base(abc.ABC):
    @abc.abstractmethod
    def go(self):
        ...

    @abc.abstractmethod
    def stop(self):
        ...


def attempt(cls):
    try:
        obj = cls()
        return f"made {type(obj).__name__}"
    except TypeError as e:
        return f"TypeError {e}"


methods = {"go": lambda self: "going", "stop": lambda self: "stopping"}
for mask in range(4):
    ns = {k: v for i, (k, v) in enumerate(methods.items()) if mask >> i & 1}
    made = type(f"Dyn{mask}", (Base,), ns)
    print(mask, type(made).__name__, sorted(made.__abstractmethods__), attempt(made))


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(ns), kw)
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)

    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)


class Root(metaclass=Meta):
    pass


Leaf = type("Leaf", (Root,), {"x": 1})
print(type(Leaf).__name__, Leaf.x, type(Leaf()).__name__)


class InitOnly(type):
    def __init__(cls, name, bases, ns):
        print("InitOnly.__init__", name, bases[0].__name__ if bases else None)
        cls.tagged = name.lower()


class Tagged(metaclass=InitOnly):
    pass


Again = type("Again", (Tagged,), {})
print(type(Again).__name__, Again.tagged)


class Replacing(type):
    def __new__(mcls, name, bases, ns):
        if name.startswith("Fake"):
            return 42
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, *args):
        print("Replacing.__init__", cls.__name__)


class Real(metaclass=Replacing):
    pass


print(type("FakeOne", (Real,), {}), type(type("Other", (Real,), {})).__name__)


class Other(type):
    pass


class Elsewhere(metaclass=Other):
    pass


try:
    type("Mixed", (Root, Elsewhere), {})
except TypeError as e:
    print("TypeError", e)

print(type(Host.via_partial.__func__).__name__, type(Host.via_callable.__func__).__name__, Host.via_callable.__self__.__name__)
