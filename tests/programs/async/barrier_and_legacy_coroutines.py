# asyncio.Barrier (3.11): batches, indices, draining, abort, reset, cancellation; plus
# asyncio.to_thread, types.coroutine generator-based coroutines and the coroutine types.
import asyncio
import types


def state(barrier):
    # The repr without the object's address.
    return repr(barrier).split(" [", 1)[1]


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 69069 + 1) % 4294967296
        return (self.state >> 12) % bound


async def batches():
    print("--- batches")
    barrier = asyncio.Barrier(3)
    print(state(barrier), barrier.parties, barrier.n_waiting, barrier.broken)

    async def party(name, pause):
        for _ in range(pause):
            await asyncio.sleep(0)
        print(name, "arrives", state(barrier))
        index = await barrier.wait()
        print(name, "passes with", index, state(barrier))
        return index

    print(await asyncio.gather(*[party(f"p{i}", i % 2) for i in range(6)]))
    print(state(barrier))


async def use_as_context_manager():
    print("--- async with")
    barrier = asyncio.Barrier(2)

    async def party(name):
        async with barrier as index:
            print(name, "inside with", index)

    await asyncio.gather(party("x"), party("y"))


async def abort_and_reset():
    print("--- abort")
    barrier = asyncio.Barrier(3)

    async def party(name):
        try:
            index = await barrier.wait()
            print(name, "got", index)
        except asyncio.BrokenBarrierError as e:
            print(name, type(e).__name__, e, isinstance(e, RuntimeError))

    tasks = [asyncio.create_task(party(n)) for n in "ab"]
    await asyncio.sleep(0)
    print(state(barrier), barrier.n_waiting)
    await barrier.abort()
    await asyncio.gather(*tasks)
    print(state(barrier), barrier.broken, barrier.n_waiting)
    await party("late")
    await barrier.reset()
    print("after reset", state(barrier), barrier.broken)

    print("--- reset while waiting")
    tasks = [asyncio.create_task(party(n)) for n in "cd"]
    await asyncio.sleep(0)
    print(state(barrier))
    await barrier.reset()
    print(state(barrier))
    newcomer = asyncio.create_task(party("e"))
    await asyncio.gather(*tasks)
    print(state(barrier))
    await asyncio.sleep(0)
    print(state(barrier))
    more = [asyncio.create_task(party(n)) for n in "fg"]
    await asyncio.gather(newcomer, *more)
    print(state(barrier))

    print("--- cancelled waiter")
    barrier = asyncio.Barrier(2)
    waiter = asyncio.create_task(barrier.wait())
    await asyncio.sleep(0)
    print(state(barrier))
    waiter.cancel()
    try:
        await waiter
    except asyncio.CancelledError:
        print("cancelled, now", state(barrier))

    for bad in (0, -2):
        try:
            asyncio.Barrier(bad)
        except ValueError as e:
            print("Barrier", bad, e)


async def generated_rounds():
    print("--- generated rounds")
    rng = Lcg(7)
    for round_no in range(5):
        parties = 1 + rng.next(4)
        barrier = asyncio.Barrier(parties)
        order = []

        async def party(i):
            for _ in range(rng.next(3)):
                await asyncio.sleep(0)
            index = await barrier.wait()
            order.append((i, index))
            return index

        workers = parties * (1 + rng.next(3))
        results = await asyncio.gather(*[party(i) for i in range(workers)])
        print(round_no, parties, workers, results, order[:parties], state(barrier))


async def to_thread_checks():
    print("--- to_thread")

    def add(a, b=0, *, scale=1):
        return (a + b) * scale

    print(await asyncio.to_thread(add, 1, 2, scale=10))
    print(await asyncio.to_thread(add, a=5))
    try:
        await asyncio.to_thread(add)
    except TypeError as e:
        print("TypeError", e)
    print(await asyncio.gather(asyncio.to_thread(add, 1), asyncio.to_thread(sorted, "cab")))


@types.coroutine
def legacy_pause(n):
    for _ in range(n):
        yield
    return f"paused {n}"


@types.coroutine
def legacy_future(value):
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, value)
    got = yield from fut
    return got * 2


def plain_returning_generator():
    def inner():
        yield
        return "from inner"
    return inner()


async def native():
    return "native"


async def legacy_checks():
    print("--- types.coroutine")
    print(await legacy_pause(2), await legacy_future(21))
    print(await asyncio.gather(legacy_pause(1), legacy_future(5), asyncio.sleep(0, "sleep")))
    print(types.coroutine(native) is native)
    wrapped = types.coroutine(plain_returning_generator)
    print(wrapped.__name__, await wrapped())
    print(types.coroutine(lambda: 42)())
    try:
        types.coroutine(42)
    except TypeError as e:
        print("TypeError", e)
    task = asyncio.ensure_future(legacy_pause(1))
    print(type(task).__name__, await task)
    print(legacy_pause.__name__, asyncio.iscoroutine(legacy_pause(0)))
    made = legacy_pause(0)
    print(hasattr(made, "send"), hasattr(made, "throw"), hasattr(made, "close"))
    made.close()

    print("--- coroutine types")
    coro = native()
    print(types.CoroutineType, type(coro) is types.CoroutineType, isinstance(coro, types.CoroutineType))
    coro.close()

    async def agen():
        yield 1

    gen = agen()
    print(types.AsyncGeneratorType, isinstance(gen, types.AsyncGeneratorType))
    print(isinstance(plain_returning_generator(), types.GeneratorType))
    print([name for name in ("CoroutineType", "AsyncGeneratorType", "coroutine") if hasattr(types, name)])
    print(all(hasattr(asyncio, n) for n in ("Barrier", "BrokenBarrierError", "to_thread")))
    print("Barrier" in asyncio.__all__, "to_thread" in asyncio.__all__)


async def main():
    await batches()
    await use_as_context_manager()
    await abort_and_reset()
    await generated_rounds()
    await to_thread_checks()
    await legacy_checks()


try:
    asyncio.run(main())
except Exception as e:
    print("main:", type(e).__name__, e)
