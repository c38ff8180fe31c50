# Quiet handlers (no name, an inert body) run many times; then the same kind of exception,
# raised where nothing catches it, still prints its whole traceback.
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        return None


def total(d, keys):
    n = 0
    for k in keys:
        v = lookup(d, k)
        if v is not None:
            n += v
    return n


def strict(d, keys):
    return [d[k] for k in keys]


d = {"a": 1, "b": 2}
print(total(d, "abcabc" * 100))
print(strict(d, "abz"))
