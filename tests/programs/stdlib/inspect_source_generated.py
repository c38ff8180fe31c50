# getsource/getsourcelines/getcomments on generated modules registered in linecache.cache,
# with functions, classes, decorators, lambdas, one-liners, comments and nested blocks.
import inspect
import linecache
import sys
import types

state = 12345


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % (2 ** 31)
    return state % n


def body_lines(indent, depth):
    pad = ' ' * indent
    out = []
    for _ in range(1 + rand(3)):
        kind = rand(6)
        if kind == 0 and depth < 2:
            out.append(pad + 'if x:\n')
            out.extend(body_lines(indent + 4, depth + 1))
            out.append(pad + 'else:\n')
            out.extend(body_lines(indent + 4, depth + 1))
        elif kind == 1:
            out.append(pad + '# note %d\n' % rand(100))
            out.append(pad + 'x = (1,\n' + pad + '     2)\n')
        elif kind == 2:
            out.append('\n')
            out.append(pad + 'y = """text\nmore\n"""\n')
        elif kind == 3 and depth < 2:
            out.append(pad + 'for i in range(3):\n')
            out.extend(body_lines(indent + 4, depth + 1))
        else:
            out.append(pad + 'x = %d  # tail\n' % rand(50))
    return out


def definition(name, indent):
    pad = ' ' * indent
    out = []
    if rand(3) == 0:
        out.append(pad + '# comment for %s\n' % name)
        if rand(2):
            out.append(pad + '# second line\n')
    for _ in range(rand(3)):
        out.append(pad + ('@deco\n' if rand(2) else '@deco_with(1,\n' + pad + '           2)\n'))
    style = rand(5)
    if style == 0:
        out.append(pad + 'def %s(x=1): return x\n' % name)
    elif style == 1:
        out.append(pad + 'async def %s(x=1):\n' % name)
        out.extend(body_lines(indent + 4, 0))
    elif style == 2:
        out.append(pad + 'class %s:\n' % name)
        out.append(pad + '    """doc"""\n')
        out.append(pad + '    def method(self, x=1):\n')
        out.extend(body_lines(indent + 8, 0))
    else:
        out.append(pad + 'def %s(x=1,\n' % name)
        out.append(pad + '        y=2):\n')
        out.extend(body_lines(indent + 4, 0))
        out.append(pad + '    # trailing body comment\n')
    return out


prelude = 'def deco(f): return f\ndef deco_with(*a):\n    return deco\n'
for module_number in range(12):
    lines = [prelude]
    names = []
    for k in range(4):
        name = 'obj%d_%d' % (module_number, k)
        names.append(name)
        lines.extend(definition(name, 0))
        lines.append('\n' * rand(2))
    source = ''.join(lines)
    filename = '<generated %d>' % module_number
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    if module_number % 2:
        # a module object that claims the generated file, so classes can be found too
        module = types.ModuleType('generated_%d' % module_number)
        module.__file__ = filename
        sys.modules[module.__name__] = module
        ns = module.__dict__
    else:
        ns = {}
    exec(compile(source, filename, 'exec'), ns)
    for name in names:
        obj = ns[name]
        print('---', filename, name)
        try:
            text, start = inspect.getsourcelines(obj)
            print('start', start)
            print(''.join(text), end='')
            print('comments:', repr(inspect.getcomments(obj)))
            if inspect.isclass(obj):
                print(inspect.getsource(obj.method), end='')
        except Exception as e:
            print(type(e).__name__, e)

# exec'd source without a linecache entry: no source to find
ns = {}
exec('def hidden():\n    pass\nclass Hidden: pass\n', ns)
for obj in (ns['hidden'], ns['Hidden']):
    for fn in (inspect.getsource, inspect.getsourcelines, inspect.findsource, inspect.getsourcefile,
               inspect.getcomments):
        try:
            print(fn.__name__, fn(obj))
        except Exception as e:
            print(fn.__name__, type(e).__name__, e)

# getblock on hand-written line lists
samples = [
    ['def f():\n', '    return 1\n', 'x = 2\n'],
    ['def f(): return 1\n', 'def g(): pass\n'],
    ['class C:\n', '    a = 1\n', '\n', '    b = 2\n', 'c = 3\n'],
    ['f = lambda: 1\n', 'g = 2\n'],
    ['@d\n', 'def f():\n', '    pass\n', '    # inside\n', '# outside\n', 'x\n'],
    ['def f():\n', '    if x:\n', '        pass\n', '    return\n', 'after\n'],
]
for sample in samples:
    print(inspect.getblock(sample))
