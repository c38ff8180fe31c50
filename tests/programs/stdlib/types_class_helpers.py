# types: CellType, resolve_bases, prepare_class, new_class and DynamicClassAttribute.
import types, typing
print(types.CellType.__name__, isinstance((lambda: types).__closure__, type(None)))
def f():
    x = [1]
    return (lambda: x).__closure__[0]
c = f()
print(type(c) is types.CellType, c.cell_contents)
class NotAClass:
    def __mro_entries__(self, bases):
        return (int,)
class Bad:
    def __mro_entries__(self, bases):
        return [int]
T = typing.TypeVar('T')
for bases in [(), (int,), [int, str], (NotAClass(),), (int, NotAClass()), (typing.List[int],), (typing.Generic[T],), (Bad(),)]:
    try:
        r = types.resolve_bases(bases)
        print(repr(bases)[:40] if not isinstance(bases, tuple) or not any(isinstance(b, (NotAClass, Bad)) for b in bases) else len(bases), '->', r, r is bases)
    except TypeError as e:
        print('TypeError', e)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {'prepared': True}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class Other(type): pass
class WithMeta(metaclass=Meta): pass
class WithOther(metaclass=Other): pass
for args in [('A',), ('B', (WithMeta,)), ('C', (), {'metaclass': Meta, 'flag': 1}), ('D', (WithMeta,), {'metaclass': type}), ('E', (WithMeta, WithOther))]:
    try:
        meta, ns, kw = types.prepare_class(*args)
        print(meta.__name__, ns, kw)
    except TypeError as e:
        print('TypeError', e)
K = types.new_class('K', (NotAClass(),), None, lambda ns: ns.update(x=5))
print([c.__name__ for c in K.__mro__], K.x, type(K.__orig_bases__[0]).__name__)
G = types.new_class('G', (typing.Generic[T],))
print(G.__parameters__, G.__orig_bases__, G[int].__args__)
M = types.new_class('M', (), {'metaclass': Meta, 'k': 2}, lambda ns: ns.update(y=1))
print(type(M).__name__, M.prepared, M.y)
class Color:
    def __init__(self): self._n = 'red'
    @types.DynamicClassAttribute
    def name(self):
        "the name"
        return self._n
    @name.setter
    def name(self, v): self._n = v
c = Color()
print(c.name, Color.__dict__['name'].__doc__)
c.name = 'blue'
print(c.name)
try: Color.name
except AttributeError as e: print('AttributeError', repr(e))
try: del c.name
except AttributeError as e: print('AttributeError', e)
d = types.DynamicClassAttribute(doc='given')
print(d.__doc__, d.overwrite_doc)
try: d.__get__(c)
except AttributeError as e: print('AttributeError', e)
try: d.__set__(c, 1)
except AttributeError as e: print('AttributeError', e)
d2 = d.getter(lambda self: 3)
print(d2.__get__(c), d2.__doc__, d2.overwrite_doc)
def g(self):
    "getter doc"
    return 4
e = types.DynamicClassAttribute(g)
e2 = e.getter(lambda s: 5)
print(e.__doc__, e2.__doc__, e2.__get__(c), e.setter(None).__doc__)
class Color:
    @types.DynamicClassAttribute
    def label(self):
        return "instance label"
print(Color().label, "label" in Color.__dict__, hasattr(Color, "label"))
