# dir() of classes written in Python and of their instances, of functions, methods, generators,
# exceptions and staticmethod/classmethod objects; dir() without an argument; vars()/__dict__.

OBJECT_NAMES = set(dir(object))


def extra(x):
    """What dir(x) lists beyond object's own attributes, sorted."""
    return sorted(set(dir(x)) - OBJECT_NAMES)


def missing(x):
    """Which of object's attributes dir(x) leaves out."""
    return sorted(OBJECT_NAMES - set(dir(x)))


class Plain:
    pass


class WithAttrs:
    kind = 'w'

    def __init__(self):
        self.a = 1
        self._b = 2

    def method(self):
        return self.a

    @property
    def prop(self):
        return 3

    @staticmethod
    def static():
        return 's'

    @classmethod
    def klass(cls):
        return cls.__name__


class Slotted:
    __slots__ = ('x', '__y')


class SlottedWeak:
    __slots__ = ('x', '__weakref__')


class SlottedDict:
    __slots__ = ('x', '__dict__')


class SubOfSlotted(Slotted):
    pass


class SubSlots(Slotted):
    __slots__ = ('z',)


class Child(WithAttrs):
    extra_attr = 0


print(dir(Plain))
print(dir(Plain()))
print(dir(WithAttrs))
print(dir(WithAttrs()))
print(dir(Child()))
for cls in (Slotted, SlottedWeak, SlottedDict, SubOfSlotted, SubSlots):
    obj = cls()
    print(cls.__name__, extra(cls), extra(obj), missing(obj))
    print('  has', [n for n in ('x', '_Slotted__y', 'z', '__dict__', '__weakref__') if hasattr(cls, n)])
s = Slotted()
s.x = 1
print(dir(s) == dir(Slotted()), s.__getstate__())
s._Slotted__y = 2
print(s.__getstate__())

# Functions and methods.


def func(a, b=1, *, c=2):
    """doc"""
    return a


def no_defaults():
    pass


print(dir(func))
print(extra(func), missing(func))
print(extra(no_defaults) == extra(func))
print(extra(lambda: 0))
print(extra(WithAttrs().method), missing(WithAttrs().method))
print(extra(WithAttrs.klass))
print([n for n in extra(len) + extra([].append) + extra(print) if n != '__text_signature__'])
for name in ('__annotations__', '__builtins__', '__call__', '__closure__', '__code__', '__defaults__',
             '__get__', '__globals__', '__kwdefaults__', '__module__', '__name__', '__qualname__',
             '__dict__', '__self__', '__func__'):
    print(name, hasattr(func, name), hasattr(len, name), hasattr(WithAttrs().method, name),
          hasattr(WithAttrs, name), hasattr(int, name))
print(func.__defaults__, func.__kwdefaults__, no_defaults.__defaults__, no_defaults.__kwdefaults__)
print(type(func.__builtins__).__name__, func.__builtins__['len'] is len)
func.tag = 'tagged'
print('tag' in dir(func), vars(func))

# staticmethod and classmethod objects copy their function's attributes into their __dict__.
sm = staticmethod(func)
cm = classmethod(func)
print(extra(sm))
print(extra(cm))
print(vars(sm) == {'__module__': '__main__', '__name__': 'func', '__qualname__': 'func', '__doc__': 'doc',
                   '__annotations__': {}})
print(sm.__name__, cm.__qualname__, sm.__doc__, cm.__module__, sm.__wrapped__ is func)
sm.label = 1
print(vars(sm)['label'], 'label' in dir(sm))
print(WithAttrs.static(), WithAttrs().klass(), vars(WithAttrs)['static'].__name__)

# Generators.


def gen():
    try:
        yield 1
        yield 2
    finally:
        print('  finally ran')


g = gen()
print(extra(g))
print(next(g))
g.__del__()
print(list(g))
gen().__del__()
print('fresh generator: no finally')

# Exceptions: __notes__ appears once a note is added, as an attribute of the instance.
e = ValueError('m')
print(extra(e))
print('__notes__' in dir(e), hasattr(e, '__notes__'))
e.add_note('first')
e.add_note('second')
print('__notes__' in dir(e), e.__notes__, vars(e), '__notes__' in dir(ValueError))
e2 = KeyError('k')
e2.__notes__ = 'not a list'
try:
    e2.add_note('x')
except TypeError as exc:
    print('TypeError', exc)
e3 = LookupError(2, 'missing')
e3.custom = 1
print(extra(e3))


class MyError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


me = MyError(7)
print(extra(me), vars(me))
print(me.__reduce__())
me2 = MyError(0)
me2.__setstate__({'code': 9, 'more': 'yes'})
print(me2.code, me2.more, me2.__setstate__(None))
try:
    me2.__setstate__([1])
except TypeError as exc:
    print('TypeError', exc)

# dir() without an argument: the names of the current scope, sorted.


def scope(p, q=2):
    local_one = 1
    names = dir()
    return names


print(scope(1))


def nested():
    outer = 1

    def inner():
        return outer
    return dir(), inner


print(nested()[0])


class Body:
    first = 1
    names = dir()


print(Body.names)
print([n for n in dir() if not n.startswith('__')][:8])
print('__name__' in dir(), '__builtins__' in dir(), 'Plain' in dir())

# vars() and __dict__ agree, and dir() lists what they hold.
w = WithAttrs()
print(vars(w), w.__dict__, vars(w) is w.__dict__)
w.__dict__['late'] = 5
print(w.late, 'late' in dir(w))
for obj in (Slotted(), 5, 'x', [1]):
    try:
        vars(obj)
    except TypeError as exc:
        print(type(obj).__name__, 'TypeError', exc)
print(sorted(vars(Plain)), '__dict__' in vars(Plain), '__weakref__' in vars(Plain))
print(sorted(k for k in vars(SlottedWeak)))


class CustomDir:
    def __dir__(self):
        return ['zeta', 'alpha', 'mid']


print(dir(CustomDir()), 'alpha' not in dir(CustomDir))
