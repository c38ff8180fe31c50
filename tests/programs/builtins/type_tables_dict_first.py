# The first look at a builtin type's own names is its __dict__ (and dir() straight after).
d = int.__dict__
print(type(d).__name__, len(d), list(d)[:5])
print(d['__add__'], d['real'], d['numerator'])
print(str.__dict__['join'], list.__dict__['append'], dict.__dict__['fromkeys'])
print(type.__dict__['__doc__'], type.__dict__['__mro__'], type.__dict__['__base__'])
print(sorted(k for k in range.__dict__ if not k.startswith('_')))
print(len(dir(int)), dir(int)[:4], dir(bool)[-3:])
print([k for k in dir(str) if not k.startswith('_')][:8])
print('__doc__' in float.__dict__, float.__dict__['hex'])
print(complex.__dict__['real'], complex.__dict__['imag'])
print(object.__dict__['__init__'], object.__dict__['__class__'])
class Sub(dict):
    pass
print(sorted(Sub.__dict__), Sub.__dict__['__doc__'])
print(Sub.__init__, Sub.fromkeys('ab'))
print(BaseException.__dict__['args'], BaseException.__dict__['with_traceback'])
print(list(OSError.__dict__)[:6])
