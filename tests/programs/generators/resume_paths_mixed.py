# Generators of many functions and generator expressions resumed through the same paths: for
# loops, next(), send(), throw(), close(), yield from, sum/max/sorted, and a generator that is
# already running. Their hidden classes differ (each generator function has its own), so the
# resume path meets many kinds of frames.


def counter(n):
    for i in range(n):
        yield i


def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    except GeneratorExit:
        print("echo closed with", received)
        raise


def catcher():
    while True:
        try:
            yield "ready"
        except KeyError as e:
            print("caught", repr(e))
            yield "handled"


def delegator(n):
    got = yield from counter(n)
    print("delegate result", got)
    yield from (x * 10 for x in counter(n))
    return "done"


def returns_value():
    yield 1
    return "value"


def selfish():
    yield me.__next__()


def gen_factory(k):
    def g():
        for i in range(k):
            yield (k, i)
    return g


def main():
    makers = [gen_factory(k) for k in range(1, 6)]
    total = []
    for rnd in range(3):
        for mk in makers:
            for item in mk():
                total.append(item)
        total.append(sum(counter(rnd + 3)))
        total.append(max(x * x for x in counter(rnd + 4)))
        total.append(sorted((-x for x in counter(rnd + 2))))
    print(total)

    e = echo()
    print(next(e), e.send("a"), e.send("b"))
    e.close()

    c = catcher()
    print(next(c))
    print(c.throw(KeyError("k")))
    print(next(c))
    c.close()

    d = delegator(3)
    print(list(d))

    g = (x for x in counter(5))
    print(next(g), next(g))
    try:
        g.throw(ValueError("into genexpr"))
    except ValueError as exc:
        print("genexpr throw:", exc)
    print(list(g))

    g2 = (x for x in [1, 2, 3])
    g2.close()
    print("closed genexpr:", list(g2))

    r = returns_value()
    print(next(r))
    try:
        next(r)
    except StopIteration as s:
        print("stop value", s.value)

    global me
    me = selfish()
    try:
        next(me)
    except ValueError as exc:
        print(type(exc).__name__, exc)

    try:
        e.send(None)
    except StopIteration:
        print("finished generator raises StopIteration")

    fresh = counter(2)
    try:
        fresh.send("x")
    except TypeError as exc:
        print(type(exc).__name__, exc)


main()
