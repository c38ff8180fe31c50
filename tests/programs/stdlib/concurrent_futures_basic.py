import concurrent.futures as cf
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor, Future
import concurrent.futures.thread
import concurrent.futures.process

def square(x):
    return x * x

def maybe_fail(x):
    if x % 3 == 0:
        raise ValueError("bad %d" % x)
    return x + 100

with ThreadPoolExecutor(max_workers=4) as ex:
    fs = [ex.submit(square, i) for i in range(10)]
    print([f.result() for f in fs])
    print([f.done() for f in fs], fs[0].running(), fs[0].cancelled(), fs[0].cancel())
    print(sorted(f.result() for f in cf.as_completed(fs)))
    done, not_done = cf.wait(fs)
    print(len(done), len(not_done))
    print(list(ex.map(square, range(5), timeout=3)))
    print(list(ex.map(pow, [2, 3, 4], [5, 6, 7])))
    it = ex.map(maybe_fail, [1, 2, 3, 4])
    try:
        for v in it:
            print("got", v)
    except ValueError as e:
        print("ValueError", e)
    f = ex.submit(maybe_fail, 6)
    print(type(f.exception()).__name__, f.exception())
    try:
        f.result()
    except Exception as e:
        print(type(e).__name__, e)
    f = ex.submit(lambda *a, **k: (a, k), 1, 2, z=3)
    print(f.result(timeout=1))
try:
    ex.submit(square, 2)
except Exception as e:
    print(type(e).__name__, e)

with ProcessPoolExecutor(max_workers=2) as pex:
    print(list(pex.map(square, range(7), chunksize=3)))
    print(pex.submit(square, 12).result())
    try:
        list(pex.map(square, range(7), chunksize=0))
    except Exception as e:
        print(type(e).__name__, e)

f = Future()
print(f.done(), f.running(), f.cancelled())
calls = []
f.add_done_callback(lambda fut: calls.append(("cb1", fut.result())))
f.set_result(42)
f.add_done_callback(lambda fut: calls.append(("cb2", fut.result())))
print(calls, f.result())
try:
    f.set_result(1)
except cf.InvalidStateError as e:
    print("InvalidStateError", str(e).split(":")[0])
g = Future()
print(g.cancel(), g.cancelled(), g.done(), g.cancel())
try:
    g.result()
except cf.CancelledError as e:
    print("CancelledError", repr(e))
h = Future()
try:
    h.result(timeout=0.01)
except cf.TimeoutError as e:
    print("TimeoutError", repr(e), cf.TimeoutError is TimeoutError)
print(cf.wait([h, f], timeout=0.01, return_when=cf.FIRST_COMPLETED).done == {f})
r = cf.wait([h, f], timeout=0.01)
print(len(r.done), len(r.not_done), r._fields)
try:
    for x in cf.as_completed([f, h, f], timeout=0.01):
        print("completed", x.result())
except cf.TimeoutError as e:
    print("TimeoutError", e)
print(issubclass(cf.BrokenExecutor, RuntimeError), issubclass(cf.CancelledError, cf._base.Error))
print(issubclass(concurrent.futures.thread.BrokenThreadPool, cf.BrokenExecutor))
for kw in [dict(max_workers=0), dict(max_workers=-1), dict(initializer=3)]:
    for cls in (ThreadPoolExecutor, ProcessPoolExecutor):
        try:
            cls(**kw)
        except Exception as e:
            print(cls.__name__, type(e).__name__, e)
def init(tag):
    print("init", tag)
with ThreadPoolExecutor(1, initializer=init, initargs=("T",)) as ex:
    print(ex.submit(square, 3).result(), ex.submit(square, 4).result())
print(Future[int], cf.ALL_COMPLETED, cf.FIRST_EXCEPTION)
def bad_init():
    raise OSError("no")
ex = ThreadPoolExecutor(1, initializer=bad_init)
f = ex.submit(square, 2)
print(type(f.exception()).__name__, f.exception())
try:
    ex.submit(square, 2)
except Exception as e:
    print(type(e).__name__, e)
