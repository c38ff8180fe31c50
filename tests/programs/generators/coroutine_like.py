def printer(prefix):
    try:
        while True:
            msg = yield
            print(prefix, msg)
    except GeneratorExit:
        print(prefix, "shutting down")
def broadcaster(targets):
    while True:
        msg = yield
        for t in targets:
            t.send(msg)
ps = [printer("A:"), printer("B:")]
for p in ps:
    next(p)
b = broadcaster(ps)
next(b)
for m in ["hello", "world"]:
    b.send(m)
for p in ps:
    p.close()
def running_avg():
    total = 0.0
    n = 0
    avg = None
    while True:
        x = yield avg
        total += x
        n += 1
        avg = total / n
r = running_avg()
next(r)
print([r.send(x) for x in [10, 20, 30, 5]])
