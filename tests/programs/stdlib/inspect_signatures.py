import functools
import inspect
import typing
from inspect import Parameter, Signature

P = Parameter


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


ANNOTATIONS = [P.empty, P.empty, int, str, list[int], typing.Optional[int], 'Fwd', None, typing.List[str], dict[str, tuple[int, ...]]]
DEFAULTS = [P.empty, P.empty, P.empty, 0, None, 'text', (1, 2), -5]
KINDS = [P.POSITIONAL_ONLY, P.POSITIONAL_OR_KEYWORD, P.VAR_POSITIONAL, P.KEYWORD_ONLY, P.VAR_KEYWORD]


def random_parameters(rng, ordered):
    params = []
    kind_index = 0
    for i in range(rng.next(6)):
        if ordered:
            kind_index = min(kind_index + rng.pick([0, 0, 0, 1, 1, 2]), len(KINDS) - 1)
        else:
            kind_index = rng.next(len(KINDS))
        kind = KINDS[kind_index]
        default = rng.pick(DEFAULTS)
        if kind in (P.VAR_POSITIONAL, P.VAR_KEYWORD):
            default = P.empty
        params.append(P('p%d' % i, kind, default=default, annotation=rng.pick(ANNOTATIONS)))
        if ordered and kind in (P.VAR_POSITIONAL, P.VAR_KEYWORD):
            if kind == P.VAR_KEYWORD:
                break
            kind_index += 1
    return params


def random_call(rng, sig):
    names = list(sig.parameters) + ['zz', 'p9']
    positional = [p for p in sig.parameters.values() if p.kind <= P.VAR_POSITIONAL]
    args = tuple(100 + k for k in range(rng.next(len(positional) + 2)))
    kwargs = {}
    for _ in range(rng.next(4)):
        kwargs[rng.pick(names)] = 200 + rng.next(50)
    return args, kwargs


def describe_bound(ba):
    return '%s args=%s kwargs=%s' % (dict(ba.arguments), ba.args, ba.kwargs)


rng = Lcg(2024)
valid = []
for case in range(70):
    ordered = rng.next(4) != 0
    params = random_parameters(rng, ordered)
    try:
        sig = Signature(params, return_annotation=rng.pick(ANNOTATIONS))
    except ValueError as e:
        print(case, 'ValueError', e)
        continue
    valid.append(sig)
    print(case, str(sig), repr(sig) == '<Signature %s>' % sig, len(sig.parameters))

for index, sig in enumerate(valid):
    for attempt in range(4):
        args, kwargs = random_call(rng, sig)
        show('bind %d.%d %s %s:' % (index, attempt, args, kwargs), lambda: describe_bound(sig.bind(*args, **dict(kwargs))))
        show('partial %d.%d:' % (index, attempt), lambda: describe_bound(sig.bind_partial(*args, **dict(kwargs))))
    try:
        ba = sig.bind_partial()
        ba.apply_defaults()
        print('defaults', index, ba, ba.args, ba.kwargs)
    except TypeError as e:
        print('defaults', index, 'TypeError', e)


# Real functions of every shape.
def f_plain(a, b, c):
    return a


def f_defaults(a, b=1, c='x'):
    return a


def f_posonly(a, b, /, c, d=4):
    return a


def f_star(a, *args, k, m=3, **kw):
    return a


def f_kwonly(*, x, y=2):
    return x


def f_ann(a: int, b: 'str' = 'q', *rest: float, flag: bool = False, **extra: typing.Any) -> typing.Dict[str, int]:
    return {}


def f_var(*args, **kwargs):
    return args


def f_empty():
    return None


def f_posonly_defaults(a=1, b=2, /, **kw):
    return a


FUNCS = [f_plain, f_defaults, f_posonly, f_star, f_kwonly, f_ann, f_var, f_empty, f_posonly_defaults,
         lambda: 0, lambda x, /, y=1, *z, w, **v: 0, lambda *, only: 0]
