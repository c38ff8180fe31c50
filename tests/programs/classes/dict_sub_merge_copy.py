# Merging and copying dict subclasses: dict(d), {**d}, update, |, copy() read a subclass through
# its keys() and __getitem__ when it overrides __iter__; copy.copy/deepcopy rebuild subclass
# instances through items() and item assignment (list subclasses through iter() and append()).
import copy


def rev_iter(self):
    return iter(sorted(dict.keys(self), reverse=True))


def rev_keys(self):
    return sorted(dict.keys(self), reverse=True)


def tenfold(self, k):
    return dict.__getitem__(self, k) * 10


def odd_items(self):
    return [(k, v) for k, v in dict.items(self) if v % 2]


OVERRIDES = {
    'iter': {'__iter__': rev_iter},
    'keys': {'keys': rev_keys},
    'getitem': {'__getitem__': tenfold},
    'iter+keys': {'__iter__': rev_iter, 'keys': rev_keys},
    'iter+getitem': {'__iter__': rev_iter, '__getitem__': tenfold},
    'keys+getitem': {'keys': rev_keys, '__getitem__': tenfold},
    'all': {'__iter__': rev_iter, 'keys': rev_keys, '__getitem__': tenfold},
    'items': {'items': odd_items},
    'iter+items': {'__iter__': rev_iter, 'items': odd_items},
    'none': {},
}

OPS = [
    ('dict()', lambda d: dict(d)),
    ('{**d}', lambda d: {**d}),
    ('{**d, z}', lambda d: {'z': 0, **d, 'y': 9}),
    ('dict(**d)', lambda d: dict(**d)),
    ('update', lambda d: (lambda t: (t.update(d), t)[1])({'z': 0})),
    ('|=', lambda d: (lambda t: (t.__ior__(d), t)[1])({'z': 0})),
    ('d | x', lambda d: d | {'z': 0}),
    ('x | d', lambda d: {'z': 0} | d),
    ('copy', lambda d: d.copy()),
    ('copy type', lambda d: type(d.copy()).__name__),
    ('list', lambda d: list(d)),
    ('items', lambda d: list(d.items())),
    ('values', lambda d: list(d.values())),
    ('==', lambda d: d == {'a': 1, 'b': 2, 'c': 3}),
    ('copy.copy', lambda d: (lambda c: (type(c).__name__, dict.items(c)))(copy.copy(d))),
    ('deepcopy', lambda d: (lambda c: (type(c).__name__, dict.items(c)))(copy.deepcopy(d))),
]

for name, members in OVERRIDES.items():
    for bases in [(dict,), (type('Mix', (), {}), dict)]:
        cls = type('D_' + name.replace('+', '_'), bases, dict(members))
        d = cls(a=1, b=2, c=3)
        print('==', name, [b.__name__ for b in bases])
        for label, op in OPS:
            try:
                r = op(d)
            except Exception as e:
                r = f'{type(e).__name__}: {e}'
            print(' ', label, r)


class Audit(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.log = []

    def __setitem__(self, k, v):
        self.log.append(k)
        super().__setitem__(k, v)


a = Audit(x=1)
a['y'] = 2
b = copy.copy(a)
print(b.log, b, b.log is a.log)
c = copy.deepcopy(a)
print(c.log, c, c.log is a.log)


class Tracked(list):
    def append(self, v):
        print('  append', v)
        super().append(v)

    def extend(self, vs):
        vs = list(vs)
        print('  extend', vs)
        super().extend(vs)

    def __iter__(self):
        return iter(sorted(list.__iter__(self)))


t = Tracked([3, 1, 2])
t.tag = 'x'
print(copy.copy(t), copy.copy(t).tag)
print(copy.deepcopy(t), copy.deepcopy(t).tag)
