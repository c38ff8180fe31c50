"""Helpers shared by pickle and copy: the registry of reduction functions for types, the
constructors that reductions name (__newobj__, __newobj_ex__, _reconstructor) and the
extension-code registry."""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Register pickle_function as the reducer of ob_type's instances."""
    if callable(pickle_function):
        dispatch_table[ob_type] = pickle_function
    else:
        raise TypeError("reduction functions must be callable")
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if callable(object):
        return
    raise TypeError("constructors must be callable")


def _complex_recipe(number):
    return complex, (number.real, number.imag)


pickle_complex = _complex_recipe
dispatch_table[complex] = _complex_recipe


def _reconstructor(cls, base, state):
    """Rebuild an instance pickled with protocol 0 or 1 (see _reduce_ex)."""
    if base is object:
        made = object.__new__(cls)
    else:
        made = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(made, state)
    return made


def _first_builtin_base(cls):
    for klass in cls.__mro__:
        if getattr(klass, '__module__', None) == 'builtins':
            return klass
    return object


def _reduce_ex(self, proto):
    """The protocol 0/1 reduction of a plain instance: (_reconstructor, (cls, base, state)
    [, instance state])."""
    assert proto < 2
    cls = self.__class__
    base = _first_builtin_base(cls)
    if base is cls:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    # The builtin part of the value (the int of an int subclass...), nothing for plain objects.
    value = None if base is object else base(self)
    args = (cls, base, value)
    own_getstate = any('__getstate__' in k.__dict__ for k in cls.__mro__
                       if getattr(k, '__module__', None) != 'builtins')
    if own_getstate:
        instance_state = self.__getstate__()
    else:
        if getattr(self, "__slots__", None):
            raise TypeError("a class that defines __slots__ without defining "
                            "__getstate__ cannot be pickled")
        instance_state = getattr(self, '__dict__', None)
    recipe = (_reconstructor, args)
    return recipe + (instance_state,) if instance_state else recipe


def __newobj__(cls, *args):
    """Create an instance the way NEWOBJ does: cls.__new__ with the pickled arguments."""
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Create an instance the way NEWOBJ_EX does: cls.__new__ with keyword arguments."""
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """The names of cls's slots across its bases (mangled for private ones), cached on cls."""
    cached = cls.__dict__.get("__slotnames__")
    if cached is not None:
        return cached
    found = []
    if hasattr(cls, "__slots__"):
        for klass in cls.__mro__:
            if "__slots__" not in klass.__dict__:
                continue
            declared = klass.__dict__["__slots__"]
            if isinstance(declared, str):
                declared = (declared,)
            for name in declared:
                if name in ("__dict__", "__weakref__"):
                    continue
                if name.startswith('__') and not name.endswith('__'):
                    bare = klass.__name__.lstrip('_')
                    found.append('_%s%s' % (bare, name) if bare else name)
                else:
                    found.append(name)
    try:
        cls.__slotnames__ = found
    except Exception:
        pass
    return found


_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    """Register an extension code."""
    code = int(code)
    if code < 1 or code > 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    old_code = _extension_registry.get(key)
    old_key = _inverted_registry.get(code)
    if old_code == code and old_key == key:
        return
    if old_code is not None:
        raise ValueError("key %s is already registered with code %s" % (key, old_code))
    if old_key is not None:
        raise ValueError("code %s is already in use for key %s" % (code, old_key))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister an extension code.  For testing only."""
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError("key %s is not registered with code %s" % (key, code))
    _extension_registry.pop(key)
    _inverted_registry.pop(code)
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
