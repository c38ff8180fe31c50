# Raising an exception object again: its traceback is the frames of the new raise put in front of
# the ones it had from its earlier raise, down from the frame that caught it then.
import traceback
import sys
import contextlib
from concurrent.futures import ThreadPoolExecutor


def inner(n):
    if n % 3 == 0:
        raise ValueError(f"boom {n}")
    if n % 3 == 1:
        raise KeyError(n)
    return [][n]


def keep(n):
    try:
        inner(n)
    except Exception as e:
        return e


def later(e):
    raise e


def chain_of(tb):
    out = []
    while tb is not None:
        out.append(f"{tb.tb_frame.f_code.co_name}:{tb.tb_lineno}")
        tb = tb.tb_next
    return " ".join(out)


def names(exc):
    return [f.name for f in traceback.extract_tb(exc.__traceback__)]


# A stored exception raised again from another function.
for n in range(6):
    e = keep(n)
    try:
        later(e)
    except Exception as caught:
        print(n, type(caught).__name__, names(caught))
        print("  ", chain_of(caught.__traceback__))


# Raised again in the handler that caught it, and again by a caller.
def again(n):
    try:
        inner(n)
    except Exception as e:
        raise e


def wrap(n):
    try:
        again(n)
    except Exception as e:
        err = e
    raise err


for n in range(3):
    try:
        wrap(n)
    except Exception as caught:
        print("wrap", n, names(caught))
        print("".join(traceback.format_exception(caught)).count("File"))


# raise ... from ...
class AppError(Exception):
    pass


def convert(e):
    raise e from AppError("context")


for n in range(3):
    try:
        convert(keep(n))
    except Exception as caught:
        print("from", n, names(caught), type(caught.__cause__).__name__)


# Raised twice more: each raise adds its own frames.
def relay(e, depth):
    if depth == 0:
        raise e
    try:
        relay(e, depth - 1)
    except Exception as got:
        stash = got
    raise stash


for depth in range(4):
    try:
        relay(keep(0), depth)
    except Exception as caught:
        print("relay", depth, names(caught))


# A future's result() raises the call's exception again.
def work(n):
    return inner(n)


with ThreadPoolExecutor(max_workers=1) as pool:
    for n in range(3):
        fut = pool.submit(work, n)
        try:
            fut.result()
        except Exception as caught:
            print("future", n, [x for x in names(caught) if x in ("<module>", "work", "inner")])


# contextmanager: the exception from the with body goes through the generator.
@contextlib.contextmanager
def guarded():
    yield


for n in range(2):
    try:
        with guarded():
            inner(n)
    except Exception as caught:
        print("ctx", n, [x for x in names(caught) if x in ("<module>", "inner")])

print("format_exc below", file=sys.stderr)
try:
    later(keep(3))
except Exception:
    traceback.print_exc()

later(keep(4))