for f in FUNCS:
    sig = inspect.signature(f)
    print(f.__name__, sig, [(p.name, str(p.kind), p.kind.description) for p in sig.parameters.values()])
    print('  fullargspec', inspect.getfullargspec(f))
    for attempt in range(6):
        args, kwargs = random_call(rng, sig)
        outcome = []
        try:
            f(*args, **kwargs)
            outcome.append('call ok')
        except TypeError:
            outcome.append('call fails')
        try:
            outcome.append(describe_bound(sig.bind(*args, **kwargs)))
        except TypeError as e:
            outcome.append('bind TypeError %s' % e)
        try:
            outcome.append('callargs %s' % inspect.getcallargs(f, *args, **kwargs))
        except TypeError as e:
            outcome.append('callargs TypeError %s' % e)
        print('  ', args, kwargs, ' | '.join(outcome))

for f in (f_plain, f_defaults, f_posonly, f_star, f_kwonly):
    for args, kwargs in (((), {}), ((1,), {}), ((1, 2, 3, 4, 5), {}), ((1,), {'k': 1, 'x': 2}), ((1, 2), {'a': 0}),
                         ((1, 2, 3, 4, 5, 6), {'k': 1}), ((), {'a': 1, 'b': 2, 'c': 3, 'x': 1}), ((1,), {'zz': 0})):
        show('getcallargs %s %s %s:' % (f.__name__, args, kwargs), lambda: inspect.getcallargs(f, *args, **kwargs))


# Parameter validation and replace.
for make in (lambda: P('ok', P.KEYWORD_ONLY), lambda: P('', P.POSITIONAL_ONLY), lambda: P(3, P.POSITIONAL_ONLY),
             lambda: P('class', P.POSITIONAL_OR_KEYWORD), lambda: P('class', P.POSITIONAL_ONLY), lambda: P('a b', 1),
             lambda: P('a', 5), lambda: P('a', -1), lambda: P('a', 'x'), lambda: P('a', 2, default=1), lambda: P('a', 4, default=None),
             lambda: P('.0', P.POSITIONAL_OR_KEYWORD), lambda: P('.3', P.KEYWORD_ONLY), lambda: P(P.empty, 1),
             lambda: P('a', 1).replace(kind=P.VAR_KEYWORD, default=3), lambda: P('a', 1, default=2).replace(name='b'),
             lambda: P('a', 1, default=2).replace(default=P.empty, annotation=int), lambda: P('x', 3, default=[1], annotation='T'),
             lambda: P('a', 0).kind is P.POSITIONAL_ONLY, lambda: P('a', 1) == P('a', 1), lambda: P('a', 1) == P('a', 1, default=None),
             lambda: P('a', 1) == 'a', lambda: hash(P('a', 1, default=2)) == hash(P('a', 1, default=2)),
             lambda: repr(P('w', P.VAR_KEYWORD, annotation=dict)), lambda: [str(k) for k in P('a', 1).kind.__class__],
             lambda: [k.description for k in KINDS], lambda: [int(k) for k in KINDS]):
    show('param:', make)

# Signature construction errors, equality and replace.
base = Signature([P('a', 0), P('b', 1, default=2), P('c', 3), P('d', 3, default=1)], return_annotation=int)
for make in (lambda: Signature([P('a', 1), P('a', 3)]), lambda: Signature([P('a', 3), P('b', 0)]),
             lambda: Signature([P('a', 4), P('b', 2)]), lambda: Signature([P('a', 0, default=1), P('b', 1)]),
             lambda: Signature([P('a', 3, default=1), P('b', 3)]), lambda: Signature(), lambda: Signature(None, return_annotation=str),
             lambda: base, lambda: base.replace(return_annotation=Signature.empty),
             lambda: base.replace(parameters=list(base.parameters.values())[::-1]),
             lambda: base.replace(parameters=[]), lambda: base == Signature([P('a', 0), P('b', 1, default=2), P('d', 3, default=1), P('c', 3)], return_annotation=int),
             lambda: base == base.replace(return_annotation=str), lambda: base == 5,
             lambda: hash(base) == hash(base.replace()), lambda: list(base.parameters), lambda: base.return_annotation,
             lambda: Signature([P('a', 0), P('b', 0)]), lambda: Signature([P('a', 2), P('b', 3)]), lambda: Signature([P('a', 0), P('k', 3)])):
    show('sig:', make)


