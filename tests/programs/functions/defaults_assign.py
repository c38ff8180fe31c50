# Assigning __defaults__ and __kwdefaults__ at run time: values read back and used by later calls.
# The values change; which parameters have defaults stays as the def wrote it.


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)


def none_given(): return 'none'
def one(a=1): return a
def two(a, b=2, c=3): return (a, b, c)
def kw(a, *, k=10, m=20): return (a, k, m)

show('none_given read', lambda: none_given.__defaults__)
none_given.__defaults__ = ()
show('none_given after ()', lambda: none_given.__defaults__)
none_given.__defaults__ = None
show('none_given after None', lambda: none_given.__defaults__)
show('none_given call', lambda: none_given())

show('one read', lambda: one.__defaults__)
one.__defaults__ = (5,)
show('one after (5,)', lambda: one.__defaults__)
show('one call', lambda: one())
show('one call 7', lambda: one(7))
one.__defaults__ = ('x',)
show('one call x', lambda: one())

show('two read', lambda: two.__defaults__)
two.__defaults__ = (20, 30)
show('two call', lambda: two(1))
show('two call b', lambda: two(1, 'b'))
show('two read again', lambda: two.__defaults__)

for bad in ([1, 2], 'ab', 5, {'a': 1}):
    def attempt(bad=bad):
        two.__defaults__ = bad
        return two.__defaults__
    show('two bad ' + type(bad).__name__, attempt)
show('two unchanged', lambda: two(0))


class Pair(tuple):
    pass


two.__defaults__ = Pair((200, 300))
show('two tuple subclass', lambda: two(0))
show('two tuple subclass read', lambda: type(two.__defaults__).__name__)

show('kw read', lambda: kw.__kwdefaults__)
kw.__kwdefaults__ = {'k': 11, 'm': 21}
show('kw call', lambda: kw(0))
show('kw call k', lambda: kw(0, k=1))


def make(n):
    def inner(x=n, y=n * 2):
        return x + y
    return inner


f = make(1)
g = make(10)
f.__defaults__ = (100, 200)
show('closure f', lambda: f())
show('closure g untouched', lambda: g())
show('closure g defaults', lambda: g.__defaults__)
lam = lambda p=1, q=2: (p, q)
lam.__defaults__ = (3, 4)
show('lambda', lambda: lam())
show('lambda read', lambda: lam.__defaults__)
show('kw read back', lambda: kw.__kwdefaults__)
for bad in ([('k', 1)], None.__class__, 3):
    def attempt(bad=bad):
        kw.__kwdefaults__ = bad
        return kw.__kwdefaults__
    show('kw bad ' + repr(bad), attempt)
show('kw still', lambda: kw(1))
