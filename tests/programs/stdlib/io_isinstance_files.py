# The files open() returns and the standard streams are instances of the io classes, as CPython's are.
import io
import os
import sys
import tempfile

folder = tempfile.mkdtemp()
fn = os.path.join(folder, "f")
open(fn, "w").close()

CLASSES = [io.IOBase, io.RawIOBase, io.BufferedIOBase, io.TextIOBase, io.TextIOWrapper,
           io.BufferedReader, io.BufferedWriter, io.BufferedRandom, io.FileIO, io.StringIO, io.BytesIO]
OPENS = [("r", {}), ("w", {}), ("a", {}), ("r+", {}), ("rb", {}), ("wb", {}), ("ab", {}), ("rb+", {}),
         ("wb+", {}), ("rb", {"buffering": 0}), ("wb", {"buffering": 0}), ("r", {"buffering": 1})]
for mode, kw in OPENS:
    with open(fn, mode, **kw) as f:
        hits = [c.__name__ for c in CLASSES if isinstance(f, c)]
        print(mode, kw, type(f).__name__, hits)
for obj in (io.StringIO(), io.BytesIO(), sys.stdout, sys.stderr, sys.stdin, 1, "s", None):
    print(type(obj).__name__, [c.__name__ for c in CLASSES if isinstance(obj, c)])
print(issubclass(io.StringIO, io.TextIOBase), issubclass(io.BytesIO, io.BufferedIOBase),
      issubclass(io.FileIO, io.RawIOBase), issubclass(io.TextIOWrapper, io.IOBase))
print(issubclass(type(open(fn)), io.TextIOBase), issubclass(type(open(fn, "rb")), io.IOBase))


class Custom(io.IOBase):
    pass


print(isinstance(Custom(), io.IOBase), isinstance(Custom(), io.RawIOBase))


class Registered:
    pass


io.RawIOBase.register(Registered)
print(isinstance(Registered(), io.IOBase), isinstance(Registered(), io.RawIOBase), isinstance(Registered(), io.TextIOBase))
