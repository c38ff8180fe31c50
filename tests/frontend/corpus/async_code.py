async def f():
    await x
    await f()
    async for a in b:
        pass
    async with c as d:
        pass
    async for a in b:
        break
    else:
        pass
    async with a, b as c:
        pass
    return [x async for x in aiter()]
async def g():
    yield 1
    result = await asyncio.gather(*tasks)
    x = [await y for y in z]
    async with (a as b, c):
        pass
    await h()
async def h(): return 1
@dec
async def k(a, *, b=await_default):
    await sleep(0)
async def gen():
    async for x in (y async for y in z):
        yield x
