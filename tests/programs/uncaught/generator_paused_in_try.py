# A generator suspended inside a `try` whose handler is quiet must not make the caller's own
# exceptions look caught: the KeyError below escapes with its traceback.
def numbers():
    try:
        yield 1
        yield 2
    except KeyError:
        pass


def consume(g):
    first = next(g)
    table = {}
    return table[first]


g = numbers()
consume(g)
