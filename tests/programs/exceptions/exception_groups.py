# BaseExceptionGroup and ExceptionGroup (PEP 654): construction and its errors, the automatic
# ExceptionGroup, str/repr, split/subgroup/derive, subclasses, and what split copies to the parts.
import sys


def show(f):
    try:
        r = f()
        print("->", type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)


eg = ExceptionGroup("msg", [ValueError(1)])
print(eg.args, repr(eg), str(eg), eg.message, eg.exceptions)
items = [ValueError(1), TypeError(2), KeyError("k")]
eg = ExceptionGroup("three", items)
print(eg.args[1] is items, type(eg.exceptions).__name__, eg.exceptions[2] is items[2], str(eg))
print(eg.exceptions is eg.exceptions, len(eg.exceptions))
print(str(ExceptionGroup("", [ValueError()])), repr(ExceptionGroup("é ✓", (OSError(2, "no"),))))

for cls in (ExceptionGroup, BaseExceptionGroup):
    show(lambda: cls())
    show(lambda: cls("x"))
    show(lambda: cls("x", []))
    show(lambda: cls("x", ()))
    show(lambda: cls(1, [ValueError()]))
    show(lambda: cls(b"x", [ValueError()]))
    show(lambda: cls("x", 5))
    show(lambda: cls("x", None))
    show(lambda: cls("x", {ValueError()}))
    show(lambda: cls("x", {"a": ValueError()}))
    show(lambda: cls("x", [ValueError(), 1]))
    show(lambda: cls("x", [ValueError], ))
    show(lambda: cls("x", [ValueError()], 3))
    show(lambda: cls("x", (ValueError(),)))
    show(lambda: cls("x", "ab"))
    show(lambda: cls("x", range(0)))
    show(lambda: cls("x", [ValueError()], note=1))

show(lambda: ExceptionGroup("x", [KeyboardInterrupt()]))
show(lambda: ExceptionGroup("x", [ValueError(), SystemExit(2)]))
show(lambda: BaseExceptionGroup("x", [KeyboardInterrupt()]))
show(lambda: BaseExceptionGroup("x", [ValueError(), GeneratorExit()]))
show(lambda: BaseExceptionGroup("x", [ValueError(), ExceptionGroup("y", [TypeError()])]))
show(lambda: BaseExceptionGroup("x", [BaseExceptionGroup("y", [KeyboardInterrupt()])]))
print(type(BaseExceptionGroup("x", [ValueError()])).__name__, type(BaseExceptionGroup("x", [SystemExit()])).__name__)

print([c.__name__ for c in ExceptionGroup.__mro__])
print([c.__name__ for c in BaseExceptionGroup.__mro__])
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(isinstance(ExceptionGroup("x", [ValueError()]), BaseExceptionGroup))
try:
    raise ExceptionGroup("caught plainly", [ValueError(1)])
except Exception as e:
    print("except Exception:", repr(e))
try:
    raise BaseExceptionGroup("base", [KeyboardInterrupt()])
except Exception:
    print("not here")
except BaseException as e:
    print("except BaseException:", repr(e))


class MyEG(ExceptionGroup):
    pass


class MyBEG(BaseExceptionGroup):
    pass


show(lambda: MyEG("x", [KeyboardInterrupt()]))
show(lambda: MyBEG("x", [KeyboardInterrupt()]))
show(lambda: MyBEG("x", [ValueError()]))
print(type(MyBEG("x", [ValueError()])).__name__, isinstance(MyEG("m", [ValueError()]), ExceptionGroup))

