# asyncio's primitives when waiters are cancelled, notified in part or woken together: who gets
# the lock or the slot next, and what the reprs show along the way.
import asyncio
import re

log = []


def show(primitive):
    return re.sub(r' at 0x[0-9a-f]+', ' at 0x...', repr(primitive))


async def hold(name, lock, delay=0):
    try:
        async with lock:
            log.append(f"{name} in")
            await asyncio.sleep(delay)
            log.append(f"{name} out")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def lock_handoff():
    lock = asyncio.Lock()
    tasks = [asyncio.create_task(hold(n, lock, 0)) for n in "abcd"]
    await asyncio.sleep(0)
    print(show(lock))
    tasks[1].cancel()
    await asyncio.sleep(0)
    print(show(lock))
    await asyncio.gather(*tasks, return_exceptions=True)
    print(log, show(lock))
    log.clear()
    # Woken and cancelled in the same turn: the next waiter must still get the lock.
    await lock.acquire()
    waiters = [asyncio.create_task(hold(n, lock)) for n in "xyz"]
    await asyncio.sleep(0)
    lock.release()
    waiters[0].cancel()
    results = await asyncio.gather(*waiters, return_exceptions=True)
    print(log, [type(r).__name__ for r in results], lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError", e)


async def semaphores():
    log.clear()
    sem = asyncio.Semaphore(2)
    tasks = [asyncio.create_task(hold(n, sem, 0)) for n in "pqrst"]
    await asyncio.sleep(0)
    print(show(sem), sem.locked())
    tasks[3].cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print(log, show(sem))
    bounded = asyncio.BoundedSemaphore(1)
    await bounded.acquire()
    bounded.release()
    try:
        bounded.release()
    except ValueError as e:
        print("ValueError", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError", e)


async def conditions():
    cond = asyncio.Condition()
    woken = []

    async def waiter(i):
        async with cond:
            await cond.wait()
            woken.append(i)

    tasks = [asyncio.create_task(waiter(i)) for i in range(6)]
    await asyncio.sleep(0)
    print(show(cond))
    async with cond:
        print(show(cond))
    for n in (0, -1, 2, 1):
        async with cond:
            cond.notify(n)
        await asyncio.sleep(0)
        print(n, woken)
    tasks[4].cancel()
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*tasks, return_exceptions=True)
    print(woken, cond.locked())
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError", e)
    flag = [False]

    async def setter():
        await asyncio.sleep(0)
        async with cond:
            flag[0] = True
            cond.notify_all()

    asyncio.create_task(setter())
    async with cond:
        print(await cond.wait_for(lambda: flag[0] and "ready"))


async def events():
    ev = asyncio.Event()
    seen = []

    async def w(i):
        seen.append((i, await ev.wait()))

    tasks = [asyncio.create_task(w(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(show(ev), ev.is_set())
    tasks[1].cancel()
    ev.set()
    ev.set()
    print(show(ev))
    await asyncio.gather(*tasks, return_exceptions=True)
    ev.clear()
    print(seen, show(ev), await asyncio.wait_for(asyncio.shield(asyncio.sleep(0, "x")), 1))


async def main():
    await lock_handoff()
    await semaphores()
    await conditions()
    await events()


asyncio.run(main())
