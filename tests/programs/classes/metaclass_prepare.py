# A metaclass's __prepare__ gives the namespace mapping: its entries, its __setitem__, its type.
from collections import OrderedDict
class Meta2(type):
    def __prepare__(name, bases): return {'injected': 1}
    @property
    def desc(cls): return 'meta prop ' + cls.__name__
class C(metaclass=Meta2):
    x = 1
print(C.injected, C.desc, C.x)
class Recording(dict):
    def __init__(self): super().__init__(); self.order = []
    def __setitem__(self, k, v):
        if not k.startswith('__'): self.order.append(k)
        super().__setitem__(k, v)
class OrderMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print('prepare', mcs.__name__, name, bases, kw)
        return Recording()
    def __new__(mcs, name, bases, ns, **kw):
        print('new got', type(ns).__name__, ns.order)
        cls = super().__new__(mcs, name, bases, dict(ns))
        cls.order = ns.order
        return cls
    def __init__(cls, name, bases, ns, **kw): super().__init__(name, bases, ns)
class Form(metaclass=OrderMeta, flag=True):
    zeta = 1
    alpha = 2
    def method(self): pass
print(Form.order, Form.zeta)
class OD(type):
    @classmethod
    def __prepare__(mcs, name, bases): return OrderedDict()
class P(metaclass=OD):
    b = 1
    a = 2
print([k for k in P.__dict__ if not k.startswith('__')])
class BadMeta(type):
    @staticmethod
    def __prepare__(name, bases): return 5
try:
    class Q(metaclass=BadMeta): pass
except TypeError as e: print('TypeError', e)
