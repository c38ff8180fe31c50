"""Abstract Base Classes (PEP 3119), after CPython's _py_abc."""


def abstractmethod(funcobj):
    """Mark a method abstract: an ABCMeta class that keeps it abstract cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


# The three below predate stacking @abstractmethod under classmethod, staticmethod and
# property; they are deprecated but still work.

class abstractclassmethod(classmethod):
    """A classmethod whose function is abstract (deprecated)."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        # The runtime's constructor has stored the function already (its __init__ is
        # object's, which takes no arguments); only the mark is left to add.
        abstractmethod(callable)


class abstractstaticmethod(staticmethod):
    """A staticmethod whose function is abstract (deprecated)."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        # The runtime's constructor has stored the function already (its __init__ is
        # object's, which takes no arguments); only the mark is left to add.
        abstractmethod(callable)


class abstractproperty(property):
    """A property that is abstract as a whole (deprecated)."""
    __isabstractmethod__ = True


def _is_abstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    if isinstance(value, property):
        for f in (value.fget, value.fset, value.fdel):
            if getattr(f, '__isabstractmethod__', False):
                return True
        return False
    # classmethod and staticmethod objects, and a classmethod read from the class (a bound method).
    func = getattr(value, '__func__', None)
    return func is not None and getattr(func, '__isabstractmethod__', False)


def _compute_abstracts(cls, namespace, bases):
    abstracts = set()
    for name, value in namespace.items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in bases:
        for name in getattr(base, '__abstractmethods__', ()):
            if name not in abstracts and _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    return frozenset(abstracts)


class _AbcData:
    """One ABC's virtual subclasses and its memo of issubclass answers (the C version's _abc_impl)."""
    __slots__ = ('registry', 'cache', 'negative_cache', 'negative_version')

    def __init__(self):
        self.registry = []
        # Classes are memoised strongly: CPython holds them in WeakSets, which only matters for
        # classes made and dropped by the thousand.
        self.cache = set()
        self.negative_cache = set()
        self.negative_version = ABCMeta._abc_invalidation_counter


class ABCMeta(type):
    """The metaclass of abstract base classes: it tracks abstract methods, refuses to
    instantiate a class that still has some, and keeps registries of virtual subclasses."""

    # Bumped by every register() on any ABC: a negative answer memoised before may be stale.
    _abc_invalidation_counter = 0

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace, bases)
        cls._abc_impl = _AbcData()
        return cls

    def __call__(cls, *args, **kwargs):
        abstracts = getattr(cls, '__abstractmethods__', None)
        if abstracts:
            names = sorted(abstracts)
            s = 's' if len(names) > 1 else ''
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract "
                            f"method{s} {', '.join(names)}")
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        """Make `subclass` a virtual subclass of this ABC and return it (so register can be
        used as a class decorator)."""
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        # Tested after "already a subclass", so X.register(X) is a no-op.
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_impl.registry.append(subclass)
        ABCMeta._abc_invalidation_counter += 1
        return subclass

    def _abc_registry_clear(cls):
        """Forget every registered virtual subclass (meant for tests)."""
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        """Empty the isinstance/issubclass caches (meant for tests)."""
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative_cache.clear()

    def __instancecheck__(cls, instance):
        """isinstance(instance, cls), virtual subclasses included."""
        subclass = instance.__class__
        impl = cls._abc_impl
        if subclass in impl.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (impl.negative_version == ABCMeta._abc_invalidation_counter and
                    subclass in impl.negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        """issubclass(subclass, cls), virtual subclasses and __subclasshook__ included."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        impl = cls._abc_impl
        if subclass in impl.cache:
            return True
        if impl.negative_version < ABCMeta._abc_invalidation_counter:
            impl.negative_cache = set()
            impl.negative_version = ABCMeta._abc_invalidation_counter
        elif subclass in impl.negative_cache:
            return False
        hook = getattr(cls, '__subclasshook__', None)
        ok = NotImplemented if hook is None else hook(subclass)
        if ok is not NotImplemented:
            if ok:
                impl.cache.add(subclass)
            else:
                impl.negative_cache.add(subclass)
            return ok
        if cls in getattr(subclass, '__mro__', ()):
            impl.cache.add(subclass)
            return True
        for rcls in impl.registry:
            if issubclass(subclass, rcls):
                impl.cache.add(subclass)
                return True
        for scls in cls.__subclasses__():
            if issubclass(subclass, scls):
                impl.cache.add(subclass)
                return True
        impl.negative_cache.add(subclass)
        return False


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using inheritance."""
    __slots__ = ()


def get_cache_token():
    """The current version of the ABC caches: it changes with every register() on any ABC."""
    return ABCMeta._abc_invalidation_counter


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after methods were added or replaced on the class
    (no-op for a class that is not abstract); returns cls."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls  # not an abstract class: nothing to recompute
    # An inherited abstract name stays abstract unless the class now provides it concretely;
    # the class's own abstract attributes are added.
    inherited = [name for base in cls.__bases__
                 for name in getattr(base, '__abstractmethods__', ())]
    remaining = {name for name in inherited if _is_abstract(getattr(cls, name, None))}
    remaining.update(name for name, value in cls.__dict__.items() if _is_abstract(value))
    cls.__abstractmethods__ = frozenset(remaining)
    return cls
