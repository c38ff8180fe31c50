"""ImportError and ModuleNotFoundError messages: submodules of plain modules, missing names."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def show(label, e):
    text = str(e).replace(HERE, '<dir>')
    path = getattr(e, 'path', None)
    if isinstance(path, str):
        path = path.replace(HERE, '<dir>')
    print(label, '->', type(e).__name__, '|', text, '| name:', e.name, '| path:', path)


# Each import is its own statement: the compiler sees them all, the runtime raises.
try:
    import os.nothing
except ImportError as e:
    show('import os.nothing', e)
try:
    from os.x import y
except ImportError as e:
    show('from os.x import y', e)
try:
    import os.path.deeper
except ImportError as e:
    show('import os.path.deeper', e)
try:
    import json.nothing
except ImportError as e:
    show('import json.nothing', e)
try:
    import json.decoder.nothing
except ImportError as e:
    show('import json.decoder.nothing', e)
try:
    import math.floor
except ImportError as e:
    show('import math.floor', e)
try:
    import sys.x
except ImportError as e:
    show('import sys.x', e)
try:
    from collections.abc.inner import thing
except ImportError as e:
    show('from collections.abc.inner import thing', e)
try:
    import no_such_module_here
except ImportError as e:
    show('import no_such_module_here', e)
try:
    import no_such_package.child
except ImportError as e:
    show('import no_such_package.child', e)

# Modules of the program's own folder: the message names the module's file.
try:
    from warnpkg import nothing_there
except ImportError as e:
    show('from warnpkg import nothing_there', e)
try:
    from warnpkg.mod import missing_name
except ImportError as e:
    show('from warnpkg.mod import missing_name', e)
try:
    import warnpkg.mod.child
except ImportError as e:
    show('import warnpkg.mod.child', e)
try:
    from warnpkg.mod.child import z
except ImportError as e:
    show('from warnpkg.mod.child import z', e)
try:
    import warnpkg.missing
except ImportError as e:
    show('import warnpkg.missing', e)
try:
    from warnpkg.sub import deep, missing
except ImportError as e:
    show('from warnpkg.sub import deep, missing', e)
try:
    import warnpkg.sub.deep.deeper
except ImportError as e:
    show('import warnpkg.sub.deep.deeper', e)
try:
    from warnpkg.sub.deep import deep_warn, not_defined
except ImportError as e:
    show('from warnpkg.sub.deep import deep_warn, not_defined', e)

# What the modules say about themselves.
import warnpkg.mod
import warnpkg.sub.deep
for m in (os, json_mod := __import__('json'), warnpkg, warnpkg.mod, warnpkg.sub, warnpkg.sub.deep):
    print(m.__name__, repr(m.__package__), hasattr(m, '__path__'))
print(isinstance(ModuleNotFoundError('x'), ImportError))
