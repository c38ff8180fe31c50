import io
import re
import sys
import traceback
from traceback import FrameSummary, StackSummary, TracebackException


def clean(text):
    """File paths differ between machines: keep the base name."""
    return re.sub(r'File "[^"]*[/\\]([^"/\\]+)"', r'File "\1"', text)


def show(title, lines):
    print("==", title)
    print(clean("".join(lines)), end="")


class AppError(Exception):
    pass


class Detail(AppError):
    def __str__(self):
        return "detail:" + ",".join(map(str, self.args))


def leaf(kind):
    if kind == 0:
        raise ValueError("bad value")
    if kind == 1:
        raise KeyError("missing")
    if kind == 2:
        raise Detail(1, 2)
    raise AppError()


def middle(kind):
    leaf(kind)


def top(kind):
    middle(kind)


def catch(kind):
    try:
        top(kind)
    except Exception as e:
        return e


def wrap_cause(kind):
    try:
        top(kind)
    except Exception as e:
        raise RuntimeError("wrapped %d" % kind) from e


def wrap_context(kind):
    try:
        top(kind)
    except Exception:
        raise LookupError("while handling")


def wrap_none(kind):
    try:
        top(kind)
    except Exception:
        raise TypeError("hidden") from None


def caught(fn, kind):
    try:
        fn(kind)
    except Exception as e:
        return e


# --- TracebackException basics
for kind in range(4):
    e = catch(kind)
    te = TracebackException.from_exception(e)
    print(kind, te.exc_type.__name__, repr(str(te)), len(te.stack), [f.name for f in te.stack])
    print("  cause", te.__cause__, "context", te.__context__, "suppress", te.__suppress_context__, "groups", te.exceptions)
    show("format %d" % kind, te.format())
    show("only %d" % kind, te.format_exception_only())
    print("  same as format_exception:", "".join(te.format()) == "".join(traceback.format_exception(e)))

# --- chains
for fn in (wrap_cause, wrap_context, wrap_none):
    for kind in range(3):
        e = caught(fn, kind)
        te = TracebackException.from_exception(e)
        print(fn.__name__, kind, type(te.__cause__).__name__, type(te.__context__).__name__, te.__suppress_context__)
        if te.__cause__ is not None:
            print("  cause stack", [f.name for f in te.__cause__.stack], te.__cause__.exc_type.__name__)
        if te.__context__ is not None:
            print("  context stack", [f.name for f in te.__context__.stack], te.__context__.exc_type.__name__)
        show("%s %d chain" % (fn.__name__, kind), te.format())
        show("%s %d no chain" % (fn.__name__, kind), te.format(chain=False))
        print("  equal to format_exception:", "".join(te.format()) == "".join(traceback.format_exception(e)))
        compact = TracebackException.from_exception(e, compact=True)
        print("  compact context", compact.__context__ is None, "cause", compact.__cause__ is None)
        print("  compact format same:", list(compact.format()) == list(te.format()))

# --- limit, lookup_lines, equality, print
e = catch(0)
for limit in (None, 0, 1, 2, -1, -2, 5):
    te = TracebackException.from_exception(e, limit=limit)
    print("limit", limit, [f.name for f in te.stack])
print("equal", TracebackException.from_exception(e) == TracebackException.from_exception(e))
print("not equal", TracebackException.from_exception(e) == TracebackException.from_exception(catch(1)))
print("eq other", TracebackException.from_exception(e) == 3)
buf = io.StringIO()
TracebackException.from_exception(caught(wrap_cause, 2)).print(file=buf)
show("print", [buf.getvalue()])
buf = io.StringIO()
TracebackException.from_exception(caught(wrap_cause, 2)).print(file=buf, chain=False)
show("print no chain", [buf.getvalue()])
te = TracebackException(type(e), e, None)
print("no tb", len(te.stack), list(te.format()))
te = TracebackException(type(e), e, e.__traceback__, lookup_lines=False)
print("lazy lines", [f.line for f in te.stack])

# --- notes
e = catch(0)
e.add_note("first note")
e.add_note("second\nnote")
show("notes", TracebackException.from_exception(e).format_exception_only())
print("notes attr", TracebackException.from_exception(e).__notes__)

# --- SyntaxError fields
try:
    compile("x = (1,\n", "<snippet>", "exec")
except SyntaxError as e:
    te = TracebackException.from_exception(e)
    print("syntax", te.filename, repr(te.lineno), repr(te.text), te.offset, te.msg, te.exc_type.__name__)
try:
    compile("a b c", "<words>", "exec")
except SyntaxError as e:
    te = TracebackException.from_exception(e)
    print("syntax2", te.filename, repr(te.lineno), repr(te.end_lineno), te.offset, te.end_offset, te.msg)
    show("syntax2 only", te.format_exception_only())


