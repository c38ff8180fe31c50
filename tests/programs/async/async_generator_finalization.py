# An async generator an `async for` drops unfinished is closed by the event loop, as CPython's
# finalizer hook does; those still open when asyncio.run ends are closed by shutdown_asyncgens.
import asyncio

async def counter(name, n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        print(' ', name, 'finally')

async def main():
    async for x in counter('broken', 5):
        if x == 2:
            print('breaking')
            break
    print('after loop')
    await asyncio.sleep(0)
    print('one')
    await asyncio.sleep(0)
    print('two')
    await asyncio.sleep(0)
    print('three')
    g = counter('kept', 5)
    print(await g.__anext__())
    async for x in counter('done', 2):
        print('done item', x)
    try:
        async for x in counter('raised', 5):
            raise ValueError('out')
    except ValueError:
        print('caught')
    for i in range(3):
        await asyncio.sleep(0)
        print('tick', i)
    print('main ends')

asyncio.run(main())
print('after run')
