# asyncio.TaskGroup (3.11): results, the first failure cancelling the other tasks and the body,
# the failures raised together as an ExceptionGroup (caught with except*), a failing body, misuse
# errors, and a timeout around a group. Then: repr while running and cancelling, names and the Task-N
# counter, the order of errors, BaseException children, SystemExit, the parent's cancel count
# (3.11 leaves it raised when a child fails after the block ended), and outside cancellation.
import asyncio

async def ok(n, d):
    await asyncio.sleep(d)
    print("ok", n)
    return n * 10

async def bad(n, d):
    await asyncio.sleep(d)
    print("bad", n)
    raise ValueError(f"bad {n}")

async def slow(n):
    try:
        await asyncio.sleep(10)
        print("never")
    except asyncio.CancelledError:
        print("cancelled", n)
        raise

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(ok(1, 0.01))
        t2 = tg.create_task(ok(2, 0.02))
    print("results", t1.result(), t2.result())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(3, 0.01))
            tg.create_task(bad(4, 0.02))
            tg.create_task(bad(5, 0.02))
            tg.create_task(slow(6))
            await asyncio.sleep(1)
            print("body never finishes")
    except* ValueError as eg:
        print("caught", repr(eg), sorted(str(e) for e in eg.exceptions))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow(7))
            raise KeyError("body")
    except ExceptionGroup as eg:
        print("body error", repr(eg))

    tg = asyncio.TaskGroup()
    print(repr(tg))
    early = ok(8, 0)
    try:
        tg.create_task(early)
    except RuntimeError as e:
        print(e)
    early.close()
    async with tg:
        print(repr(tg))
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print(e)
    coro = ok(9, 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print(e)
    coro.close()

    try:
        async with asyncio.timeout(0.05):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(slow(10))
    except TimeoutError:
        print("timed out")

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad(12, 0))
            tg.create_task(ok(13, 0.05))
    except* ValueError as eg:
        print("only", [str(e) for e in eg.exceptions])

    await edges()

class Stop(BaseException):
    pass

async def stop_soon():
    await asyncio.sleep(0)
    raise Stop("stop")

async def more():
    # repr while running and while cancelling; create_task while shutting down.
    tg = asyncio.TaskGroup()
    try:
        async with tg:
            tg.create_task(slow(20))
            tg.create_task(bad(21, 0.01))
            print(repr(tg))
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("body cancelled", repr(tg))
                coro = ok(22, 0)
                try:
                    tg.create_task(coro)
                except RuntimeError as e:
                    print(e)
                coro.close()
                raise
    except* ValueError as eg:
        print("group", [str(e) for e in eg.exceptions])
    print("after", repr(tg), asyncio.current_task().cancelling())

    # A named task, and the Task-N counter still advancing.
    async with asyncio.TaskGroup() as tg:
        named = tg.create_task(ok(23, 0), name="worker")
        plain = tg.create_task(ok(24, 0))
    print(named.get_name(), plain.get_name() != named.get_name())
    a = asyncio.create_task(ok(25, 0))
    await a
    n1 = int(plain.get_name().split("-")[1])
    n2 = int(a.get_name().split("-")[1])
    print("counter step", n2 - n1)

    # Child errors come first, the block's own error last.
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad(26, 0))
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                raise KeyError("from body")
    except ExceptionGroup as eg:
        print("order", repr(eg))

    # A BaseException child makes a BaseExceptionGroup.
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(stop_soon())
            tg.create_task(slow(27))
            await asyncio.sleep(1)
    except BaseExceptionGroup as eg:
        print("base", type(eg).__name__, repr(eg))

    # SystemExit in the block leaves as itself, after the children are cancelled.
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow(28))
            await asyncio.sleep(0)
            raise SystemExit(3)
    except SystemExit as e:
        print("system exit", e.code)

    # The block swallows the cancellation the group asked for and ends normally.
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad(29, 0))
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("swallowed")
            print("body goes on")
    except* ValueError as eg:
        print("still raised", [str(e) for e in eg.exceptions])
    print("cancelling", asyncio.current_task().cancelling())

    # A child fails after the block is done: the 3.11 count is left raised.
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad(30, 0.01))
            tg.create_task(slow(31))
    except* ValueError as eg:
        print("late", [str(e) for e in eg.exceptions])
    print("cancelling", asyncio.current_task().cancelling())
    asyncio.current_task().uncancel()

async def cancelled_from_outside(where):
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow(40))
            if where == "body":
                await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("outer cancel", where, repr(e), asyncio.current_task().cancelling())
        raise

async def child_and_outside():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad(41, 0))
            await asyncio.sleep(1)
    except BaseException as e:
        print("both", type(e).__name__, repr(e))
        raise

def no_parent():
    coro = asyncio.TaskGroup().__aenter__()
    try:
        coro.send(None)
    except RuntimeError as e:
        print(e)

async def edges():
    await more()
    for where in ("body", "exit"):
        t = asyncio.create_task(cancelled_from_outside(where))
        await asyncio.sleep(0)
        t.cancel("go")
        try:
            await t
        except asyncio.CancelledError:
            print("task cancelled", t.cancelled())
    t = asyncio.create_task(child_and_outside())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except BaseException as e:
        print("outcome", type(e).__name__)
    asyncio.get_running_loop().call_soon(no_parent)
    await asyncio.sleep(0.01)

asyncio.run(main())