# --- exception groups
def group(_):
    errors = []
    for kind in range(3):
        errors.append(catch(kind))
    raise ExceptionGroup("several", errors)


eg = caught(group, 0)
te = TracebackException.from_exception(eg)
print("group", [type(x).__name__ for x in te.exceptions], [len(x.stack) for x in te.exceptions])
show("group format", te.format())
print("group same as format_exception:", "".join(te.format()) == "".join(traceback.format_exception(eg)))
te = TracebackException.from_exception(eg, max_group_width=2)
show("group width 2", te.format())
nested = ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError(1)]), TypeError(2)])
te = TracebackException.from_exception(nested, max_group_depth=1)
show("group depth 1", te.format())

# --- FrameSummary
fs = FrameSummary("a.py", 3, "f", line="  x = 1  ")
print(repr(fs), fs.line, fs.filename, fs.lineno, fs.name, fs.locals)
print(fs == ("a.py", 3, "f", "x = 1"), fs == ("a.py", 3, "f", "y"), fs == FrameSummary("a.py", 3, "f", line="z"))
print(list(fs), fs[0], fs[-1], len(fs), tuple(fs))
filename, lineno, name, line = fs
print(filename, lineno, name, line)
print(FrameSummary("nowhere.py", 1, "g", lookup_line=False).line == "")
fs2 = FrameSummary("a.py", 4, "f", line="y", locals={"n": 5, "s": "t"})
print(fs2.locals)
try:
    hash(fs)
except TypeError as e:
    print(type(e).__name__, e)

# --- StackSummary
ss = StackSummary.from_list([("a.py", 1, "f", "call()"), ("b.py", 2, "g", "other()"), fs, fs2])
print(type(ss).__name__, isinstance(ss, list), len(ss), [type(x).__name__ for x in ss])
show("stack format", ss.format())
print(repr(ss.format_frame_summary(ss[0])))
rows = [("r.py", 10, "rec", "rec()")] * 7 + [("r.py", 11, "base", "boom()")]
show("repeats", StackSummary.from_list(rows).format())
rows = [("r.py", 10, "rec", "rec()")] * 4
show("four", traceback.format_list(rows))
show("format_list", traceback.format_list([("c.py", 5, "h", "h()"), ("c.py", 6, "k", "")]))
buf = io.StringIO()
traceback.print_list([("d.py", 1, "m", "m()")], file=buf)
show("print_list", [buf.getvalue()])


class Custom(StackSummary):
    def format_frame_summary(self, frame_summary):
        if frame_summary.name == "skip":
            return None
        return "<%s:%d>\n" % (frame_summary.name, frame_summary.lineno)


show("custom", Custom.from_list([("a.py", 1, "one", ""), ("a.py", 2, "skip", ""), ("a.py", 3, "two", "")]).format())

# --- walk_tb, extract_tb, walk_stack, extract_stack
e = catch(1)
print("walk_tb", [(f.f_code.co_name, n) for f, n in traceback.walk_tb(e.__traceback__)])
ss = StackSummary.extract(traceback.walk_tb(e.__traceback__))
print("extract", [(f.name, f.lineno, f.line) for f in ss])
print("extract limit", [f.name for f in StackSummary.extract(traceback.walk_tb(e.__traceback__), limit=1)])
print("extract_tb", type(traceback.extract_tb(e.__traceback__)).__name__, [tuple(f)[2] for f in traceback.extract_tb(e.__traceback__)])
print("extract_tb limit", [f.name for f in traceback.extract_tb(e.__traceback__, limit=-1)])


def stack_names():
    return [f.name for f in StackSummary.extract(traceback.walk_stack(None))]


def outer_stack():
    return stack_names()


print("walk_stack", outer_stack())


def explicit():
    f = sys._getframe()
    return [(fr.f_code.co_name) for fr, n in traceback.walk_stack(f)]


print("walk_stack frame", explicit())


def nested_extract():
    return [f.name for f in traceback.extract_stack()]


def caller():
    return nested_extract()


print("extract_stack", caller())
print("extract_stack limit", (lambda: [f.name for f in traceback.extract_stack(limit=1)])())
print("format_stack", [clean(x).split(", in ")[-1].split("\n")[0] for x in caller and traceback.format_stack()])

# --- clear_frames, print_last
print("clear", traceback.clear_frames(e.__traceback__), traceback.clear_frames(None))
try:
    traceback.print_last()
except ValueError as err:
    print(type(err).__name__, err)
e = catch(2)
sys.last_type, sys.last_value, sys.last_traceback = type(e), e, e.__traceback__
buf = io.StringIO()
traceback.print_last(file=buf)
show("print_last", [buf.getvalue()])
buf = io.StringIO()
traceback.print_last(limit=1, file=buf)
show("print_last limit", [buf.getvalue()])
del sys.last_type, sys.last_value, sys.last_traceback
print("names", all(hasattr(traceback, n) for n in traceback.__all__))
