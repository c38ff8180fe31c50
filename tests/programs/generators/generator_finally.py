def resource():
    print("open")
    try:
        yield "data1"
        yield "data2"
    finally:
        print("close")
for d in resource():
    print(d)
print("---")
g = resource()
print(next(g))
g.close()
print("---")
def breaker():
    gen = resource()
    try:
        for item in gen:
            print("item", item)
            return "early"
    finally:
        gen.close()
print(breaker())
print("---")
def counter_gen():
    n = 0
    try:
        while True:
            yield n
            n += 1
    except GeneratorExit:
        print("exited at", n)
c = counter_gen()
for _ in range(3):
    next(c)
c.close()
