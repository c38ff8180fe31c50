# traceback.format_exc / print_exc / format_exception on chained exceptions (cause, context,
# from None), notes, chain=False and limits, against CPython's text.
import io
import sys
import traceback


def show(text):
    print(text.replace(__file__, "FILE"), end="")


def parse(s):
    raise ValueError("bad value: " + s)


def load(s):
    try:
        parse(s)
    except ValueError as e:
        raise RuntimeError("load failed") from e


def load_context(s):
    try:
        parse(s)
    except ValueError:
        raise KeyError(s)


for fn in (load, load_context):
    try:
        fn("x")
    except Exception:
        show(traceback.format_exc())
        out = io.StringIO()
        traceback.print_exc(file=out)
        show(out.getvalue())

try:
    try:
        parse("y")
    except ValueError as e:
        e.add_note("note one")
        e.add_note("note two\nsecond line")
        raise
except ValueError:
    show(traceback.format_exc())
    print(traceback.format_exception_only(*sys.exc_info()[:2]))

try:
    load("z")
except RuntimeError as e:
    show("".join(traceback.format_exception(e, chain=False)))
    show("".join(traceback.format_exception(e, limit=1)))
    show(traceback.format_exc(limit=-1))


def deep():
    try:
        load_context("w")
    except KeyError as e:
        e.add_note("while loading")
        raise TypeError("wrapped") from None


try:
    deep()
except TypeError:
    show(traceback.format_exc())
print(repr(traceback.format_exc()))
