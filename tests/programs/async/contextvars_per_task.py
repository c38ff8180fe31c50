# Every task runs in its own copy of the contextvars Context current when it was made; callbacks
# run in the context they were scheduled with. A seeded generator drives many tasks that set,
# reset and read variables across awaits and check that nothing leaks between them.
import asyncio
import contextvars
import functools

request = contextvars.ContextVar("request", default="none")
depth = contextvars.ContextVar("depth", default=0)
trail = contextvars.ContextVar("trail")


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 8) % bound


async def handler(n):
    request.set(n)
    await asyncio.sleep(0)
    return request.get()


async def basic():
    print("--- gather isolates")
    print(await asyncio.gather(handler(1), handler(2), handler(3)))
    print("caller still sees", request.get())

    print("--- snapshot at creation")
    request.set("main")

    async def show(tag):
        print(tag, request.get())
        request.set(tag + "-changed")
        return request.get()

    task = asyncio.create_task(show("early"))
    request.set("main2")
    print(await task, "| caller:", request.get())
    request.set("none")

    print("--- explicit context=")
    ctx = contextvars.copy_context()
    ctx.run(request.set, "in-ctx")
    print(await asyncio.create_task(show("ctx-task"), context=ctx))
    print("ctx keeps the task's change:", ctx[request])
    print("caller:", request.get())
    # Two tasks sharing one context see each other's changes, one step at a time.
    shared = contextvars.copy_context()

    async def bump(tag):
        for _ in range(2):
            depth.set(depth.get() + 1)
            print(tag, depth.get())
            await asyncio.sleep(0)

    await asyncio.gather(asyncio.create_task(bump("a"), context=shared),
                         asyncio.create_task(bump("b"), context=shared))
    print("shared depth", shared[depth], "caller depth", depth.get())


async def callbacks():
    print("--- call_soon / call_later / done callbacks")
    loop = asyncio.get_running_loop()
    ctx = contextvars.copy_context()
    ctx.run(request.set, "cb-ctx")
    seen = []
    loop.call_soon(lambda: seen.append(("soon", request.get())), context=ctx)
    request.set("at-schedule")
    loop.call_soon(lambda: seen.append(("soon-default", request.get())))
    loop.call_later(0.001, lambda: seen.append(("later", request.get())), context=ctx)
    request.set("after-schedule")
    await asyncio.sleep(0.01)
    print(seen)

    def setter():
        request.set("set-in-callback")
        seen.append(("setter", request.get()))

    seen.clear()
    loop.call_soon(setter)
    loop.call_soon(setter, context=ctx)
    await asyncio.sleep(0)
    print(seen, request.get(), ctx[request])

    fut = loop.create_future()
    request.set("registered")
    fut.add_done_callback(lambda f: print("done cb sees", request.get()))
    fut.add_done_callback(lambda f: print("done cb with ctx sees", request.get()), context=ctx)
    request.set("resolved")
    fut.set_result(1)
    await asyncio.sleep(0)
    request.set("none")


async def nested(level, rng, log):
    trail.set(trail.get(()) + (level,))
    depth.set(level)
    if level < 3:
        children = [asyncio.create_task(nested(level + 1, rng, log)) for _ in range(rng.next(3))]
        for _ in range(rng.next(3)):
            await asyncio.sleep(0)
        for child in children:
            await child
    log.append((trail.get(), depth.get()))
    return depth.get() == level


async def generated():
    print("--- generated tasks")
    rng = Lcg(2024)
    for round_no in range(4):
        seen = {}
        count = 5 + rng.next(6)

        async def worker(i):
            token = request.set(f"w{i}")
            steps = rng.next(4)
            for step in range(steps):
                await asyncio.sleep(0)
                if request.get() != f"w{i}":
                    return "leak"
            if rng.next(2):
                request.reset(token)
                seen[i] = request.get()
            else:
                seen[i] = request.get()
            return steps

        results = await asyncio.gather(*[worker(i) for i in range(count)])
        print(round_no, count, results, sorted(seen.items()), request.get())
    log = []
    ok = await nested(0, rng, log)
    print("nested ok", ok, len(log), sorted(log)[:4])
    print("caller trail", trail.get("unset"))


async def groups_and_threads():
    print("--- TaskGroup and to_thread")
    ctx = contextvars.copy_context()
    ctx.run(request.set, "group-ctx")
    results = []
    async with asyncio.TaskGroup() as tg:
        tg.create_task(show_into(results, "plain"))
        tg.create_task(show_into(results, "ctx"), context=ctx)
    print(sorted(results))
    request.set("before-thread")

    def blocking(extra, *, sep):
        value = request.get()
        request.set("changed-in-thread")
        return value + sep + extra

    print(await asyncio.to_thread(blocking, "x", sep="/"))
    print("after thread", request.get())
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, functools.partial(blocking, "y", sep="+")))
    try:
        await asyncio.to_thread(int, "nope")
    except ValueError as e:
        print("to_thread error:", e)
    request.set("none")


async def show_into(results, tag):
    await asyncio.sleep(0)
    results.append((tag, request.get()))


async def main():
    await basic()
    await callbacks()
    await generated()
    await groups_and_threads()


asyncio.run(main())
print("--- Runner shares one context between runs")
with asyncio.Runner() as runner:
    async def set_it(v):
        old = request.get()
        request.set(v)
        return old
    print(runner.run(set_it("first")))
    print(runner.run(set_it("second")))
    print(runner.run(set_it("third"), context=contextvars.copy_context()))
    print(runner.run(set_it("fourth")))
print("outside", request.get())
