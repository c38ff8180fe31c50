def make():
    a = 1
    def g():
        return a
    a = 2
    return g
print(make()())
def counter_gen():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    yield bump()
    yield bump()
    yield count
print(list(counter_gen()))
G = []
def add_global(v):
    G.append(v)
    return len(G)
print(add_global(1), add_global(2), G)
def rebinding():
    global NEWG
    NEWG = "made"
rebinding()
print(NEWG)
def shadow_builtin():
    len = lambda x: "mine"
    return len([1, 2])
print(shadow_builtin(), len([1, 2]))
list_ = list
def outer():
    x = "outer"
    class Inner:
        x = "class"
        def get(self):
            return x
        y = x
    return Inner().get(), Inner.y
print(outer())
def loops():
    fns = []
    for i in range(3):
        def f(i=i):
            return i * 10
        fns.append(f)
    return [f() for f in fns]
print(loops())
def late():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    return [f() for f in fns]
print(late())
def deleted():
    v = 1
    del v
    v = 2
    return v
print(deleted())
def conditional(flag):
    if flag:
        val = "set"
    try:
        return val
    except UnboundLocalError as e:
        return f"unbound: {e}"
print(conditional(True), conditional(False))
def nested_nonlocal():
    a = 0
    def l1():
        def l2():
            nonlocal a
            a += 1
        l2(); l2()
    l1()
    return a
print(nested_nonlocal())
x = 0
def read_then_global():
    global x
    x += 1
    return x
print(read_then_global(), read_then_global(), x)
try:
    exec_result = eval("1 + 1") if False else "no eval"
except Exception:
    pass
print(exec_result)