# split and subgroup
tree = ExceptionGroup("top", [
    ValueError(1),
    TypeError(2),
    ExceptionGroup("mid", [ValueError(3), KeyError(4), ExceptionGroup("low", [ValueError(5)])]),
    OSError(6),
])
m, r = tree.split(ValueError)
print(repr(m))
print(repr(r))
print(repr(tree.subgroup(KeyError)), repr(tree.subgroup(ZeroDivisionError)))
print(repr(tree.split((KeyError, OSError))))
print(repr(tree.split(lambda e: isinstance(e, ValueError) and e.args[0] > 2)))
print(tree.split(Exception)[0] is tree, tree.split(Exception)[1], tree.subgroup(lambda e: True) is tree)
print(repr(tree.split(lambda e: isinstance(e, ExceptionGroup) and e.message == "mid")))
mid = tree.exceptions[2]
print(tree.split(lambda e: e is mid)[0].exceptions[0] is mid)
print(repr(tree.subgroup(ExceptionGroup)))
for bad in (3, (ValueError, 3), "ValueError", [ValueError], None):
    show(lambda: tree.split(bad))
    show(lambda: tree.subgroup(bad))
show(lambda: tree.split())
show(lambda: tree.split(ValueError, TypeError))
show(lambda: tree.subgroup())
show(lambda: tree.derive([ValueError(9)]))
show(lambda: tree.derive([KeyboardInterrupt()]))
show(lambda: tree.derive([]))
show(lambda: MyEG("m", [ValueError(1)]).derive([TypeError(2)]))

# What the parts keep: traceback, cause, context and a copy of the notes.
try:
    try:
        raise KeyError("context")
    except KeyError:
        raise ExceptionGroup("meta", [ValueError(1), TypeError(2)]) from OSError("cause")
except ExceptionGroup as e:
    g = e
g.add_note("first note")
m, r = g.split(ValueError)
print(repr(m.__cause__), repr(m.__context__), m.__suppress_context__, m.__notes__, r.__notes__)
print(m.__traceback__ is g.__traceback__, m.__notes__ is g.__notes__, m.__notes__ == g.__notes__)
m.add_note("only on the part")
print(g.__notes__, m.__notes__)
plain = ExceptionGroup("plain", [ValueError(1), TypeError(2)])
m, r = plain.split(TypeError)
print(m.__cause__, m.__context__, m.__traceback__, hasattr(m, "__notes__"))
plain.__notes__ = "ab"
print(plain.split(TypeError)[0].__notes__)
plain.__notes__ = 42
print(hasattr(plain.split(TypeError)[0], "__notes__"))


# A subclass that carries more state keeps it through derive.
class Errors(ExceptionGroup):
    def __new__(cls, message, excs, code):
        self = super().__new__(cls, message, excs)
        self.code = code
        return self

    def __init__(self, message, excs, code):
        super().__init__(message, excs)

    def derive(self, excs):
        return Errors(self.message, excs, self.code)


errs = Errors("coded", [ValueError(1), TypeError(2), ValueError(3)], 42)
print(repr(errs), errs.code, errs.args)
m, r = errs.split(ValueError)
print(type(m).__name__, m.code, repr(m), type(r).__name__, r.code)


class NoDerive(ExceptionGroup):
    pass


m, r = NoDerive("nd", [ValueError(1), TypeError(2)]).split(ValueError)
print(type(m).__name__, type(r).__name__, repr(m))


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return [excs]


show(lambda: BadDerive("bd", [ValueError(1), TypeError(2)]).split(ValueError))
show(lambda: BadDerive("bd", [ValueError(1), TypeError(2)]).split(Exception))


class Loud(ExceptionGroup):
    def __str__(self):
        return "loud!"


print(str(Loud("q", [ValueError()])), repr(Loud("q", [ValueError()])))
print(len(ExceptionGroup("many", [ValueError(i) for i in range(50)]).exceptions))
print(str(ExceptionGroup("many", [ValueError(i) for i in range(50)])))
print(sys.exc_info())


def annotated() -> ExceptionGroup[ValueError]:
    pass


print(annotated.__annotations__, ExceptionGroup[ValueError, TypeError], BaseExceptionGroup[KeyboardInterrupt])
