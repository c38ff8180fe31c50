# copy.copy and copy.deepcopy of namedtuples, typing.NamedTuple and tuple subclasses rebuild them
# through __getnewargs__, keeping an instance __dict__ and shared references.
import copy
from collections import namedtuple
from typing import NamedTuple
P = namedtuple("P", "x")
Q = namedtuple("Q", "x y")
R = namedtuple("R", "")
class N(NamedTuple):
    a: list
    b: int = 0
class Sub(Q):
    pass
class T(tuple):
    pass
for v in [P([1]), Q([1], 2), R(), N([5]), Sub([1], 3), T([1, [2]])]:
    a, b = copy.copy(v), copy.deepcopy(v)
    print(v, a, b, type(b).__name__, a == v, b == v, b is v)
s = Sub([1], 2); s.extra = [9]
c = copy.deepcopy(s); c.extra.append(1); print(c, c.extra, s.extra, copy.copy(s).extra is s.extra)
shared = [1]
q = Q(shared, shared); dq = copy.deepcopy(q); print(dq.x is dq.y, dq.x is shared)
class WithNew(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def __getnewargs__(self):
        return tuple(self)
print(copy.deepcopy(WithNew(1, [2])), copy.copy(WithNew(3, 4)))
