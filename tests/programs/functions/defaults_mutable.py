def append_to(x, target=[]):
    target.append(x)
    return target
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def safe(x, target=None):
    if target is None:
        target = []
    target.append(x)
    return target
print(safe(1), safe(2))
counter = 0
def next_default():
    global counter
    counter += 1
    print("evaluating default", counter)
    return counter
def uses(a=next_default()):
    return a
print(uses(), uses(), uses(99))
def cache(key, store={}):
    store[key] = store.get(key, 0) + 1
    return dict(store)
print(cache("a"), cache("b"), cache("a"))
def dflt(a, b=2, c=3):
    return (a, b, c)
print(dflt(1), dflt(1, 5), dflt(1, c=9), dflt(c=0, a=7))
print(dflt.__defaults__, uses.__defaults__)
