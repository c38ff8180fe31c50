# abc.update_abstractmethods and the deprecated abstract decorators, copy.deepcopy of
# tuples (identity kept, cycles through tuples), hmac over generated keys and messages,
# reprlib limits, graphlib orders, colorsys round trips.
import abc
import colorsys
import copy
import graphlib
import hashlib
import hmac
import reprlib


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) % (2 ** 31)
        return self.state % bound


gen = Lcg(2718)

# --- abc
class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...

    @abc.abstractclassmethod
    def make(cls): ...

    @abc.abstractstaticmethod
    def helper(): ...

    @abc.abstractproperty
    def size(self): ...


print(sorted(Base.__abstractmethods__))
print(Base.__dict__['make'].__isabstractmethod__, Base.__dict__['helper'].__func__.__isabstractmethod__)


class Half(Base):
    def run(self):
        return 'ran'


print(sorted(Half.__abstractmethods__))
Half.make = classmethod(lambda cls: cls)
Half.helper = staticmethod(lambda: 1)
print(sorted(abc.update_abstractmethods(Half).__abstractmethods__))
Half.size = property(lambda self: 3)
abc.update_abstractmethods(Half)
print(sorted(Half.__abstractmethods__), Half().size, Half().run())
Half.extra = abc.abstractmethod(lambda self: None)
print(sorted(abc.update_abstractmethods(Half).__abstractmethods__))
try:
    Half()
except TypeError as e:
    print('TypeError', e)


class Plain:
    pass


print(abc.update_abstractmethods(Plain) is Plain, hasattr(Plain, '__abstractmethods__'))

# --- copy.deepcopy and tuples
for _ in range(30):
    atoms = (gen.next(9), 'text', None, 2.5, (1, 2))
    t = tuple(atoms[gen.next(len(atoms))] for _ in range(gen.next(4)))
    print(t, copy.deepcopy(t) is t)
    mixed = (t, [gen.next(5)])
    dup = copy.deepcopy(mixed)
    print(dup == mixed, dup is mixed, dup[0] is t, dup[1] is mixed[1])
shared = [1]
pair = (shared, shared)
c = copy.deepcopy(pair)
print(c[0] is c[1], c[0] is shared)
cyc = []
holder = (cyc,)
cyc.append(holder)
cc = copy.deepcopy(holder)
print(cc[0][0] is cc, cc is holder)
memo = {}
copy.deepcopy([1, [2]], memo)
print(len(memo) >= 2)

# --- hmac
for i in range(24):
    key = bytes(gen.next(256) for _ in range(gen.next(150)))
    msg = bytes(gen.next(256) for _ in range(gen.next(90)))
    algo = ('sha256', 'md5', 'sha1', 'sha512')[gen.next(4)]
    h = hmac.new(key, msg, algo)
    twin = h.copy()
    twin.update(b'more')
    print(i, algo, len(key), h.name, h.digest_size, h.block_size, h.hexdigest()[:24],
          twin.hexdigest()[:16], hmac.digest(key, msg, algo) == h.digest(),
          hmac.compare_digest(h.digest(), hmac.new(key, msg, getattr(hashlib, algo)).digest()))
for bad in (('key', b'm', 'sha256'), (b'k', b'm', None)):
    try:
        hmac.new(*bad)
    except Exception as e:
        print(type(e).__name__, e)

# --- reprlib
r = reprlib.Repr()
print(r.maxlevel, r.maxtuple, r.maxlist, r.maxarray, r.maxdict, r.maxset, r.maxfrozenset,
      r.maxdeque, r.maxstring, r.maxlong, r.maxother, r.fillvalue)
for n in range(12):
    print(reprlib.repr(list(range(n))), reprlib.repr(set(range(n))), reprlib.repr('x' * (n * 4)),
          reprlib.repr({k: k for k in range(n)}), reprlib.repr({1, 'a', 2.5} if n % 2 else {3}))
print(reprlib.repr(10 ** 50), reprlib.repr([[[[[[[1]]]]]]]))

# --- graphlib
for _ in range(10):
    graph = {}
    for node in range(gen.next(8)):
        graph[node] = [p for p in range(node) if gen.next(3) == 0]
    ts = graphlib.TopologicalSorter(graph)
    print(graph, list(ts.static_order()))
ts = graphlib.TopologicalSorter()
ts.add('b', 'a')
ts.add('a', 'b')
try:
    ts.prepare()
except graphlib.CycleError as e:
    print('CycleError', e.args[0], e.args[1])

# --- colorsys
for _ in range(20):
    rgb = (gen.next(11) / 10, gen.next(11) / 10, gen.next(11) / 10)
    hls = colorsys.rgb_to_hls(*rgb)
    hsv = colorsys.rgb_to_hsv(*rgb)
    print(rgb, hls, colorsys.hls_to_rgb(*hls), hsv, colorsys.hsv_to_rgb(*hsv))
