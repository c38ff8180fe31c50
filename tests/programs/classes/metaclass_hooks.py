# A metaclass's __setattr__, __delattr__, __getattribute__ and __getattr__ apply to its classes.

class Logged(type):
    def __setattr__(cls, name, value):
        print('set', cls.__name__, name, value)
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        print('del', cls.__name__, name)
        super().__delattr__(name)

class A(metaclass=Logged):
    x = 1          # the class body does not go through __setattr__
A.y = 2
setattr(A, 'z', 3)
print(A.x, A.y, A.z, A().y)
del A.y
delattr(A, 'z')
print(hasattr(A, 'y'), hasattr(A, 'z'))
try:
    del A.missing
except AttributeError as e:
    print(type(e).__name__, e)

# Subclasses inherit the metaclass and its hooks.
class B(A):
    pass
B.w = 4
print(B.w, hasattr(A, 'w'))

# A hook that refuses.
class Frozen(type):
    def __setattr__(cls, name, value):
        raise AttributeError(f'{cls.__name__} is frozen: {name}')
class F(metaclass=Frozen):
    k = 1
try:
    F.k = 2
except AttributeError as e:
    print(type(e).__name__, e)
print(F.k)

# __getattribute__ sees explicit reads; __getattr__ answers what is missing.
class Watch(type):
    def __getattribute__(cls, name):
        if not name.startswith('__'):
            print('get', name)
        return super().__getattribute__(name)
    def __getattr__(cls, name):
        return f'default-{name}'
class W(metaclass=Watch):
    a = 10
    def m(self):
        return 'm'
print(W.a)
print(W.nothing)
print(getattr(W, 'other'), getattr(W, 'a', None))
print(W().m(), W().a)

class OnlyGetattr(type):
    def __getattr__(cls, name):
        if name == 'magic':
            return 42
        raise AttributeError(name)
class G(metaclass=OnlyGetattr):
    real = 1
print(G.real, G.magic, getattr(G, 'nope', 'fallback'))
try:
    G.nope
except AttributeError as e:
    print(type(e).__name__, e)

# A plain class keeps type's behaviour.
class Plain:
    pass
Plain.v = 1
del Plain.v
print(hasattr(Plain, 'v'))
