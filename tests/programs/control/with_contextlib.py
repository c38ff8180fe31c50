from contextlib import contextmanager, suppress
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        print("handled", e)
    finally:
        print(f"</{name}>")
with tag("a") as t:
    print("inside", t)
with tag("b"):
    raise KeyError("kk")
print("continued")
try:
    with tag("c"):
        raise ValueError("vv")
except ValueError as e:
    print("outer got", e)
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
class Res:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("open", self.n)
        return self
    def __exit__(self, *exc):
        print("close", self.n, exc[0].__name__ if exc[0] else None)
        return False
def use():
    with Res(1) as a, Res(2) as b:
        return a.n + b.n
print(use())
for i in range(3):
    with Res(i):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
try:
    with Res(9):
        raise RuntimeError("in with")
except RuntimeError as e:
    print("caught", e)
class BadEnter:
    def __enter__(self):
        raise OSError("enter failed")
    def __exit__(self, *a):
        print("never")
try:
    with BadEnter():
        pass
except OSError as e:
    print(e)
try:
    with 5:
        pass
except TypeError as e:
    print(e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise ValueError("from exit")
try:
    with ExitRaises():
        raise KeyError("orig")
except ValueError as e:
    print(e, repr(e.__context__))
