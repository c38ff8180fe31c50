# wait_for, asyncio.timeout, wait and as_completed with timeouts; sleep ordering by due time.
import asyncio
import time


async def slow(name, delay, result=None):
    try:
        await asyncio.sleep(delay)
        print(name, 'finished')
        return result if result is not None else name
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise


async def main():
    print('--- wait_for')
    print(await asyncio.wait_for(slow('quick', 0.01), timeout=1))
    try:
        await asyncio.wait_for(slow('late', 1), timeout=0.03)
    except asyncio.TimeoutError as e:
        print('TimeoutError', type(e).__name__, repr(e.__cause__)[:14], asyncio.TimeoutError is TimeoutError)
    try:
        await asyncio.wait_for(slow('zero', 1), timeout=0)
    except TimeoutError:
        print('timeout=0 raises at once')
    print(await asyncio.wait_for(slow('none', 0.01), None))
    t = asyncio.create_task(slow('task', 0.01, 'task result'))
    print(await asyncio.wait_for(t, 1))

    print('--- asyncio.timeout')
    try:
        async with asyncio.timeout(0.03) as cm:
            await slow('in timeout', 1)
    except TimeoutError:
        print('timeout block expired', cm.expired())
    async with asyncio.timeout(1) as cm:
        await slow('fast enough', 0.01)
    print('expired', cm.expired())
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0)
    print('when', cm.when())
    try:
        async with asyncio.timeout(0.02):
            try:
                await asyncio.sleep(1)
            finally:
                print('cleanup inside the timeout block')
    except TimeoutError:
        print('TimeoutError after cleanup')

    print('--- wait')
    tasks = [asyncio.create_task(asyncio.sleep(d, f'w{i}')) for i, d in enumerate([0.05, 0.01, 0.6])]
    done, pending = await asyncio.wait(tasks, timeout=0.3)
    print(sorted(t.result() for t in done), len(pending))
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    print([t.cancelled() for t in tasks])
    tasks = [asyncio.create_task(asyncio.sleep(d, f'f{i}')) for i, d in enumerate([0.3, 0.01])]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], [t.done() for t in pending])
    await asyncio.wait(pending)

    async def bad():
        await asyncio.sleep(0.01)
        raise ValueError('bad one')
    tasks = [asyncio.create_task(slow('e0', 0.6)), asyncio.create_task(bad())]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print([repr(t.exception()) for t in done], len(pending))
    tasks[0].cancel()
    await asyncio.wait(tasks)
    for bad_arg in [[], slow('x', 0)]:
        try:
            await asyncio.wait(bad_arg)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    try:
        await asyncio.wait([asyncio.sleep(0)], return_when='SOMETIMES')
    except ValueError as e:
        print('ValueError', e)

    print('--- as_completed with a timeout')
    aws = [asyncio.sleep(0.2, 'a0'), asyncio.sleep(0.01, 'a1'), slow('a2', 1)]
    try:
        for fut in asyncio.as_completed(aws, timeout=0.5):
            print('completed', await fut)
    except TimeoutError:
        print('as_completed timed out')
    await asyncio.sleep(0)

    print('--- sleeps really wait')
    start = time.monotonic()
    await asyncio.sleep(0.05)
    print('slept at least 0.05:', time.monotonic() - start >= 0.049)
    start = time.monotonic()
    await asyncio.gather(*(asyncio.sleep(0.1) for _ in range(20)))
    print('concurrent sleeps overlap:', time.monotonic() - start < 1.5)
    loop = asyncio.get_running_loop()
    print(isinstance(loop.time(), float), loop.is_running())


asyncio.run(main())
