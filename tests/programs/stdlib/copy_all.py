import copy

a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append(99)
a[2]['k'].append(5)
print(a, b, c)
print(b[1] is a[1], c[1] is a[1])
t = (1, 2, (3, 4))
print(copy.deepcopy(t) is t, copy.copy(t) is t)
t2 = (1, [2])
t3 = copy.deepcopy(t2)
print(t3, t3 is t2, t3[1] is t2[1])
shared = [1]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is not cyc)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.tags = ['t']

    def __repr__(self):
        return f'Point({self.x}, {self.y}, {self.tags})'


p = Point(1, 2)
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.tags.append('u')
print(p, p2, p3, p2.tags is p.tags, p3.tags is p.tags, type(p3).__name__)


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print('copying')
        return Custom(self.v + 1)

    def __deepcopy__(self, memo):
        print('deep copying', type(memo).__name__)
        return Custom(self.v + 100)


print(copy.copy(Custom(1)).v, copy.deepcopy(Custom(1)).v)
s = {1, 2}
print(copy.copy(s) == s, copy.copy(s) is s, copy.deepcopy({'a': s})['a'] == s)
d = {'x': [1]}
dc = copy.deepcopy(d)
dc['x'].append(2)
print(d, dc)
print(copy.copy(5), copy.deepcopy('str'), copy.deepcopy(None), copy.copy(len) is len)


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = 1
        self.b = [2]


sl = copy.deepcopy(Slotted())
print(sl.a, sl.b)
