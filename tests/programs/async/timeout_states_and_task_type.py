# asyncio.timeout's state checks (3.11.7): a Timeout is entered once, reschedule() needs an
# active one; asyncio.Task/Future as CPython's _asyncio types; task numbering after async
# generators that ran to their end.
import asyncio


def attempt(label, action):
    try:
        result = action()
        print(label, "->", result)
    except Exception as e:
        print(label, "->", type(e).__name__, e)


async def attempt_async(label, make):
    try:
        result = await make()
        print(label, "->", result)
    except Exception as e:
        print(label, "->", type(e).__name__, e)


async def timeouts():
    print("--- created")
    cm = asyncio.timeout(1)
    print(repr(cm), cm.expired())
    attempt("reschedule before enter", lambda: cm.reschedule(5))
    attempt("reschedule(None) before enter", lambda: cm.reschedule(None))
    print(repr(cm))

    print("--- reuse")
    async with cm:
        print("active:", repr(cm).startswith("<Timeout [active] when="))
        cm.reschedule(None)
        print(repr(cm))
    print(repr(cm), cm.expired())

    async def reenter():
        async with cm:
            return "re-entered"
    await attempt_async("enter again", reenter)
    attempt("reschedule finished", lambda: cm.reschedule(1))
    print(repr(cm))

    print("--- expired")
    expiring = asyncio.timeout(0)
    try:
        async with expiring:
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out", repr(expiring), expiring.expired())
    attempt("reschedule expired", lambda: expiring.reschedule(None))

    async def reenter_expired():
        async with expiring:
            return "again"
    await attempt_async("enter expired", reenter_expired)

    print("--- inside the block, while expiring")
    inner = asyncio.timeout(0)
    try:
        async with inner:
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                attempt("reschedule expiring", lambda: inner.reschedule(10))
                raise
    except TimeoutError:
        print("TimeoutError after", repr(inner))

    print("--- nested enter of the same Timeout")
    same = asyncio.timeout(10)
    try:
        async with same:
            async with same:
                print("not here")
    except RuntimeError as e:
        print("RuntimeError", e, repr(same).split(" when")[0])

    print("--- a failed entry leaves it unused")
    loop = asyncio.get_running_loop()
    outside = asyncio.timeout_at(None)
    done = loop.create_future()

    def enter_outside_task():
        entering = outside.__aenter__()
        try:
            entering.send(None)
        except RuntimeError as e:
            print("RuntimeError", e, repr(outside))
        done.set_result(None)

    loop.call_soon(enter_outside_task)
    await done
    async with outside:
        print("now entered", repr(outside))
    print(repr(outside))

    print("--- generated deadlines")
    state = 11
    for i in range(8):
        state = (state * 75 + 74) % 65537
        delay = (0, None, 10)[state % 3]
        cm = asyncio.timeout(delay)
        try:
            async with cm:
                if state % 2:
                    cm.reschedule(None if state % 4 == 1 else loop.time() - 1)
                await asyncio.sleep(0)
                await asyncio.sleep(0)
            outcome = "finished"
        except TimeoutError:
            outcome = "timeout"
        print(i, delay, state % 4, outcome, cm.expired(), repr(cm))
        attempt("  reschedule after", lambda: cm.reschedule(None))


async def task_types():
    print("--- Task and Future types")
    print(asyncio.Task, asyncio.Future, asyncio.Task.__module__, asyncio.Future.__module__)
    print(asyncio.tasks.Task is asyncio.Task, asyncio.futures.Future is asyncio.Future)
    print(hasattr(asyncio.Task, "get_context"), hasattr(asyncio.Future, "get_context"))
    print(asyncio.Task.__name__, asyncio.Task.__qualname__, issubclass(asyncio.Task, asyncio.Future))
    print(asyncio.Future[int], asyncio.Task[str], asyncio.Future[int].__origin__ is asyncio.Future)
    task = asyncio.current_task()
    print(type(task).__name__, isinstance(task, asyncio.Future))

    class MyFuture(asyncio.Future):
        pass

    for obj in (task, asyncio.get_running_loop().create_future(), MyFuture()):
        try:
            obj.get_context
        except AttributeError as e:
            print("AttributeError", e)
        try:
            obj()
        except TypeError as e:
            print("TypeError", e)
    print(MyFuture.__module__, MyFuture[int])


async def agen(n):
    for i in range(n):
        yield i


async def main_with_generators():
    print([x async for x in agen(3)])
    async for _ in agen(2):
        pass
    gen = agen(5)
    print(await gen.__anext__(), await gen.__anext__())
    await gen.aclose()
    print(asyncio.current_task().get_name())


async def report_name():
    print("second run:", asyncio.current_task().get_name())


async def main():
    await timeouts()
    await task_types()


asyncio.run(main())
asyncio.run(main_with_generators())
asyncio.run(report_name())
