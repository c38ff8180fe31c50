# The C functions of operator, bisect and heapq document their parameters in __text_signature__,
# which inspect.signature reads; functools.reduce and cmp_to_key document none.
import bisect
import functools
import heapq
import inspect
import operator

for module in (operator, functools, bisect, heapq):
    for name in sorted(vars(module)):
        # get_cache_token is abc's, only imported into functools.
        if name.startswith('_') or name == 'get_cache_token':
            continue
        func = getattr(module, name)
        if type(func).__name__ != 'builtin_function_or_method':
            continue
        try:
            text = repr(func.__text_signature__)
        except AttributeError as e:
            text = f'!! {e}'
        try:
            sig = inspect.signature(func)
            kinds = [p.kind.name for p in sig.parameters.values()]
            print(module.__name__, name, text, sig, kinds)
        except Exception as e:
            print(module.__name__, name, text, '!!', type(e).__name__, e)

sig = inspect.signature(operator.length_hint)
print(sig.parameters['default'].default, sig.bind([1]).arguments, sig.bind([1], 5).arguments)
try:
    sig.bind(obj=[1])
except TypeError as e:
    print('TypeError', e)
sig = inspect.signature(bisect.bisect_left)
print(sig.bind([1, 2], 1, key=abs).arguments, sig.parameters['hi'].default)
print(inspect.signature(operator.call).bind(print, 1, sep='-').arguments)
