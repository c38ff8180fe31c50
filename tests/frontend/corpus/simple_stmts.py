global g1
global g2, g3
pass
x = 1; y = 2
x = 1; y = 2;
del x
del x, y
del x[0], y.z
del (a, b)
del [a, b]
del (a)
assert x
assert x, 'message'
import x; del x
f(); g()
...
