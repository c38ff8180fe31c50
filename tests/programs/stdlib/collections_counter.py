from collections import Counter

c = Counter('abracadabra')
print(c)
print(c.most_common(2))
print(c.most_common())
print(c['a'], c['z'])
print(sorted(c.elements()))
print(c.total())
d = Counter(a=1, b=5, r=-2)
print(c + d)
print(c - d)
print(c | d)
print(c & d)
print(+d, -d)
c.update('aaz')
print(c)
c.subtract({'a': 10})
print(c)
del c['nothere']
print(Counter() == Counter(a=0), Counter(a=1) <= Counter(a=2, b=1))
print(Counter(['x', 'y', 'x']) == {'x': 2, 'y': 1})
words = 'the quick brown fox jumps over the lazy dog the end'.split()
for word, n in Counter(words).most_common(3):
    print(word, n)
print(repr(Counter()))
e = Counter(a=3, b=1)
e += Counter(a=-5, c=2)
print(e)
print(isinstance(e, dict), type(e).__name__)
try:
    Counter.fromkeys('abc')
except NotImplementedError as exc:
    print('NotImplementedError:', exc)
