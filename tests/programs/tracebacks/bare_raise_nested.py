# A bare `raise` leaves its own frame out of the traceback: in the handler's frame, and in a
# function the handler calls, whose caller's line is added as the exception leaves it.
import os
import traceback


def inner(n):
    if n % 2:
        raise ValueError(f"odd {n}")
    raise KeyError(n)


def pass_on():
    raise


def handled_here(n):
    try:
        inner(n)
    except (ValueError, KeyError):
        raise


def handled_by_call(n):
    try:
        inner(n)
    except (ValueError, KeyError):
        pass_on()


def handled_twice(n):
    try:
        handled_by_call(n)
    except Exception as e:
        kept = e
    try:
        raise kept
    except Exception:
        pass_on()


def summary(exc):
    return " ".join(f"{f.name}@{f.lineno}" for f in traceback.extract_tb(exc.__traceback__))


for fn in (handled_here, handled_by_call, handled_twice):
    for n in range(4):
        try:
            fn(n)
        except Exception as caught:
            print(fn.__name__, n, type(caught).__name__, summary(caught))

try:
    handled_twice(3)
except Exception:
    # The folder of this file differs from machine to machine.
    here = os.path.dirname(os.path.abspath(__file__))
    print(traceback.format_exc().replace(here, "<dir>"), end="")

handled_twice(5)
