# Which module a warning belongs to: the __name__ of the globals of the frame that stacklevel
# picks (functions of the main script are __main__, package modules their dotted names), as the
# default filters, module= patterns, the per-module registries and record=True see it.
import os
import sys
import warnings

import warnpkg
import warnpkg.mod as mod
from warnpkg.sub import deep


def where(w):
    """Category, message and the last two parts of the file name of a recorded warning."""
    parts = w.filename.replace('\\', '/').split('/')
    return f'{w.category.__name__}:{w.message}@{"/".join(parts[-2:])}:{w.lineno}'


def record(fn, *filters):
    """Run fn under catch_warnings(record=True) after the given filters; the warnings it left."""
    with warnings.catch_warnings(record=True) as log:
        for f in filters:
            f()
        try:
            result = fn()
        except Warning as e:
            result = f'raised {type(e).__name__}: {e}'
        except Exception as e:
            result = f'{type(e).__name__}: {e}'
    return result, [where(w) for w in log]


def shown(fn, *filters):
    result, log = record(fn, *filters)
    print(' ', result, log)


# --- the default filters: DeprecationWarning shown only when blamed on __main__
print('default filters')


def dep_in_main():
    warnings.warn('dep from a main function', DeprecationWarning)
    return 'ok'


class InMain:
    def method(self):
        warnings.warn('dep from a main method', DeprecationWarning)
        return 'ok'


shown(dep_in_main)
shown(InMain().method)
shown(lambda: [warnings.warn('dep from a comprehension', DeprecationWarning) for _ in range(1)] and 'ok')
shown(lambda: mod.noisy('dep in warnpkg.mod', DeprecationWarning))
shown(lambda: deep.deep_warn('dep in deep', DeprecationWarning))
shown(lambda: deep.deep_warn('dep blamed on main', DeprecationWarning, 2))
shown(lambda: mod.Legacy().method())
shown(lambda: mod.call(mod.Legacy().method))
shown(lambda: warnpkg.from_init('pending', PendingDeprecationWarning))
shown(lambda: mod.noisy('user warning in mod'))

# --- stacklevel 1 to 3 (and out of range), from functions of several modules
print('stacklevel')


def inner(level):
    return mod.relay(f'level {level}', level)


def outer(level):
    return inner(level)


for level in (-1, 0, 1, 2, 3, 4):
    shown(lambda: outer(level))
for level in (1, 2, 3):
    shown(lambda: mod.call(deep.deep_warn, f'deep level {level}', UserWarning, level))
shown(lambda: deep.deep_warn('far away', UserWarning, 500))
shown(lambda: deep.deep_warn('bad level', UserWarning, 1.5))

# --- module= patterns are regular expressions matched at the start of the module name
print('module patterns')
patterns = [r'warnpkg\.mod', r'warnpkg', r'warnpkg\.sub', r'warnpkg\.sub\.deep$', r'mod', r'__main__',
            r'.*deep', r'deep', r'warnpkg\.mod$', r'WARNPKG', r'sys']
sources = [
    ('mod', lambda: mod.noisy('from mod')),
    ('deep', lambda: deep.deep_warn('from deep')),
    ('init', lambda: warnpkg.from_init('from init')),
    ('main', lambda: warnings.warn('from main')),
    ('relay2', lambda: mod.relay('relayed to main', 2)),
    ('deep2', lambda: mod.call(deep.deep_warn, 'deep blames mod', UserWarning, 2)),
    ('far', lambda: mod.relay('too far', 99)),
]
for pattern in patterns:
    row = []
    for name, fn in sources:
        result, log = record(fn, lambda: warnings.filterwarnings('error', module=pattern))
        row.append(f'{name}={"E" if result and str(result).startswith("raised") else "-"}{len(log)}')
    print(f'  {pattern:22}', ' '.join(row))

# ignore for one module only, others still shown
shown(lambda: [mod.noisy('m'), deep.deep_warn('d'), warnings.warn('w')] and 'three',
      lambda: warnings.filterwarnings('ignore', module=r'warnpkg\.sub'))
shown(lambda: [mod.noisy('m'), deep.deep_warn('d'), warnings.warn('w')] and 'three',
      lambda: warnings.filterwarnings('ignore', category=UserWarning, module='__main__'))
# message and lineno together with module
shown(lambda: [mod.noisy('Alpha one'), mod.noisy('beta two'), deep.deep_warn('alpha deep')] and 'msg',
      lambda: warnings.filterwarnings('error', message='alpha', module='warnpkg.sub'))
shown(lambda: [mod.noisy('Alpha one'), deep.deep_warn('alpha deep')] and 'msg',
      lambda: warnings.filterwarnings('ignore', message='ALPHA'))

# --- the registries of the actions, per module
print('registries')


