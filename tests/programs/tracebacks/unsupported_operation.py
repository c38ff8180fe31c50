# io.UnsupportedOperation is an OSError and a ValueError, raised for what a file's mode rules out,
# with the message of the layer that refuses (text: 'not readable', binary: 'read'); reading a
# file opened for appending raises it uncaught, printed with its module's name.
import io
import os
import tempfile

path = os.path.join(tempfile.mkdtemp(), "out.txt")
with open(path, "w") as f:
    f.write("data")
    for catch in (io.UnsupportedOperation, OSError, ValueError):
        try:
            f.read()
        except catch as e:
            print(catch.__name__, type(e).__module__, type(e).__name__, repr(e), e.errno, e.args)


def operations(f, mode):
    data = b"x" if "b" in mode else "x"
    return [("truncate", lambda: f.truncate(0)), ("write", lambda: f.write(data)),
            ("seek cur", lambda: f.seek(1, 1)), ("seek end", lambda: f.seek(1, 2)), ("read", lambda: f.read()),
            ("readline", lambda: f.readline()), ("readlines", lambda: f.readlines()), ("iterate", lambda: list(f))]


for mode in ("r", "rb", "w", "wb", "a", "ab"):
    with open(path, mode) as f:
        for name, op in operations(f, mode):
            try:
                op()
                print(mode, name, "ok")
            except io.UnsupportedOperation as e:
                print(mode, name, "UnsupportedOperation:", e)

print(io.UnsupportedOperation.__mro__)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
try:
    io.StringIO().fileno()
except io.UnsupportedOperation as e:
    print("fileno:", e)

f = open(path, "a")
f.read()
