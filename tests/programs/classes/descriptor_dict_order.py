# Instance __dict__ order when data descriptors store into it under their own names, mixed with
# plain attributes, deletions and special-method names; and descriptors that define only __set__.


class Typed:
    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, cls=None):
        return self if obj is None else obj.__dict__[self.name]

    def __set__(self, obj, value):
        obj.__dict__[self.name] = value

    def __delete__(self, obj):
        del obj.__dict__[self.name]


class Stock:
    name = Typed()
    shares = Typed()
    __eq__ = None

    def __init__(self, name, shares, price):
        self.name = name
        self.shares = shares
        self.price = price


s = Stock('ACME', 50, 91.1)
print(vars(s))
print(list(s.__dict__), list(s.__dict__.values()), len(s.__dict__))
print(s.name, s.shares, s.price)


def lcg(seed):
    state = seed
    while True:
        state = (state * 1103515245 + 12345) % (2 ** 31)
        yield state >> 16


NAMES = ['name', 'shares', 'price', 'qty', '__len__', 'extra']
for seed in range(1, 9):
    rng = lcg(seed)
    obj = Stock('X', 1, 2.0)
    trail = []
    for step in range(14):
        op = next(rng) % 5
        attr = NAMES[next(rng) % len(NAMES)]
        value = next(rng) % 100
        try:
            if op == 0:
                setattr(obj, attr, value)
                trail.append('set ' + attr)
            elif op == 1:
                obj.__dict__[attr] = value
                trail.append('dict ' + attr)
            elif op == 2:
                delattr(obj, attr)
                trail.append('del ' + attr)
            elif op == 3:
                del obj.__dict__[attr]
                trail.append('dictdel ' + attr)
            else:
                obj.__dict__[value % 3] = attr
                trail.append('key ' + str(value % 3))
        except (AttributeError, KeyError) as e:
            trail.append(type(e).__name__)
    print(seed, ' '.join(trail))
    print('  ', vars(obj))
    print('  ', list(obj.__dict__.items()) == list(zip(obj.__dict__.keys(), obj.__dict__.values())))

d = Stock('A', 1, 2).__dict__
d.clear()
print(d, len(d))
t = Stock('B', 2, 3)
t.__dict__.update(name='C', zed=1)
t.later = 2
print(vars(t), t.name)
t.__dict__.pop('name')
t.name = 'D'
print(vars(t))
print(sorted(vars(t)), dict(vars(t)) == vars(t))


class SetOnly:
    def __set__(self, obj, value):
        obj.__dict__['a'] = value * 2


class WithSetOnly:
    a = SetOnly()


w = WithSetOnly()
print(type(w.a).__name__, type(WithSetOnly.a).__name__)
w.a = 3
print(w.a, vars(w))
w.__dict__['a'] = 10
print(w.a)
del w.__dict__['a']
print(type(w.a).__name__)
w.a = 'x'
print(w.a, hasattr(w, 'a'), getattr(w, 'a'))


class DeleteOnly:
    def __delete__(self, obj):
        print('deleting')


class WithDeleteOnly:
    b = DeleteOnly()


v = WithDeleteOnly()
print(type(v.b).__name__)
v.__dict__['b'] = 5
print(v.b)
del v.b
print(v.b, vars(v))
try:
    v.b = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(vars(v))
