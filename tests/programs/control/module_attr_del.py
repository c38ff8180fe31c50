# `del m.x`, `delattr(m, 'x')` and deletion through the module's namespace dict, from outside the
# module's code: its functions then find the global unbound (NameError), and a later `m.x = v`
# rebinds what they read.
import sys

me = sys.modules[__name__]


def read_late():
    return late


def read_cond():
    return cond


def read_early():
    return early


def bind_late(v):
    global late
    late = v


late = 1
if len(sys.argv) >= 1:
    cond = 'c'

print(read_late(), read_cond())
me.late = 2
print(read_late(), me.late)
del me.late
try:
    read_late()
except NameError as e:
    print('NameError:', e)
print(hasattr(me, 'late'), 'late' in vars(me), 'late' in dir(me), getattr(me, 'late', 'missing'))
try:
    me.late
except AttributeError as e:
    print('AttributeError:', e)
try:
    del me.late
except AttributeError as e:
    print('AttributeError:', e)
me.late = 3
print(read_late(), me.late, vars(me)['late'])
setattr(me, 'late', 4)
print(read_late(), late)
delattr(me, 'late')
bind_late(5)
print(read_late(), me.late)

delattr(me, 'cond')
try:
    read_cond()
except NameError as e:
    print('NameError:', e)
vars(me)['cond'] = 'again'
print(read_cond())
del vars(me)['cond']
try:
    read_cond()
except NameError as e:
    print('NameError:', e)
globals()['cond'] = 'via globals'
print(read_cond())
del globals()['cond']
print('cond' in globals(), read_late())
me.__dict__['cond'] = 'via __dict__'
print(read_cond())

early = 'e'
print(read_early())
me.early = 'E'
print(read_early())
del me.early
me.early = 'back'
print(read_early(), me.early)
