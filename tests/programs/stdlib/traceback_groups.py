# traceback.format_exception, print_exception, format_exc and format_exception_only on exception
# groups: the tree of Lib/traceback.py, more than 15 members, members caught with their chains.
import io, traceback

def show(text):
    """The text with this file's path (which depends on where the tests run) cut to its name."""
    print(text.replace(__file__, "traceback_groups.py"), end="")

def fail(i):
    raise ValueError(f"bad {i}")

def run():
    errors = []
    for i in range(3):
        try:
            fail(i)
        except ValueError as e:
            errors.append(e)
    try:
        raise KeyError("ctx")
    except KeyError:
        try:
            raise TypeError("inner")
        except TypeError as t:
            errors.append(t)
    raise ExceptionGroup("batch", errors)

try:
    run()
except ExceptionGroup as eg:
    lines = traceback.format_exception(eg)
    print(len(lines) > 0)
    show("".join(lines))
    buffer = io.StringIO()
    traceback.print_exception(eg, file=buffer)
    show(buffer.getvalue())
    show("".join(traceback.format_exception_only(eg)))

try:
    try:
        run()
    except* TypeError:
        pass
except ExceptionGroup as eg:
    show(traceback.format_exc())
    print(repr(eg))

big = ExceptionGroup("big", [ValueError(i) for i in range(20)])
show("".join(traceback.format_exception(big)))
