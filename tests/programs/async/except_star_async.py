# except* in coroutines: handlers that await, a finally that awaits, continue in the try body of a loop.
import asyncio

async def boom(i):
    await asyncio.sleep(0)
    raise ValueError(i)

async def main():
    try:
        await boom(1)
    except* ValueError as e:
        await asyncio.sleep(0)
        print("async handler", repr(e))
    try:
        try:
            await boom(2)
        except* TypeError:
            pass
        finally:
            await asyncio.sleep(0)
            print("finally")
    except ValueError as v:
        print("naked passes", repr(v))
    for i in range(3):
        try:
            if i == 1:
                continue
            await boom(i)
        except* ValueError as e:
            print("loop", i, repr(e))
    return "done"

print(asyncio.run(main()))
