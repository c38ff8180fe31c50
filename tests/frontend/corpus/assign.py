x = 1
x = y = z = 2
a, b = b, a
a, *rest = [1, 2, 3]
*init, last = range(5)
(a, b), c = (1, 2), 3
[a, [b, c]] = [1, [2, 3]]
obj.attr = 4
obj.attr.deep = 5
seq[0] = 6
seq[1:2] = [7]
seq[::2] = seq[1::2]
d['k'] = v
x, = [1]
(x) = 1
x = yield_ = 3
a = b = c, d = 1, 2
