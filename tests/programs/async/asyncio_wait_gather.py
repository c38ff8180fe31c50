# wait / wait_for / gather / shield: completion orders, errors and cancellation, driven by
# loop turns (sleep(0)) and generous timeouts rather than wall-clock races.
import asyncio

log = []


async def turns(n, value=None, fail=None, tag=None):
    try:
        for _ in range(n):
            await asyncio.sleep(0)
    except asyncio.CancelledError as e:
        log.append(('cancelled', tag, e.args))
        raise
    if fail is not None:
        log.append(('fail', tag))
        raise fail
    log.append(('done', tag))
    return value


def names(tasks):
    return sorted(t.get_name() for t in tasks)


def flush():
    out = list(log)
    log.clear()
    return out


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) % (2 ** 31)
        return self.state % bound


async def check_wait(gen, round_no):
    count = 1 + gen.next(4)
    specs = []
    for k in range(count):
        fail = ValueError(f'v{k}') if gen.next(4) == 0 else None
        specs.append((gen.next(5), fail))
    mode = (asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)[gen.next(3)]
    tasks = [asyncio.create_task(turns(n, k, fail, f'w{round_no}.{k}'), name=f'w{round_no}.{k}')
             for k, (n, fail) in enumerate(specs)]
    done, pending = await asyncio.wait(tasks, return_when=mode)
    print('wait', round_no, mode, specs and [(n, fail is not None) for n, fail in specs],
          names(done), names(pending))
    for t in pending:
        t.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print('   ', [r if not isinstance(r, BaseException) else (type(r).__name__, str(r))
                  for r in results], flush())


async def check_gather(gen, round_no):
    count = gen.next(5)
    coros = []
    for k in range(count):
        fail = KeyError(k) if gen.next(5) == 0 else None
        coros.append(turns(gen.next(4), k * 10, fail, f'g{round_no}.{k}'))
    return_exceptions = bool(gen.next(2))
    try:
        result = await asyncio.gather(*coros, return_exceptions=return_exceptions)
        print('gather', round_no, return_exceptions,
              [r if not isinstance(r, BaseException) else repr(r) for r in result])
    except Exception as e:
        print('gather', round_no, return_exceptions, 'raised', type(e).__name__, e)
    # let the children that are still running finish
    for _ in range(6):
        await asyncio.sleep(0)
    print('   ', flush())


