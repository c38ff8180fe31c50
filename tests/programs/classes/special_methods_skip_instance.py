# Special methods come from the type: an attribute of the instance with a special name is an
# ordinary attribute (readable, listed in __dict__), never what the operator or builtin calls.


class Box:
    def __init__(self, items):
        self.items = list(items)

    def __len__(self): return len(self.items)
    def __iter__(self): return iter(self.items)
    def __getitem__(self, i): return self.items[i]
    def __contains__(self, x): return x in self.items
    def __call__(self, *a): return ('class call', a)
    def __add__(self, o): return 'class add'
    def __radd__(self, o): return 'class radd'
    def __eq__(self, o): return 'class eq'
    def __lt__(self, o): return 'class lt'
    def __hash__(self): return 7
    def __bool__(self): return True
    def __repr__(self): return 'Box(repr)'
    def __str__(self): return 'Box(str)'
    def __enter__(self): return 'class enter'
    def __exit__(self, *a): return False
    def __neg__(self): return 'class neg'
    def __index__(self): return 2
    def __format__(self, spec): return 'class format ' + spec


def instance_values():
    return {
        '__len__': lambda: 99, '__iter__': lambda: iter([9, 9]), '__getitem__': lambda i: 'own',
        '__contains__': lambda x: False, '__call__': lambda *a: 'own call', '__add__': lambda o: 'own add',
        '__radd__': lambda o: 'own radd', '__eq__': lambda o: 'own eq', '__lt__': lambda o: 'own lt',
        '__hash__': lambda: 1, '__bool__': lambda: False, '__repr__': lambda: 'own repr',
        '__str__': lambda: 'own str', '__enter__': lambda: 'own enter', '__exit__': lambda *a: True,
        '__neg__': lambda: 'own neg', '__index__': lambda: 0, '__format__': lambda s: 'own format',
    }


def probe(b):
    def attempt(label, f):
        try:
            print(' ', label, repr(f()))
        except Exception as e:
            print(' ', label, type(e).__name__, e)
    attempt('len', lambda: len(b))
    attempt('list', lambda: list(b))
    attempt('index', lambda: b[1])
    attempt('in', lambda: 2 in b)
    attempt('call', lambda: b(1))
    attempt('add', lambda: b + 1)
    attempt('radd', lambda: 1 + b)
    attempt('eq', lambda: b == 1)
    attempt('lt', lambda: b < 1)
    attempt('hash', lambda: hash(b))
    attempt('bool', lambda: bool(b))
    attempt('not', lambda: not b)
    attempt('repr', lambda: repr(b))
    attempt('str', lambda: str(b))
    attempt('fstr', lambda: f'{b}|{b!r}|{b:xy}')
    attempt('format', lambda: format(b, 'q'))
    attempt('neg', lambda: -b)
    attempt('range idx', lambda: [10, 20, 30][b])
    def with_it():
        with b as v:
            return v
    attempt('with', with_it)


names = list(instance_values())
# Set the names in several orders and through several routes (attribute store, setattr,
# __dict__), then check the operators and the attributes themselves.
seed = 12345
for round_no in range(4):
    b = Box([1, 2, 3])
    vals = instance_values()
    order = names[:]
    for i in range(len(order) - 1, 0, -1):
        seed = (seed * 1103515245 + 12345) % 2147483648
        j = seed % (i + 1)
        order[i], order[j] = order[j], order[i]
    for k, name in enumerate(order):
        route = (k + round_no) % 3
        if route == 0:
            setattr(b, name, vals[name])
        elif route == 1:
            b.__dict__[name] = vals[name]
        else:
            b.__dict__.update({name: vals[name]})
    print('round', round_no, sorted(vars(b)) == sorted(names + ['items']))
    probe(b)
    # The attributes read back as the instance's own values.
    print('  own len', b.__len__(), getattr(b, '__len__')(), b.__dict__['__len__']())
    print('  own repr', b.__repr__(), 'own eq', b.__eq__(0), 'own add', b.__add__(0))
    print('  hasattr', hasattr(b, '__call__'), '__call__' in vars(b))

# Direct attribute stores (compiled as stores, not setattr).
b = Box('ab')
b.__len__ = lambda: 5
b.__repr__ = lambda: 'R'
b.__eq__ = lambda o: True
b.__call__ = lambda: 'called'
print(len(b), repr(b), b == b, b.__len__(), b.__repr__(), b.__call__())
print(b('x'), [x for x in b])
del b.__len__
print(len(b), hasattr(b, '__len__'), '__len__' in vars(b))
try:
    del b.__len__
except AttributeError as e:
    print('AttributeError', e)


class Plain:
    pass


p = Plain()
for name, val in [('__len__', lambda: 3), ('__iter__', lambda: iter([1])), ('__call__', lambda: 1),
                  ('__getitem__', lambda i: i), ('__add__', lambda o: 1), ('__bool__', lambda: False),
                  ('__hash__', None), ('__enter__', lambda: 1), ('__neg__', lambda: 1)]:
    setattr(p, name, val)
for label, f in [('len', lambda: len(p)), ('iter', lambda: iter(p)), ('call', lambda: p()),
                 ('getitem', lambda: p[0]), ('add', lambda: p + 1), ('bool', lambda: bool(p)),
                 ('hash', lambda: type(hash(p)).__name__), ('neg', lambda: -p)]:
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)
try:
    with p:
        pass
except Exception as e:
    print('with', type(e).__name__)
print(sorted(vars(p)))


class SelfStore:
    def __init__(self):
        self.__len__ = lambda: 42
        self.__str__ = lambda: 'self str'

    def __len__(self):
        return 1


s = SelfStore()
print(len(s), s.__len__(), str(s) == s.__str__(), s.__str__())
