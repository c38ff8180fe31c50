# types.SimpleNamespace as 3.11's C type: its name in messages, keyword arguments only.
import types, collections, datetime, decimal
class A: pass
for c in [types.SimpleNamespace, A, zip, int.__class__, datetime.date, decimal.Decimal, collections.OrderedDict, range, object]:
    try:
        c[int]
        print(c.__name__, "ok")
    except TypeError as e:
        print(e)
print(repr(types.SimpleNamespace(a=1)), types.SimpleNamespace.__name__, types.SimpleNamespace.__qualname__)
try:
    types.SimpleNamespace() + 1
except TypeError as e:
    print(e)
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print(e)
print(sorted(vars(types.SimpleNamespace(b=2, a=1))))
