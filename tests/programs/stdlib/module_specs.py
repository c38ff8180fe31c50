# __spec__ and __loader__ of imported modules: compiled library modules and packages, the
# program's own package and its submodules, built-in modules, and __main__ (None when run as a
# script). Paths are shown relative to the module's own file, never absolutely.
import collections
import itertools
import json
import json.decoder
import os
import sys
import time

import warnpkg
import warnpkg.mod
import warnpkg.sub.deep
import __main__


def origin_kind(spec, module):
    if spec.origin == 'built-in':
        return 'built-in'
    if spec.origin == getattr(module, '__file__', None):
        return 'its __file__'
    return 'other'


def describe(module):
    spec = module.__spec__
    if spec is None:
        return f'{module.__name__}: no spec, loader {type(module.__loader__).__name__}'
    locations = spec.submodule_search_locations
    if locations is not None:
        locations = 'its __path__' if locations == module.__path__ else 'other'
    return (f'{module.__name__}: name={spec.name!r} parent={spec.parent!r} origin={origin_kind(spec, module)} '
            f'locations={locations} has_location={spec.has_location} '
            f'loader_is_module_loader={spec.loader is module.__loader__} loader_none={spec.loader is None} '
            f'package={module.__package__!r} parent_is_package={spec.parent == module.__package__}')


for module in (sys, time, itertools, json, json.decoder, collections, warnpkg, warnpkg.mod,
               warnpkg.sub, warnpkg.sub.deep, __main__):
    print(describe(module))

print('main spec', __spec__ is None, sys.modules['__main__'].__spec__ is None)
spec = json.decoder.__spec__
print('type', type(spec).__name__, type(spec).__module__)
print('loader', type(spec.loader).__name__, spec.loader.name, spec.loader.path == json.decoder.__file__)
print('is_package', json.__loader__.is_package('json'), json.decoder.__loader__.is_package('json.decoder'),
      warnpkg.__loader__.is_package('warnpkg'), warnpkg.mod.__loader__.is_package('warnpkg.mod'))
print('get_filename', warnpkg.mod.__loader__.get_filename('warnpkg.mod') == warnpkg.mod.__file__)
print('builtin repr', repr(sys.__spec__))
print('builtin loader', sys.__loader__, sys.__spec__.loader is time.__spec__.loader)
print('cached', sys.__spec__.cached, sys.__spec__.loader_state, sys.__spec__.has_location)
print('equal', sys.__spec__ == sys.__spec__, json.__spec__ == json.decoder.__spec__, sys.__spec__ != time.__spec__)
print('repr starts', repr(warnpkg.mod.__spec__).startswith("ModuleSpec(name='warnpkg.mod', loader=<"))
print('repr of a package names its locations', 'submodule_search_locations=' in repr(warnpkg.__spec__),
      'submodule_search_locations=' in repr(warnpkg.mod.__spec__))
print('parent folder', os.path.basename(warnpkg.__spec__.submodule_search_locations[0]),
      os.path.basename(os.path.dirname(warnpkg.sub.deep.__spec__.origin)))

# a module made at run time has none; specs are writable like any attribute
made = type(sys)('made')
print('made', made.__spec__, made.__loader__)
warnpkg.sub.__spec__.loader_state = {'k': 1}
print('written', warnpkg.sub.__spec__.loader_state)
saved = warnpkg.mod.__spec__
warnpkg.mod.__spec__ = None
print('replaced', warnpkg.mod.__spec__)
warnpkg.mod.__spec__ = saved
print('restored', warnpkg.mod.__spec__.name)
print('in vars', [k for k in vars(json) if k in ('__loader__', '__spec__')])
names = [name for name, module in sorted(sys.modules.items()) if name.startswith('warnpkg')]
print('specs of sys.modules', [(n, sys.modules[n].__spec__.name == n) for n in names])
