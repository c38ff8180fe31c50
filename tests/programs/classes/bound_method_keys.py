# Bound methods, made anew at each attribute read, hash and compare by their object and function:
# callback registries keep them in sets and dicts.
class K:
    def m(self): pass
    def n(self): pass


k = K()
k2 = K()
handlers = {k.m}
print(k.m in handlers, hash(k.m) == hash(k.m), k.n in handlers, k2.m in handlers)
d = {k.m: "a", k.n: "b"}
print(d[k.m], d[k.n], len(d), k2.m in d, d.get(k2.m), list(d.values()))
handlers.add(k.m)
handlers.discard(k.m)
print(len(handlers))
subs = [k.m, k.n]
subs.remove(k.m)
print(len(subs), (5).bit_length in {(5).bit_length}, [].append in {[].append})


class Bus:
    def __init__(self):
        self.listeners = {}

    def on(self, event, fn):
        self.listeners.setdefault(event, set()).add(fn)

    def off(self, event, fn):
        self.listeners[event].discard(fn)

    def emit(self, event, payload):
        return sorted(fn(payload) for fn in self.listeners.get(event, ()))


class Listener:
    def __init__(self, name):
        self.name = name

    def hear(self, payload):
        return f"{self.name} heard {payload}"


bus = Bus()
a, b = Listener("a"), Listener("b")
for who in (a, b, a):
    bus.on("ping", who.hear)
print(bus.emit("ping", 1), len(bus.listeners["ping"]))
bus.off("ping", a.hear)
print(bus.emit("ping", 2))
counts = {}
for _ in range(3):
    counts[a.hear] = counts.get(a.hear, 0) + 1
print(list(counts.values()))
