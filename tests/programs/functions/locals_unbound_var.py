# Locals, temporaries and module globals are plain function-level bindings in the output; reads
# before assignment must still raise what CPython raises, closures must see later rebinding, and
# class bodies, comprehensions and generators keep their own names.


def early_global():
    return later * 2


later = 21
print(early_global())


def unbound_local(flag):
    if flag:
        x = 1
    return x


print(unbound_local(True))
try:
    unbound_local(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)


def free_before_assignment():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print("NameError", e)
    y = 5
    return inner()


print(free_before_assignment())


def deleted():
    z = 3
    del z
    try:
        return z
    except UnboundLocalError as e:
        return "UnboundLocalError " + str(e)


print(deleted())


def rebinding_closures():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]


print(rebinding_closures())


def fact(n):
    return 1 if n < 2 else n * fact(n - 1)


print(fact(10))
original = fact


def fact(n):
    return -1


print(original(5))


def make():
    total = 0

    def add(v):
        nonlocal total
        total += v * 2 + 1
        return total

    return add


adder = make()
print(adder(1), adder(2), adder(3))


def outer_temps(xs):
    a = [x * 2 + 1 for x in xs if x % 2]

    class K:
        b = [x + 1 for x in xs]
        c = len(b) * 3 + 1

    def gen():
        for x in xs:
            yield x * x + 1

    return a, K.b, K.c, list(gen()), sum(x * 3 for x in xs)


print(outer_temps([1, 2, 3, 4]))


def loop_var_after(n):
    for k in range(n):
        pass
    return k


print(loop_var_after(4))
try:
    loop_var_after(0)
except UnboundLocalError as e:
    print("UnboundLocalError", e)
