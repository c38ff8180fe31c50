# copy.copy and copy.deepcopy of complex numbers, the other immutable builtins, and subclasses
# of the builtin value types (which are rebuilt from their values).
import copy

state = 7


def next_int(n):
    global state
    state = (state * 1103515245 + 12345) % (1 << 31)
    return state % n


def next_float():
    return (next_int(2000001) - 1000000) / 997.0


numbers = [complex(next_float(), next_float()) for _ in range(40)]
numbers += [0j, -0j, complex(-0.0, 0.0), complex(float('inf'), -1), 1e308j, 3j]
for z in numbers:
    a = copy.copy(z)
    b = copy.deepcopy(z)
    print(repr(a), repr(b), a is z, b is z, a == z, b == z)
print(copy.deepcopy([1 - 1j, {2j: 3 + 0j}, (4j, [5j])]), copy.copy([6j]))


class Point:
    pass


p = Point()
p.z = 1 + 5j
p.zs = [2j, -3j]
q = copy.deepcopy(p)
r = copy.copy(p)
print(q.z, q.zs, r.z, r.zs is p.zs, q.zs is p.zs)


class Ornament:
    pass


atoms = [None, 1, 2 ** 80, 2.5, True, 'text', b'bytes', range(5), Ornament, len, print,
         ..., NotImplemented, property(), abs, (lambda: 0)]
for x in atoms:
    print(type(x).__name__, copy.copy(x) is x, copy.deepcopy(x) is x)

s = slice([1], 2, None)
print(copy.copy(s) is s, copy.deepcopy(s) is s, copy.deepcopy(s) == s, copy.deepcopy(s).start is s.start)
t = (1, [2])
f = frozenset([1, 2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.copy(f) is f, copy.deepcopy(f) == f)


class I(int):
    pass


class F(float):
    pass


class S(str):
    pass


class B(bytes):
    pass


class Z(complex):
    pass


for x in [I(5), I(-2 ** 70), F(2.5), F(-0.0), S('ab'), S(''), B(b'xy'), Z(1, 2), Z(-0.0, 3)]:
    x.tag = [next_int(100)]
    a = copy.copy(x)
    b = copy.deepcopy(x)
    print(type(x).__name__, repr(a), repr(b), type(a).__name__, type(b).__name__,
          a == x, b == x, a.tag is x.tag, b.tag == x.tag, b.tag is x.tag)

d = {'k': 1j, 2: [3j]}
e = copy.deepcopy(d)
print(e, e[2] is d[2], list(e))