async def main():
    gen = Lcg(11)
    for round_no in range(14):
        await check_wait(gen, round_no)
    for round_no in range(14):
        await check_gather(gen, round_no)

    # wait() argument errors
    for bad in ([], None):
        try:
            await asyncio.wait(bad or [])
        except Exception as e:
            print('wait', type(e).__name__, e)
    fut = asyncio.get_running_loop().create_future()
    for args in ((fut,), ([fut], 'bogus')):
        try:
            if len(args) == 1:
                await asyncio.wait(args[0])
            else:
                await asyncio.wait(args[0], return_when=args[1])
        except Exception as e:
            print('wait', type(e).__name__, e)
    coro = turns(0)
    try:
        await asyncio.wait([coro])
    except Exception as e:
        print('wait', type(e).__name__, e)
    coro.close()
    fut.cancel()

    # wait_for: done in time, timeout of zero, a negative one, and no timeout
    print(await asyncio.wait_for(turns(3, 'quick', tag='wf1'), timeout=100))
    print(await asyncio.wait_for(turns(2, 'none', tag='wf2'), timeout=None))
    try:
        await asyncio.wait_for(turns(2, 'late', tag='wf3'), timeout=0)
    except asyncio.TimeoutError as e:
        print('TimeoutError', type(e.__cause__).__name__)
    done_already = asyncio.get_running_loop().create_future()
    done_already.set_result('ready')
    print(await asyncio.wait_for(done_already, timeout=-1))
    try:
        await asyncio.wait_for(turns(1, fail=RuntimeError('boom'), tag='wf4'), timeout=50)
    except RuntimeError as e:
        print('RuntimeError', e)
    print(flush())

    # wait_for cancelled from outside: the inner task is cancelled and waited for
    inner = asyncio.create_task(turns(50, tag='inner'))
    outer = asyncio.create_task(asyncio.wait_for(inner, timeout=1000))
    for _ in range(3):
        await asyncio.sleep(0)
    outer.cancel('stop it')
    try:
        await outer
    except asyncio.CancelledError as e:
        print('outer cancelled', e.args, inner.cancelled())
    print(flush())

    # shield: the outer future is cancelled, the inner work carries on
    work = asyncio.create_task(turns(4, 'shielded', tag='sh'))
    guarded = asyncio.shield(work)
    waiter = asyncio.create_task(asyncio.wait_for(guarded, timeout=1000))
    await asyncio.sleep(0)
    waiter.cancel()
    try:
        await waiter
    except asyncio.CancelledError:
        print('waiter cancelled', guarded.cancelled(), work.done())
    print(await work, flush())
    failing = asyncio.create_task(turns(1, fail=ValueError('inside'), tag='sh2'))
    try:
        await asyncio.shield(failing)
    except ValueError as e:
        print('shield passed on', e)
    finished = asyncio.get_running_loop().create_future()
    finished.set_result(7)
    print(asyncio.shield(finished) is finished)
    inner_cancel = asyncio.create_task(turns(5, tag='sh3'))
    shielded = asyncio.shield(inner_cancel)
    await asyncio.sleep(0)
    inner_cancel.cancel()
    try:
        await shielded
    except asyncio.CancelledError:
        print('inner cancelled shows through', shielded.cancelled())
    print(flush())

    # gather cancelled: every child is cancelled; the same awaitable twice runs once
    kids = [asyncio.create_task(turns(10, tag=f'k{k}'), name=f'k{k}') for k in range(3)]
    g = asyncio.gather(*kids, kids[0])
    await asyncio.sleep(0)
    print('cancel gather', g.cancel('enough'), g.cancel())
    try:
        await g
    except asyncio.CancelledError as e:
        print('gather cancelled', e.args, [k.cancelled() for k in kids])
    print(flush())
    g2 = asyncio.gather(turns(1, 'a', tag='r1'), turns(2, 'b', tag='r2'), return_exceptions=True)
    await asyncio.sleep(0)
    g2.cancel()
    try:
        print(await g2)
    except asyncio.CancelledError:
        print('gather with return_exceptions cancelled too')
    print(flush())
    empty = asyncio.gather()
    print(await empty, empty.done())
    try:
        asyncio.gather(3)
    except TypeError as e:
        print('TypeError', e)

    # task bookkeeping
    t = asyncio.create_task(turns(3, tag='bk'), name='bookkeeping')
    print(t.get_name(), t.cancelling(), t.uncancel(), t.cancelling())
    t.set_name(42)
    print(t.get_name())
    for method, arg in (('set_result', 1), ('set_exception', ValueError())):
        try:
            getattr(t, method)(arg)
        except RuntimeError as e:
            print('RuntimeError', e)
    print(t.cancel('one'), t.cancel('two'), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print('bk cancelled', e.args, t.cancelled(), t.cancel(), t.cancelling(), t.uncancel())
    print(flush())

    # a task that swallows its cancellation and returns a value
    async def stubborn():
        try:
            await asyncio.sleep(1000)
        except asyncio.CancelledError:
            log.append('swallowed')
        await asyncio.sleep(0)
        return 'survived'
    st = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    st.cancel()
    print(await st, st.cancelling(), flush())

    # as_completed gives results in completion order
    order = []
    for nxt in asyncio.as_completed([turns(3, 'c3'), turns(1, 'c1'), turns(2, 'c2')]):
        order.append(await nxt)
    print(order)
    log.clear()


asyncio.run(main())
