def make_stack():
    items = []
    def push(x):
        items.append(x)
        return len(items)
    def pop():
        return items.pop()
    def peek():
        return items[-1] if items else None
    return push, pop, peek
push, pop, peek = make_stack()
push(1); push(2); push(3)
print(pop(), peek(), pop(), peek(), pop(), peek())
def make_accounts():
    accounts = {}
    def open_(name):
        accounts[name] = 0
    def deposit(name, amt):
        accounts[name] += amt
        return accounts[name]
    def snapshot():
        return dict(accounts)
    return open_, deposit, snapshot
o, d, s = make_accounts()
o("a"); o("b")
d("a", 10); d("b", 5); d("a", 1)
print(s())
def fib_gen_closure():
    a, b = 0, 1
    def nxt():
        nonlocal a, b
        a, b = b, a + b
        return a
    return nxt
f = fib_gen_closure()
print([f() for _ in range(12)])
def once(fn):
    done = False
    result = None
    def wrapper(*args):
        nonlocal done, result
        if not done:
            result = fn(*args)
            done = True
        return result
    return wrapper
init = once(lambda x: print("initializing", x) or x * 2)
print(init(5), init(6), init(7))
