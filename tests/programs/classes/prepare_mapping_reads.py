# A metaclass's __prepare__ runs before the class body, and the body's reads and writes of names
# go through the mapping it returns: __getitem__ for reads (a KeyError falls back to globals),
# __setitem__ for bindings, __delitem__ for del.
log = []
top_level = 'global value'


class LoggingNs(dict):
    def __getitem__(self, k):
        log.append(('get', k))
        return super().__getitem__(k)

    def __setitem__(self, k, v):
        log.append(('set', k))
        super().__setitem__(k, v)

    def __delitem__(self, k):
        log.append(('del', k))
        super().__delitem__(k)


class DefaultNs(dict):
    def __missing__(self, k):
        if k.startswith('auto_'):
            return k.upper()
        raise KeyError(k)


class CountingNs(dict):
    def __init__(self):
        super().__init__()
        self.reads = {}

    def __getitem__(self, k):
        self.reads[k] = self.reads.get(k, 0) + 1
        return super().__getitem__(k)


class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        log.append(('prepare', name, tuple(sorted(kw))))
        kind = kw.get('kind')
        return LoggingNs() if kind == 'log' else CountingNs() if kind == 'count' else DefaultNs()

    def __new__(mcs, name, bases, ns, **kw):
        log.append(('new', name, type(ns).__name__, tuple(sorted(k for k in ns if not k.startswith('__')))))
        if isinstance(ns, CountingNs):
            print('reads', sorted(ns.reads.items()))
        return super().__new__(mcs, name, bases, dict(ns))

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


log.append('before A')


class A(metaclass=Meta, kind='log'):
    log.append('body A')
    x = 1
    y = x + 1
    z = [x, y, top_level]
    del y


for entry in log:
    print(entry)
print(A.x, A.z, hasattr(A, 'y'))


class B(metaclass=Meta):
    a = auto_one
    b = auto_two
    c = [a, b, top_level]
    try:
        d = nothing_here
    except NameError as e:
        print('NameError', e)


print(B.a, B.b, B.c, hasattr(B, 'd'))

# A generated body: many reads of a few names, counted by the mapping.


class C(metaclass=Meta, kind='count'):
    p = 1
    q = 2
    r = p + q + p
    s = [q for _ in '']
    t = (p, q, r, top_level)


print(sorted(C.__dict__['t'][:3]), C.r)


class Sub(A, kind='log'):
    w = top_level


print(log[-3:])
print(Sub.w, Sub.x)
