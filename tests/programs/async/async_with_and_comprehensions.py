# async with (__aenter__/__aexit__) and async comprehensions, under asyncio.run.
import asyncio


class Resource:
    def __init__(self, name, suppress=False, fail_exit=False):
        self.name = name
        self.suppress = suppress
        self.fail_exit = fail_exit

    async def __aenter__(self):
        print('  enter', self.name)
        await asyncio.sleep(0)
        return self.name.upper()

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        print('  exit', self.name, exc_type.__name__ if exc_type else None, exc)
        if self.fail_exit:
            raise OSError('exit failed')
        return self.suppress


async def items(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def square(x):
    await asyncio.sleep(0)
    return x * x


async def main():
    async with Resource('a') as v:
        print('body', v)
    async with Resource('b'), Resource('c') as c:
        print('two managers', c)
    async with Resource('s', suppress=True):
        raise KeyError('swallowed')
    print('after suppressed')
    try:
        async with Resource('p'):
            raise ValueError('kept')
    except ValueError as e:
        print('propagated', e)
    try:
        async with Resource('x', fail_exit=True):
            raise ValueError('original')
    except OSError as e:
        print('OSError', e, 'context', repr(e.__context__))
    try:
        async with Resource('y', fail_exit=True):
            pass
    except OSError as e:
        print('OSError', e, e.__context__)

    # return, break and continue leave through __aexit__.
    async def early():
        async with Resource('r') as r:
            return r + '!'
    print(await early())
    for i in range(3):
        async with Resource(f'loop{i}'):
            if i == 0:
                continue
            if i == 1:
                break
    print('loop done', i)

    # __aexit__ sees the exception being handled.
    class Inspect:
        async def __aenter__(self):
            return self

        async def __aexit__(self, t, e, tb):
            print('  exit sees', t.__name__, e, tb is not None)
            return True
    async with Inspect():
        1 / 0
    print('survived')

    # Errors of the protocol.
    class OnlyEnter:
        async def __aenter__(self):
            return 1
    for bad in [OnlyEnter(), 5, open]:
        try:
            async with bad:
                pass
        except TypeError as e:
            print('TypeError', e)
    try:
        async with Resource('sync') as r:
            with Resource('z'):
                pass
    except TypeError as e:
        print('TypeError', e)

    # Async comprehensions.
    print([x async for x in items(4)])
    print([x async for x in items(6) if x % 2])
    print({x: x * 2 async for x in items(3)})
    print({x % 2 async for x in items(5)})
    print([await square(x) for x in range(4)])
    print([await square(x) async for x in items(3)])
    print([(x, y) async for x in items(2) for y in range(2)])
    print([(x, y) for x in range(2) async for y in items(2)] if False else 'skip')
    print([[y async for y in items(x)] async for x in items(3)])
    print([await square(y) for y in [x async for x in items(3)]])
    g = (await square(x) for x in range(3))
    print(type(g).__name__)
    print([v async for v in g])
    g = (x * 10 async for x in items(3) if x != 1)
    print(type(g).__name__, [v async for v in g])
    total = sum([x async for x in items(5)])
    print('total', total)
    # The comprehension variable does not leak.
    x = 'outer'
    print([x async for x in items(2)], x)


asyncio.run(main())
