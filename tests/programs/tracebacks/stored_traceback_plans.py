# Exceptions caught along generated call chains, kept, and their tracebacks read later from
# other depths: frames from the one that caught each down to where it was raised.
import traceback


class Boom(Exception):
    pass


class Wrapped(Exception):
    pass


class Quiet:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        return False


def names(tb):
    return [(f.name, f.lineno) for f in traceback.extract_tb(tb)]


def forward(step, plan, i, store):
    yield step(plan, i, store)


def alpha(plan, i, store):
    if i == len(plan):
        raise Boom(i)
    fn, mode = plan[i]
    if mode == 0:
        fn(plan, i + 1, store)
    elif mode == 1:
        try:
            fn(plan, i + 1, store)
        except Boom as e:
            store.append(e)
    elif mode == 2:
        try:
            fn(plan, i + 1, store)
        except Boom as e:
            store.append(e)
            raise
    elif mode == 3:
        try:
            fn(plan, i + 1, store)
        except Boom as e:
            store.append(e)
            raise e
    elif mode == 4:
        try:
            fn(plan, i + 1, store)
        except Boom as e:
            raise Wrapped(i) from e
    elif mode == 5:
        with Quiet():
            fn(plan, i + 1, store)
    else:
        for _ in forward(fn, plan, i + 1, store):
            pass


def beta(plan, i, store):
    if i == len(plan):
        raise Boom(i)
    fn, mode = plan[i]
    if mode == 0:
        fn(plan, i + 1, store)
    elif mode == 1:
        try:
            fn(plan, i + 1, store)
        except Boom as e:
            store.append(e)
    elif mode == 2:
        try:
            fn(plan, i + 1, store)
        except Boom as e:
            store.append(e)
            raise
    elif mode == 3:
        try:
            fn(plan, i + 1, store)
        except Boom as e:
            store.append(e)
            raise e
    elif mode == 4:
        try:
            fn(plan, i + 1, store)
        except Boom as e:
            raise Wrapped(i) from e
    elif mode == 5:
        with Quiet():
            fn(plan, i + 1, store)
    else:
        for _ in forward(fn, plan, i + 1, store):
            pass


FUNCTIONS = [alpha, beta]


def make_plan(x, length):
    plan = []
    for _ in range(length):
        x = (x * 1103515245 + 12345) % 2147483648
        plan.append((FUNCTIONS[(x >> 8) % 2], (x >> 12) % 7))
    return x, plan


def read_deep(exc, n):
    if n:
        return read_deep(exc, n - 1)
    return names(exc.__traceback__)


def run_plan(plan, store):
    try:
        alpha(plan, 0, store)
    except Exception as e:
        store.append(e)


x = 7
for case in range(60):
    x, plan = make_plan(x, 1 + case % 6)
    store = []
    run_plan(plan, store)
    print(case, [(f.__name__, m) for f, m in plan])
    for e in store:
        print("  ", type(e).__name__, e, names(e.__traceback__))
        if e.__cause__ is not None:
            print("     cause", names(e.__cause__.__traceback__))
    if store:
        last = store[-1]
        print("   deep", read_deep(last, case % 4) == names(last.__traceback__))
        print("   format", len(traceback.format_exception(last)), traceback.format_exception(last)[-1], end="")
