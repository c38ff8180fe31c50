# A generator's and a coroutine's life as gi_running/gi_suspended/gi_frame and
# inspect.getgeneratorstate/getcoroutinestate report it, from creation to closing.
import inspect


def counter(n):
    for i in range(n):
        state = inspect.getgeneratorstate(me[0])
        yield i, state


me = [None]
g = counter(2)
me[0] = g
print(inspect.getgeneratorstate(g), g.gi_running, g.gi_suspended, g.gi_frame is None)
print(next(g), g.gi_suspended)
print(inspect.getgeneratorstate(g))
print(next(g), inspect.getgeneratorstate(g))
print(list(g), inspect.getgeneratorstate(g), g.gi_suspended, g.gi_frame is None)

h = counter(5)
me[0] = h
next(h)
h.close()
print(inspect.getgeneratorstate(h), h.gi_suspended)
never = counter(1)
never.close()
print(inspect.getgeneratorstate(never))


def failing():
    yield 1
    raise ValueError("stop here")


f = failing()
next(f)
try:
    next(f)
except ValueError as e:
    print("raised", e, inspect.getgeneratorstate(f))


async def job(log):
    log.append(inspect.getcoroutinestate(current[0]))
    await Step()
    log.append(inspect.getcoroutinestate(current[0]))
    return "done"


class Step:
    def __await__(self):
        yield "paused"


current = [None]
log = []
c = job(log)
current[0] = c
print(inspect.getcoroutinestate(c), c.cr_running, c.cr_suspended)
print(c.send(None), inspect.getcoroutinestate(c), c.cr_suspended)
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
print(inspect.getcoroutinestate(c), log)
d = job([])
d.close()
print(inspect.getcoroutinestate(d))
print(inspect.GEN_CREATED, inspect.CORO_CLOSED)
