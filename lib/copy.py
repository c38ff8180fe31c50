"""Generic (shallow and deep) copying operations, after CPython's copy module.

Objects that define ``__copy__`` / ``__deepcopy__`` are asked; builtin containers are copied
directly; other instances are rebuilt the way ``object.__reduce_ex__(4)`` would: a bare
``cls.__new__(cls)`` whose attributes (``__dict__`` and ``__slots__``) are set from the
original's, through ``__setstate__`` when the class has one.
"""

import types as _types


class Error(Exception):
    pass


error = Error

__all__ = ['Error', 'copy', 'deepcopy']

# Immutable builtins that copy and deepcopy both hand back as they are.
_ATOMIC = (type(None), int, float, bool, complex, str, bytes, type, range, property,
           type(Ellipsis), type(NotImplemented), _types.FunctionType,
           _types.BuiltinFunctionType)


def _is_atomic(x):
    return x is None or isinstance(x, _ATOMIC) and type(x) in _ATOMIC or isinstance(x, type)


# Builtin types whose objects copy as themselves (they are immutable, or copy.py treats them
# as such), named as type(x) shows them.
_SHARED_AS_IS = frozenset(['code', 'wrapper_descriptor', 'method-wrapper', 'weakref.ReferenceType',
                           'weakref'])

# Builtin types that pickling, and so copying, refuses: generators, views onto other objects,
# interpreter internals, and objects tied to an OS resource or a running thread.
_REFUSED = frozenset([
    'generator', 'coroutine', 'async_generator', 'dict_keys', 'dict_values', 'dict_items',
    'odict_keys', 'odict_values', 'odict_items', 'mappingproxy', 'cell', 'frame', 'traceback',
    'module', 'classmethod', 'staticmethod', 'getset_descriptor', 'member_descriptor',
    '_io.TextIOWrapper', '_io.BufferedReader', '_io.BufferedWriter', '_io.BufferedRandom',
    '_io.FileIO', '_thread.lock', '_thread.RLock', '_hashlib.HASH', '_hashlib.HASHXOF',
    '_hashlib.HMAC', '_blake2.blake2b', '_blake2.blake2s', '_struct.Struct',
    '_struct.unpack_iterator', '_csv.reader', '_csv.writer',
])

# Types whose name here differs from CPython's, by the name CPython's messages use.
_CPYTHON_LABELS = {'csv.reader': '_csv.reader', 'csv.writer': '_csv.writer'}


def _type_label(cls):
    """A type's name as CPython's messages give it: qualified by its module unless builtin."""
    module = getattr(cls, '__module__', None)
    name = getattr(cls, '__qualname__', None) or getattr(cls, '__name__', '?')
    if module is None or module == 'builtins':
        return name
    return '%s.%s' % (module, name)


def _shared_or_refused(x):
    """For an object of a builtin type the copy functions cannot rebuild: True when it copies
    as itself; raises pickling's TypeError when its type cannot be pickled at all."""
    label = _type_label(type(x))
    label = _CPYTHON_LABELS.get(label, label)
    if label in _SHARED_AS_IS:
        return True
    if label == 'memoryview':
        raise TypeError('cannot pickle memoryview objects')
    if label in _REFUSED:
        raise TypeError("cannot pickle '%s' object" % label)
    return False


def _is_method(x):
    return isinstance(x, _types.MethodType)


def _state_of(x):
    getstate = getattr(x, '__getstate__', None)
    if getstate is not None:
        try:
            return getstate()
        except TypeError:
            pass
    state = getattr(x, '__dict__', None)
    slots = _slotnames(type(x))
    if slots:
        slotstate = {}
        for name in slots:
            try:
                slotstate[name] = getattr(x, name)
            except AttributeError:
                pass
        return (state if state else None, slotstate)
    return state if state else None


def _slotnames(cls):
    names = []
    for c in cls.__mro__:
        if '__slots__' in c.__dict__:
            slots = c.__dict__['__slots__']
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name in ('__dict__', '__weakref__'):
                    continue
                if name.startswith('__') and not name.endswith('__'):
                    name = '_%s%s' % (c.__name__.lstrip('_'), name)
                names.append(name)
    return names


