# Slicing a range gives the range whose bounds are the items at the slice's clamped indexes (its repr shows them).
rs = [range(3), range(10), range(0, 10, 3), range(10, 0, -2), range(-5, 5), range(0), range(7, 3), range(1, 100, 7)]
idx = [None, 0, 1, 2, -1, -3, 5, 50, -50]
steps = [None, 1, 2, 3, -1, -2, 10, -10]
n = 0
for r in rs:
    for a in idx:
        for b in idx:
            for c in steps:
                s = r[a:b:c]
                assert list(s) == list(r)[a:b:c]
                n += 1
                if n % 37 == 0:
                    print(r, a, b, c, s)
print(n)
print(range(3)[::10], range(0, 10, 3)[::2], range(10)[8:2:-3], range(5)[::-10], range(2**70)[::2**69])
for e in (lambda: __import__("builtins").int["a"], lambda: type("Foo", (), {})[0]):
    try:
        e()
    except TypeError as x:
        print(x)
print(type[int])
x = 1.5
for op in ("<<=", ">>=", "&=", "|=", "^="):
    try:
        if op == "<<=":
            x <<= 1
        elif op == ">>=":
            x >>= 1
        elif op == "&=":
            x &= 1
        elif op == "|=":
            x |= 1
        else:
            x ^= 1
    except TypeError as e:
        print(e)
