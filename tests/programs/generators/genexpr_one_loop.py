# One-loop generator expressions: when iter() is taken, what a closed or failed expression does
# to the iterator it loops over, and the bindings its lambdas see.


class Noisy:
    def __iter__(self):
        print("__iter__ called")
        return iter([1, 2])


g = (x for x in Noisy())
print("created")
print(list(g))

try:
    (x for x in 5)
except TypeError as e:
    print("at creation:", e)

d = {1: "a"}
g = (k for k in d)
d[2] = "b"
try:
    print(list(g))
except RuntimeError as e:
    print("RuntimeError:", e)

s = {1, 2}
g = (k for k in s)
s.add(3)
try:
    print(list(g))
except RuntimeError as e:
    print("RuntimeError:", e)

fs = list(lambda: v for v in range(3))
print([f() for f in fs])
fs = [f for f in (lambda: v * 10 for v in range(3))]
print([f() for f in fs])


def source(tag):
    try:
        for i in range(5):
            print(tag, "yields", i)
            yield i
    finally:
        print(tag, "closed")


ge = (x * 2 for x in source("owned"))
print(next(ge), next(ge))
ge.close()
print("after close", list(ge))

held = source("held")
ge = (x for x in held)
print(next(ge))
ge.close()
print("held still runs:", next(held))
held.close()



def throw_in():
    ge = (x for x in source("thrown"))
    print(next(ge))
    try:
        ge.throw(ValueError("into the genexpr"))
    except ValueError as e:
        caught = "ValueError: %s" % e
    return caught, list(ge)


print(throw_in())

ge = (x for x in source("never started"))
try:
    ge.throw(KeyError("early"))
except KeyError as e:
    print("KeyError:", e)


def boom(x):
    if x == 2:
        raise LookupError("step failed at %d" % x)
    return x


def failing_step():
    try:
        return list(boom(x) for x in source("failing step"))
    except LookupError as e:
        return "LookupError: %s" % e


print(failing_step())


def raising_source():
    yield 1
    raise OSError("source failed")


try:
    print(list(x for x in raising_source()))
except OSError as e:
    print("OSError:", e)


def stopper(x):
    if x == 1:
        raise StopIteration("inside")
    return x


try:
    print(list(stopper(x) for x in range(3)))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

g = None
g = (next(g) for x in range(3))
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)


def checked(tag, value):
    print("test", tag, value)
    return value


print(list(x for x in range(6) if checked("a", x % 2) if checked("b", x > 2)))
print(sum(a * b for a, b in [(1, 2), (3, 4)]), list((b, a) for a, b in {1: 2, 3: 4}.items()))
print(sum((last := x) for x in range(4)), last)

ge = (x for x in [1])
print(ge.__name__, ge.__qualname__, ge.gi_running, type(ge).__name__)


def outer():
    return (x for x in [1])


print(outer().__qualname__)


class Holder:
    items = [1, 2, 3]
    doubled = list(x * 2 for x in items)


print(Holder.doubled)

ge = (x for x in range(3))
print(next(ge), ge.send(None), ge.send("ignored"))
try:
    (x for x in range(3)).send(1)
except TypeError as e:
    print("TypeError:", e)


def delegate():
    got = yield from (x + 1 for x in range(3))
    print("yield from returned", got)


print(list(delegate()))
print(sum(1 // x for x in [1, 0]))
