from collections import deque, namedtuple

q = deque([1, 2, 3])
q.append(4)
q.appendleft(0)
print(q, len(q))
print(q.pop(), q.popleft(), q)
q.extend([7, 8])
q.extendleft([-1, -2])
print(q)
q.rotate(2)
print(q)
q.rotate(-3)
print(q)
print(q[0], q[-1], 7 in q, 100 in q)
q[1] = 'x'
del q[0]
print(q, q.index(7), q.count(8))
q.reverse()
print(q)
q.remove('x')
print(q)
b = deque(maxlen=3)
for i in range(6):
    b.append(i)
print(b, b.maxlen)
b.appendleft(-1)
print(b)
print(deque('abc') == deque(['a', 'b', 'c']), list(reversed(deque('abc'))))
try:
    deque().pop()
except IndexError as e:
    print('IndexError:', e)
try:
    deque().popleft()
except IndexError as e:
    print('IndexError:', e)
big = deque()
for i in range(1000):
    big.appendleft(i)
    big.append(-i)
total = 0
while big:
    total += big.popleft()
print(total)
d2 = deque(range(5))
d2.insert(2, 'mid')
print(d2, d2 + deque([9]), d2 * 2 if False else deque([1]) * 3)
d2.clear()
print(d2, bool(d2))

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[1])
print(p._asdict())
print(p._replace(x=10))
print(Point._make([5, 6]), Point._fields)
x, y = p
print(x + y, isinstance(p, tuple), len(p), p == (1, 2))
Color = namedtuple('Color', 'red green blue', defaults=[0])
print(Color(1, 2), Color._field_defaults)
try:
    Point(1)
except TypeError as e:
    print('TypeError:', e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print('TypeError:', e)
try:
    namedtuple('Bad', ['x', 'x'])
except ValueError as e:
    print('ValueError:', e)
try:
    namedtuple('Bad', ['def'])
except ValueError as e:
    print('ValueError:', e)
R = namedtuple('R', 'a, b, _c', rename=True)
print(R._fields)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(type(p).__name__, Point.__doc__)
print(hash(p) == hash((1, 2)))
