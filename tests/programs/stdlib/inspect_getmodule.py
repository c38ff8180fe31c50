# inspect.getmodule of frames, code objects and tracebacks (found by the file their code came
# from), and of functions, classes, methods and builtins (by __module__), across a package.
import collections
import inspect
import json
import json.decoder
import sys
import types

import warnpkg
import warnpkg.mod as mod
from warnpkg.sub import deep


def name_of(module):
    return None if module is None else module.__name__


def here():
    return inspect.currentframe()


class Local:
    def method(self):
        return sys._getframe()

    @classmethod
    def klass(cls):
        return cls

    @staticmethod
    def static():
        return 0

    @property
    def prop(self):
        return 1


frame = here()
objects = [
    ('current frame', frame),
    ('its code', frame.f_code),
    ('its caller', frame.f_back),
    ('module frame', sys._getframe(0)),
    ('method frame', Local().method()),
    ('frame in warnpkg.mod', mod.call(sys._getframe, 0)),
    ('frame in warnpkg.sub.deep', mod.call(lambda: deep.deep_warn.__code__)),
    ('currentframe in mod', mod.call(inspect.currentframe)),
    ('caller of a frame in mod', mod.call(sys._getframe, 0).f_back),
    ('function', here),
    ('function code', here.__code__),
    ('lambda code', (lambda: 0).__code__),
    ('class', Local),
    ('method', Local().method),
    ('unbound method', Local.method),
    ('classmethod', Local.klass),
    ('staticmethod', Local.static),
    ('property', Local.prop),
    ('instance', Local()),
    ('package function', warnpkg.from_init),
    ('module function', mod.noisy),
    ('module class', mod.Legacy),
    ('module method', mod.Legacy().method),
    ('module code', mod.noisy.__code__),
    ('deep code', deep.explicit.__code__),
    ('json.dumps', json.dumps),
    ('json.dumps code', json.dumps.__code__),
    ('JSONDecoder', json.decoder.JSONDecoder),
    ('OrderedDict', collections.OrderedDict),
    ('len', len),
    ('print', print),
    ('int', int),
    ('ValueError', ValueError),
    ('[].append', [].append),
    ('dict.fromkeys', dict.fromkeys),
    ('list.append', list.append),
    ('str.join', str.join),
    ('module', json),
    ('submodule', json.decoder),
    ('package', warnpkg),
    ('3', 3),
    ('None', None),
    ('a str', 'text'),
    ('a list', [1]),
]
for label, obj in objects:
    print(f'{label:28}', name_of(inspect.getmodule(obj)))

print('isframe', inspect.isframe(frame), inspect.isframe(frame.f_code), inspect.iscode(frame.f_code))
print('types', isinstance(frame, types.FrameType), types.FrameType.__name__, types.TracebackType.__name__)

# tracebacks: every frame of one, in this module and in library modules
for trigger in (lambda: json.loads('{'), lambda: mod.call(json.loads, '['),
                lambda: mod.call(int, 'not a number'), lambda: mod.call(mod.call, Local.klass, 1)):
    try:
        trigger()
    except Exception as e:
        tb = e.__traceback__
        print(type(e).__name__, end=':')
        while tb is not None:
            print('', isinstance(tb, types.TracebackType), name_of(inspect.getmodule(tb.tb_frame)),
                  name_of(inspect.getmodule(tb.tb_frame.f_code)), tb.tb_frame.f_code.co_name, end=';')
            tb = tb.tb_next
        print()


# a decorator that finds the module of whoever applies it
registry = {}


def register(fn):
    caller = inspect.getmodule(sys._getframe(1))
    registry.setdefault(name_of(caller), []).append(fn.__name__)
    return fn


@register
def first():
    pass


mod.call(register, second := (lambda: None))
print(sorted(registry.items()))

# a file name given explicitly
print('by file', name_of(inspect.getmodule(3, inspect.getfile(here))),
      name_of(inspect.getmodule(3, inspect.getfile(mod))), name_of(inspect.getmodule(3, 'no/such/file.py')))
print('getfile of frames', inspect.getfile(frame) == __file__, inspect.getfile(mod.call(sys._getframe, 0)) == mod.__file__)
