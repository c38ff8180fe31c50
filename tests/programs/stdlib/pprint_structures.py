import pprint
import collections
import dataclasses
import types
import io
import sys

data = {
    'name': 'memphis', 'versions': [3.11, 3.12, (1, 2, 3)],
    'nested': {'deep': {'deeper': {'deepest': list(range(12))}}},
    'text': 'The quick brown fox jumps over the lazy dog. ' * 4,
    'bytes': b'\x00\x01binary data that is rather long and goes on ' * 3,
    'empty': [], 'et': (), 'ed': {}, 'es': set(), 'efs': frozenset(),
    'one': (1,), 'set': {3, 1, 2}, 'fs': frozenset({'b', 'a'}),
    10: 'int key', 2.5: 'float key', None: 'none key', (1, 2): 'tuple key',
}
for width in (80, 60, 40, 20, 1):
    print('--- width', width)
    pprint.pprint(data, width=width)
print('--- indent 4, depth 2')
pprint.pprint(data, indent=4, depth=2)
print('--- depth 1')
pprint.pprint(data, depth=1)
print(pprint.pformat([[[[1]]]], depth=2), pprint.pformat({'a': {'b': {}}}, depth=1))
print('--- compact')
pprint.pprint(list(range(100)), compact=True)
pprint.pprint([list(range(10))] * 5, compact=True, width=30)
pprint.pprint([['x' * 8] * 3] * 4, compact=True, width=25)
print('--- sort_dicts False')
pprint.pprint({'z': 1, 'a': 2, 'm': [3] * 30}, sort_dicts=False)
pprint.pp({'z': 1, 'a': 2, 'm': [3] * 30})
print('--- mixed keys sort')
pprint.pprint({3: 'a', 'x': 1, 1.5: 2, None: 0, (1,): 3, b'b': 4})
pprint.pprint({3, 'x', 1.5, None, (1,)})
print('--- underscore_numbers')
pprint.pprint([10**12, 12345, -9876543, 2**70, 3.5], underscore_numbers=True)
pprint.pprint({'big': 10**30}, underscore_numbers=True, width=10)
print('--- strings')
pprint.pprint('word ' * 30, width=40)
pprint.pprint(['a long string with many words inside it, long enough to need splitting'], width=30)
pprint.pprint('line one\nline two\nline three that is long enough ' * 2, width=30)
pprint.pprint('nospacesatallinthisverylongstringthatmustbesplit' * 3, width=20)
pprint.pprint({'k': 'abc def ghi jkl mno pqr stu vwx yz ' * 3}, width=30)
pprint.pprint('short', width=3)
pprint.pprint('', width=1)
pprint.pprint("it's \"quoted\" and ' more ' text here", width=15)
pprint.pprint('éàü ünïcödé strings with ☃ snowmen ☃ and more ' * 2, width=30)
print('--- bytes')
pprint.pprint(bytes(range(40)), width=30)
pprint.pprint(bytearray(b'hello world ' * 8), width=30)
pprint.pprint(b'', width=1)
pprint.pprint([b'abcdefghijklmnopqrstuvwxyz' * 2], width=20)
print('--- tuples and sets')
pprint.pprint(tuple(range(30)), width=20)
pprint.pprint(((1, 2), (3, 4)), width=5)
pprint.pprint(set(range(30)), width=20)
pprint.pprint(frozenset(range(30)), width=20)
pprint.pprint([(1,)], width=3)
print('--- collections')
od = collections.OrderedDict([('b', 1), ('a', list(range(20)))])
pprint.pprint(od, width=30)
pprint.pprint(collections.OrderedDict())
dd = collections.defaultdict(list, {'x': [1, 2], 'y': list(range(25))})
pprint.pprint(dd, width=40)
pprint.pprint(collections.defaultdict(int))
c = collections.Counter('abracadabra' * 3 + 'xyz')
pprint.pprint(c, width=20)
pprint.pprint(collections.Counter())
dq = collections.deque(range(30), maxlen=40)
pprint.pprint(dq, width=30)
pprint.pprint(collections.deque(range(30)), width=30)
pprint.pprint(collections.deque())
cm = collections.ChainMap({'a': 1}, {'b': list(range(20))})
pprint.pprint(cm, width=30)
Point = collections.namedtuple('Point', 'x y')
pprint.pprint([Point(1, 2)] * 8, width=30)
print('--- dataclasses and namespaces')

@dataclasses.dataclass
class Item:
    name: str
    tags: list
    count: int = 0
    hidden: int = dataclasses.field(default=0, repr=False)

pprint.pprint(Item('widget', ['a', 'b'] * 10, 3), width=40)
pprint.pprint([Item('x', [])], width=80)
ns = types.SimpleNamespace(alpha=1, beta=list(range(20)), gamma='g')
pprint.pprint(ns, width=30)
pprint.pprint(types.MappingProxyType({'a': list(range(20))}), width=30)
print('--- subclasses')

class MyDict(dict):
    pass

class MyList(list):
    pass

class ReprList(list):
    def __repr__(self):
        return 'ReprList!'

pprint.pprint(MyDict(a=list(range(20))), width=30)
pprint.pprint(MyList(range(30)), width=30)
pprint.pprint(ReprList(range(30)), width=30)
pprint.pprint([ReprList([1])] * 3, width=10)
print('--- recursion')
rl = [1, 2]
rl.append(rl)
print(pprint.isrecursive(rl), pprint.isreadable(rl), pprint.isreadable([1, 'a', (2,)]))
print(pprint.saferepr(rl).replace(str(id(rl)), 'ID'))
print(pprint.pformat(rl).replace(str(id(rl)), 'ID'))
rd = {'k': 1}
rd['self'] = rd
print(pprint.pformat(rd).replace(str(id(rd)), 'ID'))
print(pprint.saferepr({'a': [1, 2, {'b': (3,)}]}), pprint.saferepr('x'), pprint.saferepr(3))
print(pprint.isreadable(object()), pprint.isreadable(len), pprint.isreadable({'a': 1}))
print(pprint.isrecursive([[1], [2]]))
shared = [1]
print(pprint.pformat([shared, shared]), pprint.isrecursive([shared, shared]))
print('--- PrettyPrinter')
pp = pprint.PrettyPrinter(indent=2, width=30, depth=3, compact=True)
pp.pprint({'a': [1, [2, [3, [4, [5]]]]], 'b': list(range(15))})
print(pp.pformat({'a': 1}), pp.isreadable([1]), pp.isrecursive(rl))
print(repr(pp.format({'x': 1}, {}, 0, 0)))
buf = io.StringIO()
pprint.PrettyPrinter(stream=buf, width=20).pprint(list(range(10)))
pprint.pprint({'to': 'buffer'}, stream=buf)
print(repr(buf.getvalue()))
for bad in (dict(indent=-1), dict(depth=0), dict(width=-1)):
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    pprint.PrettyPrinter(stream=buf, indent=1, width=80, depth=None, foo=1)
except TypeError as e:
    print('TypeError')

class Sub(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str):
            return repr(object.upper()), True, False
        return super().format(object, context, maxlevels, level)

Sub(width=20).pprint({'k': ['abc', 'def'] * 4})
print('--- floats and misc scalars')
pprint.pprint([0.1, 1e100, -0.0, float('inf'), float('nan'), 1/3, True, None, ...])
pprint.pprint({True: 1, False: 0})
pprint.pprint(range(10))
pprint.pprint([len, print, object], width=10)
print('done')
