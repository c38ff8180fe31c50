# The first look at a builtin type's own names is vars(): the per-type tables are made then.
names = list(vars(int))
print(len(names), names[:6], names[-4:])
print('__add__' in vars(int), 'bit_count' in vars(int), '__doc__' in vars(int))
for t in (bool, float, str, bytes, list, tuple, dict, set, range, slice, object, type):
    d = vars(t)
    print(t.__name__, len(d), list(d)[:3])
print(vars(range)['start'], vars(range)['__lt__'])
print(vars(bool)['__and__'], vars(bool)['__doc__'][:20])
print(type(vars(int)).__name__)
class MyInt(int):
    """mine"""
    def double(self):
        return self * 2
print('double' in vars(MyInt), '__add__' in vars(MyInt), '__module__' in vars(MyInt))
print(vars(MyInt)['__doc__'], MyInt(4).double())
print(MyInt.__add__, bool.__add__)
print(sorted(vars(ValueError)), sorted(vars(KeyError)), vars(ValueError)["__doc__"])
print(list(vars(StopIteration)), list(vars(SystemExit)))
