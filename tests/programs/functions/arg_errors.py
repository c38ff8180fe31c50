def zero():
    return 0
def one(a):
    return a
def two(a, b):
    return a + b
def opt(a, b=1):
    return a + b
cases = [
    lambda: zero(1),
    lambda: one(),
    lambda: one(1, 2),
    lambda: two(1),
    lambda: two(),
    lambda: two(1, 2, 3),
    lambda: opt(),
    lambda: opt(1, 2, 3),
    lambda: one(b=1),
    lambda: one(1, a=1),
    lambda: (lambda x: x)(),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
class K:
    def m(self, x):
        return x
    def n(self):
        return 1
try:
    K().m()
except TypeError as e:
    print(e)
try:
    K().n(5)
except TypeError as e:
    print(e)
try:
    K(1)
except TypeError as e:
    print(e)
