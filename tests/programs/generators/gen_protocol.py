def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    except GeneratorExit:
        print("closing with", received)
        raise
    finally:
        print("finally")
g = echo()
print(next(g), g.send("a"), g.send("b"))
g.close()
g.close()
def catcher():
    while True:
        try:
            yield 1
        except ValueError as e:
            print("caught", e)
            yield "recovered"
c = catcher()
next(c)
print(c.throw(ValueError("v1")))
print(next(c))
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("escaped", e)
try:
    next(c)
except StopIteration:
    print("exhausted")
def inner():
    x = yield 1
    y = yield x
    return x + y
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield r * 2
o = outer()
print(next(o), o.send(10), o.send(5))
def ret():
    yield 1
    return "done"
r = ret()
next(r)
try:
    next(r)
except StopIteration as e:
    print("value", e.value, e.args)
g2 = (i * i for i in range(3))
print(list(g2), list(g2))
def fresh():
    yield 1
f = fresh()
try:
    f.send(5)
except TypeError as e:
    print(e)
def closes():
    try:
        yield 1
    finally:
        yield 2
cl = closes()
next(cl)
try:
    cl.close()
except RuntimeError as e:
    print(e)
def delegating():
    yield from [1, 2]
    yield from "ab"
    yield from range(2)
print(list(delegating()))
def gen_throw_into_yield_from():
    try:
        yield from inner()
    except ZeroDivisionError:
        yield "handled in outer"
gt = gen_throw_into_yield_from()
next(gt)
print(gt.throw(ZeroDivisionError))
def running():
    yield rg.send(None) if False else 1
rg = running()
print(next(rg))
