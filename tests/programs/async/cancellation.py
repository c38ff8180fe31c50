# Task.cancel, CancelledError crossing awaits, finally blocks, gather and exceptions.
import asyncio


async def worker(name, steps, delay=0):
    try:
        for i in range(steps):
            print(name, 'step', i)
            await asyncio.sleep(delay)
        return name
    except asyncio.CancelledError as e:
        print(name, 'cancelled with', e.args)
        raise
    finally:
        print(name, 'finally')


async def failing(name, after, exc):
    for i in range(after):
        await asyncio.sleep(0)
    print(name, 'raising', repr(exc))
    raise exc


async def main():
    print('--- cancel a running task')
    t = asyncio.create_task(worker('w1', 10))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('cancel returns', t.cancel())
    print('cancelling', t.cancelling(), 'done', t.done())
    try:
        await t
    except asyncio.CancelledError as e:
        print('awaiting a cancelled task raises CancelledError', e.args)
    print('cancelled', t.cancelled(), 'done', t.done(), 'cancel again', t.cancel())
    try:
        t.result()
    except asyncio.CancelledError:
        print('result() raises CancelledError')
    try:
        t.exception()
    except asyncio.CancelledError:
        print('exception() raises CancelledError')

    print('--- cancel with a message, before the task starts')
    t = asyncio.create_task(worker('w2', 3))
    t.cancel('stop now')
    try:
        await t
    except asyncio.CancelledError as e:
        print('CancelledError', e.args)

    print('--- a task that swallows the cancellation')
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print('stubborn ignores the cancel')
        await asyncio.sleep(0)
        return 'finished anyway'
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled(), t.cancelling())
    print('uncancel', t.uncancel())

    print('--- cancelling a task that awaits another task cancels the inner one')
    inner = asyncio.create_task(worker('inner', 10, 0.1))
    async def outer():
        try:
            return await inner
        finally:
            print('outer finally')
    o = asyncio.create_task(outer())
    await asyncio.sleep(0.15)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        print('outer cancelled', o.cancelled(), 'inner cancelled', inner.cancelled())

    print('--- exceptions cross awaits')
    async def level(n):
        if n == 0:
            raise KeyError('deep')
        try:
            return await level(n - 1)
        finally:
            print('unwinding level', n)
    try:
        await level(3)
    except KeyError as e:
        print('caught', repr(e))
    t = asyncio.create_task(failing('f', 2, ValueError('in task')))
    try:
        await t
    except ValueError as e:
        print('task raised', e, t.done(), repr(t.exception()))

    print('--- gather: the first exception propagates, the others keep running')
    a = asyncio.create_task(worker('ga', 4))
    try:
        await asyncio.gather(a, failing('gb', 1, RuntimeError('boom')))
    except RuntimeError as e:
        print('gather raised', e, 'a done', a.done())
    print('a result', await a)

    print('--- gather with return_exceptions')
    res = await asyncio.gather(worker('r1', 1), failing('r2', 0, ZeroDivisionError('zero')),
                               asyncio.sleep(0, 'slept'), return_exceptions=True)
    print([type(r).__name__ if isinstance(r, BaseException) else r for r in res])
    c = asyncio.create_task(worker('r3', 5))
    async def canceller():
        await asyncio.sleep(0)
        c.cancel('by canceller')
    res = await asyncio.gather(c, canceller(), return_exceptions=True)
    print([repr(r) for r in res])

    print('--- cancelling gather cancels its children')
    g = asyncio.gather(worker('c1', 5), worker('c2', 5))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('gather cancel', g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled', g.cancelled())
    print('empty gather', await asyncio.gather())

    print('--- shield')
    inner = asyncio.create_task(worker('shielded', 3))
    s = asyncio.shield(inner)
    await asyncio.sleep(0)
    s.cancel()
    try:
        await s
    except asyncio.CancelledError:
        print('shield cancelled, inner cancelled:', inner.cancelled())
    print('inner result', await inner)

    print('--- CancelledError is a BaseException')
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))
    async def catch_all():
        try:
            await asyncio.sleep(1)
        except Exception:
            print('not reached')
    t = asyncio.create_task(catch_all())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print('catch_all cancelled', t.cancelled())

    print('--- Future API')
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f), f.done())
    f.add_done_callback(lambda fut: print('callback sees', fut.result()))
    f.set_result(5)
    print(repr(f))
    try:
        f.set_result(6)
    except asyncio.InvalidStateError as e:
        print('InvalidStateError', e)
    await asyncio.sleep(0)
    f = loop.create_future()
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError', e)
    f.set_exception(ValueError('bad'))
    print(repr(f.exception()))
    try:
        await f
    except ValueError as e:
        print('await raised', e)
    f = loop.create_future()
    f.set_exception(KeyError)
    print(repr(f.exception()))
    f = loop.create_future()
    try:
        f.set_exception(StopIteration())
    except TypeError as e:
        print('TypeError', e)
    f = loop.create_future()
    cb = lambda fut: print('removed callback ran')
    f.add_done_callback(cb)
    f.add_done_callback(cb)
    print('removed', f.remove_done_callback(cb))
    f.cancel()
    print(f.cancelled(), repr(f))
    await asyncio.sleep(0)
    try:
        asyncio.Task(42)
    except TypeError as e:
        print('TypeError', e)
    try:
        t = asyncio.current_task()
        t.set_result(1)
    except RuntimeError as e:
        print('RuntimeError', e)


asyncio.run(main())
