# operator.call: the callee is the first positional argument only.
import operator

for args, kwargs in [((), {}), ((len, 'abc'), {}), ((max, 3, 9, 4), {}), ((), {'obj': len}),
                     ((sorted, [3, 1]), {'reverse': True}), ((dict,), {'a': 1})]:
    try:
        print(args[:1], operator.call(*args, **kwargs))
    except Exception as e:
        print(args[:1], kwargs, type(e).__name__, e)
