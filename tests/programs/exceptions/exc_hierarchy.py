class AppError(Exception):
    pass
class DbError(AppError):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
class NotFound(DbError, LookupError):
    pass
def risky(kind):
    if kind == 1:
        raise NotFound("row", 404)
    if kind == 2:
        raise DbError("conn")
    if kind == 3:
        raise KeyError("key")
    if kind == 4:
        raise AppError()
    return "fine"
for k in range(5):
    try:
        print(risky(k))
    except LookupError as e:
        print("lookup", type(e).__name__, e, isinstance(e, AppError))
    except AppError as e:
        print("app", type(e).__name__, repr(str(e)), e.args)
    else:
        print("no error")
    finally:
        print("done", k)
print(NotFound.__mro__[1:4], issubclass(NotFound, Exception), issubclass(KeyError, LookupError))
try:
    raise NotFound("x", 1)
except (KeyError, DbError) as e:
    print("tuple caught", e, e.code)
errs = (ValueError, TypeError)
try:
    int("x")
except errs as e:
    print("dyn tuple", type(e).__name__)
def reraise_other():
    try:
        {}["a"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
try:
    reraise_other()
except RuntimeError as e:
    print(e, type(e.__cause__).__name__, e.__cause__.args)
e = ValueError("x")
e2 = e.with_traceback(None)
print(e is e2, e.__traceback__ is None)
try:
    raise ValueError("note")
except ValueError as err:
    err.add_note("extra info")
    print(err.__notes__)
print(repr(KeyError("a")), str(KeyError("a")), str(KeyError()), str(KeyError("a", "b")), repr(OSError(2, "nf")), str(OSError(2, "nf")))
print(StopIteration(5).value, SystemExit(3).code, repr(AssertionError()), UnicodeError.__mro__[1].__name__)
class WithRepr(Exception):
    def __repr__(self):
        return "custom!"
print(repr(WithRepr("a")), str(WithRepr("a")), WithRepr("q").args)
print("end")
