# BufferedReader.peek (what the read buffer holds: a block from where the last far seek landed),
# FileIO.readall, the words FileIO uses for a read or write it was not opened for, and the
# '_io.' names messages give the io types (C types in CPython).
import io, os, sys, tempfile
with tempfile.TemporaryDirectory() as td:
    p = os.path.join(td, "big")
    with open(p, "wb") as f:
        f.write(bytes(range(256)) * 100)
    f = open(p, "rb"); print(len(f.peek())); f.read(4); print(len(f.peek()), len(f.peek(10000)), f.peek(3)[:3])
    f.seek(5000); print(len(f.peek())); f.read(100); print(len(f.peek()))
    f.seek(5200); print(len(f.peek()))
    f.seek(25590); print(f.peek(), f.read1(), f.peek())
    f.seek(-3, 2); print(f.peek(1))
    f.close()
    try:
        f.peek()
    except ValueError as e:
        print("ValueError", e)
    with open(p, "r+b") as g:
        print(len(g.peek()), g.read(2), len(g.peek(1)), g.peek(1)[:1])
    with open(p, "wb") as g:
        print(hasattr(g, "peek"))
    with open(p, "rb", buffering=0) as g:
        print(hasattr(g, "peek"))
    with open(p, "wb") as g:
        g.write(b"\x89PNG\r\n")
    with open(p, "rb") as g:
        print(g.peek(4)[:4] == b"\x89PNG", g.read())
    with open(p, "rb", buffering=0) as g:
        print(g.readall(), g.readall(), repr(g).replace(td, "TD"))
    print(repr(g))
    try:
        g.readall()
    except ValueError as e:
        print("ValueError", e)
    with open(p, "wb", buffering=0) as g:
        try:
            g.readall()
        except OSError as e:
            print("OSError", e)

with tempfile.TemporaryDirectory() as td:
    f=open(os.path.join(td, "x"),'wb',buffering=0)
    for m in ['read','readall','readline','readlines']:
      try: getattr(f,m)()
      except Exception as e: print(m, type(e), e)
    try: f.readinto(bytearray(2))
    except Exception as e: print(type(e), e)
    f.close()
    f=open(os.path.join(td, "x"),'rb',buffering=0)
    try: f.write(b'x')
    except Exception as e: print(type(e), e)
    f.close()
    f=open(os.path.join(td, "x"),'wb')
    for m in ['read','readline','readlines', 'read1', 'peek']:
      try: getattr(f,m)()
      except Exception as e: print(m, type(e), e)
    f.close()
    for obj in [open(os.path.join(td, "x"),'rb'), open(os.path.join(td, "x")), open(os.path.join(td, "x"), "rb", buffering=0), open(os.path.join(td, "x"), "r+b"), sys.stdout, sys.stdin, io.StringIO(), io.BytesIO()]:
        try:
            obj.nope
        except AttributeError as e:
            print(e)
        try:
            obj[0]
        except TypeError as e:
            print(e)
        try:
            len(obj)
        except TypeError as e:
            print(e)
        print(type(obj).__name__, type(obj).__module__, type(obj).__qualname__)
    f = open(os.path.join(td, "x"),'rb'); f.close()
    for m in ['read', 'read1', 'peek', 'readline', 'readinto', 'readlines', 'tell', 'seek', 'fileno', 'flush']:
        try:
            getattr(f, m)(*([bytearray(1)] if m == 'readinto' else [0] if m == 'seek' else []))
        except ValueError as e:
            print(m, e)
    p = os.path.join(td, 'x')
    f = open(p, 'rb')
    m = f.read1
    print(m(1))
    m = f.readinto
    print(m(bytearray(2)))
    m = f.peek
    g = open(p, 'rb', buffering=0)
    m = g.readall
    print(m()[:3])
objs = [io.StringIO("x"), io.BytesIO(b"x"), io.TextIOWrapper(io.BytesIO(b"ab")), io.BufferedReader(io.BytesIO(b"q")), io.BufferedWriter(io.BytesIO()), io.BufferedRandom(io.BytesIO()), io.BufferedRWPair(io.BytesIO(), io.BytesIO()), io.IncrementalNewlineDecoder(None, True)]
for o in objs:
    try:
        o.nope
    except AttributeError as e:
        print(e)
    try:
        o[0]
    except TypeError as e:
        print(e)
    print(type(o).__name__, type(o).__module__, type(o).__qualname__)
class My(io.StringIO):
    pass
try:
    My().nope
except AttributeError as e:
    print(e)
print(io.BufferedReader(io.BytesIO(b"abc")).peek(1))
