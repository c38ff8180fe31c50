# Many small scenarios over futures in every state, built by a fixed generator.
import concurrent.futures as cf
from concurrent.futures import Future, ThreadPoolExecutor

seed = 2024


def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (seed >> 33) % n


def make(kind, label):
    f = Future()
    f.label = label
    if kind == "result":
        f.set_running_or_notify_cancel()
        f.set_result(label * 10)
    elif kind == "error":
        f.set_exception(KeyError(label))
    elif kind == "running":
        f.set_running_or_notify_cancel()
    elif kind == "cancelled":
        f.cancel()
    elif kind == "notified":
        f.cancel()
        print("  notify ->", f.set_running_or_notify_cancel())
    return f


def labels(fs):
    return sorted(f.label for f in fs)


def describe(f):
    state = [f.done(), f.running(), f.cancelled()]
    try:
        state.append(("ok", f.result(timeout=0)))
    except cf.CancelledError:
        state.append("cancelled")
    except cf.TimeoutError:
        state.append("timeout")
    except Exception as e:
        state.append(("raised", repr(e)))
    try:
        state.append(repr(f.exception(timeout=0)))
    except Exception as e:
        state.append(type(e).__name__)
    return state


KINDS = ["result", "error", "pending", "running", "cancelled", "notified"]
for case in range(30):
    kinds = [KINDS[rnd(len(KINDS))] for _ in range(1 + rnd(5))]
    print("case", case, kinds)
    fs = [make(k, i) for i, k in enumerate(kinds)]
    for f in fs:
        print("  ", f.label, describe(f))
    for when in (cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED):
        done, not_done = cf.wait(fs + fs[:1], timeout=0, return_when=when)
        print("  wait", when, labels(done), labels(not_done))
    # CPython yields the already finished futures in set order, so compare them sorted
    seen = []
    try:
        for f in cf.as_completed(fs + fs[::-1], timeout=0):
            seen.append(f.label)
        seen = sorted(seen)
    except cf.TimeoutError as e:
        seen = sorted(seen) + [str(e)]
    print("  as_completed", seen)
    # finishing the unfinished ones, then waiting again
    for f in fs:
        if not f.done():
            print("  cancel", f.label, f.cancel())
            if not f.cancelled():
                f.set_result(-1)
    print("  all", [describe(f)[0] for f in fs], labels(cf.wait(fs, timeout=0).not_done))

print("== set_running_or_notify_cancel twice")
f = Future()
f.set_running_or_notify_cancel()
try:
    f.set_running_or_notify_cancel()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    cf.wait([Future()], timeout=0, return_when="SOMETIMES")
except ValueError as e:
    print("ValueError", e)
print(cf.wait([], return_when="SOMETIMES"))

print("== callbacks in order, errors logged")
order = []
f = Future()
for n in range(4):
    f.add_done_callback(lambda fut, n=n: order.append(n))
f.add_done_callback(lambda fut: 1 / 0)
f.add_done_callback(lambda fut: order.append("after"))
f.cancel()
print(order)
g = Future()
g.add_done_callback(lambda fut: order.append(("g", fut.exception())))
g.set_exception(OSError(5, "io"))
print(order[-1])

print("== executors over generated work")


def work(a, b=1):
    if a % 7 == 6:
        raise ArithmeticError("seven-ish %d" % a)
    return a * b - 3


for trial in range(8):
    size = rnd(12)
    args = [rnd(50) for _ in range(size)]
    mult = [rnd(5) for _ in range(size)]
    with ThreadPoolExecutor(max_workers=1 + rnd(4)) as ex:
        futures = {ex.submit(work, a, b=m): (a, m) for a, m in zip(args, mult)}
        outcome = []
        for f in cf.as_completed(futures):
            a, m = futures[f]
            outcome.append((a, m, describe(f)[3:]))
        print(trial, sorted(outcome, key=repr))
        results = []
        try:
            for value in ex.map(work, args, mult, timeout=5):
                results.append(value)
        except ArithmeticError as e:
            results.append("stopped: %s" % e)
        print("   map", results)
    with cf.ProcessPoolExecutor(max_workers=2) as pex:
        results = []
        try:
            for value in pex.map(work, args, mult, chunksize=1 + rnd(3)):
                results.append(value)
        except ArithmeticError as e:
            results.append("stopped: %s" % e)
        print("   pmap", results)

print("== process isolation of arguments")


def mutate(items):
    items.append("child")
    return items


data = ["parent"]
with cf.ProcessPoolExecutor() as pex:
    out = pex.submit(mutate, data).result()
print(data, out, out is data)