# Classes, methods, callables, partials, wrappers.
class Meta(type):
    def __call__(cls, token, *, strict=False):
        return super().__call__()


class WithMeta(metaclass=Meta):
    pass


class WithInit:
    def __init__(self, x, y=0, *, z):
        pass

    def method(self, a, b=1):
        return a

    @classmethod
    def build(cls, source: str) -> 'WithInit':
        return cls(1, z=2)

    @staticmethod
    def utility(u, /, v):
        return u

    def __call__(self, *items, sep=' '):
        return items


class WithNew:
    def __new__(cls, count, label='n'):
        return super().__new__(cls)


class Inherits(WithInit):
    pass


class NoInit:
    pass


class Explicit:
    __signature__ = Signature([P('magic', 1)])

    def __call__(self, other):
        return other


def decorate(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)
    return wrapper


@decorate
def decorated(q, r=5, *, s):
    return q


class BadSig:
    __signature__ = 'nope'

    def __call__(self):
        return 0


def odd_method(*args, k=1):
    return args


class Holder:
    m = odd_method

    def kw_first(*, a):
        return a

    def no_params():
        return 0


CALLABLES = [WithMeta, WithInit, WithNew, Inherits, NoInit, WithInit(1, z=2), WithInit.method, WithInit(1, z=2).method,
             WithInit.build, WithInit.utility, Explicit, Explicit(), decorated, Holder().m]
for obj in CALLABLES:
    show('callable %s:' % getattr(obj, '__name__', type(obj).__name__), lambda: inspect.signature(obj))
show('follow_wrapped=False:', lambda: inspect.signature(decorated, follow_wrapped=False))
show('bad __signature__:', lambda: inspect.signature(BadSig()))
for obj in (Holder().kw_first, Holder().no_params, 3, 'text'):
    show('unsupported %s:' % type(obj).__name__, lambda: inspect.signature(obj))
show('fullargspec bound:', lambda: inspect.getfullargspec(WithInit(1, z=2).method))
show('fullargspec class:', lambda: inspect.getfullargspec(WithInit))
show('fullargspec int:', lambda: inspect.getfullargspec(5))
show('callargs bound:', lambda: sorted(inspect.getcallargs(WithInit(1, z=2).method, 7)))
show('callargs classmethod:', lambda: inspect.getcallargs(WithInit.build, 'src'))

partial_targets = [f_plain, f_defaults, f_posonly, f_star, f_kwonly, f_var, f_ann]
for target in partial_targets:
    for attempt in range(5):
        sig = inspect.signature(target)
        args = tuple(range(rng.next(4)))
        names = list(sig.parameters) + ['zz']
        keywords = {}
        for _ in range(rng.next(3)):
            keywords[rng.pick(names)] = 'kw%d' % rng.next(10)
        part = functools.partial(target, *args, **keywords)
        try:
            print('partial', target.__name__, args, keywords, inspect.signature(part))
        except ValueError as e:
            print('partial', target.__name__, args, keywords, 'ValueError', str(e).split(' has ')[-1])
for part in (functools.partial(f_plain, b=1), functools.partial(f_plain, 1, c=3), functools.partial(f_star, 1, 2, k=0),
             functools.partial(f_star, a=1), functools.partial(f_posonly, 1, c=2), functools.partial(f_ann, 1, 'b', 2.0, flag=True),
             functools.partial(f_var, 1, x=2), functools.partial(f_defaults, b=None), functools.partial(f_kwonly, x=0, zz=1)):
    try:
        print('fixed partial', part.func.__name__, part.args, part.keywords, inspect.signature(part))
    except ValueError as e:
        print('fixed partial', part.func.__name__, 'ValueError', str(e).split(' has ')[-1])
nested = functools.partial(functools.partial(f_defaults, 1), c='z')
print('nested partial', inspect.signature(nested), inspect.signature(functools.partial(WithInit, 1)))
print('partial method', inspect.signature(functools.partial(WithInit(1, z=2).method, 4)))
