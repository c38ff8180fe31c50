# The first look at the tables is a slot wrapper's __text_signature__.
print(int.__add__.__text_signature__)
print((5).__add__.__text_signature__)
print(object.__init__.__text_signature__, object.__new__.__text_signature__)
print(int.__new__.__text_signature__, str.__new__.__text_signature__)
for name in ('__eq__', '__lt__', '__hash__', '__repr__', '__getattribute__', '__len__', '__iter__',
             '__contains__', '__getitem__', '__call__', '__neg__', '__pow__', '__init__'):
    for t in (int, str, list, type, object):
        f = t.__dict__.get(name)
        if f is not None:
            print(t.__name__, name, f.__text_signature__)
print(list.__len__.__text_signature__, [].__len__.__text_signature__)
print(float.hex.__text_signature__, str.join.__text_signature__)
class C:
    def __eq__(self, other):
        return True
print(C.__eq__.__name__, C.__hash__, C.__init__.__text_signature__)
print(type.__call__.__text_signature__, len.__text_signature__)
