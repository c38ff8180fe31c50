# try/except* (PEP 654): each clause runs at most once with the part of the group it matches, what
# is left and what the handlers raise leaves the statement together, naked exceptions are wrapped
# to match, and else/finally, sys.exc_info(), chaining and the errors of a bad clause.
import sys


def shape(e):
    if isinstance(e, BaseExceptionGroup):
        return f"{type(e).__name__}({e.message!r}, [{', '.join(shape(x) for x in e.exceptions)}])"
    return repr(e)


def run(label, f):
    try:
        f()
        print(label, "-> returned")
    except BaseException as e:
        print(label, "->", shape(e))


def tree():
    return ExceptionGroup("eg", [
        ValueError(1), TypeError(2),
        ExceptionGroup("nested", [ValueError(3), KeyError(4)]),
        OSError(5),
    ])


def split_all():
    try:
        raise tree()
    except* ValueError as e:
        print("  V", shape(e))
    except* TypeError as e:
        print("  T", shape(e))
    except* (KeyError, OSError) as e:
        print("  KO", shape(e))


def partial():
    try:
        raise tree()
    except* ValueError as e:
        print("  V", shape(e))
    except* ZeroDivisionError:
        print("  never")


def raise_in_handler():
    try:
        raise tree()
    except* ValueError:
        raise RuntimeError("from handler")
    except* KeyError as e:
        raise


def raise_two():
    try:
        raise tree()
    except* ValueError:
        raise RuntimeError("one")
    except* TypeError:
        raise LookupError("two")


def raise_only():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise TypeError("replaces")


def reraise_everything():
    try:
        raise tree()
    except* ValueError:
        raise
    except* TypeError:
        raise


def naked_matched():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("  bound", shape(e), shape(sys.exc_info()[1]), e.exceptions[0].args)


def naked_unmatched():
    try:
        raise ValueError("naked")
    except* TypeError:
        print("  never")


def naked_reraised():
    try:
        raise KeyError("naked")
    except* LookupError:
        raise


def naked_replaced():
    try:
        raise KeyError("naked")
    except* KeyError:
        raise ValueError("instead")


def naked_tuple():
    try:
        raise OSError("naked")
    except* (TypeError, OSError) as e:
        print("  tuple", shape(e))


def nothing_raised():
    try:
        print("  body")
    except* ValueError:
        print("  never")
    else:
        print("  else")
    finally:
        print("  finally")


def with_finally():
    try:
        raise tree()
    except* ValueError:
        print("  handled V")
    else:
        print("  never")
    finally:
        print("  finally runs", shape(sys.exc_info()[1]))


def handler_order():
    order = []
    try:
        raise ExceptionGroup("o", [KeyError(1), ValueError(2), KeyError(3)])
    except* ValueError:
        order.append("V")
    except* KeyError:
        order.append("K")
    except* LookupError:
        order.append("L: never, KeyError was taken")
    print("  order", order)


def subclass_first():
    try:
        raise ExceptionGroup("s", [KeyError(1), IndexError(2), ValueError(3)])
    except* LookupError as e:
        print("  lookup", shape(e))
    except* KeyError:
        print("  never")
    except* Exception as e:
        print("  rest", shape(e))


def bad_clause():
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass


def bad_clause_tuple():
    try:
        raise ValueError(1)
    except* (ValueError, BaseExceptionGroup):
        pass


def bad_clause_class():
    try:
        raise ValueError(1)
    except* int:
        pass


def bad_clause_after_match():
    try:
        raise ValueError(1)
    except* ValueError:
        print("  matched first")
    except* ExceptionGroup:
        pass


def context_and_cause():
    try:
        raise ExceptionGroup("ctx", [ValueError(1)])
    except* ValueError as e:
        try:
            raise KeyError("inner")
        except KeyError as k:
            print("  inner context", shape(k.__context__), k.__context__ is e)
        raise RuntimeError("outer") from e


def base_exceptions():
    try:
        raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(1), SystemExit(3)])
    except* KeyboardInterrupt as e:
        print("  KI", shape(e))
    except* SystemExit as e:
        print("  SE", shape(e))


def loops():
    out = []
    for i in range(4):
        try:
            if i % 2:
                raise ExceptionGroup("loop", [ValueError(i), TypeError(i)])
            out.append(("ok", i))
        except* ValueError as e:
            out.append(("V", e.exceptions[0].args[0]))
        except* TypeError as e:
            out.append(("T", e.exceptions[0].args[0]))
        else:
            out.append(("else", i))
    print("  loops", out)
    total = 0
    while total < 3:
        try:
            total += 1
            if total == 2:
                continue
        except* ValueError:
            pass
        finally:
            out.append(("finally", total))
    print("  while", out[-3:])


def returns_from_body():
    try:
        return "from body"
    except* ValueError:
        pass
    finally:
        print("  finally after return")


def generator():
    try:
        yield 1
        raise ExceptionGroup("gen", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        yield shape(e)
    except* TypeError as e:
        yield shape(e)
        yield "still in handler"


def nested_star():
    try:
        try:
            raise ExceptionGroup("n", [ValueError(1), TypeError(2), KeyError(3)])
        except* ValueError:
            print("  inner V")
        except* TypeError:
            raise OSError("from inner")
    except* KeyError as e:
        print("  outer K", shape(e))
    except* OSError as e:
        print("  outer OS", shape(e))


def handled_names():
    e = "before"
    try:
        raise ExceptionGroup("names", [ValueError(1)])
    except* ValueError as e:
        pass
    try:
        print(e)
    except UnboundLocalError as u:
        print("  ", u)


class Custom(ExceptionGroup):
    def derive(self, excs):
        return Custom(self.message.upper(), excs)


def custom_group():
    try:
        raise Custom("custom", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("  custom", type(e).__name__, shape(e))


for name, f in list(globals().items()):
    if callable(f) and f.__module__ == "__main__" and name not in ("shape", "run", "tree", "generator", "Custom"):
        run(name, f)

print(list(generator()))
g = generator()
print(next(g))
g.close()
g = generator()
print(next(g), g.throw(ExceptionGroup("thrown", [TypeError("t")])), next(g))
g.close()
print(sys.exc_info())

# At module level, and with a module global bound.
try:
    raise ExceptionGroup("module", [ValueError("m")])
except* ValueError as module_error:
    print("module handler", shape(module_error))
print("bound after?", "module_error" in globals())


class InClass:
    try:
        raise ExceptionGroup("class", [TypeError("c")])
    except* TypeError as class_error:
        seen = shape(class_error)


print(InClass.seen, hasattr(InClass, "class_error"))


# Inside the try body of an outer handler, lookups that fail raise through except* as usual.
def f(d, s):
    try:
        try:
            x = d["k"]
            n = int(s)
            print("got", x, n)
        except* KeyError:
            print("star key")
    except* ValueError as e:
        print("outer", repr(e))
    try:
        try:
            y = d["k"]
        except* KeyError:
            print("star only")
            raise
    except KeyError:
        print("never: wrapped")
    except ExceptionGroup as g:
        print("plain group", repr(g))

f({}, "1")
f({"k": 1}, "x")
f({"k": 2}, "3")
