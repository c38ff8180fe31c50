# Functions CPython implements in C (operator, functools.reduce/cmp_to_key, bisect, heapq): how
# they print, their type and attributes, and that they do not bind as methods on a class.
import bisect
import functools
import heapq
import operator

print({'+': operator.add, '-': operator.sub})
print(functools.reduce, bisect.bisect, operator.truth, type(operator.add).__name__)
print(functools.cmp_to_key, bisect.insort, bisect.bisect_left, bisect.insort_left, heapq.heappush)

operator_names = [
    'abs', 'add', 'and_', 'call', 'concat', 'contains', 'countOf', 'delitem', 'eq', 'floordiv',
    'ge', 'getitem', 'gt', 'iadd', 'iand', 'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod',
    'imul', 'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift', 'is_', 'is_not', 'isub',
    'itruediv', 'ixor', 'le', 'length_hint', 'lshift', 'lt', 'matmul', 'mod', 'mul', 'ne', 'neg',
    'not_', 'or_', 'pos', 'pow', 'rshift', 'setitem', 'sub', 'truediv', 'truth', 'xor',
    '__add__', '__not__', '__and__', '__iadd__', '__getitem__', '__call__', '__concat__',
]
for name in operator_names:
    f = getattr(operator, name)
    print(name, repr(f), f.__name__, f.__qualname__, f.__module__, type(f).__name__,
          [hasattr(f, a) for a in ('__code__', '__defaults__', '__dict__', '__get__', '__wrapped__', '__globals__')],
          callable(f), f.__doc__ is not None)

others = [functools.reduce, functools.cmp_to_key, bisect.bisect_right, bisect.bisect_left,
          bisect.insort_right, bisect.insort_left, heapq.heappush, heapq.heappop, heapq.heapify]
for f in others:
    print(repr(f), f.__name__, f.__module__, type(f).__name__, hasattr(f, '__code__'), hasattr(f, '__get__'))

print(bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right,
      operator.add is operator.__add__, type(operator.add) is type(len))
print(type(heapq.merge).__name__, type(functools.wraps).__name__, type(functools.partial).__name__)


class Ops:
    add = operator.add
    neg = operator.neg
    fold = functools.reduce
    where = bisect.bisect_left


o = Ops()
print(o.add(2, 3), Ops.add(4, 5), o.neg(7), o.fold(operator.mul, [1, 2, 3, 4]), o.where([1, 3, 5], 4))
print(o.add is operator.add, Ops.__dict__['add'] is operator.add)

# keyword arguments: refused by the positional-only ones, accepted where CPython accepts them
calls = [
    ('add', lambda: operator.add(a=1, b=2)),
    ('truth', lambda: operator.truth(a=0)),
    ('reduce', lambda: functools.reduce(function=operator.add, sequence=[1])),
    ('reduce ok', lambda: functools.reduce(operator.add, [1, 2, 3], 10)),
    ('cmp_to_key', lambda: sorted([3, 1, 2], key=functools.cmp_to_key(mycmp=lambda a, b: b - a))),
    ('bisect kw', lambda: bisect.bisect_right([1, 2, 2, 3], 2, lo=1, hi=3)),
    ('bisect key', lambda: bisect.bisect_left([(1, 'a'), (5, 'b')], 3, key=lambda p: p[0])),
    ('call kw', lambda: operator.call(dict, a=1, b=2)),
    ('length_hint', lambda: operator.length_hint(iter([1, 2, 3]))),
]
for label, thunk in calls:
    try:
        print(label, thunk())
    except TypeError as e:
        print(label, type(e).__name__, e)

# the functions still compute what they did, over a deterministic spread of inputs
state = 12345


def next_int():
    global state
    state = (state * 1103515245 + 12345) % (2 ** 31)
    return state % 97 - 40


binary = ['add', 'sub', 'mul', 'floordiv', 'mod', 'lt', 'le', 'eq', 'ne', 'gt', 'ge', 'and_',
          'or_', 'xor', 'lshift', 'rshift']
checks = []
for _ in range(60):
    a, b = next_int(), next_int()
    for name in binary:
        try:
            checks.append(getattr(operator, name)(a, abs(b) % 7 if 'shift' in name else b))
        except ZeroDivisionError:
            checks.append('zde')
print(len(checks), hash(tuple(str(c) for c in checks)) == hash(tuple(str(c) for c in checks)))
print(checks[:40])
data = sorted(next_int() for _ in range(30))
print(data)
print([bisect.bisect_left(data, v) for v in range(-40, 60, 9)])
print([bisect.bisect_right(data, v) for v in range(-40, 60, 9)])
grow = []
for _ in range(15):
    bisect.insort(grow, next_int())
print(grow, functools.reduce(operator.add, grow, 0))
