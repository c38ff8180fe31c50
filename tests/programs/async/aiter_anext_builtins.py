# The aiter() and anext() builtins: over async generators and async iterator classes, with and
# without anext's default, the moment __anext__ is called, and CPython's errors.
import asyncio


async def numbers(n):
    for i in range(n):
        yield i


class Countdown:
    def __init__(self, start):
        self.n = start
        self.calls = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        self.calls += 1
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


class NotAnIterator:
    def __aiter__(self):
        return 42


async def main():
    g = numbers(2)
    print(await anext(g), await anext(g), await anext(g, "default"), await anext(g, None))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    c = Countdown(2)
    it = aiter(c)
    print(it is c, await anext(it), await anext(it, -1), await anext(it, -1), c.calls)
    pending = anext(Countdown(1))
    fresh = Countdown(3)
    waiting = anext(fresh, "d")
    print("called before await:", fresh.calls)
    print(await pending, await waiting)
    collected = [x async for x in aiter(numbers(3))]
    print(collected)
    for bad in (1, "s", [1], None):
        try:
            anext(bad)
        except TypeError as e:
            print("TypeError", e)
        try:
            aiter(bad)
        except TypeError as e:
            print("TypeError", e)
    try:
        aiter(NotAnIterator())
    except TypeError as e:
        print("TypeError", e)
    print(anext.__name__, aiter.__name__, callable(anext))


asyncio.run(main())


class S(str):
    pass


class Box:
    pass


b = Box()
setattr(b, S("field"), 5)
print(getattr(b, S("field")), hasattr(b, S("field")), getattr("abc", S("upper"))())
delattr(b, S("field"))
print(hasattr(b, "field"))
