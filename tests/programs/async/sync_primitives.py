# Lock, Event, Semaphore, Condition and Queue: who runs when.
import asyncio


async def main():
    print('--- Lock: waiters acquire in FIFO order')
    lock = asyncio.Lock()
    print(lock.locked())

    async def critical(name, steps):
        async with lock:
            print(name, 'holds the lock')
            for _ in range(steps):
                await asyncio.sleep(0)
            print(name, 'releases')
    await asyncio.gather(critical('a', 2), critical('b', 1), critical('c', 0))
    print(lock.locked())
    await lock.acquire()
    print('acquired', lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError', e)

    print('--- a cancelled lock waiter')
    await lock.acquire()
    w1 = asyncio.create_task(lock.acquire())
    w2 = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    w1.cancel()
    await asyncio.sleep(0)
    lock.release()
    await asyncio.sleep(0)
    print('w1 cancelled', w1.cancelled(), 'w2 got it', w2.done() and w2.result(), lock.locked())
    lock.release()

    print('--- Event')
    ev = asyncio.Event()

    async def waiter(name):
        print(name, 'waits')
        await ev.wait()
        print(name, 'proceeds')
        return name
    ts = [asyncio.create_task(waiter(f'e{i}')) for i in range(3)]
    await asyncio.sleep(0)
    print('is_set', ev.is_set())
    ev.set()
    print('set, nobody ran yet')
    print(await asyncio.gather(*ts))
    print(await ev.wait())
    ev.clear()
    print('cleared', ev.is_set())

    print('--- Semaphore')
    sem = asyncio.Semaphore(2)
    active = []

    async def limited(name):
        async with sem:
            active.append(name)
            print(name, 'in, active', sorted(active))
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            active.remove(name)
            print(name, 'out')
    await asyncio.gather(*(limited(f's{i}') for i in range(5)))
    print('locked', sem.locked())
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print('ValueError', e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError', e)

    print('--- Condition')
    cond = asyncio.Condition()
    items = []

    async def consumer(name):
        async with cond:
            await cond.wait_for(lambda: items)
            print(name, 'took', items.pop(0))

    async def producer():
        for i in range(3):
            await asyncio.sleep(0)
            async with cond:
                items.append(i)
                print('produced', i)
                cond.notify()
    await asyncio.gather(consumer('c0'), consumer('c1'), consumer('c2'), producer())
    try:
        cond.notify()
    except RuntimeError as e:
        print('RuntimeError', e)

    print('--- Queue: producers, consumers, join and task_done')
    q = asyncio.Queue(maxsize=2)
    print(q.empty(), q.full(), q.qsize(), q.maxsize)

    async def produce(name, n):
        for i in range(n):
            await q.put(f'{name}{i}')
            print(name, 'put', i, 'size', q.qsize())

    async def consume(name):
        while True:
            item = await q.get()
            print(name, 'got', item)
            await asyncio.sleep(0)
            q.task_done()
    consumers = [asyncio.create_task(consume(f'k{i}')) for i in range(2)]
    await asyncio.gather(produce('p', 3), produce('q', 2))
    print('all put')
    await q.join()
    print('joined', q.empty())
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError', e)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
    q.put_nowait(1)
    q.put_nowait(2)
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        print('QueueFull', q.full())
    print(str(q))

    pq = asyncio.PriorityQueue()
    for v in [5, 1, 4, 2]:
        pq.put_nowait(v)
    print([pq.get_nowait() for _ in range(4)])
    lq = asyncio.LifoQueue()
    for v in 'abc':
        await lq.put(v)
    print([await lq.get() for _ in range(3)])

    print('--- get with a timeout')
    q = asyncio.Queue()
    try:
        await asyncio.wait_for(q.get(), 0.02)
    except TimeoutError:
        print('nothing arrived', len(q._getters))


asyncio.run(main())
