# OrderedDict's own view types: names, reprs, set operations, order and liveness.
from collections import OrderedDict
import collections.abc as cabc


def attempt(label, action):
    try:
        print(label, '->', action())
    except Exception as e:
        print(label, '->', type(e).__name__, e)


od = OrderedDict(a=1, b=2)
keys, values, items = od.keys(), od.values(), od.items()
print(keys, values, items)
print(type(keys).__name__, type(values).__name__, type(items).__name__)
print(type(keys), type(keys).__qualname__, type(keys).__module__)
print(isinstance(keys, cabc.KeysView), isinstance(values, cabc.ValuesView),
      isinstance(items, cabc.ItemsView), isinstance(keys, cabc.Set), isinstance(values, cabc.Set))
print(repr(OrderedDict().keys()), repr(OrderedDict().values()), repr(OrderedDict().items()))
od['c'] = 3
print(keys, values, items, len(keys), len(values), len(items))
od.move_to_end('a')
print(list(keys), list(values), list(items))
print(list(reversed(keys)), list(reversed(values)), list(reversed(items)))
print('a' in keys, 'z' in keys, 3 in values, 9 in values, ('a', 1) in items, ('a', 2) in items,
      ['a', 1] in items)
print(sorted(keys & {'a', 'z'}), sorted({'b', 'q'} & keys), sorted(keys | {'z'}), sorted(keys - {'a'}),
      sorted({'a', 'q'} - keys), sorted(keys ^ {'a', 'q'}), sorted(['a', 'zz'] & keys))
print(sorted(items & {('a', 1), ('b', 5)}), sorted(items - {('a', 1)}), items.isdisjoint([('x', 1)]),
      keys.isdisjoint('bq'), keys.isdisjoint('xy'))
print(keys == {'a', 'b', 'c'}, keys == {}.keys(), keys == OrderedDict(c=0, b=0, a=0).keys(),
      keys != {'a'}, keys == ['a', 'b', 'c'], keys == keys, items == dict(od).items())
print(keys < {'a', 'b', 'c', 'd'}, keys <= {'a', 'b', 'c'}, keys > {'a'}, keys >= {'a', 'z'},
      items >= {('a', 1)}, items < {('a', 1)})
print(values == values, values == od.values(), values != od.values())
print(keys.mapping, type(keys.mapping).__name__, keys.mapping['b'])
attempt('hash keys', lambda: hash(keys))
attempt('hash items', lambda: hash(items))
attempt('hash values', lambda: isinstance(hash(values), int))
attempt('unhashable value', lambda: items & {('x', 1)} | {('k', [1])})
nested = OrderedDict()
nested['self'] = nested
print(nested.items(), nested.values(), nested.keys())
holder = OrderedDict()
holder['v'] = holder.values()
print(holder.values(), holder)


class Tracked(OrderedDict):
    pass


t = Tracked([(3, 'x'), (1, 'y'), (2, 'z')])
print(t.keys(), t.values(), t.items(), t)
print(dict(t.items()) == t, list(zip(t.keys(), t.values())), sorted(t.keys() | OrderedDict.fromkeys([9]).keys()))

# A fixed pseudo-random walk of inserts, deletes and moves; the views follow the mapping.
state = 7


def draw(limit):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % limit


walk = OrderedDict()
walk_keys, walk_values, walk_items = walk.keys(), walk.values(), walk.items()
plain = {}
for step in range(60):
    key = draw(8)
    action = draw(4)
    if action == 0 and key in walk:
        del walk[key]
        del plain[key]
    elif action == 1 and key in walk:
        walk.move_to_end(key, last=bool(draw(2)))
    else:
        walk[key] = step
        plain[key] = step
    if step % 6 == 5:
        print(step, walk_keys, walk_values, walk_items)
        print('  ', walk_keys == plain.keys(), sorted(walk_keys & {1, 2, 3}), sorted(walk_keys - {0, 7}),
              walk_items == plain.items(), list(reversed(walk_keys))[:3], len(walk_values))
