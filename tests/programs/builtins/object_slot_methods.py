# object's comparison slots called explicitly: identity decides __eq__, everything else is
# NotImplemented, and each takes exactly one argument. Then the reprs and names of the slot
# wrappers, and object.__getattribute__ on values that are not instances of a Python class.


class Plain:
    pass


class Equal:
    def __eq__(self, other):
        return 'custom'

    def __lt__(self, other):
        return 'lt'


plain = Plain()
VALUES = [plain, Equal(), 1, 'a', None, 1.5, (1,), [1], Plain, int, True, b'x', 2 ** 70]
for name in ('__eq__', '__ne__', '__lt__', '__le__', '__gt__', '__ge__'):
    slot = getattr(object, name)
    for a in VALUES:
        for b in (a, plain, 1, None):
            try:
                print(name, type(a).__name__, type(b).__name__, slot(a, b))
            except Exception as e:
                print(name, type(a).__name__, type(b).__name__, '!!', type(e).__name__, e)
    for args in [(), (plain,), (plain, plain, plain)]:
        try:
            print(name, len(args), slot(*args))
        except Exception as e:
            print(name, len(args), '!!', type(e).__name__, e)

print(plain.__eq__(plain), plain.__eq__(1), plain.__ne__(plain), plain.__ne__(1), plain.__lt__(plain))
print((1).__eq__(1.0), 'a'.__ne__('b'), None.__eq__(None), None.__ne__(1), None.__lt__(None))
print(Plain.__eq__ is object.__eq__, Plain.__ne__(plain, plain), Plain.__lt__(plain, 1))

for f in [object.__eq__, object.__ne__, object.__lt__, object.__init__, object.__repr__,
          object.__hash__, int.__add__, str.__eq__, list.__lt__, object.__format__,
          object.__reduce_ex__, object.__dir__, object.__getattribute__, object.__setattr__,
          object.__delattr__, list.__getitem__, dict.__contains__, tuple.__len__]:
    print(repr(f).split(' at ')[0], f.__name__, f.__qualname__)

for value, attr in [(1, 'real'), ('ab', 'upper'), (1.5, 'imag'), (None, '__class__'),
                    (True, 'real'), (2 ** 70, 'bit_length'), (1, 'nope'), (None, 'nope'),
                    ((1, 2), 'count'), (b'x', 'hex'), (int, '__name__')]:
    try:
        got = object.__getattribute__(value, attr)
        print(attr, repr(got()) if callable(got) and attr not in ('__class__', '__name__') else repr(got))
    except Exception as e:
        print(attr, '!!', type(e).__name__, e)
