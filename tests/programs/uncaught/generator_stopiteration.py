# A StopIteration escaping a generator becomes RuntimeError (PEP 479) even where a handler for
# StopIteration waits outside; the printed traceback shows both, chained.
def leaky():
    yield 1
    raise StopIteration("done early")


def drain(g):
    out = []
    while True:
        try:
            out.append(next(g))
        except StopIteration:
            return out


print(drain(iter([1, 2])))
drain(leaky())
