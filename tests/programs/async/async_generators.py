# Async generators and async for, driven by hand and by asyncio.run.
import asyncio


class Tick:
    def __await__(self):
        yield
        return 'tocked'


async def counter(n):
    print('  counter starts')
    try:
        for i in range(n):
            got = await Tick()
            received = yield i
            print('  counter', i, got, 'received', received)
    finally:
        print('  counter finally')
    print('  counter ends')


def drive(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value


async def main():
    g = counter(3)
    print(type(g).__name__, repr(g).startswith('<async_generator object counter at 0x'))
    print(g.__name__, g.__qualname__, g.ag_running)
    print(g.__aiter__() is g)
    out = []
    async for x in g:
        out.append(x)
    print(out)
    # Exhausted: __anext__ raises StopAsyncIteration.
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('StopAsyncIteration')

    # asend, athrow, aclose.
    g = counter(5)
    print(await g.__anext__())
    print(await g.asend('hello'))
    try:
        await g.athrow(ValueError('injected'))
    except ValueError as e:
        print('athrow raised', e)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('closed after athrow')

    g = counter(5)
    print(await g.__anext__())
    print(await g.aclose())
    print(await g.aclose())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('closed after aclose')

    # A generator that catches the thrown exception and yields again.
    async def resilient():
        while True:
            try:
                yield 'value'
            except KeyError as e:
                print('  resilient caught', e)
                yield 'after'
    g = resilient()
    print(await g.__anext__())
    print(await g.athrow(KeyError('k')))
    print(await g.__anext__())
    await g.aclose()

    # Ignoring GeneratorExit.
    async def stubborn():
        try:
            yield 1
        except GeneratorExit:
            yield 2
    g = stubborn()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print('RuntimeError', e)

    # break out of async for, else clause, continue.
    g = counter(4)
    async for x in g:
        if x == 1:
            continue
        if x == 2:
            print('breaking at', x)
            break
        print('got', x)
    else:
        print('not reached')
    print('closing')
    await g.aclose()
    async for x in counter(1):
        print('single', x)
    else:
        print('else ran')

    # StopAsyncIteration raised inside the body becomes RuntimeError.
    async def bad():
        yield 1
        raise StopAsyncIteration
    try:
        async for x in bad():
            print('bad yielded', x)
    except RuntimeError as e:
        print('RuntimeError', e)

    async def bad2():
        yield 1
        raise StopIteration
    try:
        async for x in bad2():
            pass
    except RuntimeError as e:
        print('RuntimeError', e)

    # An exception from the body propagates through async for.
    async def failing():
        yield 1
        raise ValueError('from generator')
    try:
        async for x in failing():
            print('failing yielded', x)
    except ValueError as e:
        print('ValueError', e)

    # A class with __aiter__ / __anext__.
    class Countdown:
        def __init__(self, n):
            self.n = n

        def __aiter__(self):
            return self

        async def __anext__(self):
            if self.n <= 0:
                raise StopAsyncIteration
            await asyncio.sleep(0)
            self.n -= 1
            return self.n
    print([x async for x in Countdown(4)])
    total = 0
    async for a in Countdown(3):
        async for b in Countdown(2):
            total += a * 10 + b
    print('total', total)

    # Unpacking targets.
    async def pairs():
        for i in range(3):
            yield i, chr(97 + i)
    async for i, ch in pairs():
        print(i, ch)

    # Errors of the protocol.
    for bad_iterable in [1, [1, 2]]:
        try:
            async for x in bad_iterable:
                pass
        except TypeError as e:
            print('TypeError', e)

    class NoAnext:
        def __aiter__(self):
            return 5
    try:
        async for x in NoAnext():
            pass
    except TypeError as e:
        print('TypeError', e)

    class BadAnext:
        def __aiter__(self):
            return self

        def __anext__(self):
            return 5
    try:
        async for x in BadAnext():
            pass
    except TypeError as e:
        print('TypeError', e)

    # The awaitables returned by __anext__ / asend.
    g = counter(2)
    aw = g.__anext__()
    print(type(aw).__name__)
    try:
        aw.send(None)
        aw.send(None)
    except StopIteration as e:
        print('asend result', e.value)
    await g.aclose()

    # Async generator that awaits real tasks.
    async def ticker(n, delay):
        for i in range(n):
            await asyncio.sleep(delay)
            yield i * delay
    print([round(x, 3) async for x in ticker(3, 0.01)])

    # aclose on a never-started generator, athrow on a never-started one.
    g = counter(3)
    await g.aclose()
    g = counter(3)
    try:
        await g.athrow(IndexError('early'))
    except IndexError as e:
        print('IndexError', e)
    g = counter(2)
    print(await g.asend(None))
    await g.aclose()


asyncio.run(main())
print(drive(counter(0).__anext__()) if False else 'done')
