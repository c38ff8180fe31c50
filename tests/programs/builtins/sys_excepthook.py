# sys.excepthook replaced by the program: it is called with the uncaught exception's type, value
# and traceback instead of the traceback being printed; SystemExit never reaches it.
import sys

seen = []


def hook(kind, value, tb):
    seen.append(kind.__name__)
    frames = 0
    while tb is not None:
        frames += 1
        tb = tb.tb_next
    print("uncaught:", kind.__name__, value, "frames:", frames, "seen:", seen)


def inner(n):
    if n == 0:
        raise LookupError("deep")
    return inner(n - 1)


sys.excepthook = hook
print(sys.excepthook is hook, sys.__excepthook__ is not hook)
inner(3)
