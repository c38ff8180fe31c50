# collections the way programs use it: namedtuple options, Counter arithmetic and views,
# deque maxlen/rotate/repr, OrderedDict order and equality, ChainMap, defaultdict, UserDict.
from collections import namedtuple, Counter, deque, OrderedDict, ChainMap, defaultdict, UserDict, UserList, UserString
import collections

Point = namedtuple('Point', 'x y')
p = Point(1, 2)
print(p, repr(p), p.x, p[1], p._fields, p._asdict(), p._replace(x=5), Point._make([3, 4]))
print(isinstance(p, tuple), len(p), p == (1, 2), hash(p) == hash((1, 2)), tuple(p), p + (3,))
x, y = p
print(x, y, Point.__name__, type(p).__name__, Point.__doc__, Point.x.__doc__ if hasattr(Point.x, '__doc__') else '')
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[10, 20])
print(P3(1), P3(1, 2), P3._field_defaults, P3(a=0, c=5))
R = namedtuple('R', 'name def class _x name', rename=True)
print(R._fields, R(1, 2, 3, 4, 5))
M = namedtuple('M', 'a, b', module='mymod')
print(M.__module__, M(1, 2))
try:
    Point(1)
except TypeError as e:
    print('TypeError', e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print('TypeError', e)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    namedtuple('Bad', 'a a')
except ValueError as e:
    print('ValueError', e)
try:
    namedtuple('Bad', 'a def')
except ValueError as e:
    print('ValueError', e)
try:
    p._replace(z=1)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
try:
    Point._make([1])
except TypeError as e:
    print('TypeError', e)


class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


v = Vec(3, 4) + Vec(0, 0)
print(v, v.norm, repr(v), sorted([Vec(2, 1), Vec(1, 5)]))

c = Counter('abracadabra')
print(c, repr(c), c.most_common(2), c['z'], len(c), sorted(c.elements()))
print(c.most_common(), list(c), c.total())
d = Counter(a=3, b=1)
e = Counter(a=1, b=2, c=5)
print(d + e, d - e, e - d, d | e, d & e, +Counter(a=-1, b=2), -Counter(a=-1, b=2))
d.update('aab')
d.update({'z': 2})
print(d)
d.subtract({'a': 10, 'q': 1})
print(d, +d)
print(Counter({'x': 0}), Counter() == Counter(a=0), Counter(a=1) == {'a': 1}, dict(Counter('aab')))
cc = Counter('hello world')
del cc['l']
print(cc, cc.get('l'), sorted(cc.items())[:3], Counter('aab').keys())
print(Counter([1, 1, 2]) < Counter([1, 1, 2, 3]) if hasattr(Counter, '__lt__') else '')
print(Counter(a=2, b=-1).most_common(), sum(Counter('aaabb').values()))
print(Counter('ab') + Counter(), repr(Counter()), Counter(cats=4, dogs=8).most_common(1))
print(Counter({'a': 1.5, 'b': 0.5}), Counter('abc') == Counter('cba'))
cp = c.copy()
cp['a'] = 0
print(c['a'], cp['a'], cp)

dq = deque([1, 2, 3])
dq.append(4)
dq.appendleft(0)
print(dq, repr(dq), dq.pop(), dq.popleft(), dq, len(dq), dq[0], dq[-1])
dq.rotate(1)
print(dq)
dq.rotate(-2)
print(dq)
dq.extend([7, 8])
dq.extendleft([9, 10])
print(dq, dq.count(7), dq.index(7), 7 in dq)
dm = deque(range(10), maxlen=3)
print(dm, dm.maxlen, repr(dm))
dm.append(10)
dm.appendleft(-1)
print(dm, list(reversed(dm)), deque(maxlen=0))
dq.remove(7)
dq.reverse()
print(dq, dq == deque(list(dq)), dq < deque([100]), deque('ab') + deque('cd'), deque('ab') * 2)
dq.clear()
print(dq, bool(dq))
try:
    deque().pop()
except IndexError as e:
    print('IndexError', e)
try:
    deque().popleft()
except IndexError as e:
    print('IndexError', e)
try:
    deque([1]).remove(5)
except ValueError as e:
    print('ValueError', e)
dd = deque([1, 2, 3, 4, 5])
del dd[1]
dd[0] = 'x'
dd.insert(2, 'y')
print(dd, dd.copy(), deque(dd, 2))
print(deque([[1]]), repr(deque(['a', "b'"])))

od = OrderedDict([('b', 1), ('a', 2)])
od['c'] = 3
print(od, repr(od), list(od), od.popitem(), od.popitem(last=False), od)
od = OrderedDict.fromkeys('abcde')
od.move_to_end('b')
od.move_to_end('d', last=False)
print(list(od), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(dict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(), repr(OrderedDict()))
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
try:
    od.move_to_end('zz')
except KeyError as e:
    print('KeyError', e)
o2 = OrderedDict(x=1)
o2.update(y=2)
o2.setdefault('z', 3)
print(o2, o2.pop('x'), list(reversed(o2)), o2 | {'w': 0})

base = {'a': 1, 'b': 2}
over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm['a'], cm['b'], cm['c'], len(cm), sorted(cm), cm.get('z', 0), 'a' in cm)
print(cm, repr(cm))
child = cm.new_child({'a': 100})
print(child['a'], child.parents['a'], child.maps[0], dict(child))
cm['d'] = 4
print(over, base)
del cm['b']
print(over, cm['b'], list(cm.keys()), list(cm.items()))
try:
    del cm['a']
except KeyError as e:
    print('KeyError', e)

dfl = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dfl[k].append(v)
print(dfl, repr(dfl), dict(dfl), dfl['missing'], len(dfl))
dint = defaultdict(int)
for ch in 'mississippi':
    dint[ch] += 1
print(sorted(dint.items()), dint.default_factory, defaultdict(None), repr(defaultdict(lambda: 0))[:24])
try:
    defaultdict(None)['x']
except KeyError as e:
    print('KeyError', e)
nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 1
print(nested['a'], dict(nested['a']))


class Registry(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


r = Registry()
r['A'] = 1
r.update({'B': 2})
print(r, r.data, 'a' in r, len(r), repr(r), dict(r))
ul = UserList([3, 1, 2])
ul.sort()
print(ul, ul + [4], ul[0], type(ul[:2]).__name__, repr(ul))
us = UserString('hello')
print(us.upper(), us + '!', len(us), us[1:3], repr(us), type(us.upper()).__name__)
try:
    del p.y
except AttributeError as e:
    print("AttributeError", e)
