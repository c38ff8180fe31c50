# Attribute hooks (__setattr__, __getattribute__, __delattr__) on subclasses of builtin types.
from collections import OrderedDict, defaultdict, Counter

MAKERS = [
    (dict, lambda c: c({'a': 1})),
    (list, lambda c: c([3, 1, 2])),
    (str, lambda c: c('hi')),
    (int, lambda c: c(7)),
    (float, lambda c: c(2.5)),
    (complex, lambda c: c(1, 2)),
    (tuple, lambda c: c((1, 2))),
    (bytes, lambda c: c(b'ab')),
    (bytearray, lambda c: c(b'xy')),
    (set, lambda c: c({4})),
    (frozenset, lambda c: c({5})),
    (OrderedDict, lambda c: c(a=1)),
    (defaultdict, lambda c: c(int)),
    (Counter, lambda c: c('abca')),
]

WATCHED = {'tag', 'magic', 'missing', 'other'}


def show(label, fn):
    try:
        print(' ', label, repr(fn()))
    except Exception as e:
        print(' ', label, type(e).__name__, e)


def logged_class(base):
    class Logged(base):
        def __setattr__(self, k, v):
            print('    set', k, repr(v))
            object.__setattr__(self, k, v)

        def __delattr__(self, k):
            print('    del', k)
            object.__delattr__(self, k)

        def __getattribute__(self, k):
            if k == 'magic':
                return 'M'
            if k in WATCHED:
                print('    get', k)
            return object.__getattribute__(self, k)
    return Logged


def frozen_class(base):
    class Frozen(base):
        def __setattr__(self, k, v):
            raise AttributeError(f'{type(self).__name__} is read-only: {k}')

        def __delattr__(self, k):
            raise AttributeError(f'cannot delete {k}')
    return Frozen


def redirect_class(base):
    store = {}

    class Redirect(base):
        def __setattr__(self, k, v):
            store[k] = v

        def __getattr__(self, k):
            try:
                return store[k]
            except KeyError:
                raise AttributeError(k) from None
    return Redirect, store


for base, make in MAKERS:
    print('==', base.__name__)
    L = logged_class(base)
    x = make(L)
    print('  value', x, type(x).__name__, isinstance(x, base))
    x.tag = 1
    show('tag', lambda: x.tag)
    show('magic', lambda: x.magic)
    show('getattr', lambda: getattr(x, 'magic'))
    show('missing', lambda: x.missing)
    setattr(x, 'other', 2)
    show('hasattr', lambda: hasattr(x, 'other'))
    show('vars', lambda: sorted(vars(x).items()))
    del x.tag
    show('after del', lambda: hasattr(x, 'tag'))
    delattr(x, 'other')
    show('value again', lambda: x)
    show('len', lambda: len(x) if hasattr(type(x), '__len__') else None)
    show('eq', lambda: x == make(base))
    show('hash', lambda: hash(x) == hash(make(base)) if type(x).__hash__ is not None else None)
    F = frozen_class(base)
    y = make(F)
    try:
        y.tag = 3
    except AttributeError as e:
        print('  frozen', e)
    try:
        del y.tag
    except AttributeError as e:
        print('  frozen del', e)
    show('frozen value', lambda: y)
    R, store = redirect_class(base)
    z = make(R)
    z.tag = 'T'
    show('redirect', lambda: (z.tag, sorted(store), sorted(vars(z))))


# The AttrDict idiom in its common forms.
class AttrDict(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k) from None

    def __setattr__(self, k, v):
        self[k] = v

    def __delattr__(self, k):
        del self[k]


cfg = AttrDict(host='localhost')
cfg.port = 8080
print(cfg, cfg.port, len(cfg))
del cfg.host
print(cfg)
try:
    del cfg.nothing
except KeyError as e:
    print('KeyError', e)


class DotDict(dict):
    __getattr__ = dict.__getitem__
    __setattr__ = dict.__setitem__
    __delattr__ = dict.__delitem__


d = DotDict(a=1)
d.z = 3
print(d, d.z, d.a)
del d.z
print(d)
try:
    d.q
except KeyError as e:
    print('KeyError', e)


class DotOrdered(OrderedDict):
    __getattr__ = OrderedDict.__getitem__
    __setattr__ = OrderedDict.__setitem__


o = DotOrdered()
o.b = 2
o.a = 1
print(o, list(o), o.b)


class Config(defaultdict):
    def __init__(self):
        super().__init__(Config)

    def __getattr__(self, k):
        return self[k]

    def __setattr__(self, k, v):
        self[k] = v


c = Config()
c.db.host = 'h'
c.db.port = 5
c.name = 'n'
print(sorted(c), sorted(c.db.items()), c.name)


class Tally(Counter):
    def __setattr__(self, k, v):
        self[k] += v


t = Tally('aab')
t.a = 5
t.z = 1
print(sorted(t.items()))


class SelfInit(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.created = True

    def __setattr__(self, k, v):
        self['attr:' + k] = v


s = SelfInit(x=1)
print(s)


class G(list):
    def __getattribute__(self, k):
        if k == 'magic':
            return 1
        return object.__getattribute__(self, k)


g = G([1, 2])
print(g.magic, g, len(g))
g.append(3)
print(g, g[0], g[-1], sum(g))


class Upper(str):
    def __getattribute__(self, k):
        if k == 'upper':
            return lambda: 'shadowed'
        return super().__getattribute__(k)


u = Upper('abc')
print(u.upper(), u.title(), u + 'd', len(u), u == 'abc', u[1], str(u), repr(u), f'{u}!')


class Num(int):
    def __setattr__(self, k, v):
        raise AttributeError('immutable')


n = Num(5)
print(n + 1, n * 2, -n, n == 5, hash(n) == hash(5), int(n), float(n), str(n), f'{n:03d}', n < 6)
try:
    n.x = 1
except AttributeError as e:
    print('AttributeError', e)


class Real(float):
    def __getattribute__(self, k):
        if k == 'imag':
            return 'no'
        return float.__getattribute__(self, k)


r = Real(1.5)
print(r.imag, r.real, r + 1, round(r), r.hex(), r.is_integer(), r > 1)


# Library types standing for C types keep their own fields out of a subclass's attribute hooks.
from decimal import Decimal
from datetime import date, time, datetime, timedelta


def immutable(base):
    class Immutable(base):
        def __setattr__(self, name, value):
            raise AttributeError(f'{type(self).__name__} is immutable')
    return Immutable


for base, args in [(Decimal, ('9.99',)), (date, (2020, 1, 2)), (time, (3, 4)), (timedelta, (1, 2)),
                   (datetime, (2020, 1, 2, 3))]:
    C = immutable(base)
    x = C(*args)
    print(base.__name__, repr(x), str(x), sorted(vars(x)), type(x).__name__)
    try:
        x.extra = 1
    except AttributeError as e:
        print('  ', e)


class Money(Decimal):
    def __setattr__(self, name, value):
        raise AttributeError(f'{type(self).__name__} is immutable')


m = Money('9.99')
print(m, m + 1, type(m).__name__, Money('1.5').quantize(Decimal('1')))
print(type(date.today() - date.today()).__name__, immutable(date)(2021, 5, 6).isoformat())
