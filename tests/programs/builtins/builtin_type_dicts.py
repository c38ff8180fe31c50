# The own namespaces (vars / __dict__) of the builtin types: names, order, values' kinds.
import re

def shown(v):
    return re.sub(r' at 0x[0-9a-f]+', '', repr(v))

TYPES = [int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset,
         range, slice, memoryview, object, type, type(None), type(lambda: 0), property,
         classmethod, staticmethod, super, zip, map, filter, enumerate, reversed,
         BaseException, Exception, ValueError, KeyError, OSError, StopIteration]

for t in TYPES:
    d = vars(t)
    print(t.__name__, list(d))
    print(t.__name__, 'same proxy view', list(d) == list(t.__dict__), type(d).__name__)
    print(t.__name__, 'dir', dir(t))

for t in TYPES:
    d = t.__dict__
    for name in d:
        v = d[name]
        if name == '__doc__':
            print(t.__name__, name, type(v).__name__)
            continue
        print(t.__name__, name, type(v).__name__, shown(v) if callable(v) or type(v).__name__.endswith('descriptor') else '')

checks = [('__add__', int), ('__add__', bool), ('__and__', bool), ('upper', str), ('append', tuple),
          ('count', tuple), ('__lt__', range), ('__getattribute__', int), ('__sizeof__', bytes),
          ('__reduce__', slice), ('hex', int), ('hex', float), ('__dict__', object), ('__dict__', type),
          ('__basicsize__', type), ('__str__', int), ('__str__', float), ('__str__', str)]
for name, t in checks:
    print(name, 'in vars(%s)' % t.__name__, name in vars(t))

# The values are the objects attribute access gives.
for t in [str, list, dict, int, range, type]:
    for name in sorted(vars(t)):
        if name.startswith('__') and name not in ('__lt__', '__add__', '__len__', '__sizeof__', '__getattribute__', '__init__'):
            continue
        v = vars(t)[name]
        print(t.__name__, name, v is t.__dict__[name], v == getattr(t, name) or type(v).__name__)

class Sub(list):
    pass
print(sorted(vars(Sub)))
print('append' in vars(Sub), 'append' in dir(Sub))
for t in [type, object]:
    for n in ['__basicsize__', '__itemsize__', '__dictoffset__', '__weakrefoffset__', '__flags__']:
        print(t.__name__, n, type(getattr(t, n)).__name__)
print(bool(int.__flags__ & (1 << 24)), bool(list.__flags__ & (1 << 25)), bool(str.__flags__ & (1 << 28)))
print(bool(bool.__flags__ & (1 << 24)), bool(float.__flags__ & (1 << 24)), bool(dict.__flags__ & (1 << 29)))
print(bool(ValueError.__flags__ & (1 << 30)), bool(type.__flags__ & (1 << 31)))
for e in ['type.__annotations__', 'object.__dict__["__dict__"]', 'vars(int)["hex"]']:
    try:
        print(e, shown(eval(e)))
    except Exception as ex:
        print(e, type(ex).__name__, ex)
