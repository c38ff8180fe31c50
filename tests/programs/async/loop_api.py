# The loop's own API, iscoroutine/iscoroutinefunction, ensure_future, Runner.
import asyncio
import functools


async def coro_fn(x):
    await asyncio.sleep(0)
    return x * 2


async def agen_fn():
    yield 1


def plain(x):
    return x


class Awaitable:
    def __await__(self):
        yield
        return 'from __await__'


class Methods:
    async def am(self):
        return 1

    def m(self):
        return 2


print('--- predicates')
print(asyncio.iscoroutinefunction(coro_fn), asyncio.iscoroutinefunction(plain),
      asyncio.iscoroutinefunction(agen_fn), asyncio.iscoroutinefunction(lambda: 1))
print(asyncio.iscoroutinefunction(Methods().am), asyncio.iscoroutinefunction(Methods.am),
      asyncio.iscoroutinefunction(Methods().m))
print(asyncio.iscoroutinefunction(functools.partial(coro_fn, 1)))
c = coro_fn(1)
print(asyncio.iscoroutine(c), asyncio.iscoroutine(agen_fn()), asyncio.iscoroutine(1), asyncio.iscoroutine(Awaitable()))
c.close()

print('--- run_until_complete on a loop of our own')
loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
print(loop.run_until_complete(coro_fn(21)))
fut = loop.create_future()
loop.call_soon(fut.set_result, 'set by call_soon')
print(loop.run_until_complete(fut))
print(loop.run_until_complete(asyncio.ensure_future(Awaitable(), loop=loop)))
order = []
loop.call_soon(order.append, 1)
loop.call_later(0.01, order.append, 3)
loop.call_soon(order.append, 2)
loop.run_until_complete(asyncio.sleep(0.02))
print(order)
loop.close()
print(loop.is_closed())
try:
    loop.run_until_complete(coro_fn(1))
except RuntimeError as e:
    print('RuntimeError', e)


print('--- Runner runs several coroutines on one loop')
with asyncio.Runner() as runner:
    print(runner.run(coro_fn(1)))
    print(runner.run(coro_fn(2)))
    first = runner.get_loop()
    print(runner.get_loop() is first)
try:
    runner.run(coro_fn(3))
except RuntimeError as e:
    print('RuntimeError', e)


async def main():
    loop = asyncio.get_running_loop()
    print(loop is asyncio.get_event_loop(), loop.is_running())
    print(await asyncio.ensure_future(coro_fn(5)))
    print(await Awaitable())
    t = asyncio.ensure_future(Awaitable())
    print(type(t).__name__, await t)
    try:
        asyncio.ensure_future(5)
    except TypeError as e:
        print('TypeError', e)
    f = loop.create_future()
    print(asyncio.ensure_future(f) is f, asyncio.isfuture(f), asyncio.isfuture(5))
    f.cancel()
    # Exceptions in callbacks are reported, and the loop goes on.
    loop.set_exception_handler(lambda lp, ctx: print('handler got', ctx['message'][:22], repr(ctx.get('exception'))))
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    loop.set_exception_handler(None)
    print(loop.get_exception_handler())
    # A task awaiting itself.
    async def selfish():
        await asyncio.sleep(0)
        return await me
    me = asyncio.create_task(selfish())
    try:
        await me
    except RuntimeError as e:
        print('RuntimeError', str(e)[:28])
    # sleep passes its result through.
    print(await asyncio.sleep(0.01, result='late'))
    # Tasks still running when main returns are cancelled by asyncio.run.
    async def forever():
        try:
            await asyncio.sleep(10)
        finally:
            print('forever cancelled by asyncio.run')
    asyncio.create_task(forever())
    await asyncio.sleep(0)
    return 'main done'

print(asyncio.run(main()))
try:
    asyncio.run(5)
except ValueError as e:
    print('ValueError', e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('RuntimeError', e)
