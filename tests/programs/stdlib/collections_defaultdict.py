from collections import defaultdict, OrderedDict, ChainMap

d = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    d[k].append(v)
print(d)
print(d['missing'], len(d))
print(dict(d))
c = defaultdict(int)
for ch in 'mississippi':
    c[ch] += 1
print(sorted(c.items()))
n = defaultdict()
try:
    n['x']
except KeyError as e:
    print('KeyError', e)
print(repr(n))
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError:', e)
print('x' in c, c.get('zz'), 'zz' in c)
cp = c.copy()
print(type(cp).__name__, cp == c, cp.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 2
print(nested['a']['b'], isinstance(nested, dict))

od = OrderedDict()
od['x'] = 1
od['y'] = 2
od['z'] = 3
print(od)
od.move_to_end('x')
print(list(od))
od.move_to_end('z', last=False)
print(list(od.keys()))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict([(1, 2), (3, 4)]) == OrderedDict([(3, 4), (1, 2)]))
print(OrderedDict([(1, 2), (3, 4)]) == {3: 4, 1: 2})
print(repr(OrderedDict()))
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)

base = {'a': 1, 'b': 2}
over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm['a'], cm['b'], cm['c'], len(cm), sorted(cm))
print(list(cm))
child = cm.new_child({'a': 100})
print(child['a'], child.parents['a'])
cm['d'] = 4
print(over, cm)
try:
    cm['zz']
except KeyError as e:
    print('KeyError', e)
