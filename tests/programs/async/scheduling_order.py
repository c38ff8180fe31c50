# The order tasks and callbacks run in: ready callbacks first in, first out, timers by due time.
import asyncio

log = []


def say(*args):
    print(*args)


async def chatter(name, n):
    for i in range(n):
        say(name, i)
        await asyncio.sleep(0)
    return name


async def nested(name):
    say(name, 'start')
    r = await chatter(name + '.inner', 2)
    say(name, 'inner done', r)
    t = asyncio.create_task(chatter(name + '.child', 2))
    say(name, 'child created')
    await asyncio.sleep(0)
    say(name, 'after one yield')
    r = await t
    say(name, 'child done', r)
    return name


async def main():
    loop = asyncio.get_running_loop()
    say('--- create_task runs nothing until the creator yields')
    a = asyncio.create_task(chatter('a', 3))
    b = asyncio.create_task(chatter('b', 2))
    say('tasks created', a.done(), b.done())
    await asyncio.sleep(0)
    say('main after first yield')
    await a
    say('a awaited', a.result(), b.done())
    await b

    say('--- gather wraps coroutines in tasks, in argument order')
    r = await asyncio.gather(chatter('x', 2), nested('n'), chatter('y', 3))
    say('gather result', r)

    say('--- call_soon and done callbacks')
    loop.call_soon(say, 'soon 1')
    loop.call_soon(say, 'soon 2')
    t = asyncio.create_task(chatter('t', 2))
    t.add_done_callback(lambda f: say('done callback 1', f.result()))
    t.add_done_callback(lambda f: say('done callback 2'))
    loop.call_soon(say, 'soon 3')
    await t
    say('t awaited')

    say('--- timers run in the order they are due')
    base = loop.time()
    loop.call_at(base + 0.08, say, 'at +0.08')
    loop.call_at(base + 0.04, say, 'at +0.04')
    h = loop.call_later(0.02, say, 'cancelled timer')
    loop.call_at(base + 0.06, say, 'at +0.06')
    h.cancel()
    print(h.cancelled())
    await asyncio.sleep(0.12)
    say('after timers')

    async def sleeper(name, delay):
        say(name, 'sleeping', delay)
        await asyncio.sleep(delay)
        return delay
    ts = [asyncio.create_task(sleeper(f's{i}', d)) for i, d in enumerate([0.09, 0.03, 0.06, 0])]
    for coro in asyncio.as_completed(ts):
        say('as_completed', await coro)

    say('--- a done task: await returns at once, callbacks still go through the loop')
    done = asyncio.create_task(chatter('d', 1))
    await done
    done.add_done_callback(lambda f: say('late callback'))
    say('callback added')
    say('await again', await done)
    await asyncio.sleep(0)
    say('after a yield')

    say('--- futures resolved by other tasks')
    fut = loop.create_future()

    async def waiter(name):
        say(name, 'waiting')
        v = await fut
        say(name, 'got', v)

    ws = [asyncio.create_task(waiter(f'w{i}')) for i in range(3)]
    await asyncio.sleep(0)
    loop.call_soon(fut.set_result, 'value')
    say('result scheduled')
    await asyncio.gather(*ws)
    say('all waiters done')

    say('--- tasks that create tasks')
    async def spawner(depth):
        say('spawner', depth)
        if depth:
            t = asyncio.create_task(spawner(depth - 1))
            say('spawned', depth - 1)
            await asyncio.sleep(0)
            say('back in', depth)
            await t
        say('spawner done', depth)
    await spawner(3)

    say('--- current_task and names')
    async def who():
        t = asyncio.current_task()
        return t.get_name().startswith('Task-'), t is not None
    say(await asyncio.create_task(who()))
    named = asyncio.create_task(who(), name='worker')
    say(named.get_name())
    await named
    named.set_name('renamed')
    say(named.get_name())
    say(len(asyncio.all_tasks()))


asyncio.run(main())
say('run returned')
