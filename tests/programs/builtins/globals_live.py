# globals() and f.__globals__ are the module's live namespace: one dict, later assignments seen.
import textwrap
g = globals()
x = 1
print(g['x'], 'x' in g, g.get('x'), g is globals())
x = 2
print(g['x'], g.get('nope', 'dflt'))
g['made'] = 10
print(made, made + 1)
def reads_late(): return late
g['late'] = 'late value'
print(reads_late())
del g['made']
try: print(made)
except NameError as e: print('NameError', e)
for i, name in enumerate(['RED', 'GREEN']):
    globals()[name] = i
print(RED, GREEN)
globals().update(W=5, V=6)
print(W, V, globals().setdefault('x', 3), globals().pop('W'), 'W' in globals())
def f(): pass
print(f.__globals__ is g, f.__globals__['x'], f.__globals__['__name__'], (lambda: 0).__globals__ is g)
print(sorted(k for k in g if not k.startswith('_')))
tg = textwrap.dedent.__globals__
print(tg is vars(textwrap), tg is textwrap.__dict__, tg['__name__'], tg['dedent'] is textwrap.dedent)
print(len.__class__.__name__, hasattr(len, '__globals__'))
try: print(never_bound)
except NameError as e: print('NameError', e)
