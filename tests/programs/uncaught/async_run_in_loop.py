# asyncio.run() inside a running loop is a RuntimeError that ends the program.
import asyncio


async def inner():
    return 1


async def main():
    print('main runs')
    coro = inner()
    try:
        asyncio.run(coro)
    finally:
        coro.close()


asyncio.run(main())
