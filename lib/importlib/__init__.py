"""Importing by name at run time, over the modules this program was compiled with.

A compiled program carries the modules its source imports: a name given as a string literal
(`import_module('json')`) is carried too; a name computed at run time must be one of those.
"""

import sys

__all__ = ['import_module', 'invalidate_caches', 'reload']


def _absolute_name(name, package):
    """The absolute module name `name` means, relative to `package` when it starts with dots."""
    if not name.startswith('.'):
        return name
    if not package:
        raise TypeError(f"the 'package' argument is required to perform a relative import for {name!r}")
    dots = len(name) - len(name.lstrip('.'))
    parts = package.split('.')
    if dots > len(parts):
        raise ImportError('attempted relative import beyond top-level package')
    base = '.'.join(parts[:len(parts) - dots + 1])
    rest = name[dots:]
    return f'{base}.{rest}' if rest else base


def import_module(name, package=None):
    """Import the module `name` (absolute, or relative to `package`) and return it."""
    target = _absolute_name(name, package)
    __import__(target)
    return sys.modules[target]


def invalidate_caches():
    """Nothing to forget: the modules a program can import are fixed when it is compiled."""


def reload(module):
    """Running a module's code again needs its source, which a compiled program does not keep."""
    name = getattr(module, '__name__', None)
    if name is None or sys.modules.get(name) is not module:
        raise TypeError('reload() argument must be a module')
    raise NotImplementedError(f'reload({name!r}): a compiled program cannot run a module again')
