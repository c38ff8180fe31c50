# Builtin exceptions combine as bases the way CPython's do: those sharing BaseException's layout
# mix freely; OSError, StopIteration, SystemExit, ImportError, NameError, AttributeError,
# SyntaxError and the Unicode errors have fields of their own and conflict with each other.
import builtins


class MathTypeError(ArithmeticError, TypeError):
    pass


class Missing(KeyError, AttributeError):
    pass


class AppError(Exception):
    pass


class NotFound(AppError, LookupError):
    pass


try:
    raise MathTypeError("bad operand")
except TypeError as e:
    print("TypeError caught:", type(e).__name__, e, [c.__name__ for c in type(e).__mro__])
try:
    raise Missing("k")
except AttributeError as e:
    print("AttributeError caught:", repr(e), e.name, isinstance(e, KeyError))
try:
    raise NotFound("no such thing")
except LookupError as e:
    print("LookupError caught:", e, isinstance(e, AppError))

names = ["ArithmeticError", "TypeError", "ValueError", "KeyError", "OSError", "FileNotFoundError",
         "StopIteration", "SystemExit", "ImportError", "ModuleNotFoundError", "NameError",
         "AttributeError", "SyntaxError", "UnicodeDecodeError", "UnicodeError", "RuntimeError",
         "StopAsyncIteration", "KeyboardInterrupt", "Warning", "ExceptionGroup"]
for i, a in enumerate(names):
    ok = []
    for b in names[i + 1:]:
        try:
            type("Mix", (getattr(builtins, a), getattr(builtins, b)), {})
            ok.append(b)
        except TypeError as e:
            ok.append("!" + b + ":" + str(e).split(":")[0][:30])
    print(a, ok)
