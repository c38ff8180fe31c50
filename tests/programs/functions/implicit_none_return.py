# A function that runs off its end returns None: the value must be None itself, for `is`,
# `==`, containers, properties and dunder methods alike.

def nothing():
    pass

def assigns():
    x = 1

def half(flag):
    if flag:
        return 'yes'

def loop(items):
    for item in items:
        if item < 0:
            return item

def guarded():
    try:
        x = 1
    finally:
        x = 2

def raises_or_not(flag):
    if flag:
        raise ValueError('flag')

print(nothing() is None, assigns() is None, half(False) is None, half(True))
print(loop([1, 2]) is None, loop([1, -2]), guarded() is None, raises_or_not(False) is None)
print(nothing() == None, nothing() != None, [nothing()] == [None], (nothing(),) == (None,))
print({'k': assigns()}, [half(0), loop([])], {nothing()}, repr(nothing()), str(assigns()))
print(type(nothing()).__name__, nothing() or 'falsy', bool(nothing()))
print(sorted([3, 1], key=lambda v: v), list(map(lambda v: nothing(), [1, 2])))

class Thing:
    def __init__(self):
        self.n = 0

    @property
    def empty(self):
        pass

    @property
    def maybe(self):
        if self.n:
            return self.n

    def method(self):
        self.n += 1

    def __getitem__(self, key):
        if key == 'a':
            return 1

t = Thing()
print(t.empty, t.empty is None, t.maybe is None, t.method() is None, t.maybe)
print(t['a'], t['b'] is None, getattr(t, 'empty', 'default'), hasattr(t, 'empty'))

def outer():
    def inner():
        pass
    return inner

print(outer()() is None, (lambda: None)() is None)

def gen():
    yield 1

print(list(gen()), next(gen()))
try:
    raises_or_not(True)
except ValueError as e:
    print('ValueError', e)
