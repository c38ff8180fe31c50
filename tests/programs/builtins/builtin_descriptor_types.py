# The kinds of builtin method and descriptor: their types, attributes, reprs, binding and the
# inspect predicates, over the methods of the core builtin types.
import inspect
import re
import types


def shown(v):
    return re.sub(r' at 0x[0-9a-f]+', '', repr(v))


KINDS = [types.MethodDescriptorType, types.WrapperDescriptorType, types.MethodWrapperType,
         types.ClassMethodDescriptorType, types.GetSetDescriptorType, types.MemberDescriptorType,
         types.BuiltinFunctionType]
print([k.__name__ for k in KINDS])
print(type(str.upper) is types.MethodDescriptorType, type(str.__add__) is types.WrapperDescriptorType)
print(type('a'.__add__) is types.MethodWrapperType, type(dict.__dict__['fromkeys']) is types.ClassMethodDescriptorType)
print(type(int.real) is types.GetSetDescriptorType, type(range.start) is types.MemberDescriptorType)


def predicates(v):
    return [inspect.ismethoddescriptor(v), inspect.isbuiltin(v), inspect.isroutine(v),
            inspect.isdatadescriptor(v), inspect.ismethodwrapper(v), callable(v)]


TYPES = [int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset,
         range, slice, memoryview, object, type]
for t in TYPES:
    for name, v in vars(t).items():
        if name == '__doc__':
            continue
        kind = type(v)
        if kind not in KINDS and not isinstance(v, staticmethod):
            continue
        line = [t.__name__, name, kind.__name__, shown(v), getattr(v, '__qualname__', None)]
        line.append(getattr(getattr(v, '__objclass__', None), '__name__', None))
        line.append(getattr(v, '__name__', None))
        line.append(predicates(v))
        print(*line)
        if kind is types.WrapperDescriptorType:
            print('  sig', v.__text_signature__)

# Descriptors read off an instance: bound builtin methods and method-wrappers.
samples = [5, True, 2.5, 1j, 'ab', b'ab', bytearray(b'ab'), [1], (1,), {1: 2}, {1}, frozenset({1}),
           range(3), slice(1, 2), memoryview(b'ab'), object()]
for x in samples:
    for name in ['__add__', '__len__', '__eq__', '__lt__', '__hash__', '__repr__', 'count', 'copy',
                 '__sizeof__', '__getattribute__', '__reduce__', 'index', '__contains__']:
        m = getattr(x, name, None)
        if m is None:
            continue
        print(type(x).__name__, name, type(m).__name__, shown(m), m.__qualname__,
              getattr(getattr(m, '__objclass__', None), '__name__', None), predicates(m))

# __get__ gives the bound form; calling descriptors works.
print(shown(str.upper.__get__('abc')), str.upper.__get__('abc')())
print(str.upper.__get__(None, str) is str.upper)
print(shown(int.__add__.__get__(3)), int.__add__.__get__(3)(4))
fk = dict.__dict__['fromkeys']
print(shown(fk), fk.__qualname__, fk.__objclass__.__name__, fk(dict, 'ab'))
print(shown(fk.__get__(None, dict)), fk.__get__(None, dict)('xy', 0), fk.__get__({}, dict)('z'))
print(str.upper('x'), list.append.__name__, str.__add__('a', 'b'), range.__len__(range(4)))
print(int.real.__qualname__, int.real.__name__, int.real.__objclass__.__name__)
print(range.start.__qualname__, shown(range.start), range.start.__get__(range(2, 5)))
print(shown(str.maketrans), shown(bytes.maketrans), shown(vars(str)['maketrans']))
print(shown(type.__eq__), type.__eq__.__qualname__, shown(type.__hash__))
print(shown(type.__delattr__), type.__dir__.__qualname__, shown(type.__dir__))
print(shown(range.__lt__), range.__lt__.__qualname__, shown(slice.__ne__), shown(memoryview.__hash__))
for bad in ["str.upper(5)", "str.upper.__get__(5)", "int.__add__('a', 1)", "range.__lt__(3, 4)",
            "fk(5, 'a')", "fk(int, 'a')", "(5).real.__set__", "int.real.__set__(5, 3)",
            "type.__annotations__", "str.upper.__get__(None, None)"]:
    try:
        print(bad, shown(eval(bad)))
    except Exception as e:
        print(bad, type(e).__name__, e)
print(isinstance(str.upper, types.MethodDescriptorType), isinstance(len, types.BuiltinFunctionType))
print(isinstance([].append, types.BuiltinMethodType), isinstance([].__len__, types.MethodWrapperType))
print(issubclass(types.MethodWrapperType, object), types.MethodDescriptorType.__name__)
for v in [str.upper, str.__add__, 'a'.__add__, dict.__dict__['fromkeys'], len, int.real, range.start]:
    print(shown(v), hasattr(v, '__module__'), hasattr(v, '__self__'), hasattr(v, '__objclass__'))
