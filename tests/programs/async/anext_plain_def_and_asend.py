# async for / async comprehensions over a plain-def __anext__ that raises StopAsyncIteration
# itself; asend(non-None) on a just-started async generator; cr_code and ag_code.
import asyncio


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return asyncio.sleep(0, self.n)


class Halting:
    """A plain __anext__ that stops on its own, or raises something else."""

    def __init__(self, items, error=None):
        self.items = list(items)
        self.error = error

    def __aiter__(self):
        return self

    def __anext__(self):
        if not self.items:
            if self.error is not None:
                raise self.error
            raise StopAsyncIteration("spent")
        return asyncio.sleep(0, self.items.pop(0))


async def agen():
    got = yield 1
    print("agen got", got)
    yield 2


async def two():
    yield "a"
    yield "b"


async def main():
    async for x in Countdown(2):
        print(x)
    print("done")
    print([x async for x in Countdown(4)])
    print({x: x * x async for x in Countdown(3)})
    print([x async for x in Halting("abc") if x != "b"])
    for n in range(5):
        total = 0
        async for v in Halting(range(n)):
            total += v
        print("total", n, total)
    try:
        async for v in Halting([1], KeyError("boom")):
            print("item", v)
    except KeyError as e:
        print("KeyError", e)
    print(await anext(Halting([5]), "default"))

    for value in ("x", 0, [], (), False):
        a = agen()
        try:
            print("asend", repr(value), await a.asend(value))
        except TypeError as e:
            print("TypeError", e)
        # the generator itself stays usable after the refused send
        print("then", await a.__anext__(), await a.asend("hi"))
        await a.aclose()
    b = two()
    print(await b.asend(None))
    print(await b.asend("later"))
    try:
        await b.asend("end")
    except StopAsyncIteration:
        print("StopAsyncIteration")

    print(agen().ag_code.co_name, two().ag_code.co_qualname)
    coro = helper()
    print(coro.cr_code.co_name, coro.cr_code is helper.__code__)
    print(await coro)
    print(two().ag_code is two.__code__, type(two().ag_code).__name__)


async def helper():
    return "helped"


asyncio.run(main())
