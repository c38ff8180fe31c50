# An exception raised in a coroutine that asyncio.run's task awaits ends the program.
import asyncio


async def lookup(table, key):
    await asyncio.sleep(0)
    return table[key]


async def worker(n):
    print('worker', n, 'starts')
    value = await lookup({'a': 1}, 'missing' if n == 2 else 'a')
    print('worker', n, 'got', value)
    return value


async def background(name):
    try:
        while True:
            print(name, 'ticks')
            await asyncio.sleep(0)
    finally:
        print(name, 'cancelled at shutdown')


async def main():
    asyncio.create_task(background('bg'))
    results = []
    for n in range(4):
        results.append(await worker(n))
        print('collected', results)


asyncio.run(main())
print('not reached')
