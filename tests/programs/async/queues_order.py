# asyncio queues: reprs, wake-up order with cancelled getters and putters, priority and LIFO order, errors.
import asyncio, re
def show(x): return re.sub(r'0x[0-9a-f]+', '0x...', repr(x))
async def main():
    q = asyncio.Queue(2)
    print(show(q), str(q), q.maxsize, q.empty(), q.full(), asyncio.Queue[int])
    got = []
    async def consumer(n):
        try:
            while True:
                item = await q.get()
                got.append((n, item))
                q.task_done()
        except asyncio.CancelledError:
            got.append((n, "cancelled"))
            raise
    async def producer(base):
        for i in range(5):
            await q.put(base + i)
    cs = [asyncio.create_task(consumer(n)) for n in range(3)]
    await asyncio.sleep(0)
    print(str(q))
    cs[1].cancel()
    ps = [asyncio.create_task(producer(b)) for b in (0, 100)]
    await asyncio.sleep(0)
    print(str(q))
    await asyncio.gather(*ps)
    await q.join()
    print(got, str(q))
    for c in cs: c.cancel()
    await asyncio.gather(*cs, return_exceptions=True)
    pq = asyncio.PriorityQueue()
    for x in [5, 1, 4, (2, "b"), ] if False else [5, 1, 4, 2, 3]: pq.put_nowait(x)
    lq = asyncio.LifoQueue(3)
    for x in "abc": lq.put_nowait(x)
    print([pq.get_nowait() for _ in range(5)], str(lq), [lq.get_nowait() for _ in range(3)])
    try: lq.get_nowait()
    except asyncio.QueueEmpty as e: print("QueueEmpty", repr(e))
    lq = asyncio.LifoQueue(1); lq.put_nowait(1)
    try: lq.put_nowait(2)
    except asyncio.QueueFull as e: print("QueueFull", repr(e))
    try: q.task_done()
    except ValueError as e: print("ValueError", e)
    full = asyncio.Queue(1); full.put_nowait("x")
    putters = [asyncio.create_task(full.put(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(str(full))
    print(full.get_nowait()); putters[0].cancel()
    await asyncio.sleep(0)
    print(str(full), [p.done() for p in putters])
    await asyncio.sleep(0); print(str(full), full.get_nowait()); await asyncio.sleep(0); print(str(full), [p.done() for p in putters])
    try: await asyncio.wait_for(asyncio.Queue().get(), 0.001)
    except asyncio.TimeoutError: print("timeout")
    print(asyncio.Queue(-1).full(), asyncio.Queue(0).full())
asyncio.run(main())
