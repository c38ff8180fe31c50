# Warning actions over generated sequences of warnings, filter matching rules, hooks and
# catch_warnings' saving and restoring.
import sys
import warnings


def lcg(seed):
    state = seed
    while True:
        state = (state * 1103515245 + 12345) % (2 ** 31)
        yield state >> 8


def emit(kind, text):
    # three distinct call sites, so 'default' and 'module' can differ
    if kind == 0:
        warnings.warn(text, UserWarning)
    elif kind == 1:
        warnings.warn(text, RuntimeWarning)
    else:
        warnings.warn(text, UserWarning)


for action in ('default', 'always', 'once', 'module', 'ignore'):
    gen = lcg(len(action))
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter(action)
        for _ in range(40):
            emit(next(gen) % 3, 'msg%d' % (next(gen) % 3))
    print(action, len(log), [(w.category.__name__, str(w.message), w.lineno) for w in log][:12])

# message and module filters: message regexes match the start, ignoring case
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', message='skip')
    warnings.filterwarnings('error', message='.*fatal', category=RuntimeWarning)
    warnings.filterwarnings('ignore', module='__ma')
    for text in ('keep', 'SKIP this', 'not skip', 'is fatal', 'fatal'):
        for category in (UserWarning, RuntimeWarning):
            try:
                warnings.warn_explicit(text, category, 'other.py', 3, module='othermod')
            except Warning as e:
                print('raised', type(e).__name__, e)
    warnings.warn('from main is ignored by module prefix')
    print([str(w.message) + '/' + w.category.__name__ for w in log])
    print([(f[0], f[1].pattern if f[1] else None, f[2].__name__, f[3].pattern if f[3] else None)
           for f in warnings.filters[:3]])

# filter list bookkeeping: duplicates move to the front, append keeps them unique
with warnings.catch_warnings():
    warnings.resetwarnings()
    for action in ('ignore', 'error', 'ignore', 'always'):
        warnings.simplefilter(action)
    warnings.simplefilter('error', append=True)
    warnings.simplefilter('once', category=DeprecationWarning, lineno=5, append=True)
    print([(a, c.__name__, n) for a, _, c, _, n in warnings.filters])

# invalid arguments
for call in (lambda: warnings.filterwarnings('bogus'), lambda: warnings.simplefilter('nope'),
             lambda: warnings.filterwarnings('ignore', lineno=-1),
             lambda: warnings.filterwarnings('ignore', category=int),
             lambda: warnings.filterwarnings('ignore', message=5),
             lambda: warnings.warn('x', category=str), lambda: warnings.warn('x', 5)):
    try:
        call()
        print('accepted')
    except Exception as e:
        print(type(e).__name__, e)

# catch_warnings restores the very list object and the hooks
before = warnings.filters
hook = warnings.showwarning
cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
with cw:
    print(warnings.filters is before, warnings.filters == before)
    warnings.simplefilter('ignore')
    try:
        with cw:
            pass
    except RuntimeError as e:
        print('RuntimeError', e)
print(warnings.filters is before, warnings.showwarning is hook)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print('RuntimeError', e)
with warnings.catch_warnings(action='error', category=UserWarning):
    try:
        warnings.warn('boom')
    except UserWarning as e:
        print('action= raised', e)

# replaced hooks
shown = []


def my_show(message, category, filename, lineno, file=None, line=None):
    shown.append((str(message), category.__name__, lineno > 0))


def my_format(message, category, filename, lineno, line=None):
    return f'[{category.__name__}] {message}\n'


with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.showwarning = my_show
    warnings.warn('via hook')
    warnings.warn(DeprecationWarning('instance'))
print(shown)
with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.formatwarning = my_format
    sys.stdout.flush()
    warnings.showwarning('explicit', UserWarning, 'f.py', 1, sys.stdout)
    warnings.formatwarning = warnings._formatwarning_orig if hasattr(warnings, '_formatwarning_orig') else warnings.formatwarning
print(warnings.formatwarning('m', UserWarning, 'nowhere.py', 3), end='')
print(warnings.formatwarning('m', UserWarning, 'nowhere.py', 3, '   code here   '), end='')
msg = warnings.WarningMessage('text', UserWarning, 'f.py', 9)
print(str(msg))
with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.showwarning = 5
    try:
        warnings.warn('hook not callable')
    except TypeError as e:
        print('TypeError', e)
with warnings.catch_warnings():
    warnings.filters[:] = [('strange', None, Warning, None, 0)]
    try:
        warnings.warn('x')
    except RuntimeError as e:
        print('RuntimeError', str(e).splitlines()[0])
print('done')
