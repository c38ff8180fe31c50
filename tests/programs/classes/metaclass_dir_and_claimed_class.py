# dir(cls) goes through the metaclass's __dir__; isinstance(obj, C) also accepts an object whose
# __class__ attribute names C (or a subclass of C) when its real type is no subclass.


class Meta(type):
    def __dir__(cls):
        return ['zeta', 'alpha', cls.__name__.lower()]


class K(metaclass=Meta):
    x = 1

    def method(self):
        pass


class Sub(K):
    y = 2


print(dir(K))
print(dir(Sub))
print('x' in dir(K()), 'method' in dir(Sub()), 'zeta' in dir(Sub()))


class TupleMeta(type):
    def __dir__(cls):
        return ('b', 'a')


class T(metaclass=TupleMeta):
    pass


print(dir(T), type(dir(T)).__name__)
print('__class__' in dir(int), 'mro' in dir(type), 'x' in dir(K.__class__))


class Base:
    pass


class Faked(Base):
    pass


class Other:
    pass


def claiming(value):
    class Proxy:
        @property
        def __class__(self):
            return value
    return Proxy()


cases = [Faked, Base, Other, int, 'not a class', None, bool]
targets = [Faked, Base, Other, int, object, (Other, Faked), (int, str)]
for claimed in cases:
    p = claiming(claimed)
    row = []
    for t in targets:
        row.append('T' if isinstance(p, t) else '.')
    name = getattr(claimed, '__name__', repr(claimed))
    print(f'{name:>12}', ''.join(row), type(p).__name__, p.__class__ is claimed)


class Declared:
    __class__ = Faked


d = Declared()
print(isinstance(d, Faked), isinstance(d, Base), isinstance(d, Declared), type(d).__name__)
print(issubclass(Declared, Faked))


class Broken:
    @property
    def __class__(self):
        raise ValueError('no class here')


try:
    print(isinstance(Broken(), Faked))
except ValueError as e:
    print('ValueError', e)
print(isinstance(Broken(), Broken))
