# gather, wait, wait_for, as_completed and shield at their edges: duplicates, cancellation from
# outside and inside, timeouts of zero, errors in the middle, and the order everything prints.
import asyncio

log = []


async def job(name, delay, fail=False, catch_cancel=False):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        if catch_cancel:
            return f"{name} survived"
        raise
    if fail:
        raise ValueError(name)
    log.append(f"{name} done")
    return name


async def gathers():
    shared = asyncio.ensure_future(job("shared", 0))
    print(await asyncio.gather(shared, job("a", 0.002), shared, job("b", 0)))
    print(await asyncio.gather(job("c", 0, fail=True), job("d", 0.001), return_exceptions=True))
    try:
        await asyncio.gather(job("e", 0.001), job("f", 0, fail=True))
    except ValueError as e:
        print("ValueError", e)
    await asyncio.sleep(0.003)
    g = asyncio.gather(job("g", 0.5), job("h", 0.5, catch_cancel=True), return_exceptions=True)
    await asyncio.sleep(0)
    print(g.cancel("stop"), g.cancel())
    try:
        print(await g)
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)
    print(await asyncio.gather(), g.done())
    t1 = asyncio.create_task(job("i", 0.5))
    outer = asyncio.gather(t1, job("j", 0), return_exceptions=True)
    await asyncio.sleep(0.001)
    t1.cancel("inner")
    print([type(r).__name__ + repr(r.args) if isinstance(r, BaseException) else r for r in await outer])


async def waits():
    tasks = [asyncio.create_task(job(f"w{i}", d, fail=(i == 1))) for i, d in enumerate((0.3, 0.001, 0.15))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(sorted(t.get_name() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending))
    done, pending = await asyncio.wait(tasks, timeout=0)
    print(len(done), len(pending))
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending), [t.exception() is not None for t in tasks])
    for bad in (lambda: asyncio.wait([]), lambda: asyncio.wait(tasks, return_when="x"),
                lambda: asyncio.wait(tasks[0])):
        try:
            await bad()
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    coro = job("never", 0)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print("TypeError", e)
    coro.close()


async def wait_fors():
    print(await asyncio.wait_for(job("k", 0), None), await asyncio.wait_for(job("l", 0), 1))
    for timeout in (0, -1, 0.001):
        try:
            await asyncio.wait_for(job(f"m{timeout}", 0.01), timeout)
        except asyncio.TimeoutError as e:
            print("TimeoutError", repr(e), type(e.__cause__).__name__)
    print(await asyncio.wait_for(job("n", 0.01, catch_cancel=True), 0.001))
    done = asyncio.get_running_loop().create_future()
    done.set_result("ready")
    print(await asyncio.wait_for(done, 0))
    waiter = asyncio.create_task(asyncio.wait_for(job("o", 0.5), 1))
    await asyncio.sleep(0.001)
    waiter.cancel()
    try:
        await waiter
    except asyncio.CancelledError:
        print("outer wait_for cancelled")


async def as_completeds():
    order = []
    for next_one in asyncio.as_completed([job("p", 0.003), job("q", 0.001), job("r", 0.002)]):
        order.append(await next_one)
    print(order)
    try:
        for next_one in asyncio.as_completed([job("s", 0.0), job("t", 0.5)], timeout=0.2):
            print(await next_one)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    pause = asyncio.sleep(0)
    try:
        list(asyncio.as_completed(pause))
    except TypeError as e:
        print("TypeError", e)
    pause.close()


async def shields():
    inner = asyncio.create_task(job("u", 0.002))
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled", inner.cancelled())
    print(await inner)
    inner = asyncio.create_task(job("v", 0.5))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    inner.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("shield saw inner cancel", outer.cancelled())
    done = asyncio.ensure_future(job("x", 0))
    await done
    print(asyncio.shield(done) is done)


async def main():
    await gathers()
    await waits()
    await wait_fors()
    await as_completeds()
    await shields()
    await asyncio.sleep(0.06)
    print(log)


asyncio.run(main())
