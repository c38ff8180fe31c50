# dict == dict: keys that are equal across types (1 == 1.0 == True), keys compared by value
# (tuples, frozensets, instances with __eq__), nested dicts and lists, a nan that is the same
# object, subclasses with their own __eq__, and items() while values change.
x = float('nan')
print({1: x} == {1: x}, {x: 1} == {x: 1}, [x] == [x])
print({1: 'a', True: 'b'} == {1.0: 'b'}, {True: 1} == {1: 1}, {1.0: 2} == {True: 2.0}, {0: 1} == {False: True})
print({(1, 2): 3} == {(1.0, 2): 3}, {frozenset([1]): 1} == {frozenset([True]): True}, {(1, 2): 3} == {(2, 1): 3})


class K:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return isinstance(o, K) and o.v == self.v

    def __hash__(self):
        return hash(self.v)


print({K(1): 1, 'a': [1, {2: 3}]} == {K(1): 1, 'a': [1, {2: 3}]}, {K(1): 1} == {K(2): 1}, {K(1): 1, 'b': 2} == {'b': 2, K(1): 1})


class D(dict):
    def __eq__(self, o):
        return 'D.__eq__'


class L(list):
    def __eq__(self, o):
        return False


print({'a': D(x=1)} == {'a': {'x': 1}}, {'a': {'x': 1}} == {'a': D(x=1)}, D(x=1) == {'x': 1}, {'x': 1} == D(x=1))
print({'a': L([1])} == {'a': [1]}, {'a': [1]} == {'a': L([1])}, {'a': [[1, 2.0], {'b': (3,)}]} == {'a': [[1.0, 2], {'b': (3.0,)}]})
print({'a': {'b': {'c': [1, 2]}}} == {'a': {'b': {'c': [1, 3]}}}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {'a': 1} == {'b': 1})
print({'a': None} == {'b': None}, {} == {}, {'a': 1} != {'a': 1.0}, {'a': 1} != {'a': '1'})
d = {'a': 1, 'b': 2}
for k, v in d.items():
    d[k] = v * 10
print(d, list(d.items()), list(reversed(d.items())), dict(d), {**d, 'c': 3})
e = {1: 'x', True: 'y', 2.0: 'z'}
print(e, list(e.items()), e == {1: 'y', 2: 'z'}, list(reversed(e.items())))
f = dict(e)
f.update({True: 'w', 3: 'v'})
print(f, list(f.items()))
try:
    for k, v in d.items():
        d['new' + k] = v
except RuntimeError as err:
    print('RuntimeError', err)
