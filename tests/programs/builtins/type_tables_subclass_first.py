# The first look at the tables comes from a subclass reading a method that CPython's builtin
# type defines again itself (bool.__and__ over int's, range.__lt__ over object's).
class Flag(bool.__base__):
    pass
print(Flag.__add__, Flag.__and__)
print(bool.__and__, bool.__add__, bool.__repr__)
print(range.__lt__, range.__eq__, range.__hash__)
print(tuple.__init__ is object.__init__, tuple.__init__)
print(str.__sizeof__, object.__sizeof__)
print(ValueError.__init__, ValueError.__new__ is BaseException.__new__, KeyError.__str__)
class MyList(list):
    pass
print(MyList.__sizeof__, MyList.append, MyList.__len__)
try:
    str.upper(5)
except TypeError as e:
    print('TypeError', e)
try:
    bool.__and__(1, 2)
except TypeError as e:
    print('TypeError', e)
print(bool.__and__(True, False), range.__lt__(range(1), range(2)))
class E(ZeroDivisionError):
    pass
print(E.__init__, E.__new__ is ZeroDivisionError.__new__)
print(vars(bool)['__and__'] is bool.__and__, 'start' in vars(range))
print(type(range.start).__name__, range.start, slice.stop)
