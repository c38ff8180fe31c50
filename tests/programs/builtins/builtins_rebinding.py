# Assigning the builtins module's attributes changes what the names mean everywhere.
import builtins as bi
import sys
captured = []
real_print = print
def fake_print(*args, sep=' ', end='\n', file=None):
    captured.append(sep.join(map(str, args)))
bi.print = fake_print
print('one', 2)
print(*'abc', sep='-')
bi.print = real_print
print('captured', captured)
answers = iter(['alice', '42'])
bi.input = lambda prompt='': next(answers)
name = input('name? '); age = int(input())
print(name, age)
setattr(bi, 'len', lambda x: -1)
print(len('abc'), bi.len('x'))
del bi.len
try: len('abc')
except NameError as e: print('NameError', e)
bi.len = lambda x: 'back'
print(len([]))
bi.answer = 42
print(answer, getattr(bi, 'answer'), 'answer' in dir(bi))
def helper(): return sorted([3, 1, 2])
print(helper())
bi.sorted = lambda xs: 'patched'
print(helper())
del bi.answer
try: print(answer)
except NameError as e: print('NameError', e)
try: del bi.answer
except AttributeError as e: print('AttributeError', e)
p = print
bi.print = lambda *a: sys.stdout.write('P:' + ' '.join(map(str, a)) + '\n')
print('via patched'); p('via saved')
class Abs:
    def __abs__(self): return 'abs!'
abs = lambda x: 'module abs'
print(abs(1))
del abs
bi.abs = lambda x: 'patched abs'
print(abs(Abs()))
