import abc
import functools
import inspect
import types
import typing


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 8) % bound

    def pick(self, items):
        return items[self.next(len(items))]


def show(label, thunk):
    try:
        print(label, thunk())
    except Exception as e:
        print(label, type(e).__name__, e)


PREDICATES = ['ismodule', 'isclass', 'ismethod', 'isfunction', 'isgeneratorfunction', 'isgenerator',
              'iscoroutinefunction', 'iscoroutine', 'isawaitable', 'isasyncgenfunction', 'isasyncgen',
              'isbuiltin', 'isroutine', 'isabstract', 'ismethoddescriptor', 'isdatadescriptor', 'iscode',
              'isframe', 'istraceback', 'ismethodwrapper']


class Descriptor:
    def __get__(self, obj, owner=None):
        return 'got'


class DataDescriptor(Descriptor):
    def __set__(self, obj, value):
        pass


class DeleteOnly:
    def __delete__(self, obj):
        pass


class Slotted:
    __slots__ = ('first', 'second')


class Sample:
    """Sample class."""

    plain = Descriptor()
    data = DataDescriptor()
    count = 3

    def __init__(self):
        self.count = 10
        self.extra = 'e'

    def method(self):
        """Method doc."""

    @classmethod
    def klass(cls):
        return cls

    @staticmethod
    def static():
        return 0

    @property
    def prop(self):
        """Property doc."""
        return 'p'

    def gen_method(self):
        yield self

    async def coro_method(self):
        return self


class SampleChild(Sample):
    def method(self):
        pass

    @property
    def prop(self):
        return 'child'


def gen_func():
    yield 1


async def coro_func():
    return 1


async def agen_func():
    yield 1


def plain_func(x):
    return x


class AwaitableThing:
    def __await__(self):
        yield


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        pass


class Square(Shape):
    def area(self):
        return 4


class StillAbstract(Shape):
    pass


made_gen = gen_func()
made_coro = coro_func()
OBJECTS = [('module', inspect), ('class', Sample), ('instance', Sample()), ('function', plain_func), ('lambda', lambda: 0),
           ('bound method', Sample().method), ('class method', Sample.klass), ('static', Sample.static),
           ('unbound', Sample.method), ('gen func', gen_func), ('gen', made_gen), ('coro func', coro_func),
           ('coro', made_coro), ('agen func', agen_func), ('gen method', Sample().gen_method),
           ('coro method', Sample().coro_method), ('partial gen', functools.partial(gen_func)),
           ('partial coro', functools.partial(coro_func)), ('builtin', len), ('builtin method', [].append),
           ('property', Sample.__dict__['prop']), ('descriptor', Sample.__dict__['plain']),
           ('data descriptor', Sample.__dict__['data']), ('delete only', DeleteOnly()),
           ('classmethod obj', Sample.__dict__['klass']), ('staticmethod obj', Sample.__dict__['static']),
           ('awaitable', AwaitableThing()), ('abc', Shape), ('concrete', Square), ('still abstract', StillAbstract),
           ('int', 5), ('str', 'x'), ('none', None), ('code', plain_func.__code__), ('type', type), ('list', [1])]
for label, obj in OBJECTS:
    print(label, [name for name in PREDICATES if getattr(inspect, name)(obj)])
made_coro.close()

print('member descriptor', inspect.ismemberdescriptor(Slotted.__dict__['first']), inspect.ismemberdescriptor(Sample.__dict__['data']))
print('getset', inspect.isgetsetdescriptor(Sample.__dict__['data']), inspect.isgetsetdescriptor(5))

# getmembers over classes and instances (dunder names vary between implementations and are left out).
def visible(pairs):
    return [(name, value if isinstance(value, (int, str)) else type(value).__name__) for name, value in pairs
            if not name.startswith('__')]


print(visible(inspect.getmembers(Sample)))
print(visible(inspect.getmembers(SampleChild)))
print(visible(inspect.getmembers(Sample())))
print([name for name, _ in inspect.getmembers(Sample, inspect.isfunction)])
print([name for name, _ in inspect.getmembers(Sample(), inspect.ismethod) if not name.startswith('__')])
print([name for name, _ in inspect.getmembers(Sample, inspect.isdatadescriptor) if not name.startswith('__')])
print(visible(inspect.getmembers_static(Sample())))
print(visible(inspect.getmembers(types.SimpleNamespace(b=2, a=1, c='three'))))
print(inspect.getmembers(Sample, lambda v: v == 3))
print(inspect.getmro(SampleChild) == (SampleChild, Sample, object), inspect.getmro(Square)[:2] == (Square, Shape))


# getattr_static against getattr.
class Meta(type):
    meta_attr = 'from meta'


class WithMeta(metaclass=Meta):
    own = 1


class Dynamic:
    def __getattr__(self, name):
        return 'dynamic ' + name


sample = Sample()
static_cases = [(sample, 'count'), (sample, 'extra'), (sample, 'plain'), (sample, 'data'), (sample, 'prop'), (sample, 'missing'),
                (Sample, 'count'), (Sample, 'prop'), (Sample, 'klass'), (Sample, 'static'), (WithMeta, 'meta_attr'),
                (WithMeta, 'own'), (WithMeta(), 'meta_attr'), (Dynamic(), 'anything'), (SampleChild(), 'prop'), (SampleChild, 'count')]
