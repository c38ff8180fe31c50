# Class statements whose keywords unpack mappings (**opts): __init_subclass__ and metaclass
# keywords, order, duplicate and type errors.
class Base:
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, sorted(kw.items()))
opts = {'color': 'red', 'size': 3}
class A(Base, **opts): pass
class B(Base, flavor=1, **opts): pass
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        print('meta new', name, kw)
        return super().__new__(m, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class C(**{'metaclass': Meta, 'x': 1}): pass
print(type(C).__name__)
for bad in (3, [('a', 1)]):
    try:
        class D(**bad): pass
    except TypeError as e:
        print(e)
try:
    class E(Base, color=1, **opts): pass
except TypeError as e:
    print(e)
try:
    class F(**{1: 2}): pass
except TypeError as e:
    print(e)
def gen():
    print('bases evaluated'); return Base
class G(gen(), **{k: v for k, v in [('z', print('kw evaluated') or 0)]}): pass
