import operator
from operator import attrgetter, itemgetter, methodcaller

print(operator.add(2, 3), operator.sub(2, 3), operator.mul('a', 3), operator.truediv(7, 2))
print(operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10), operator.neg(5))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1), operator.ne(1, 1), operator.gt(1, 2),
      operator.ge(3, 2))
print(operator.not_(0), operator.truth([]), operator.is_(None, None), operator.is_not(1, None))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.invert(5),
      operator.lshift(1, 4), operator.rshift(32, 2))
print(operator.concat([1], [2]), operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1),
      operator.indexOf('abc', 'c'))
d = {'a': 1}
operator.setitem(d, 'b', 2)
print(operator.getitem(d, 'b'), d)
operator.delitem(d, 'a')
print(d, operator.index(7), operator.abs(-3), operator.pos(4))
lst = [1]
print(operator.iadd(lst, [2]), lst, operator.iadd(1, 2))
print(operator.length_hint([1, 2, 3]), operator.length_hint(iter([]), 5))
f = itemgetter(1)
g = itemgetter(0, 2)
print(f('abc'), g('abc'), f({1: 'one'}))
print(sorted([('b', 2), ('a', 3), ('c', 1)], key=itemgetter(1)))


class P:
    def __init__(self, name, age):
        self.name = name
        self.age = age
        self.inner = self

    def hello(self, greeting, punct='!'):
        return greeting + ' ' + self.name + punct


people = [P('bob', 30), P('al', 25)]
print([p.name for p in sorted(people, key=attrgetter('age'))])
print(attrgetter('name', 'age')(people[0]), attrgetter('inner.inner.name')(people[1]))
print(methodcaller('hello', 'hi')(people[0]), methodcaller('hello', 'yo', punct='?')(people[1]))
print(methodcaller('upper')('abc'), methodcaller('split', ',')('a,b'))
print(repr(itemgetter(1, 'x')), repr(attrgetter('a.b')), repr(methodcaller('m', 1, k=2)))
print(operator.call(max, 1, 5))
