# An AttributeError that leaves an attribute lookup (from __getattr__, a property getter or
# __getattribute__) carries the name looked up and the object, unless it already named some.
import traceback


class Config:
    value = 1
    limit = 2

    def __getattr__(self, n):
        if n.startswith("x_"):
            return 0
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {n!r}")


class Props:
    value = 1

    @property
    def valeu(self):
        raise AttributeError("custom failure")

    @property
    def named(self):
        raise AttributeError("named failure", name="vlaue")

    @property
    def with_obj(self):
        raise AttributeError("with obj", obj=42)

    @property
    def explicit_none(self):
        raise AttributeError("explicit none", name=None)

    @property
    def inner(self):
        return self.missing_thing

    @property
    def other_error(self):
        raise KeyError("k")


class Guarded:
    value = 2

    def __getattribute__(self, n):
        if n in ("value", "__class__", "__dict__"):
            return object.__getattribute__(self, n)
        raise AttributeError(n)


class GuardedFallback(Guarded):
    def __getattr__(self, n):
        if n == "fallback":
            return "fb"
        raise AttributeError(f"no {n}")


class Descriptor:
    def __get__(self, obj, owner):
        if obj is None:
            return self
        raise AttributeError("descriptor says no")


class WithDescriptor:
    thing = Descriptor()
    things = 3


class PropAndHook:
    @property
    def fragile(self):
        raise AttributeError("fragile broke")

    def __getattr__(self, n):
        raise AttributeError(f"hook: {n}")


def describe(e):
    obj = e.obj
    kind = type(obj).__name__ if obj is not None else None
    return f"{type(e).__name__}({str(e)!r}) name={e.name!r} obj={kind}"


def attempt(label, f):
    try:
        print(label, "->", f())
    except AttributeError as e:
        print(label, describe(e))
    except Exception as e:
        print(label, type(e).__name__, e)


c, p, g, gf, w, ph = Config(), Props(), Guarded(), GuardedFallback(), WithDescriptor(), PropAndHook()
attempt("hook", lambda: c.valeu)
attempt("hook-ok", lambda: c.x_anything)
attempt("hook-getattr", lambda: getattr(c, "limt"))
attempt("hook-getattr-default", lambda: getattr(c, "limt", "dflt"))
attempt("hook-hasattr", lambda: hasattr(c, "limt"))
attempt("prop", lambda: p.valeu)
attempt("prop-getattr", lambda: getattr(p, "valeu"))
attempt("prop-named", lambda: p.named)
attempt("prop-obj", lambda: p.with_obj)
attempt("prop-explicit-none", lambda: p.explicit_none)
attempt("prop-inner", lambda: p.inner)
attempt("prop-keyerror", lambda: p.other_error)
attempt("getattribute", lambda: g.vlue)
attempt("getattribute-ok", lambda: g.value)
attempt("getattribute-fallback", lambda: gf.fallback)
attempt("getattribute-fallback-miss", lambda: gf.nothing)
attempt("descriptor", lambda: w.thing)
attempt("prop-then-hook", lambda: ph.fragile)
attempt("plain-missing", lambda: Props().nothing)
attempt("class-missing", lambda: Props.nothing)
attempt("raised-directly", lambda: (_ for _ in ()).throw(AttributeError("bare")))

for name in ["valeu", "limt", "vale", "x_y", "lim", "zzz"]:
    try:
        print(name, getattr(c, name))
    except AttributeError as e:
        print(name, e.name, e.obj is c, traceback.format_exception_only(type(e), e)[-1].strip())

for obj, name in [(p, "valeu"), (p, "named"), (g, "vlue"), (gf, "vlue"), (w, "thing")]:
    try:
        getattr(obj, name)
    except AttributeError as e:
        print(type(obj).__name__, name, e.name, e.obj is obj)

# The error reaches the top uncaught: its message gains CPython's suggestion.
p.valeu
