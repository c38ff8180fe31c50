import inspect
import functools
import typing
from inspect import Parameter, Signature


def plain(a, b=2, /, c='x', *args, d, e: 'str' = None, **kw) -> bool:
    """Summary line.

        Indented detail.
    Last line.
    """
    return True


def gen():
    yield 1


async_ok = False


class Base:
    """Base docs."""

    attr = 5

    def __init__(self, x: int, y: float = 1.5, *, z=None):
        self.x = x

    def method(self, p, q=[1, 2]):
        """Method docs."""

    @classmethod
    def cm(cls, k: list[int]) -> None:
        pass

    @staticmethod
    def sm(v, *rest):
        pass

    @property
    def prop(self):
        """Prop docs."""
        return 1

    def __call__(self, n, /):
        return n


class Child(Base):
    def method(self, p, q=None):
        pass


def deco(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)
    return wrapper


@deco
def wrapped(alpha, beta: typing.Optional[int] = None) -> typing.List[str]:
    """Wrapped docs."""
    return []


for obj in (plain, gen, gen(), Base, Base(1), Base.method, Base(1).method, Base.cm, Base.sm, len, [].append, inspect, lambda: 0, 5, Base.prop, wrapped):
    print(type(obj).__name__, [name for name in ('ismodule', 'isclass', 'ismethod', 'isfunction', 'isgeneratorfunction', 'isgenerator',
                                                 'iscoroutinefunction', 'iscoroutine', 'isawaitable', 'isasyncgenfunction', 'isasyncgen',
                                                 'isbuiltin', 'isroutine', 'isabstract', 'isdatadescriptor', 'iscode', 'isframe', 'istraceback')
                               if getattr(inspect, name)(obj)])

for f in (plain, gen, Base, Base.__init__, Base.method, Base(1).method, Base.cm, Base.sm, Base(1), Child.method, wrapped,
          lambda: 0, lambda *a, **k: 0, lambda a, /, b, *, c: 0, functools.partial(plain, 1, d=4), functools.partial(plain, 1, 2, 3)):
    sig = inspect.signature(f)
    print(sig, repr(sig)[:11], list(sig.parameters), sig.return_annotation is Signature.empty)
sig = inspect.signature(plain)
for p in sig.parameters.values():
    print(p, repr(p), p.name, p.kind, p.kind.description, int(p.kind), p.default is p.empty, p.annotation)
print(sig.return_annotation, str(Parameter.POSITIONAL_ONLY), Parameter.VAR_KEYWORD.description, Parameter.empty, Signature.empty)
print(inspect.signature(wrapped, follow_wrapped=False))
print(inspect.signature(Base.cm).parameters['k'].annotation)

ba = sig.bind(1, 2, 3, 4, 5, d=6, extra=7)
print(ba, ba.args, ba.kwargs, dict(ba.arguments))
ba = sig.bind(10, d=0)
ba.apply_defaults()
print(ba.arguments, ba.args, ba.kwargs)
print(sig.bind_partial(1).arguments, sig.bind_partial(c=3).arguments)
for args, kwargs in (((), {}), ((1,), {}), ((1, 2, 3), {'c': 4, 'd': 1}), ((1,), {'a': 2, 'd': 3}), ((1,), {'b': 2, 'd': 3})):
    try:
        sig.bind(*args, **kwargs)
    except TypeError as e:
        print('TypeError:', e)
try:
    inspect.signature(lambda a, b: 0).bind(1, 2, 3)
except TypeError as e:
    print('TypeError:', e)

p = Parameter('val', Parameter.KEYWORD_ONLY, default=3, annotation=int)
print(p, p.replace(name='other', default=Parameter.empty), p == Parameter('val', Parameter.KEYWORD_ONLY, default=3, annotation=int))
for bad in (lambda: Parameter('1x', Parameter.POSITIONAL_ONLY), lambda: Parameter('def', Parameter.POSITIONAL_ONLY),
            lambda: Parameter('a', Parameter.VAR_POSITIONAL, default=1), lambda: Parameter('a', 7)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
s2 = Signature([Parameter('a', Parameter.POSITIONAL_OR_KEYWORD), Parameter('b', Parameter.KEYWORD_ONLY, default=1)], return_annotation=str)
print(s2, s2.replace(return_annotation=Signature.empty), s2 == inspect.signature(lambda a, *, b=1: 0), hash(s2) == hash(Signature(list(s2.parameters.values()), return_annotation=str)))
try:
    Signature([Parameter('a', Parameter.KEYWORD_ONLY), Parameter('b', Parameter.POSITIONAL_OR_KEYWORD)])
except ValueError as e:
    print('ValueError', e)
try:
    Signature([Parameter('a', Parameter.POSITIONAL_OR_KEYWORD, default=1), Parameter('b', Parameter.POSITIONAL_OR_KEYWORD)])
except ValueError as e:
    print('ValueError', e)
for f in (5, None):
    try:
        inspect.signature(f)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, str(e)[:40])

print(inspect.getfullargspec(plain))
print(inspect.getfullargspec(Base.method))
print(inspect.getcallargs(plain, 1, d=2))
print(inspect.getdoc(plain))
print(repr(inspect.getdoc(Child.method)), repr(inspect.getdoc(Base.prop)), inspect.getdoc(Child), inspect.getdoc(Base(1)))
print(repr(inspect.cleandoc('  first\n    second\n      third\n\n')), repr(inspect.cleandoc('\n\n  x\n  y')), repr(inspect.cleandoc('one')))
print(inspect.indentsize('    x'), inspect.indentsize('\tx'))
print([name for name, _ in inspect.getmembers(Child) if not name.startswith('__')])
print([name for name, _ in inspect.getmembers(Base(1), inspect.ismethod) if name in vars(Base)])
print(inspect.getmembers(Base, lambda v: v == 5))
print(inspect.getmodule(plain).__name__, inspect.getmodule(Base).__name__, inspect.getmodule(inspect) is inspect, inspect.getmodule(5))
print(inspect.unwrap(wrapped) is not wrapped, inspect.unwrap(plain) is plain, inspect.getmro(Child) == Child.__mro__)
print(inspect.get_annotations(plain), inspect.get_annotations(Base.__init__), inspect.get_annotations(Base))
print(inspect.formatannotation(int), inspect.formatannotation(typing.List[int]), inspect.formatannotation(list[int]), inspect.formatannotation('x'), inspect.formatannotation(Base))


class Abstract(__import__('abc').ABC):
    @__import__('abc').abstractmethod
    def run(self):
        pass


print(inspect.isabstract(Abstract), inspect.isabstract(Base), inspect.isabstract(5))
