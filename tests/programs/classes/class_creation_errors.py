# Errors raised while a class is being created: keywords nobody takes, __slots__ that clash with
# class variables, and __set_name__ hooks that fail.


def nested_bad():
    class Bad(unknown=1):
        pass


class Outer:
    @staticmethod
    def make():
        class Inner(flag=True):
            pass


class Base:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)


def nested_forward():
    class Sub(Base, colour="red"):
        pass


class Takes:
    def __init_subclass__(cls, size=0):
        cls.size = size


def nested_takes_size():
    class Sized(Takes, size=3):
        pass
    return Sized.size


def nested_takes_other():
    class Sized(Takes, other=1):
        pass
    return Sized.size


for attempt in (nested_bad, Outer.make, nested_forward, nested_takes_size, nested_takes_other):
    try:
        print("made", attempt())
    except TypeError as e:
        print("TypeError", e)

try:
    type("Dyn", (), {}, extra=1)
except TypeError as e:
    print("TypeError", e)


def lcg(seed):
    while True:
        seed = (seed * 214013 + 2531011) % (1 << 31)
        yield seed >> 16


names = ["a", "b", "__c", "_d", "__e__", "__dict__", "__weakref__", "__qualname__"]
gen = lcg(11)
for case in range(20):
    slots = tuple(sorted({names[next(gen) % len(names)] for _ in range(1 + next(gen) % 3)}))
    body = {"__slots__": slots if case % 4 else list(slots)}
    for _ in range(next(gen) % 3):
        name = names[next(gen) % (len(names) - 1)]
        if name == "__c":
            name = "_Holder__c" if case % 2 else "__c"
        body[name] = case
    try:
        made = type("Holder", (), body)
        print(case, slots, sorted(k for k in body if k != "__slots__"), "ok", sorted(made.__dict__.keys() & {"a", "b", "_Holder__c", "_d"}))
    except (ValueError, TypeError) as e:
        print(case, slots, sorted(k for k in body if k != "__slots__"), type(e).__name__, e)

try:
    class Conf:
        __slots__ = ("x", "y")
        y = 5
except ValueError as e:
    print("ValueError", e)

try:
    class Single:
        __slots__ = "value"
        value = None
except ValueError as e:
    print("ValueError", e)


class Fussy:
    def __init__(self, fail_with):
        self.fail_with = fail_with

    def __set_name__(self, owner, name):
        if self.fail_with is not None:
            raise self.fail_with(f"{owner.__name__}.{name} refused")
        self.name = name


for error in (None, ValueError, KeyError, AttributeError, RuntimeError):
    try:
        class Holder:
            first = Fussy(None)
            second = Fussy(error)
        print("created", Holder.first.name, Holder.second.name)
    except Exception as e:
        cause = e.__cause__
        print(type(e).__name__, e, "| cause:", type(cause).__name__, cause, "| same context:", e.__context__ is cause)

for body in ({"__slots__": ("__c",), "_Holder__c": 1}, {"__slots__": ("__c",), "__c": 1}, {"__slots__": ("__c__",), "__c__": 1}):
    try:
        print("ok", sorted(type("__Holder", (), body).__dict__.keys() - {"__module__", "__doc__", "__slots__"}))
    except ValueError as e:
        print("ValueError", e)
