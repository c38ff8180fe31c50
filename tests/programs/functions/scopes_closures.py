def counter():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc(); inc(5)
print(get())
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs2 = [lambda i=i: i for i in range(3)]
print([f() for f in fs2])
x = "global"
def read_global():
    return x
def shadow():
    x = "local"
    def inner():
        return x
    return inner()
def set_global():
    global x
    x = "changed"
print(read_global(), shadow())
set_global()
print(x)
def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    y = 1
unbound()
def unbound2():
    z = 1
    del z
    try:
        return z
    except UnboundLocalError as e:
        return str(e)
print(unbound2())
i = "outer"
squares = [i * i for i in range(4)]
print(squares, i)
print([(a, b) for a in range(3) for b in range(a)])
print({k: v for k, v in zip("abc", range(3)) if v})
print([y for x in [[1, 2], [3]] for y in x])
data = [1, 5, 3, 8]
print([m for v in data if (m := v * 2) > 5], m)
def walrus_scope():
    [t := n for n in range(3)]
    return t
print(walrus_scope())
total = 0
while (chunk := len(data)) and total < 3:
    total += 1
print(total, chunk)
class K:
    val = 10
    items = [val + j for j in range(2)] if False else None
    def method(self):
        return val if False else K.val
print(K().method())
class K2:
    a = 1
    b = [a for _ in range(1)] if False else 2
print(K2.b)
def make_adders():
    return [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in make_adders()])
def outer():
    v = 1
    def mid():
        def inner():
            nonlocal v
            v += 10
            return v
        return inner
    r = mid()()
    return r, v
print(outer())
def gen_scope():
    acc = []
    g = (acc.append(i) or i for i in range(3))
    list(g)
    return acc
print(gen_scope())
lst = [[0] * 2 for _ in range(2)]
lst[0][0] = 1
print(lst)
