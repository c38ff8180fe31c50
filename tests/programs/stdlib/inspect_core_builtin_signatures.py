# inspect.signature of the builtin functions and of the methods of the core builtin types reads
# the parameters CPython documents in __text_signature__: the receiver ($self, $type) is a
# positional-only parameter until the method is bound, and `$module` never shows.
import builtins
import inspect
import re

FUNCTIONS = [
    'abs', 'all', 'any', 'ascii', 'bin', 'callable', 'chr', 'delattr', 'dir', 'divmod',
    'format', 'getattr', 'globals', 'hasattr', 'hash', 'hex', 'id', 'input', 'isinstance',
    'issubclass', 'iter', 'len', 'locals', 'max', 'min', 'next', 'oct', 'open', 'ord', 'pow',
    'print', 'repr', 'round', 'setattr', 'sorted', 'sum', 'vars', 'anext', 'aiter',
]

METHODS = {
    str: ['capitalize', 'casefold', 'center', 'count', 'encode', 'endswith', 'expandtabs', 'find',
          'format', 'index', 'isalnum', 'isdigit', 'isspace', 'join', 'ljust', 'lower', 'lstrip',
          'partition', 'removeprefix', 'removesuffix', 'replace', 'rfind', 'rsplit',
          'split', 'splitlines', 'startswith', 'strip', 'swapcase', 'title', 'translate', 'upper',
          'zfill'],
    bytes: ['count', 'decode', 'endswith', 'find', 'fromhex', 'hex', 'join', 'ljust', 'partition', 'replace', 'split', 'splitlines', 'startswith', 'strip', 'translate'],
    list: ['append', 'clear', 'copy', 'count', 'extend', 'index', 'insert', 'pop', 'remove',
           'reverse', 'sort'],
    dict: ['clear', 'copy', 'fromkeys', 'get', 'items', 'keys', 'pop', 'popitem', 'setdefault',
           'update', 'values'],
    set: ['add', 'clear', 'copy', 'difference', 'discard', 'isdisjoint', 'issubset', 'pop',
          'remove', 'union', 'update'],
    tuple: ['count', 'index'],
    int: ['as_integer_ratio', 'bit_count', 'bit_length', 'conjugate', 'from_bytes', 'to_bytes'],
    float: ['as_integer_ratio', 'conjugate', 'hex', 'is_integer'],
}

SAMPLES = {str: 'abc', bytes: b'abc', list: [1], dict: {1: 2}, set: {1}, tuple: (1,), int: 7, float: 1.5}


def describe(label, func):
    try:
        text = repr(func.__text_signature__)
    except AttributeError as e:
        text = f'!! {e}'
    try:
        sig = inspect.signature(func)
    except Exception as e:
        print(label, text, '!!', type(e).__name__, re.sub(' at 0x[0-9a-f]+', '', str(e)))
        return
    shown = [(p.name, p.kind.name, p.default if p.default is p.empty else repr(p.default))
             for p in sig.parameters.values()]
    print(label, text, sig, shown)


for name in FUNCTIONS:
    describe(name, getattr(builtins, name))

for cls, names in METHODS.items():
    for name in names:
        describe(f'{cls.__name__}.{name}', getattr(cls, name))
        describe(f'{cls.__name__}().{name}', getattr(SAMPLES[cls], name))

# Defaults come back as values, not as their spelling.
print(inspect.signature(print).parameters['end'].default == '\n')
print(list(inspect.signature(bytes.strip).parameters.items()))
print(inspect.signature(tuple.index).parameters['stop'].default > 2 ** 31)
print(inspect.signature(str.split).parameters['maxsplit'].default + 1)

# Binding arguments against a builtin's signature.
sig = inspect.signature(sorted)
print(sig.bind([3, 1], key=len).arguments)
for args, kwargs in [((), {}), (([1],), {'iterable': 2}), (([1], 2), {})]:
    try:
        print(sig.bind(*args, **kwargs).arguments)
    except TypeError as e:
        print('TypeError', e)
sig = inspect.signature('x'.split)
print(sig.bind(',', maxsplit=1).arguments, sig.bind().arguments)
sig = inspect.signature(dict.get)
print(sig.bind({}, 'k').arguments)
try:
    sig.bind({}, key='k')
except TypeError as e:
    print('TypeError', e)

# getfullargspec keeps the object a method is bound to.
for func in (len, str.split, 'x'.split, dict.fromkeys, (5).to_bytes, sorted):
    spec = inspect.getfullargspec(func)
    print(spec.args, spec.varargs, spec.varkw, spec.defaults, spec.kwonlyargs, spec.kwonlydefaults)
try:
    inspect.getfullargspec(max)
except TypeError as e:
    print('TypeError', e)

print(inspect.signature(True.to_bytes), inspect.signature(bool.from_bytes), inspect.signature(float.fromhex))


class Plain:
    def method(self, a, b=2):
        return a


print(inspect.signature(Plain().method), inspect.signature(Plain.method))
print(hasattr(Plain.method, '__text_signature__'), hasattr(len, '__text_signature__'))


class Text(str):
    pass


class Numbers(list):
    def extra(self, x):
        return x


print(inspect.signature(Text('a').split), inspect.signature(Text.split))
print(inspect.signature(Numbers().append), inspect.signature(Numbers.sort), inspect.signature(Numbers().extra))
