# Traceback objects: e.__traceback__ is sys.exc_info()[2], a chain of tb_next from the catching
# frame to the raising one, each with tb_lineno and tb_frame.f_code.co_name; the traceback module
# reads them (extract_tb, format_tb, print_tb, format_exception with a tb, limits), __exit__ gets
# one, and with_traceback / __traceback__ assignment replace or drop it.
import io
import sys
import traceback


def inner(x):
    if x == 0:
        raise ZeroDivisionError("x is zero")


def outer(x):
    inner(x)


def walk(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_frame.f_code.co_filename == __file__))
        tb = tb.tb_next
    return out


try:
    outer(0)
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb is sys.exc_info()[2], type(tb.tb_frame).__name__)
    print(walk(tb))
    print([(fs.lineno, fs.name, fs.line) for fs in traceback.extract_tb(tb)])
    print([(fs.lineno, fs.name) for fs in traceback.extract_tb(tb, limit=1)])
    print([(fs.lineno, fs.name) for fs in traceback.extract_tb(tb, -1)])
    print("".join(traceback.format_tb(tb)).replace(__file__, "FILE"), end="")
    out = io.StringIO()
    traceback.print_tb(tb, limit=2, file=out)
    print(out.getvalue().replace(__file__, "FILE"), end="")
    print("".join(traceback.format_exception(type(e), e, tb, limit=-2)).replace(__file__, "FILE"), end="")
    print("".join(traceback.format_exception(type(e), e, None)), end="")
    print("".join(traceback.format_exception(e, limit=1)).replace(__file__, "FILE"), end="")


def caught_in_function():
    try:
        outer(0)
    except ZeroDivisionError:
        return sys.exc_info()[2]


print(walk(caught_in_function()))
print(sys.exc_info(), ValueError("never raised").__traceback__)

try:
    ValueError().with_traceback(5)
except TypeError as e:
    print(e)
try:
    raise KeyError("k")
except KeyError as e:
    print(e.with_traceback(None) is e, e.__traceback__, traceback.format_exception(e))
    e.__traceback__ = caught_in_function()
    print(walk(e.__traceback__))


class Manager:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        print("exit:", kind.__name__, value, walk(tb))
        return True


with Manager():
    outer(0)
print("done")


def in_function():
    with Printer():
        outer(0)
    print("stack in __exit__:", [(fs.name, fs.lineno) for fs in Printer.stack])


class Printer(Manager):
    stack = []

    def __exit__(self, kind, value, tb):
        Printer.stack = traceback.extract_stack()[-2:]
        return kind is None or super().__exit__(kind, value, tb)


in_function()
with Printer():
    pass
print("with line:", [(fs.name, fs.lineno) for fs in Printer.stack])
