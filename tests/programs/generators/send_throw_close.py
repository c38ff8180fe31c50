def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total
acc = accumulator()
print(next(acc))
print(acc.send(10), acc.send(5), acc.send(-3))
try:
    acc.send(None)
except StopIteration as e:
    print("returned", e.value)
def guarded():
    try:
        while True:
            try:
                yield "working"
            except ValueError as e:
                print("handled inside:", e)
                yield "recovered"
    finally:
        print("generator cleanup")
g = guarded()
print(next(g))
print(g.throw(ValueError("bad input")))
print(next(g))
g.close()
print("closed")
try:
    next(g)
except StopIteration:
    print("closed generator raises StopIteration")
def unhandled():
    yield 1
    yield 2
u = unhandled()
next(u)
try:
    u.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
try:
    accumulator().send(5)
except TypeError as e:
    print("TypeError:", e)
def closer():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
c = closer()
next(c)
c.close()
c.close()
print("double close ok")
