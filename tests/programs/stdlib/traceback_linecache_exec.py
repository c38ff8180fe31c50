# Tracebacks show source lines that linecache.cache holds for code exec'd from a string.
import linecache
import sys
import os
import traceback


def register(name, source):
    linecache.cache[name] = (len(source), None, source.splitlines(True), name)


sources = {
    '<gen-a>': 'def boom(x):\n    return x / 0\n',
    '<gen-b>': 'def first(x):\n    return second(x)\n\ndef second(x):\n    raise KeyError(x)\n',
    '<gen-c>': 'def missing():\n    return undefined_name\n',
}
for name, source in sources.items():
    register(name, source)

ns = {}
for name, source in sources.items():
    exec(compile(source, name, 'exec'), ns)
exec(compile('def unregistered():\n    return 1 / 0\n', '<nowhere>', 'exec'), ns)

for fn, args in ((ns['boom'], (3,)), (ns['first'], ('k',)), (ns['missing'], ()),
                 (ns['unregistered'], ())):
    try:
        fn(*args)
    except Exception as e:
        entries = traceback.format_tb(e.__traceback__)[1:]
        for entry in entries:
            for line in entry.splitlines():
                if '^' not in line and '~' not in line:
                    print(repr(line))
        print(traceback.format_exc().splitlines()[-1])
        print([(f.name, f.lineno, f.line) for f in traceback.extract_tb(e.__traceback__)[1:]])

# replacing the entry changes what is shown
register('<gen-a>', '# first line\n    return "replaced line"\n')
try:
    ns['boom'](1)
except ZeroDivisionError:
    text = traceback.format_exc()
    print([line for line in text.splitlines() if 'replaced' in line or 'gen-a' in line])

try:
    ns['first']('z')
except KeyError:
    for line in traceback.format_exc().splitlines():
        # the caret lines under exec'd code are left out of the comparison
        if set(line.strip()) - set('^~'):
            # this file's own frame is named by its path: keep the name only
            print(line.replace(__file__, os.path.basename(__file__)))