def _set_state(y, state):
    if state is None:
        return
    if hasattr(y, '__setstate__'):
        y.__setstate__(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        for key, value in state.items():
            object.__setattr__(y, key, value)
    if slotstate:
        for key, value in slotstate.items():
            object.__setattr__(y, key, value)


def copy(x):
    """A copy of x that shares its contents with x (one level deep)."""
    cls = type(x)
    if _is_atomic(x):
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    if cls is tuple or cls is frozenset or cls is slice:
        return x
    if cls is bytearray:
        return bytearray(x)
    if _is_method(x):
        # a bound method pickles as "look the name up on the same object again"
        return getattr(x.__self__, x.__func__.__name__)
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    if _shared_or_refused(x):
        return x
    recipe = _recipe(x)
    if recipe is not None:
        return _rebuild(x, recipe, None)
    return _reconstruct(x, None)


def _recipe(x):
    """What x's own __reduce_ex__ or __reduce__ returns, when a class of the program (not a
    builtin) defines one: (callable, args[, state[, list items[, dict items]]]), or a str naming
    a global, which copies as x itself. None when no such class does."""
    reduce_ex_owner = reduce_owner = None
    for klass in type(x).__mro__:
        if getattr(klass, '__module__', None) == 'builtins':
            break
        namespace = klass.__dict__
        if reduce_ex_owner is None and '__reduce_ex__' in namespace:
            reduce_ex_owner = klass
        if reduce_owner is None and '__reduce__' in namespace:
            reduce_owner = klass
    if reduce_ex_owner is not None:
        return x.__reduce_ex__(4)
    if reduce_owner is not None:
        return x.__reduce__()
    return None


def _rebuild(x, recipe, memo):
    """A new object made from a reduction recipe, as pickle would make it (copy._reconstruct)."""
    if isinstance(recipe, str):
        return x
    if not isinstance(recipe, tuple):
        raise Error("un(deep)copyable object of type %s" % type(x))
    make, args, state, list_items, dict_items = (tuple(recipe) + (None,) * 5)[:5]
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = make(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            slot_values = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slot_values = state
            if state is not None:
                y.__dict__.update(state)
            for name, value in (slot_values or {}).items():
                setattr(y, name, value)
    for item in (list_items if list_items is not None else ()):
        y.append(deepcopy(item, memo) if deep else item)
    for key, value in (dict_items if dict_items is not None else ()):
        if deep:
            key, value = deepcopy(key, memo), deepcopy(value, memo)
        y[key] = value
    return y


def _new_arguments(x):
    """The (args, kwargs) that protocol 4 pickling would pass to cls.__new__ for x: from
    __getnewargs_ex__ or __getnewargs__ when x has one (the value of an int, str or complex
    subclass, the fields of a namedtuple), else nothing."""
    with_keywords = getattr(x, '__getnewargs_ex__', None)
    if with_keywords is not None:
        args, kwargs = with_keywords()
        return tuple(args), dict(kwargs)
    positional = getattr(x, '__getnewargs__', None)
    if positional is not None:
        args = tuple(positional())
        if isinstance(x, str):
            # The value of a str subclass may come back as x itself; rebuilding from x would
            # recurse, its plain text is what the new object needs.
            args = tuple(str.__str__(a) if a is x else a for a in args)
        return args, {}
    if isinstance(x, tuple):
        return (tuple(x),), {}
    return (), {}


def _exception_arguments(x):
    """The arguments an exception is rebuilt from: its args, and for an OSError made from an
    (errno, strerror) pair also the file names it carries."""
    args = x.args
    if isinstance(x, OSError) and len(args) == 2 and x.filename is not None:
        if x.filename2 is None:
            return args + (x.filename,)
        return args + (x.filename, None, x.filename2)
    return args


def _reconstruct(x, memo):
    cls = type(x)
    deep = memo is not None
    if isinstance(x, BaseException):
        # exceptions pickle as a call of the class with their args, so __init__ runs again
        args = _exception_arguments(x)
        y = cls(*(deepcopy(args, memo) if deep else args))
        if isinstance(x, ImportError):
            for name in ('name', 'path'):
                value = getattr(x, name)
                if value is not None:
                    setattr(y, name, deepcopy(value, memo) if deep else value)
    else:
        args, kwargs = _new_arguments(x)
        if deep and (args or kwargs):
            args, kwargs = deepcopy((args, kwargs), memo)
        y = cls.__new__(cls, *args, **kwargs)
    if deep:
        memo[id(x)] = y
    state = _state_of(x)
    if deep and state is not None:
        state = deepcopy(state, memo)
    _set_state(y, state)
    # The items go through the subclass's own methods, as pickling's list and dict items do:
    # iter() and append(), items() and item assignment.
    if isinstance(x, list):
        for item in x:
            y.append(deepcopy(item, memo) if deep else item)
    if isinstance(x, dict):
        for key, value in x.items():
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    if isinstance(x, set):
        for item in x:
            set.add(y, deepcopy(item, memo) if deep else item)
    return y


def deepcopy(x, memo=None, _nil=[]):
    """A copy of x in which everything x holds is copied too; an object reached twice is copied
    once (memo maps the id of each original to its copy)."""
    if memo is None:
        memo = {}
    key = id(x)
    earlier = memo.get(key, _nil)
    if earlier is not _nil:
        return earlier
    cls = type(x)
    if _is_atomic(x):
        return x
    if cls is list:
        y = []
        memo[key] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[key] = y
        for k, value in x.items():
            y[deepcopy(k, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # Copying the items may have copied this very tuple (through a cycle): use that copy.
        if key in memo:
            return memo[key]
        # A tuple whose items all come back as themselves is returned as itself.
        unchanged = all(old is new for old, new in zip(x, items))
        y = x if unchanged else tuple(items)
    elif cls is set:
        y = set()
        memo[key] = y
        for a in x:
            y.add(deepcopy(a, memo))
    elif cls is frozenset:
        y = frozenset(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    elif cls is slice:
        y = slice(deepcopy(x.start, memo), deepcopy(x.stop, memo), deepcopy(x.step, memo))
    elif _is_method(x):
        # the same function, bound to a copy of the object
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        elif _shared_or_refused(x):
            return x
        else:
            recipe = _recipe(x)
            y = _reconstruct(x, memo) if recipe is None else _rebuild(x, recipe, memo)
    if y is not x:
        memo[key] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]