sample.__dict__['data'] = 'shadowed by data descriptor'
sample.__dict__['plain'] = 'instance wins'
for obj, name in static_cases:
    def describe(value):
        return value if isinstance(value, (int, str)) else type(value).__name__
    try:
        via_static = describe(inspect.getattr_static(obj, name))
    except AttributeError as e:
        via_static = 'AttributeError %s' % e
    try:
        via_getattr = describe(getattr(obj, name))
    except AttributeError:
        via_getattr = 'AttributeError'
    print('static', type(obj).__name__, name, '|', via_static, '|', via_getattr)
print(inspect.getattr_static(sample, 'nothing', 'fallback'), inspect.getattr_static(Sample, 'nothing', None))


# unwrap.
def layer(f):
    @functools.wraps(f)
    def inner(*args):
        return f(*args)
    return inner


deep = plain_func
for depth in range(5):
    deep = layer(deep)
    print('unwrap', depth, inspect.unwrap(deep) is plain_func, inspect.unwrap(deep, stop=lambda f: f is not deep) is deep.__wrapped__)


class Loop:
    pass


loop_a, loop_b = Loop(), Loop()
loop_a.__wrapped__ = loop_b
loop_b.__wrapped__ = loop_a
try:
    inspect.unwrap(loop_a)
except ValueError as e:
    print('ValueError', str(e).split(' <')[0])
print(inspect.unwrap(5), inspect.unwrap(len) is len)


# cleandoc and getdoc over generated text.
rng = Lcg(77)
PIECES = ['', ' ', '  ', '    ', '\t', 'word', 'two words', '  indented', '\tTabbed', 'x\ty', '   ']
for case in range(60):
    lines = [rng.pick(PIECES) + rng.pick(PIECES) for _ in range(rng.next(6))]
    text = '\n'.join(lines)
    print('cleandoc', repr(text), '->', repr(inspect.cleandoc(text)))
for line in ('', 'x', '  x', '\tx', ' \t x', '        '):
    print('indentsize', repr(line), inspect.indentsize(line))

print(repr(inspect.getdoc(Sample)), repr(inspect.getdoc(SampleChild)), repr(inspect.getdoc(SampleChild.method)))
print(repr(inspect.getdoc(SampleChild().method)), repr(inspect.getdoc(SampleChild.__dict__['prop'])), repr(inspect.getdoc(plain_func)))
print(repr(inspect.getdoc(Square())), repr(inspect.getdoc(None)), repr(inspect.getdoc(Sample.klass)))


# Annotations and their formatting.
class Annotated:
    first: int
    second: 'str' = 'x'


def annotated(a: int, b: typing.List[int] = None) -> typing.Optional[str]:
    return None


show('annotations class', lambda: inspect.get_annotations(Annotated))
show('annotations child', lambda: inspect.get_annotations(type('Sub', (Annotated,), {})))
show('annotations func', lambda: inspect.get_annotations(annotated))
show('annotations fresh', lambda: inspect.get_annotations(annotated) is not annotated.__annotations__)
show('annotations none', lambda: inspect.get_annotations(plain_func))
show('annotations bad', lambda: inspect.get_annotations(5))
show('annotations partial', lambda: inspect.get_annotations(functools.partial(annotated)))
for value in (int, str, Sample, list[int], dict[str, list[int]], typing.List[int], typing.Optional[typing.Dict[str, int]],
              typing.Any, 'text', None, 3, typing.Callable[[int], str], tuple[int, ...]):
    print('format', inspect.formatannotation(value), inspect.formatannotation(value, '__main__'),
          inspect.formatannotationrelativeto(Sample)(value))

# Modules and files.
print(inspect.getmodule(Sample).__name__, inspect.getmodule(plain_func).__name__, inspect.getmodule(inspect) is inspect,
      inspect.getmodule(5), inspect.getmodule(functools.partial).__name__)
for obj in (5, 'text', [1]):
    show('getfile %s:' % type(obj).__name__, lambda: inspect.getfile(obj))
show('getfile builtin class:', lambda: inspect.getfile(int))
print(inspect.isabstract(Shape), inspect.isabstract(Square), inspect.isabstract(StillAbstract), inspect.isabstract(abc.ABC))
print(inspect.CO_GENERATOR, inspect.CO_COROUTINE, inspect.CO_VARARGS | inspect.CO_VARKEYWORDS, inspect.TPFLAGS_IS_ABSTRACT)


# Class trees.
class TreeA:
    pass


class TreeB(TreeA):
    pass


class TreeC(TreeA):
    pass


class TreeD(TreeB, TreeC):
    pass


class TreeE(TreeD, Sample):
    pass


def render(tree, depth=0):
    for entry in tree:
        if isinstance(entry, list):
            render(entry, depth + 1)
        else:
            cls, bases = entry
            print('  ' * depth + cls.__name__, [b.__name__ for b in bases])


for classes in ([TreeA, TreeB, TreeC, TreeD], [TreeD, TreeC], [TreeE, TreeB, Sample], [TreeA], []):
    for unique in (False, True):
        print('tree', [c.__name__ for c in classes], unique)
        render(inspect.getclasstree(classes, unique))
for path in ('a/b/mod.py', 'pkg.pyc', 'x.so', 'lib.abi3.so', 'noext', 'dir/', 'readme.txt', '.py', 'a.b.py'):
    print('modulename', repr(path), repr(inspect.getmodulename(path)))
