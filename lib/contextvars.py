"""Context variables: ContextVar (a value per Context, set and reset through Tokens), Context (an
immutable mapping of variables to values that run() makes current) and copy_context()."""

__all__ = ["Context", "ContextVar", "Token", "copy_context"]

_GenericAlias = type(list[int])


class _Missing:
    def __repr__(self):
        return "<Token.MISSING>"


_MISSING = _Missing()


class Context:
    """A mapping of context variables to values. Setting a variable while a Context is current
    replaces the Context's mapping with a changed copy, so copies taken before are unaffected."""

    __module__ = "_contextvars"

    __slots__ = ('_data', '_entered')

    def __init__(self):
        self._data = {}
        self._entered = False

    def run(self, *args, **kwargs):
        """Call callable with this Context current; the changes it makes stay in this Context."""
        if not args:
            raise TypeError("run() missing 1 required positional argument")
        callable, *args = args
        if kwargs:
            return _run_in(self, callable, args, kwargs)
        return _run_in(self, callable, args)

    def copy(self):
        return _sharing(self._data)

    def __getitem__(self, var):
        _check_var(var)
        return self._data[var]

    def get(self, var, default=None):
        _check_var(var)
        return self._data.get(var, default)

    def __contains__(self, var):
        _check_var(var)
        return var in self._data

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


def _check_var(var):
    if not isinstance(var, ContextVar):
        raise TypeError("a ContextVar key was expected, got %r" % (var,))


def _run_in(ctx, callable, args, kwargs=None):
    """callable(*args, **kwargs) with ctx current (asyncio runs every callback this way)."""
    global _current
    if ctx._entered:
        raise RuntimeError("cannot enter context: %r is already entered" % (ctx,))
    outer = _current
    ctx._entered = True
    _current = ctx
    try:
        if kwargs:
            return callable(*args, **kwargs)
        return callable(*args)
    finally:
        _current = outer
        ctx._entered = False


def _sharing(data):
    """A new Context over `data`, which it shares until either side sets a variable."""
    ctx = Context.__new__(Context)
    ctx._data = data
    ctx._entered = False
    return ctx


_current = Context()


def copy_context():
    """A copy of the current Context."""
    return _sharing(_current._data)


class ContextVar:
    """A variable whose value depends on the current Context."""

    __module__ = "_contextvars"

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.ContextVar' is not an acceptable base type")

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    @property
    def name(self):
        return self._name

    def get(self, *args):
        """The value in the current Context, else the default given here, else the variable's
        default; LookupError if there is none."""
        if len(args) > 1:
            raise TypeError("get expected at most 1 argument, got %d" % len(args))
        data = _current._data
        if self in data:
            return data[self]
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        """Give the variable a value in the current Context; the Token undoes it."""
        ctx = _current
        data = ctx._data
        old = data.get(self, _MISSING)
        new = dict(data)
        new[self] = value
        ctx._data = new
        return Token(ctx, self, old)

    def reset(self, token):
        """Give the variable back the value it had before the set() that made token."""
        if not isinstance(token, Token):
            raise TypeError("expected an instance of Token, got %r" % (token,))
        if token._used:
            raise RuntimeError("%r has already been used once" % (token,))
        if token._var is not self:
            raise ValueError("%r was created by a different ContextVar" % (token,))
        ctx = _current
        if token._ctx is not ctx:
            raise ValueError("%r was created in a different Context" % (token,))
        new = dict(ctx._data)
        if token._old_value is _MISSING:
            new.pop(self, None)
        else:
            new[self] = token._old_value
        ctx._data = new
        token._used = True

    def __repr__(self):
        default = ""
        if self._default is not _MISSING:
            default = " default=%r" % (self._default,)
        return "<ContextVar name=%r%s at 0x%x>" % (self._name, default, id(self))

    __class_getitem__ = classmethod(_GenericAlias)


class Token:
    """What ContextVar.set() returns, for ContextVar.reset()."""

    __module__ = "_contextvars"

    MISSING = _MISSING

    def __init__(self, ctx, var, old_value):
        self._ctx = ctx
        self._var = var
        self._old_value = old_value
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __repr__(self):
        used = " used" if self._used else ""
        return "<Token%s var=%r at 0x%x>" % (used, self._var, id(self))

    __class_getitem__ = classmethod(_GenericAlias)
