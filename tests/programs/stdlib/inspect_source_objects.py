import inspect, sys, functools
# a comment
# over two lines
def plain(a, b=1):
    # inside
    return a + b  # trailing

def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper

@deco
def decorated(x):
    return x * 2

def outer():
    def inner(y):
        return y
    return inner

lam = lambda q: q + 1
def one(): return 1

class Base:
    """doc"""
    x = 1
    def method(self):
        return self.x
    @staticmethod
    def st(): pass
    @classmethod
    def cm(cls): pass
    @property
    def pr(self): return 1
    class Inner:
        def deep(self):
            pass

@functools.total_ordering
class Decorated:
    def __lt__(self, o): return False
    def __eq__(self, o): return True

async def coro():
    await something()

def maker():
    class Local:
        pass
    return Local

for obj in (plain, decorated, outer(), lam, one, Base, Base.method, Base().method, Base.st,
            Base.cm, Base.Inner, Base.Inner.deep, Decorated, coro, maker()):
    print('=====', getattr(obj, '__qualname__', obj))
    try:
        print(inspect.getsource(obj), end='')
        lines, start = inspect.getsourcelines(obj)
        print('start', start, len(lines))
        print('comments', repr(inspect.getcomments(obj)))
    except Exception as e:
        print(type(e).__name__, e)

print(inspect.getsourcefile(plain) == __file__, inspect.getfile(Base) == __file__)
print(inspect.getabsfile(plain) == __file__)
for bad in (len, sys, 3, int, [].append):
    for fn in (inspect.getsource, inspect.getsourcefile, inspect.getfile, inspect.getcomments):
        try:
            print(fn.__name__, fn(bad))
        except Exception as e:
            print(fn.__name__, type(e).__name__, e)
ns = {}
exec("def made():\n    return 1\nclass K: pass\n", ns)
for obj in (ns['made'], ns['K']):
    for fn in (inspect.getsource, inspect.getsourcefile, inspect.getfile, inspect.getcomments):
        try:
            print(fn.__name__, fn(obj))
        except Exception as e:
            print(fn.__name__, type(e).__name__, e)
import linecache
src = "def gen_fn(a):\n    return a\n"
linecache.cache['<gen>'] = (len(src), None, src.splitlines(True), '<gen>')
exec(compile(src, '<gen>', 'exec'), ns)
print(inspect.getsource(ns['gen_fn']), end='')

def who():
    st = inspect.stack()
    return [(f.function, f.lineno, f.code_context, f.index) for f in st[:3]]
def caller():
    return who()
for rec in caller():
    print(rec)
info = inspect.getframeinfo(inspect.currentframe())
print(info.function, info.lineno, info.code_context, info.index, info[:3] == (info.filename, info.lineno, info.function))
print(inspect.Traceback._fields, inspect.FrameInfo._fields)
try:
    1 / 0
except ZeroDivisionError:
    print([(f.function, f.lineno, f.code_context) for f in inspect.trace()])
print(inspect.getblock(["def f(x):\n", "    return x\n", "y = 1\n"]))
print(inspect.getblock(["lambda: (1,\n", "  2)\n", "z\n"]))
print(inspect.getblock(["@d\n", "@e(1,\n", "  2)\n", "class C:\n", "  a = 1\n", "  # c\n", "b\n"]))
print([a[:3] for a in inspect.classify_class_attrs(Base) if not a.name.startswith('__')])
