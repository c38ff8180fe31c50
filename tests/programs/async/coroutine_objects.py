# Coroutine objects driven by hand: send, throw, close, __await__, and the errors around them.
import sys


class Ticket:
    """An awaitable whose __await__ is a generator: it yields a request and returns the reply doubled."""

    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        reply = yield ('ticket', self.tag)
        return reply * 2


async def leaf(n):
    r = await Ticket(n)
    print('  leaf', n, 'got', r)
    return r + 1


async def middle():
    a = await leaf(1)
    b = await leaf(2)
    return a + b


def drive(coro, replies):
    """Run a coroutine as an event loop would, answering each request from replies."""
    it = iter(replies)
    value = None
    while True:
        try:
            req = coro.send(value)
        except StopIteration as e:
            return e.value
        print('  request', req)
        value = next(it)


c = middle()
print(type(c).__name__)
print(repr(c).startswith('<coroutine object middle at 0x'))
print(c.__name__, c.__qualname__, c.cr_running, c.cr_frame is not None)
print('result', drive(c, [10, 20]))
print(c.cr_frame)

# A finished coroutine cannot be resumed.
try:
    c.send(None)
except RuntimeError as e:
    print('RuntimeError', e)

# Awaiting a coroutine that already ran.
done = leaf(5)
print(drive(done, [1]))


async def await_twice():
    return await done

try:
    drive(await_twice(), [])
except RuntimeError as e:
    print('RuntimeError', e)

# send() of a value into a coroutine that has not started.
c = leaf(3)
try:
    c.send(1)
except TypeError as e:
    print('TypeError', e)
c.close()

# throw() into a suspended coroutine: the exception surfaces at the await.


async def guarded():
    try:
        await Ticket('g')
    except KeyError as e:
        print('  guarded caught', repr(e))
        return 'recovered'
    return 'normal'

c = guarded()
print(c.send(None))
try:
    c.throw(KeyError('k'))
except StopIteration as e:
    print('StopIteration', e.value)

# throw() of a class, and an exception that escapes.
c = guarded()
c.send(None)
try:
    c.throw(ValueError)
except ValueError as e:
    print('escaped', type(e).__name__)

# close() runs finally blocks; a coroutine that ignores GeneratorExit.


async def with_finally():
    try:
        await Ticket('f')
    finally:
        print('  finally ran')

c = with_finally()
c.send(None)
print(c.close())


async def stubborn():
    try:
        await Ticket('s')
    except GeneratorExit:
        await Ticket('again')

c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print('RuntimeError', e)

# StopIteration raised inside a coroutine becomes RuntimeError (PEP 479).


async def raises_stop():
    raise StopIteration('x')

try:
    raises_stop().send(None)
except RuntimeError as e:
    print('RuntimeError', e, type(e.__cause__).__name__)

# Things that cannot be awaited.


async def await_value(x):
    return await x

for bad in [1, 'text', None, [1]]:
    try:
        await_value(bad).send(None)
    except TypeError as e:
        print('TypeError', e)


class BadAwait:
    def __await__(self):
        return 5


class CoroAwait:
    def __await__(self):
        return leaf(0)

for bad in [BadAwait(), CoroAwait()]:
    try:
        await_value(bad).send(None)
    except TypeError as e:
        print('TypeError', e)

# A coroutine is not iterable.
try:
    for x in leaf(1):
        pass
except TypeError as e:
    print('TypeError', e)

# __await__ of a coroutine is an iterator over the same frame.
c = leaf(7)
w = c.__await__()
print(next(w))
try:
    w.send(4)
except StopIteration as e:
    print('wrapper result', e.value)

# Functions and code flags.


async def agen():
    yield 1


def plain():
    pass

print(leaf.__code__.co_flags & 0x80 != 0, agen.__code__.co_flags & 0x200 != 0, plain.__code__.co_flags & 0x180)
print(type(leaf).__name__, leaf.__name__)


class Service:
    async def fetch(self, x):
        return await leaf(x)

    @staticmethod
    async def static(x):
        return x * 3

    @classmethod
    async def build(cls, x):
        return cls.__name__, x

s = Service()
print(drive(s.fetch(4), [100]))
print(drive(Service.static(5), []))
print(drive(Service.build(6), []))
print(Service.fetch.__qualname__)
print(repr(s.fetch(1)).split(' at ')[0])
sys.stdout.flush()
