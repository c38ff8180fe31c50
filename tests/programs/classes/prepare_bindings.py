# A metaclass's __prepare__ mapping sees every binding of the class body in order (a name bound
# twice is stored twice, a del reaches __delitem__), and enum bodies refuse what CPython refuses.
from enum import Enum, IntEnum, Flag, auto


class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.log = []

    def __setitem__(self, key, value):
        if not key.startswith('__'):
            self.log.append(('set', key, value if not callable(value) else 'fn'))
        super().__setitem__(key, value)

    def __delitem__(self, key):
        self.log.append(('del', key))
        super().__delitem__(key)


class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        return Recorder()

    def __new__(mcs, name, bases, ns, **kw):
        print(name, ns.log)
        return super().__new__(mcs, name, bases, dict(ns))


class A(metaclass=Meta):
    x = 1
    x = 2
    y = x + 1
    del x

    def f(self):
        return 1

    def f(self):
        return 2

    for i in range(3):
        z = i
    del i

print(A.y, A.z, A().f(), hasattr(A, 'x'))


def attempt(label, make):
    try:
        result = make()
        print(label, 'ok', result)
    except Exception as e:
        text = str(e)
        if ' at 0x' in text:
            text = text[:text.index(' at 0x')] + '>'
        print(label, type(e).__name__, text)


def twice():
    class E(Enum):
        A = 1
        A = 2
    return list(E)


def reserved():
    class E(Enum):
        _x_ = 1
    return list(E)


def member_then_method():
    class E(Enum):
        A = 1

        def A(self):
            return 0
    return list(E)


def method_then_member():
    class E(Enum):
        def A(self):
            return 0
        A = 1
    return list(E)


def alias_is_fine():
    class E(Enum):
        A = auto()
        B = A
    return list(E), E.B


def ignored_names():
    class E(Enum):
        _ignore_ = 'tmp i'
        tmp = 1
        tmp = 2
        A = 3
        for i in range(2):
            pass
    return list(E)


def private_names():
    class E(Enum):
        __secret = 1
        A = 2
    return list(E)


def late_generate():
    class E(Enum):
        A = auto()

        def _generate_next_value_(name, start, count, last):
            return name
    return list(E)


def methods_rebound():
    class E(IntEnum):
        A = 1

        def describe(self):
            return 'one'

        def describe(self):
            return 'two'
    return E.A.describe()


def flag_members():
    class F(Flag):
        R = auto()
        W = auto()
        RW = R | W
    return list(F), F.RW


def allowed_sunders():
    class E(Enum):
        _order_ = 'A B'
        A = 1
        B = 2

        @classmethod
        def _missing_(cls, value):
            return cls.A
    return list(E), E(7)


for label, make in [('twice', twice), ('reserved', reserved), ('member_then_method', member_then_method),
                    ('method_then_member', method_then_member), ('alias', alias_is_fine),
                    ('ignored', ignored_names), ('private', private_names), ('late_generate', late_generate),
                    ('methods_rebound', methods_rebound), ('flag', flag_members), ('sunders', allowed_sunders)]:
    attempt(label, make)
