def gen():
    yield
    yield 1
    yield 1, 2
    yield from g()
    x = yield
    x = yield 1
    x = yield from g()
    f((yield))
    f((yield 1))
    await_ = [(yield)] if False else None
    return (yield)
def gen2():
    x = [(yield i), 3] if 0 else 1
    lambda: (yield)
