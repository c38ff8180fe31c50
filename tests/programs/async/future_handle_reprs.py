# Reprs of futures and loop handles (callbacks with their source line, reprlib-shortened
# values, the first and last of many callbacks), Future's states and errors.
import asyncio
import functools
import re


def show(x):
    text = re.sub(r'0x[0-9a-f]+', '0x...', repr(x))
    return re.sub(r' at \S*?([^/\s]+\.py)', r' at \1', text)


def plain(*a, **k):
    pass


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(show(f), f.done(), f.cancelled())

    def cb(fut):
        print("cb", show(fut))

    def cb2(fut):
        print("cb2")

    for c in (cb, cb2, cb, cb2):
        f.add_done_callback(c)
    print(show(f))
    print(f.remove_done_callback(cb2), show(f))
    for bad in (f.result, f.exception):
        try:
            bad()
        except asyncio.InvalidStateError as e:
            print("InvalidStateError", e)
    f.set_result("x" * 100)
    print(show(f))
    try:
        f.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    await asyncio.sleep(0)
    g = loop.create_future()
    g.set_exception(ValueError)
    print(show(g), repr(g.exception()))
    try:
        loop.create_future().set_exception(StopIteration())
    except TypeError as e:
        print("TypeError", e)
    h = loop.create_future()
    print(h.cancel("why"), h.cancel(), show(h))
    for read in (h.result, h.exception):
        try:
            read()
        except asyncio.CancelledError as e:
            print("CancelledError", e.args)
    k = loop.create_future()
    loop.call_soon(k.set_result, [1, 2])
    print(await k, asyncio.isfuture(k), asyncio.isfuture(1), asyncio.isfuture(asyncio.Future))
    print(asyncio.wrap_future(k) is k)
    try:
        asyncio.wrap_future(5)
    except AssertionError as e:
        print("AssertionError", e)

    handle = loop.call_soon(plain, 1, "y" * 50)
    timer = loop.call_later(5, functools.partial(plain, 2, k=3), 4)
    print(show(handle))
    print(timer.when() > 0, show(timer).split(" when=")[0])
    timer.cancel()
    print(show(timer).split(" when=")[0])
    handle.cancel()
    print(show(handle))
    bound = loop.call_soon(f.done)
    print(show(bound))
    messages = []
    loop.set_exception_handler(lambda lp, ctx: messages.append(re.sub(r' at \S*?([^/\s]+\.py)', r' at \1', ctx["message"])))
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)
    print(messages)


asyncio.run(main())
