# A program's own sys.excepthook gets the uncaught exception; when the hook itself raises, both
# tracebacks are printed, the hook's first.
import sys

print(sys.excepthook is sys.__excepthook__)
for call in (lambda: sys.excepthook(1), lambda: sys.excepthook(ValueError, None, None, value=1)):
    try:
        call()
    except TypeError as e:
        print(e)
sys.excepthook(ValueError, ValueError("shown by the default hook"), None)


def failing_hook(kind, value, tb):
    print("hook got", kind.__name__, value, tb is not None)
    raise KeyError("in hook")


sys.excepthook = failing_hook
raise ValueError("boom")
