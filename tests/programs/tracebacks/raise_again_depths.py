# Exceptions caught at one call depth and raised again at another: a seeded walk over the shapes
# (how deep the first raise is, how deep the catcher keeps it, how deep the new raise is).
import traceback


def lcg(seed):
    state = seed
    while True:
        state = (state * 1103515245 + 12345) % 2147483648
        yield state


def fail(depth, n):
    if depth == 0:
        raise LookupError(f"missing {n}")
    fail(depth - 1, n)


def catch_at(depth, inner_depth, n):
    if depth > 0:
        return catch_at(depth - 1, inner_depth, n)
    try:
        fail(inner_depth, n)
    except LookupError as e:
        return e


def throw_at(depth, exc):
    if depth > 0:
        throw_at(depth - 1, exc)
    raise exc


def rethrow_kept(depth, exc):
    try:
        throw_at(depth, exc)
    except LookupError as again:
        kept = again
    raise kept


def summary(exc):
    frames = traceback.extract_tb(exc.__traceback__)
    return " ".join(f"{f.name}@{f.lineno}" for f in frames)


rng = lcg(7)
for case in range(24):
    a, b, c = next(rng) % 3, next(rng) % 4, next(rng) % 3
    exc = catch_at(a, b, case)
    try:
        if case % 2:
            throw_at(c, exc)
        else:
            rethrow_kept(c, exc)
    except LookupError as caught:
        print(case, a, b, c, summary(caught))
        print("  lines", len(traceback.format_exception(caught)), traceback.format_exception_only(caught)[-1].strip())

exc = catch_at(1, 2, "last")
rethrow_kept(1, exc)
