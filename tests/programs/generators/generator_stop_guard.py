# A StopIteration escaping a generator frame becomes RuntimeError with the StopIteration as its
# cause, traceback and all, whatever handlers wait outside the frame: none, a quiet one for
# StopIteration, or another generator frame (a pipeline). Frames suspended inside `except`,
# `try` and `with` blocks keep their state across resumes from plain loops.

import sys
import traceback


def tail(text):
    """Per exception of the chain: its innermost frame and its message (no file paths)."""
    out = []
    for part in text.split("The above exception was the direct cause of the following exception:"):
        frames = [line.strip() for line in part.splitlines() if line.strip().startswith("File ")]
        last = frames[-1].split(", in ")[-1] if frames else "no traceback"
        out.append("innermost " + last + ": " + part.strip().splitlines()[-1])
    return out


def raises_stop():
    yield 1
    raise StopIteration("from the frame")


def inner():
    yield 10
    raise StopIteration("inner stop")


def outer():
    for v in inner():
        yield v + 1


def inner_next():
    it = iter([])
    yield 20
    next(it)


def wraps(gen):
    yield from gen


def report(label, fn):
    try:
        fn()
    except RuntimeError as e:
        print(label, "RuntimeError:", e, "| cause:", repr(e.__cause__))
        for line in tail(traceback.format_exc()):
            print("   ", line)


def loop_outside():
    for v in raises_stop():
        print("got", v)


def quiet_outside():
    g = raises_stop()
    print("first", next(g))
    try:
        next(g)
    except StopIteration:
        pass


def default_outside():
    g = raises_stop()
    print("first", next(g, "d"))
    print("second", next(g, "d"))


report("loop", loop_outside)
report("quiet", quiet_outside)
report("default", default_outside)
report("pipeline", lambda: list(outer()))
report("genexpr", lambda: sum(v for v in outer()))
report("next inside", lambda: list(inner_next()))
report("yield from", lambda: list(wraps(raises_stop())))


def handled():
    try:
        raise KeyError("held")
    except KeyError:
        yield "in except " + repr(sys.exc_info()[1])
        yield "still " + repr(sys.exc_info()[1])
    yield "after " + repr(sys.exc_info()[1])


for v in handled():
    print(v, "| outside:", repr(sys.exc_info()[1]))


def guarded_body():
    try:
        yield "in try"
        raise ValueError("caught in frame")
    except ValueError as e:
        yield "caught " + str(e)
    finally:
        print("finally runs")
    try:
        yield "second try"
        next(iter([]))
    except StopIteration:
        yield "stop caught in frame"


for v in guarded_body():
    print(v)


class Ctx:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return True


def with_body():
    with Ctx():
        yield "in with"
        raise StopIteration("swallowed by __exit__")
    yield "after with"


print(list(with_body()))


def numbers(n):
    for i in range(n):
        yield i


def evens(source):
    for v in source:
        if v % 2 == 0:
            yield v


try:
    print(sum(evens(numbers(10))))
    print(max(v * 3 for v in evens(numbers(7))))
finally:
    print("done")
