# Seeded schedules of tasks contending for asyncio locks, semaphores, conditions and queues;
# the interleaving printed must match CPython's wake-up order exactly.
import asyncio


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 8) % bound


async def lock_round(rng, log):
    lock = asyncio.Lock()
    tasks = []

    async def worker(name, hold, cancel_me):
        try:
            async with lock as bound:
                log.append((name, 'in', bound))
                for _ in range(hold):
                    await asyncio.sleep(0)
                log.append((name, 'out'))
        except asyncio.CancelledError:
            log.append((name, 'cancelled', lock.locked()))

    for i in range(5):
        tasks.append(asyncio.create_task(worker(f'L{i}', rng.next(3), rng.next(4) == 0)))
    await asyncio.sleep(0)
    victim = tasks[1 + rng.next(4)]
    victim.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    log.append(('lock free', lock.locked()))


async def semaphore_round(rng, log):
    bounded = rng.next(2) == 0
    sem = (asyncio.BoundedSemaphore if bounded else asyncio.Semaphore)(1 + rng.next(3))

    async def worker(name, hold):
        async with sem:
            log.append((name, 'got', sem.locked()))
            for _ in range(hold):
                await asyncio.sleep(0)
        log.append((name, 'left'))

    tasks = [asyncio.create_task(worker(f'S{i}', rng.next(3))) for i in range(6)]
    await asyncio.sleep(0)
    tasks[rng.next(6)].cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    log.append(('sem results', [type(r).__name__ for r in results]))
    if bounded:
        try:
            sem.release()
        except ValueError as e:
            log.append(('ValueError', str(e)))


async def condition_round(rng, log):
    cond = asyncio.Condition()
    state = {'n': 0}

    async def waiter(name, goal):
        async with cond:
            got = await cond.wait_for(lambda: state['n'] >= goal)
            log.append((name, 'saw', state['n'], got))

    tasks = [asyncio.create_task(waiter(f'C{i}', rng.next(4))) for i in range(4)]
    for step in range(5):
        await asyncio.sleep(0)
        async with cond:
            state['n'] += 1
            if rng.next(2):
                cond.notify(1 + rng.next(2))
            else:
                cond.notify_all()
    async with cond:
        cond.notify_all()
    await asyncio.gather(*tasks)
    try:
        await cond.wait()
    except RuntimeError as e:
        log.append(('RuntimeError', str(e)))
    try:
        cond.notify()
    except RuntimeError as e:
        log.append(('RuntimeError', str(e)))


async def queue_round(rng, log):
    kind = [asyncio.Queue, asyncio.LifoQueue, asyncio.PriorityQueue][rng.next(3)]
    q = kind(maxsize=rng.next(3))
    log.append(('queue', kind.__name__, str(q)))

    async def producer(name, count):
        for _ in range(count):
            item = rng.next(100)
            await q.put(item)
            log.append((name, 'put', item, q.qsize()))

    async def consumer(name, count):
        for _ in range(count):
            item = await q.get()
            log.append((name, 'got', item))
            q.task_done()

    producers = [asyncio.create_task(producer(f'P{i}', 3)) for i in range(2)]
    consumers = [asyncio.create_task(consumer(f'Q{i}', 2)) for i in range(3)]
    await asyncio.gather(*producers, *consumers)
    await q.join()
    log.append(('after join', str(q), q.empty(), q.full()))
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        log.append('QueueEmpty')
    try:
        q.task_done()
    except ValueError as e:
        log.append(('ValueError', str(e)))


async def main():
    for seed in range(6):
        rng = Lcg(seed * 7919 + 1)
        log = []
        await lock_round(rng, log)
        await semaphore_round(rng, log)
        await condition_round(rng, log)
        await queue_round(rng, log)
        print(seed)
        for entry in log:
            print('  ', entry)
    event = asyncio.Event()
    print(event.is_set(), await asyncio.wait_for(asyncio.shield(asyncio.sleep(0, 'x')), 1))
    event.set()
    print(await event.wait())


asyncio.run(main())