def storm():
    mod.twice('twice')
    mod.twice('twice')
    mod.other_line('twice')
    mod.noisy('twice')
    deep.deep_warn('twice')
    deep.deep_warn('twice')
    warnpkg.from_init('twice')
    for _ in range(2):
        warnings.warn('twice')
    return 'storm'


for action in ('default', 'module', 'once', 'always', 'ignore', 'error'):
    result, log = record(storm, lambda: warnings.simplefilter(action))
    print(f'  {action:8} {result} {len(log)}', log)
# the same filter kept across two runs: what was shown is remembered in each module's registry
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('default')
    storm()
    first = len(log)
    storm()
    second = len(log) - first
    print('  default twice:', first, second)
    print('  registries:', [hasattr(m, '__warningregistry__') for m in (mod, deep, warnpkg, sys.modules[__name__])])
    keys = sorted((k[0], k[1].__name__, k[2]) for k in mod.__warningregistry__ if k != 'version')
    print('  mod registry:', keys)
    keys = sorted((k[0], k[1].__name__, k[2]) for k in deep.__warningregistry__ if k != 'version')
    print('  deep registry:', keys)
    # a filter change empties the registries: shown again
    warnings.simplefilter('default')
    storm()
    print('  after a filter change:', len(log) - first - second)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('module')
    storm()
    n = len(log)
    mod.__warningregistry__.clear()
    storm()
    print('  module, mod registry cleared:', n, len(log) - n)

# --- warn_explicit: the module comes from the argument, else from the file name
print('warn_explicit')
shown(lambda: deep.explicit('explicit a', 7), lambda: warnings.filterwarnings('error', module='deep_fake'))
shown(lambda: deep.explicit('explicit b', 7, 'named.mod'), lambda: warnings.filterwarnings('error', module='deep_fake'))
shown(lambda: deep.explicit('explicit c', 7, 'named.mod'), lambda: warnings.filterwarnings('error', module=r'named\.'))
shared = {}
shown(lambda: [deep.explicit('explicit d', 8, 'x', shared) for _ in range(3)] and 'three calls',
      lambda: warnings.simplefilter('default'))
print('  shared registry:', sorted((k[0], k[2]) for k in shared if k != 'version'))
shown(lambda: [deep.explicit('explicit e', n, 'x', shared) for n in (1, 2, 1)] and 'module action',
      lambda: warnings.simplefilter('module'))
shown(lambda: [deep.explicit('explicit f', 3, 'x', {}) for _ in range(3)] and 'fresh registries',
      lambda: warnings.simplefilter('default'))
shown(lambda: deep.explicit('explicit none', 4, None), lambda: warnings.simplefilter('always'))
for bad_line in ('4', 4.0, None):
    shown(lambda: deep.explicit('explicit bad line', bad_line), lambda: warnings.simplefilter('always'))
shown(lambda: deep.explicit('explicit bool line', True), lambda: warnings.simplefilter('always'))
shown(lambda: deep.explicit('explicit bad registry', 4, 'x', []), lambda: warnings.simplefilter('always'))


def registry_keys(registry):
    return sorted((k[0], len(k)) for k in registry if k != 'version')


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('once')
    for n in range(3):
        deep.explicit('once without registry', 10 + n)
        deep.explicit('once, registry None', 10 + n, 'x', None)
        deep.explicit('once with a registry', 10 + n, 'x', shared)
    storm()
    print('  once:', len(log), registry_keys(warnings.onceregistry), registry_keys(shared))
    print('  once in mod:', registry_keys(mod.__warningregistry__))
    warnings.simplefilter('ignore')
    mod.noisy('ignored one')
    print('  ignore leaves no key:', registry_keys(mod.__warningregistry__))
shown(lambda: deep.explicit('explicit g', 4, 'x'), lambda: warnings.filterwarnings('error', lineno=4))
shown(lambda: deep.explicit('explicit h', 5, 'x'), lambda: warnings.filterwarnings('error', lineno=4))

# --- catch_warnings(record=True) nests and restores
print('nesting')
with warnings.catch_warnings(record=True) as outer_log:
    warnings.simplefilter('always')
    mod.noisy('outer 1')
    with warnings.catch_warnings(record=True) as inner_log:
        warnings.simplefilter('ignore', category=UserWarning)
        mod.noisy('inner ignored')
        deep.deep_warn('inner dep', DeprecationWarning)
    with warnings.catch_warnings():
        warnings.filterwarnings('error', module='warnpkg')
        try:
            deep.deep_warn('inner error')
        except UserWarning as e:
            print('  caught', e)
    mod.noisy('outer 2')
print('  outer:', [where(w) for w in outer_log])
print('  inner:', [where(w) for w in inner_log])
print('  filters restored:', len(warnings.filters) >= 5, warnings.filters[0][3])
print('  main registry:', '__warningregistry__' in globals())
print('  basename of main:', os.path.basename(__file__))
