# An uncaught exception is reported on the current sys.stderr (here sys.stdout), and
# sys.tracebacklimit = 0 leaves only its last line.
import sys

print("before")
sys.stderr = sys.stdout
sys.tracebacklimit = 0


def fail(n):
    if n == 0:
        raise ValueError("no traceback shown")
    fail(n - 1)


fail(3)
