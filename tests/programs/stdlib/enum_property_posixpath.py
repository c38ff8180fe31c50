# enum.property (name/value of members, members named like them), getmembers of enums, and
# posixpath/genericpath being os.path's modules.
import enum
import inspect
import os
import sys


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Fields(enum.Enum):
    name = 10
    value = 20
    OTHER = 30


class Scaled(enum.IntEnum):
    ONE = 1

    @enum.property
    def double(self):
        return self.value * 2


print(enum.property, issubclass(enum.property, enum.DynamicClassAttribute if hasattr(enum, 'DynamicClassAttribute') else object))
print([n for n, v in inspect.getmembers(Color) if not n.startswith('_')])
print([(n, type(v).__name__) for n, v in inspect.getmembers(Fields) if not n.startswith('_')])
print([n for n, v in inspect.getmembers(Scaled) if not n.startswith('_') and n in ('ONE', 'double', 'name', 'value')])
print(type(enum.Enum.__dict__['name']).__name__, enum.Enum.__dict__['name'].__doc__)
print(enum.Enum.__dict__['value'].__doc__)
print(Color.RED.name, Color.RED.value, Color.GREEN.name)
print(Fields.name, Fields.value, Fields.OTHER)
print(Fields.name.name, Fields.name.value, Fields.value.name, Fields.value.value, Fields.OTHER.name)
print(Scaled.ONE.double, Scaled.ONE.name)
for target, attr in ((Color.RED, 'name'), (Color.RED, 'value'), (Fields.OTHER, 'name')):
    for action in ('set', 'del'):
        try:
            if action == 'set':
                setattr(target, attr, 3)
            else:
                delattr(target, attr)
        except AttributeError as e:
            print(action, attr, e)
for attr in ('name', 'value'):
    try:
        print(getattr(Color, attr))
    except AttributeError as e:
        print('class', attr, e)

import posixpath
import genericpath
from posixpath import join, split
print(os.path is posixpath, sys.modules['posixpath'] is posixpath, posixpath.__name__)
paths = ['a/b', '/x/../y', 'c.tar.gz', '', '//z', 'p/q/']
for p in paths:
    print(repr(p), join(p, 'n'), split(p), posixpath.splitext(p), posixpath.normpath(p or '.'),
          posixpath.basename(p), posixpath.dirname(p), posixpath.isabs(p))
print(genericpath.commonprefix(paths), genericpath.exists('/'), genericpath.isfile('/'))
print(genericpath.__all__)
