"""Decimal floating point arithmetic following the General Decimal Arithmetic specification.

A Decimal is kept as four fields: a sign (0 or 1), a coefficient (a non-negative int), an
exponent (an int) and a kind (finite, infinity, quiet NaN or signaling NaN; a NaN's coefficient is
its payload). The value of a finite Decimal is (-1)**sign * coefficient * 10**exponent. Python ints
have no size limit, so every operation is exact integer work followed by one rounding step that
applies the context: its precision, rounding mode and exponent limits.
"""

import math
import numbers
import re
import sys
from _decimal_digits import digit_count as _digit_count, digits_of as _digits_of, \
    int_of_digits as _int_of_digits
from collections import namedtuple
from contextvars import ContextVar

__all__ = [
    'Decimal', 'Context', 'DecimalTuple',
    'DefaultContext', 'BasicContext', 'ExtendedContext',
    'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero',
    'Inexact', 'Rounded', 'Subnormal', 'Overflow', 'Underflow', 'FloatOperation',
    'DivisionImpossible', 'InvalidContext', 'ConversionSyntax', 'DivisionUndefined',
    'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP',
    'ROUND_HALF_DOWN', 'ROUND_05UP',
    'setcontext', 'getcontext', 'localcontext',
    'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY', 'HAVE_THREADS', 'HAVE_CONTEXTVAR',
]

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'

_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_DOWN,
              ROUND_HALF_EVEN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True


# ---------------------------------------------------------------------------------------------
# Signals. Each is an exception class and a flag in every Context. The four "conditions" below
# InvalidOperation only say why an operation was invalid; they share InvalidOperation's flag.

class DecimalException(ArithmeticError):
    """The root of the decimal signals."""


class Clamped(DecimalException):
    """An exponent was changed to fit the context's limits."""


class InvalidOperation(DecimalException):
    """An operation had no meaningful result; untrapped, it gives NaN."""


class ConversionSyntax(InvalidOperation):
    """A string was not a number."""


class DivisionByZero(DecimalException, ZeroDivisionError):
    """A finite non-zero number was divided by zero."""


class DivisionImpossible(InvalidOperation):
    """An integer quotient needed more digits than the precision."""


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Zero was divided by zero."""


class Inexact(DecimalException):
    """Rounding discarded non-zero digits."""


class InvalidContext(InvalidOperation):
    """The context was unusable."""


class Rounded(DecimalException):
    """Rounding discarded digits (perhaps only zeros)."""


class Subnormal(DecimalException):
    """A result's adjusted exponent was below Emin."""


class Overflow(Inexact, Rounded):
    """A result's exponent was too large to represent."""


class Underflow(Inexact, Rounded, Subnormal):
    """A subnormal result was inexact."""


try:
    class FloatOperation(DecimalException, TypeError):
        """A float was mixed with Decimals (in a constructor or a comparison)."""
except TypeError:
    # A runtime that gives every builtin exception its own instance layout refuses the two
    # bases; the signal then stays a plain DecimalException.
    class FloatOperation(DecimalException):
        """A float was mixed with Decimals (in a constructor or a comparison)."""


# The order flags are listed in, and the order in which a trapped signal is chosen to be raised.
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal,
            Inexact, Rounded, Clamped)
# The order an exception's argument lists what happened.
_CONDITIONS = (InvalidOperation, ConversionSyntax, DivisionImpossible, DivisionUndefined,
               InvalidContext, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal,
               Inexact, Rounded, Clamped)
# The order a Context's repr lists flags and traps in.
_LISTING_ORDER = (Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow,
                  Rounded, Subnormal, Underflow)


def _flag_of(condition):
    # The four conditions that only say why an operation was invalid share its flag. Identity
    # tests, not `in`: this runs for everything every operation reports.
    if (condition is ConversionSyntax or condition is DivisionImpossible
            or condition is DivisionUndefined or condition is InvalidContext):
        return InvalidOperation
    return condition


_SIGNAL_LIST_TEXT = ("valid values for signals are:\n"
                     "  [InvalidOperation, FloatOperation, DivisionByZero,\n"
                     "   Overflow, Underflow, Subnormal, Inexact, Rounded,\n"
                     "   Clamped]")
_ROUNDING_LIST_TEXT = ("valid values for rounding are:\n"
                       "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                       "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                       "   ROUND_05UP]")


def _report(ctx, happened):
    """Record what an operation signalled in ctx's flags; raise if any of it is trapped."""
    if not happened:
        return
    flags, traps = ctx._flags._on, ctx._traps._on
    caught = False
    for condition in happened:
        signal = _flag_of(condition)
        flags[signal] = True
        if traps[signal]:
            caught = True
    if caught:
        trapped = [c for c in _CONDITIONS if c in happened and traps[_flag_of(c)]]
        first = [s for s in _SIGNALS if any(_flag_of(c) is s for c in trapped)][0]
        raise first(trapped)


class SignalDict:
    """The flags or traps of a Context: one boolean per signal, keyed by the signal classes."""

    __module__ = 'abc'

    def __init__(self, on=()):
        self._on = {s: s in on for s in _SIGNALS}

    def __getitem__(self, key):
        if key not in self._on:
            raise KeyError(_SIGNAL_LIST_TEXT)
        return self._on[key]

    def __setitem__(self, key, value):
        if key not in self._on:
            raise KeyError(_SIGNAL_LIST_TEXT)
        self._on[key] = bool(value)

    def __delitem__(self, key):
        raise ValueError('signal keys cannot be deleted')

    def __contains__(self, key):
        return key in self._on

    def __iter__(self):
        return iter(list(self._on))

    def __len__(self):
        return len(self._on)

    def keys(self):
        return list(self._on)

    def values(self):
        return list(self._on.values())

    def items(self):
        return list(self._on.items())

    def get(self, key, default=None):
        return self._on.get(key, default)

    def copy(self):
        return {s: v for s, v in self._on.items()}

    def __eq__(self, other):
        if isinstance(other, SignalDict):
            return self._on == other._on
        if isinstance(other, dict):
            return self._on == other
        return NotImplemented

    def __repr__(self):
        return '{' + ', '.join('%r:%s' % (s, v) for s, v in self._on.items()) + '}'

    def _set_signals(self):
        return [s for s in _SIGNALS if self._on[s]]

    def _set_names(self):
        return [s.__name__ for s in _LISTING_ORDER if self._on[s]]


def _signals_from(value):
    """The set signals that a list or a complete dict names (Context's flags/traps arguments)."""
    if isinstance(value, SignalDict):
        return [s for s in _SIGNALS if value._on[s]]
    if isinstance(value, dict):
        if len(value) != len(_SIGNALS) or any(s not in value for s in _SIGNALS):
            raise KeyError('invalid signal dict')
        return [s for s in _SIGNALS if value[s]]
    chosen = []
    for s in value:
        if s not in _SIGNALS:
            raise KeyError(_SIGNAL_LIST_TEXT)
        chosen.append(s)
    return chosen


def _signals_from_dict(value):
    """Assigning flags or traps takes only a mapping (the constructor also takes a list)."""
    if not isinstance(value, (SignalDict, dict)):
        raise TypeError('argument must be a signal dict')
    return _signals_from(value)


# ---------------------------------------------------------------------------------------------
# Context

def _as_c_int(value):
    if not isinstance(value, int):
        raise TypeError('an integer is required')
    return value


def _zero_or_one_setting(name):
    """A Context setting that takes only 0 or 1 (capitals, clamp), kept in `_<name>`."""
    stored = '_' + name

    def get(self):
        return getattr(self, stored)

    def set(self, value):
        value = _as_c_int(value)
        if value not in (0, 1):
            raise ValueError('valid values for %s are 0 or 1' % name)
        object.__setattr__(self, stored, value)

    return property(get, set)


class Context:
    """Precision, rounding, exponent limits and the flags and traps of the signals."""
    __memphis_type_name__ = 'decimal.Context'  # what messages call it, as CPython's C type

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None,
                 flags=None, traps=None):
        # Unset arguments come from DefaultContext as it is now (flags included), as in CPython.
        base = _defaults_source[0]
        object.__setattr__(self, '_prec', base._prec)
        object.__setattr__(self, '_rounding', base._rounding)
        object.__setattr__(self, '_emin', base._emin)
        object.__setattr__(self, '_emax', base._emax)
        object.__setattr__(self, '_capitals', base._capitals)
        object.__setattr__(self, '_clamp', base._clamp)
        object.__setattr__(self, '_flags', SignalDict(_signals_from(base._flags)))
        object.__setattr__(self, '_traps', SignalDict(_signals_from(base._traps)))
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        if flags is not None:
            object.__setattr__(self, '_flags', SignalDict(_signals_from(flags)))
        if traps is not None:
            object.__setattr__(self, '_traps', SignalDict(_signals_from(traps)))

    # -- attributes, checked as C's setters check them ----------------------------------------

    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, value):
        value = _as_c_int(value)
        if not 1 <= value <= MAX_PREC:
            raise ValueError('valid range for prec is [1, MAX_PREC]')
        object.__setattr__(self, '_prec', value)

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, value):
        if not isinstance(value, str) or value not in _ROUNDINGS:
            raise TypeError(_ROUNDING_LIST_TEXT)
        object.__setattr__(self, '_rounding', value)

    @property
    def Emin(self):
        return self._emin

    @Emin.setter
    def Emin(self, value):
        value = _as_c_int(value)
        if not MIN_EMIN <= value <= 0:
            raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        object.__setattr__(self, '_emin', value)

    @property
    def Emax(self):
        return self._emax

    @Emax.setter
    def Emax(self, value):
        value = _as_c_int(value)
        if not 0 <= value <= MAX_EMAX:
            raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        object.__setattr__(self, '_emax', value)

    capitals = _zero_or_one_setting('capitals')
    clamp = _zero_or_one_setting('clamp')

    @property
    def flags(self):
        return self._flags

    @flags.setter
    def flags(self, value):
        object.__setattr__(self, '_flags', SignalDict(_signals_from_dict(value)))

    @property
    def traps(self):
        return self._traps

    @traps.setter
    def traps(self, value):
        object.__setattr__(self, '_traps', SignalDict(_signals_from_dict(value)))

    def __setattr__(self, name, value):
        if name in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'):
            object.__setattr__(self, name, value)
            return
        raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)

    def __delattr__(self, name):
        raise AttributeError('context attributes cannot be deleted')

    def __repr__(self):
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, '
                'flags=[%s], traps=[%s])'
                % (self._prec, self._rounding, self._emin, self._emax, self._capitals,
                   self._clamp, ', '.join(self._flags._set_names()),
                   ', '.join(self._traps._set_names())))

    def __reduce__(self):
        return (Context, (self._prec, self._rounding, self._emin, self._emax, self._capitals,
                          self._clamp, self._flags._set_signals(), self._traps._set_signals()))

    def Etiny(self):
        """The smallest exponent a subnormal result can have: Emin - prec + 1."""
        return self._emin - self._prec + 1

    def Etop(self):
        """The largest exponent a full-precision result can have: Emax - prec + 1."""
        return self._emax - self._prec + 1

    def copy(self):
        twin = Context(self._prec, self._rounding, self._emin, self._emax, self._capitals,
                       self._clamp, [s for s in _SIGNALS if self._flags._on[s]],
                       [s for s in _SIGNALS if self._traps._on[s]])
        return twin

    __copy__ = copy

    def clear_flags(self):
        for s in _SIGNALS:
            self._flags._on[s] = False

    def clear_traps(self):
        for s in _SIGNALS:
            self._traps._on[s] = False

    def _with_rounding(self, rounding):
        twin = self.copy()
        object.__setattr__(twin, '_rounding', rounding)
        object.__setattr__(twin, '_flags', self._flags)
        object.__setattr__(twin, '_traps', self._traps)
        return twin

    # -- operations --------------------------------------------------------------------------

    def create_decimal(self, num='0'):
        """num as a Decimal rounded to this context (a string that is no number signals)."""
        if isinstance(num, str):
            value = _from_text(num)
            if value is None:
                _report(self, [ConversionSyntax])
                return _quiet_nan(0, 0)
        elif isinstance(num, float):
            _report(self, [FloatOperation])
            value = _from_float(num)
        else:
            value = Decimal(num)
        happened = []
        if value._kind == _FINITE:
            result = _finish(value._sign, value._coef, value._exp, self, happened)
        elif value._kind in (_QNAN, _SNAN):
            if _digit_count(value._coef) > self._prec - self._clamp and value._coef:
                happened.append(ConversionSyntax)
                result = _quiet_nan(0, 0)
            else:
                result = value
        else:
            result = value
        _report(self, happened)
        return result

    def create_decimal_from_float(self, f):
        return self.plus(Decimal.from_float(f))

    def _arg(self, value):
        return _convert_strictly(value)

    def abs(self, a):
        return self._arg(a).__abs__(context=self)

    def add(self, a, b):
        return _apply2(_add, self._arg(a), self._arg(b), self)

    def subtract(self, a, b):
        return _apply2(_subtract, self._arg(a), self._arg(b), self)

    def multiply(self, a, b):
        return _apply2(_multiply, self._arg(a), self._arg(b), self)

    def divide(self, a, b):
        return _apply2(_divide, self._arg(a), self._arg(b), self)

    def divide_int(self, a, b):
        return _apply2(_divide_int, self._arg(a), self._arg(b), self)

    def remainder(self, a, b):
        return _apply2(_remainder, self._arg(a), self._arg(b), self)

    def divmod(self, a, b):
        return _apply2(_divmod, self._arg(a), self._arg(b), self)

    def power(self, a, b, modulo=None):
        if modulo is not None:
            return self._arg(a).__pow__(self._arg(b), self._arg(modulo), context=self)
        return _apply2(_power, self._arg(a), self._arg(b), self)

    def plus(self, a):
        return self._arg(a).__pos__(context=self)

    def minus(self, a):
        return self._arg(a).__neg__(context=self)

    def compare(self, a, b):
        return self._arg(a).compare(b, context=self)

    def compare_signal(self, a, b):
        return self._arg(a).compare_signal(b, context=self)

    def compare_total(self, a, b):
        return self._arg(a).compare_total(b)

    def compare_total_mag(self, a, b):
        return self._arg(a).compare_total_mag(b)

    def max(self, a, b):
        return self._arg(a).max(b, context=self)

    def min(self, a, b):
        return self._arg(a).min(b, context=self)

    def max_mag(self, a, b):
        return self._arg(a).max_mag(b, context=self)

    def min_mag(self, a, b):
        return self._arg(a).min_mag(b, context=self)

    def quantize(self, a, b):
        return self._arg(a).quantize(self._arg(b), context=self)

    def sqrt(self, a):
        return self._arg(a).sqrt(context=self)

    def exp(self, a):
        return self._arg(a).exp(context=self)

    def ln(self, a):
        return self._arg(a).ln(context=self)

    def log10(self, a):
        return self._arg(a).log10(context=self)

    def logb(self, a):
        return self._arg(a).logb(context=self)

    def normalize(self, a):
        return self._arg(a).normalize(context=self)

    def fma(self, a, b, c):
        return self._arg(a).fma(b, c, context=self)

    def scaleb(self, a, b):
        return self._arg(a).scaleb(b, context=self)

    def same_quantum(self, a, b):
        return self._arg(a).same_quantum(b)

    def to_integral_exact(self, a):
        return self._arg(a).to_integral_exact(context=self)

    def to_integral_value(self, a):
        return self._arg(a).to_integral_value(context=self)

    to_integral = to_integral_value

    def to_sci_string(self, a):
        return self._arg(a).__str__(context=self)

    def to_eng_string(self, a):
        return self._arg(a).to_eng_string(context=self)

    def number_class(self, a):
        return self._arg(a).number_class(context=self)

    def next_plus(self, a):
        return self._arg(a).next_plus(context=self)

    def next_minus(self, a):
        return self._arg(a).next_minus(context=self)

    def next_toward(self, a, b):
        return self._arg(a).next_toward(b, context=self)

    def remainder_near(self, a, b):
        return self._arg(a).remainder_near(b, context=self)

    def copy_abs(self, a):
        return self._arg(a).copy_abs()

    def copy_negate(self, a):
        return self._arg(a).copy_negate()

    def copy_sign(self, a, b):
        return self._arg(a).copy_sign(b)

    def copy_decimal(self, a):
        return self._arg(a)

    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return a

    def is_canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return True

    def is_finite(self, a):
        return self._arg(a).is_finite()

    def is_infinite(self, a):
        return self._arg(a).is_infinite()

    def is_nan(self, a):
        return self._arg(a).is_nan()

    def is_qnan(self, a):
        return self._arg(a).is_qnan()

    def is_snan(self, a):
        return self._arg(a).is_snan()

    def is_signed(self, a):
        return self._arg(a).is_signed()

    def is_zero(self, a):
        return self._arg(a).is_zero()

    def is_normal(self, a):
        return self._arg(a).is_normal(context=self)

    def is_subnormal(self, a):
        return self._arg(a).is_subnormal(context=self)

    def radix(self):
        return Decimal(10)

    def logical_and(self, a, b):
        return self._arg(a).logical_and(b, context=self)

    def logical_or(self, a, b):
        return self._arg(a).logical_or(b, context=self)

    def logical_xor(self, a, b):
        return self._arg(a).logical_xor(b, context=self)

    def logical_invert(self, a):
        return self._arg(a).logical_invert(context=self)

    def rotate(self, a, b):
        return self._arg(a).rotate(b, context=self)

    def shift(self, a, b):
        return self._arg(a).shift(b, context=self)


class _Template:
    """The settings DefaultContext starts with."""
    _prec = 28
    _rounding = ROUND_HALF_EVEN
    _emin = -999999
    _emax = 999999
    _capitals = 1
    _clamp = 0
    _flags = []
    _traps = [InvalidOperation, DivisionByZero, Overflow]


# Where a new Context takes its unset settings from: DefaultContext once it exists.
_defaults_source = [_Template]
DefaultContext = Context()
_defaults_source[0] = DefaultContext
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[Clamped, InvalidOperation, DivisionByZero, Overflow, Underflow])
ExtendedContext = Context(prec=9, traps=[])

_current_context = ContextVar('decimal_context')
# Exact arithmetic for internal steps.
_UNBOUNDED = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[])


def getcontext():
    """The context of the running thread (first use makes a copy of DefaultContext)."""
    try:
        return _current_context.get()
    except LookupError:
        ctx = DefaultContext.copy()
        ctx.clear_flags()
        _current_context.set(ctx)
        return ctx


def setcontext(context):
    """Make context current (the shared template contexts are copied first)."""
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current_context.set(context)


_LOCAL_KEYWORDS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps')


class _ContextManager:
    """Installs a copy of a context for a with-block and restores the previous one after it."""

    def __init__(self, ctx):
        self.new_context = ctx
        self.saved_context = None

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, *exc):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A context manager whose block runs with a copy of ctx (default: the current context),
    changed by the keyword arguments."""
    for name in kwargs:
        if name not in _LOCAL_KEYWORDS:
            raise TypeError("'%s' is an invalid keyword argument for this function" % name)
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    fresh = ctx.copy()
    for name, value in kwargs.items():
        if name in ('flags', 'traps'):
            # As in the constructor, a list of signals is accepted here.
            object.__setattr__(fresh, '_' + name, SignalDict(_signals_from(value)))
        else:
            setattr(fresh, name, value)
    return _ContextManager(fresh)


# ---------------------------------------------------------------------------------------------
# Representation helpers

_FINITE, _INF, _QNAN, _SNAN = 0, 1, 2, 3

DecimalTuple = namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


# Fetched once: every result is made through it, and a lookup on `object` each time costs.
_new_object = object.__new__


def _make(sign, coef, exp, kind=_FINITE, cls=None):
    if cls is not None and cls is not Decimal:
        # A subclass may guard __setattr__: the fields are the C type's own storage, not attributes.
        d = _new_object(cls)
        for name, value in (('_sign', sign), ('_coef', coef), ('_exp', exp), ('_kind', kind)):
            object.__setattr__(d, name, value)
        return d
    d = _new_object(Decimal)
    d._sign = sign
    d._coef = coef
    d._exp = exp
    d._kind = kind
    return d


def _quiet_nan(sign, payload):
    return _make(sign, payload, 0, _QNAN)


def _infinity(sign):
    return _make(sign, 0, 0, _INF)


# 10**0 .. 10**_TENS_KEPT-1, made once: scaling by a power of ten happens in nearly every
# operation, and the usual exponents (up to a few times the precision) are small.
_TENS_KEPT = 128
_TENS = [10 ** k for k in range(_TENS_KEPT)]


def _ten_to(k):
    """10**k for an int k."""
    return _TENS[k] if 0 <= k < _TENS_KEPT else 10 ** k


def _is_nan(d):
    return d._kind >= _QNAN


def _trim_payload(nan, ctx):
    """A NaN made quiet, its payload cut to the digits the context allows."""
    room = ctx._prec - ctx._clamp
    payload = nan._coef
    if _digit_count(payload) > room:
        payload = payload % (10 ** room) if room > 0 else 0
    return _make(nan._sign, payload, 0, _QNAN)


def _nan_result(a, b, ctx, happened):
    """The NaN an operation on a and b (b may be None) answers, or None if neither is a NaN.
    Signaling NaNs win over quiet ones and are reported as invalid."""
    if a._kind < _QNAN and (b is None or b._kind < _QNAN):
        return None
    operands = [a] if b is None else [a, b]
    for d in operands:
        if d._kind == _SNAN:
            happened.append(InvalidOperation)
            return _trim_payload(d, ctx)
    for d in operands:
        if d._kind == _QNAN:
            return _trim_payload(d, ctx)
    return None


def _invalid(happened, why=InvalidOperation):
    happened.append(why)
    return _quiet_nan(0, 0)


# ---------------------------------------------------------------------------------------------
# Rounding

def _carry_wanted(mode, sign, kept, dropped, unit):
    """Whether rounding kept (the retained digits) must step away from zero, given that the
    discarded digits are worth dropped/unit of the last retained place."""
    if dropped == 0 or mode == ROUND_DOWN:
        return False
    if mode == ROUND_UP:
        return True
    if mode == ROUND_CEILING:
        return sign == 0
    if mode == ROUND_FLOOR:
        return sign == 1
    if mode == ROUND_05UP:
        return kept % 5 == 0
    doubled = 2 * dropped
    if doubled != unit:
        return doubled > unit
    if mode == ROUND_HALF_UP:
        return True
    if mode == ROUND_HALF_DOWN:
        return False
    return kept % 2 == 1


def _drop_digits(sign, coef, count, mode):
    """coef without its last `count` digits, rounded by mode; and whether non-zero digits went."""
    if count <= 0:
        return coef * _ten_to(-count), False
    if count > _digit_count(coef) + 1:
        # Everything goes and what goes is under half a unit: only its non-zeroness matters.
        return (1 if _carry_wanted(mode, sign, 0, 1 if coef else 0, 10) else 0), coef != 0
    unit = _ten_to(count)
    kept, dropped = divmod(coef, unit)
    if _carry_wanted(mode, sign, kept, dropped, unit):
        kept += 1
    return kept, dropped != 0


def _overflowed(sign, ctx, happened, mode=None):
    happened.extend([Overflow, Inexact, Rounded])
    if mode is None:
        mode = ctx._rounding
    if (mode in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP)
            or (mode == ROUND_CEILING and sign == 0) or (mode == ROUND_FLOOR and sign == 1)):
        return _infinity(sign)
    return _make(sign, 10 ** ctx._prec - 1, ctx._emax - ctx._prec + 1)


def _finish(sign, coef, exp, ctx, happened, mode=None):
    """The finite number sign/coef/exp fitted to ctx: rounded to the precision, kept inside the
    exponent range (subnormal, overflowed or clamped as needed), with what happened recorded."""
    prec = ctx._prec
    emin, emax = ctx._emin, ctx._emax
    etiny = emin - prec + 1
    etop = emax - prec + 1
    if mode is None:
        mode = ctx._rounding
    if coef == 0:
        highest = etop if ctx._clamp else emax
        if exp > highest:
            exp = highest
            happened.append(Clamped)
        elif exp < etiny:
            exp = etiny
            happened.append(Clamped)
        return _make(sign, 0, exp)
    length = _digit_count(coef)
    adjusted = exp + length - 1
    if adjusted < emin:
        if exp < etiny:
            coef, lost = _drop_digits(sign, coef, etiny - exp, mode)
            exp = etiny
            if lost:
                happened.extend([Underflow, Subnormal, Inexact, Rounded])
            else:
                happened.extend([Subnormal, Rounded])
            if coef == 0:
                happened.append(Clamped)
        else:
            happened.append(Subnormal)
        if ctx._clamp and exp > etop and coef:
            coef *= 10 ** (exp - etop)
            exp = etop
            happened.append(Clamped)
        return _make(sign, coef, exp)
    if length > prec:
        coef, lost = _drop_digits(sign, coef, length - prec, mode)
        exp += length - prec
        if coef == _ten_to(prec):
            coef //= 10
            exp += 1
        happened.append(Rounded)
        if lost:
            happened.append(Inexact)
        adjusted = exp + prec - 1
    if adjusted > emax:
        return _overflowed(sign, ctx, happened, mode)
    if ctx._clamp and exp > etop:
        coef *= 10 ** (exp - etop)
        exp = etop
        happened.append(Clamped)
    return _make(sign, coef, exp)


def _fit(d, ctx, happened):
    """A Decimal operand fitted to ctx (NaN payloads trimmed, finite values rounded)."""
    if d._kind == _FINITE:
        return _finish(d._sign, d._coef, d._exp, ctx, happened)
    if d._kind == _INF:
        return d
    return _trim_payload(d, ctx)


# ---------------------------------------------------------------------------------------------
# Conversions in

_DIGITS = r'\d+'
_NUMBER_TEXT = re.compile(
    r'(?P<sign>[-+])?(?:(?P<int>' + _DIGITS + r')(?:\.(?P<frac>(?:' + _DIGITS
    + r')?))?|\.(?P<onlyfrac>' + _DIGITS + r'))(?:[eE](?P<exp>[-+]?' + _DIGITS
    + r'))?', re.ASCII)
_SPECIAL_TEXT = re.compile(
    r'(?P<sign>[-+])?(?:(?P<inf>inf|infinity)|(?P<signal>s)?nan(?P<payload>\d*))',
    re.IGNORECASE | re.ASCII)


def _ascii_digits(text):
    """text with non-ASCII decimal digits replaced by their ASCII equivalents."""
    if text.isascii():
        return text
    out = []
    for ch in text:
        if ord(ch) > 127 and ch.isdecimal():
            out.append(str(int(ch)))
        else:
            out.append(ch)
    return ''.join(out)


def _from_text(text):
    """The Decimal a string spells exactly, or None when it is not a number."""
    # CPython's C parser drops every underscore before reading the number.
    text = _ascii_digits(text.strip()).replace('_', '')
    m = _NUMBER_TEXT.fullmatch(text)
    if m is not None:
        sign = 1 if m.group('sign') == '-' else 0
        whole = (m.group('int') or '').replace('_', '')
        fraction = (m.group('frac') or m.group('onlyfrac') or '').replace('_', '')
        exp = _int_of_digits(m.group('exp')) if m.group('exp') else 0
        return _make(sign, _int_of_digits(whole + fraction), exp - len(fraction))
    m = _SPECIAL_TEXT.fullmatch(text)
    if m is not None:
        sign = 1 if m.group('sign') == '-' else 0
        if m.group('inf'):
            return _infinity(sign)
        payload = _int_of_digits(m.group('payload') or '0')
        return _make(sign, payload, 0, _SNAN if m.group('signal') else _QNAN)
    return None


def _exact_exponent_fits(value):
    adjusted = value._exp + _digit_count(value._coef) - 1
    return value._exp >= MIN_ETINY and adjusted <= MAX_EMAX


def _from_float(f):
    """The exact value of the binary float f."""
    sign = 1 if math.copysign(1.0, f) < 0 else 0
    if f != f:
        return _quiet_nan(sign, 0)
    if f in (math.inf, -math.inf):
        return _infinity(sign)
    top, bottom = abs(f).as_integer_ratio()
    twos = bottom.bit_length() - 1
    # top / 2**k == top * 5**k / 10**k
    return _make(sign, top * 5 ** twos, -twos)


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = value
    if not (isinstance(sign, int) and sign in (0, 1)):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if exp == 'F':
        kind = _INF
    elif exp == 'n':
        kind = _QNAN
    elif exp == 'N':
        kind = _SNAN
    elif isinstance(exp, int):
        kind = _FINITE
    elif isinstance(exp, str):
        raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
    else:
        raise ValueError('exponent must be an integer')
    if not isinstance(digits, (tuple, list)):
        raise ValueError('coefficient must be a tuple of digits')
    coef = 0
    for digit in digits:
        if not (isinstance(digit, int) and 0 <= digit <= 9):
            raise ValueError('coefficient must be a tuple of digits')
        coef = coef * 10 + digit
    if kind == _INF:
        return _infinity(sign)
    if kind != _FINITE:
        return _make(sign, coef, 0, kind)
    return _make(sign, coef, exp)


def _convert_strictly(value):
    """value as a Decimal for a Context method or a method argument: only Decimals and ints."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return _from_int(value)
    raise TypeError('conversion from %s to Decimal is not supported' % _type_name(value))


def _from_int(n):
    return _make(1 if n < 0 else 0, abs(n), 0)


# Classes that are C types in CPython, whose names in messages carry their module.
_C_TYPE_NAMES = frozenset([
    'decimal.Decimal', 'decimal.Context', 'array.array', 'functools.partial',
    'collections.deque', 'collections.defaultdict', 'collections.OrderedDict',
    'datetime.date', 'datetime.time', 'datetime.datetime', 'datetime.timedelta',
    'datetime.tzinfo', 'datetime.timezone',
])


def _type_name(value):
    """A type as CPython's messages spell it: builtins and Python classes by bare name, C types
    of other modules with their module in front."""
    cls = type(value)
    dotted = '%s.%s' % (cls.__module__, cls.__name__)
    return dotted if dotted in _C_TYPE_NAMES else cls.__name__


def _operand(value):
    """value as a Decimal for an arithmetic operator, or None when it is of another kind."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return _from_int(value)
    return None


# ---------------------------------------------------------------------------------------------
# Arithmetic on Decimals. Each takes two Decimals, the context and a list to append what happened
# to, and returns the result (or a pair for divmod).

def _add(a, b, ctx, happened):
    nan = _nan_result(a, b, ctx, happened)
    if nan is not None:
        return nan
    if a._kind == _INF or b._kind == _INF:
        if a._kind == _INF and b._kind == _INF and a._sign != b._sign:
            return _invalid(happened)
        return a if a._kind == _INF else b
    if a._exp < b._exp:
        a, b = b, a
    # a has the larger exponent. A b far below a's precision only matters through its sign and
    # non-zeroness, so it is replaced by a one just below the rounding point.
    if a._coef and b._coef:
        a_adjusted = a._exp + _digit_count(a._coef) - 1
        floor = min(a._exp, a_adjusted - ctx._prec) - 3
        if b._exp + _digit_count(b._coef) - 1 < floor:
            b = _make(b._sign, 1, floor)
    exp = b._exp
    left = a._coef * _ten_to(a._exp - exp) * (-1 if a._sign else 1)
    right = b._coef * (-1 if b._sign else 1)
    total = left + right
    if total == 0:
        if a._sign == b._sign:
            sign = a._sign
        else:
            sign = 1 if ctx._rounding == ROUND_FLOOR else 0
    else:
        sign = 1 if total < 0 else 0
    return _finish(sign, abs(total), exp, ctx, happened)


def _negated(d):
    return _make(1 - d._sign, d._coef, d._exp, d._kind)


def _subtract(a, b, ctx, happened):
    if _is_nan(b):
        nan = _nan_result(a, b, ctx, happened)
        return nan
    return _add(a, _negated(b), ctx, happened)


def _multiply(a, b, ctx, happened):
    nan = _nan_result(a, b, ctx, happened)
    if nan is not None:
        return nan
    sign = a._sign ^ b._sign
    if a._kind == _INF or b._kind == _INF:
        if (a._kind == _FINITE and a._coef == 0) or (b._kind == _FINITE and b._coef == 0):
            return _invalid(happened)
        return _infinity(sign)
    return _finish(sign, a._coef * b._coef, a._exp + b._exp, ctx, happened)


def _divide(a, b, ctx, happened):
    nan = _nan_result(a, b, ctx, happened)
    if nan is not None:
        return nan
    sign = a._sign ^ b._sign
    if a._kind == _INF:
        if b._kind == _INF:
            return _invalid(happened)
        return _infinity(sign)
    if b._kind == _INF:
        happened.append(Clamped)
        return _make(sign, 0, ctx._emin - ctx._prec + 1)
    if b._coef == 0:
        if a._coef == 0:
            return _invalid(happened, DivisionUndefined)
        happened.append(DivisionByZero)
        return _infinity(sign)
    ideal = a._exp - b._exp
    if a._coef == 0:
        return _finish(sign, 0, ideal, ctx, happened)
    shift = _digit_count(b._coef) - _digit_count(a._coef) + ctx._prec + 1
    if shift >= 0:
        quotient, rest = divmod(a._coef * _ten_to(shift), b._coef)
    else:
        quotient, rest = divmod(a._coef, b._coef * _ten_to(-shift))
    exp = ideal - shift
    if rest:
        # A sticky last digit keeps "more than nothing was discarded" visible to rounding.
        if quotient % 5 == 0:
            quotient += 1
    else:
        while exp < ideal and quotient % 10 == 0:
            quotient //= 10
            exp += 1
    return _finish(sign, quotient, exp, ctx, happened)


def _aligned_quotient(a, b, ctx, happened):
    """The truncated quotient |a| / |b| of finite a and non-zero finite b, and the remainder's
    coefficient at exponent min(a.exp, b.exp); None when the quotient is longer than prec."""
    if a._coef == 0:
        return 0, 0
    a_adjusted = a._exp + _digit_count(a._coef) - 1
    b_adjusted = b._exp + _digit_count(b._coef) - 1
    exp = min(a._exp, b._exp)
    if a_adjusted < b_adjusted:
        return 0, a._coef * _ten_to(a._exp - exp)
    if a_adjusted - b_adjusted > ctx._prec:
        return None
    top = a._coef * _ten_to(a._exp - exp)
    bottom = b._coef * _ten_to(b._exp - exp)
    quotient, rest = divmod(top, bottom)
    if _digit_count(quotient) > ctx._prec:
        return None
    return quotient, rest


def _divmod(a, b, ctx, happened):
    nan = _nan_result(a, b, ctx, happened)
    if nan is not None:
        return nan, nan
    sign = a._sign ^ b._sign
    if a._kind == _INF:
        if b._kind == _INF:
            nan = _invalid(happened)
            return nan, nan
        nan = _invalid(happened)
        return _infinity(sign), nan
    if b._kind == _INF:
        return _make(sign, 0, 0), _finish(a._sign, a._coef, a._exp, ctx, happened)
    if b._coef == 0:
        if a._coef == 0:
            nan = _invalid(happened, DivisionUndefined)
            return nan, nan
        happened.extend([InvalidOperation, DivisionByZero])
        return _infinity(sign), _quiet_nan(0, 0)
    parts = _aligned_quotient(a, b, ctx, happened)
    if parts is None:
        nan = _invalid(happened, DivisionImpossible)
        return nan, nan
    quotient, rest = parts
    exp = min(a._exp, b._exp)
    whole = _finish(sign, quotient, 0, ctx, happened)
    return whole, _finish(a._sign, rest, exp, ctx, happened)


def _divide_int(a, b, ctx, happened):
    nan = _nan_result(a, b, ctx, happened)
    if nan is not None:
        return nan
    sign = a._sign ^ b._sign
    if a._kind == _INF:
        if b._kind == _INF:
            return _invalid(happened)
        return _infinity(sign)
    if b._kind == _INF:
        return _make(sign, 0, 0)
    if b._coef == 0:
        if a._coef == 0:
            return _invalid(happened, DivisionUndefined)
        happened.append(DivisionByZero)
        return _infinity(sign)
    parts = _aligned_quotient(a, b, ctx, happened)
    if parts is None:
        return _invalid(happened, DivisionImpossible)
    return _finish(sign, parts[0], 0, ctx, happened)


def _remainder(a, b, ctx, happened):
    nan = _nan_result(a, b, ctx, happened)
    if nan is not None:
        return nan
    if a._kind == _INF:
        return _invalid(happened)
    if b._kind == _INF:
        return _finish(a._sign, a._coef, a._exp, ctx, happened)
    if b._coef == 0:
        if a._coef == 0:
            return _invalid(happened, DivisionUndefined)
        return _invalid(happened)
    parts = _aligned_quotient(a, b, ctx, happened)
    if parts is None:
        return _invalid(happened, DivisionImpossible)
    return _finish(a._sign, parts[1], min(a._exp, b._exp), ctx, happened)


def _integral_value(d):
    """The int a finite Decimal equals, or None when it has a fraction."""
    if d._exp >= 0:
        return d._coef * 10 ** d._exp * (-1 if d._sign else 1)
    unit = 10 ** -d._exp
    if d._coef % unit:
        return None
    return d._coef // unit * (-1 if d._sign else 1)


def _is_integral(d):
    return d._kind == _FINITE and (d._exp >= 0 or d._coef % 10 ** -d._exp == 0)


def _power(base, power, ctx, happened):
    nan = _nan_result(base, power, ctx, happened)
    if nan is not None:
        return nan
    integral = _is_integral(power)
    n = _integral_value(power) if integral else None
    base_zero = base._kind == _FINITE and base._coef == 0
    if power._kind == _FINITE and power._coef == 0:
        if base_zero:
            return _invalid(happened)
        # x ** 0 is exactly one, whatever the context's exponent limits.
        return _make(0, 1, 0)
    if base._sign and base._kind != _INF and not base_zero and not integral:
        return _invalid(happened)
    odd = integral and power._kind == _FINITE and n % 2 == 1
    sign = base._sign if odd else 0
    if base._kind == _INF or base_zero:
        big = (power._sign == 0) == (base._kind == _INF)
        if base._sign and not integral and not base_zero:
            return _invalid(happened)
        if big:
            return _infinity(sign)
        return _make(sign, 0, 0)
    if power._kind == _INF:
        return _power_to_infinity(base, power, ctx, happened)
    certain = _power_far_out_of_range(base, power, ctx)
    if certain is not None:
        # Like CPython, a power certain to overflow or underflow is not computed: a one placed
        # just past the exponent range is rounded instead.
        exp = ctx._emax + 1 if certain > 0 else ctx.Etiny() - 1
        return _finish(sign, 1, exp, ctx, happened)
    if not integral:
        return _real_power(base, power, ctx, happened)
    return _integer_power(base, n, ctx, happened)


def _exponent_digits(n):
    return _digit_count(n)


def _power_far_out_of_range(base, power, ctx):
    """1 when |base| ** power surely overflows, -1 when it surely underflows, else None.

    Decided on orders of magnitude only: log10(|log10(|base|)|) + log10(|power|) is compared
    with the number of digits of Emax (or of Etiny)."""
    magnitude = base.adjusted()
    if magnitude > 0:
        floor_log_log = _exponent_digits(magnitude) - 1
    elif magnitude < -1:
        floor_log_log = _exponent_digits(magnitude + 1) - 1
    else:
        # |base| between 0.1 and 10: a lower bound from the size of |base| - 1.
        distance = _add(base.copy_abs(), _make(1, 1, 0), _UNBOUNDED, [])
        if distance._coef == 0:
            return None
        floor_log_log = distance.adjusted() - (2 if magnitude == 0 else 1)
    grows = (magnitude >= 0) != (power._sign == 1)
    size = floor_log_log + power.adjusted()
    if grows:
        return 1 if _exponent_digits(ctx._emax) < size else None
    return -1 if _exponent_digits(ctx.Etiny()) < size else None


def _real_power(base, power, ctx, happened):
    """base ** power for a positive finite base and a finite non-integral power.

    CPython rounds e ** (power * ln(base)) to a working precision (half-even) and that value to
    the context. The working value is computed here correctly rounded; when it is exact at the
    context's precision (or a tie for the half-way modes), CPython's answer depends on the
    direction of its own small errors, and NotImplementedError is raised instead."""
    coef, exp = base._coef, base._exp
    while coef % 10 == 0:
        coef //= 10
        exp += 1
    prec = ctx._prec
    mode = ctx._rounding
    if coef == 1 and exp == 0:
        # One to any power: one, spelled with the full precision.
        happened.extend([Inexact, Rounded])
        return _finish(0, 10 ** (prec - 1), 1 - prec, ctx, happened)
    working = max(prec, _digit_count(base._coef)) + 23
    work = _UNBOUNDED.copy()
    object.__setattr__(work, '_prec', working)
    y_value = power._coef * (-1 if power._sign else 1)
    scale = working + 12
    settled = None
    for _ in range(4):
        log = _ln_fixed(coef, exp, scale)
        if power._exp >= 0:
            x = log * y_value * 10 ** power._exp
            error = 1000 * abs(y_value) * 10 ** power._exp + 1
        else:
            x = _divide_toward_zero(log * y_value, 10 ** -power._exp)
            error = 1000 * abs(y_value) // 10 ** -power._exp + 2
        if abs(x) + error < 10 ** (scale - working - 2):
            # So close to zero that e ** x rounds to exactly one at the working precision.
            settled = _make(0, 10 ** (working - 1), 1 - working)
            break
        low, high, e = _exp_interval(x, error, scale)
        settled = _settle((0, low, high, e), work)
        if settled is not None:
            break
        scale *= 2
    if settled is None:
        raise NotImplementedError('Decimal power too close to a rounding boundary')
    digits, tail = settled._coef, 0
    while digits % 10 == 0:
        digits //= 10
        tail += 1
    length = _digit_count(digits)
    exact_here = length <= prec and not (digits == 1 and settled._exp + tail == 0)
    tie = length == prec + 1 and digits % 10 == 5
    halfway_mode = mode in (ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN)
    if (exact_here and not halfway_mode) or (tie and halfway_mode):
        raise NotImplementedError('Decimal power whose rounding depends on CPython\'s '
                                  'intermediate errors')
    happened.extend([Inexact, Rounded])
    return _finish(0, settled._coef, settled._exp, ctx, happened, mode)


def _power_to_infinity(base, power, ctx, happened):
    magnitude = _compare_magnitudes(base, _make(0, 1, 0))
    if magnitude == 0:
        happened.extend([Inexact, Rounded])
        return _finish(0, 10 ** (ctx._prec - 1), 1 - ctx._prec, ctx, happened)
    if (magnitude > 0) == (power._sign == 0):
        return _infinity(0)
    return _make(0, 0, 0)


def _compare_magnitudes(a, b):
    """-1, 0 or 1 as |a| is below, equal to or above |b| (both finite)."""
    if a._coef == 0 or b._coef == 0:
        return (a._coef != 0) - (b._coef != 0)
    a_adjusted = a._exp + _digit_count(a._coef) - 1
    b_adjusted = b._exp + _digit_count(b._coef) - 1
    if a_adjusted != b_adjusted:
        return 1 if a_adjusted > b_adjusted else -1
    exp = min(a._exp, b._exp)
    x = a._coef * _ten_to(a._exp - exp)
    y = b._coef * _ten_to(b._exp - exp)
    return (x > y) - (x < y)


def _integer_power(base, n, ctx, happened):
    sign = base._sign if n % 2 else 0
    magnitude = abs(n)
    # Work with a few guard digits (and the context's exponent range, so a power far below it
    # fades to zero on the way), squaring and multiplying from the top bit down, then round once
    # more to the context. A negative power starts from the reciprocal. Exact powers that fit
    # come out exact, with the ideal exponent.
    work = ctx.copy()
    object.__setattr__(work, '_prec', ctx._prec + _digit_count(magnitude) + 2 + (n < 0))
    object.__setattr__(work, '_rounding', ROUND_HALF_EVEN)
    object.__setattr__(work, '_clamp', 0)
    scratch = []
    step = _make(0, base._coef, base._exp)
    if n < 0:
        step = _divide(_make(0, 1, 0), step, work, scratch)
    result = step
    for bit in bin(magnitude)[3:]:
        if result._kind != _FINITE or result._coef == 0:
            break
        result = _multiply(result, result, work, scratch)
        if bit == '1':
            result = _multiply(result, step, work, scratch)
    if result._kind != _FINITE:
        # Too large even for the working context: overflow as the context's rounding says.
        return _overflowed(sign, ctx, happened)
    happened.extend(c for c in scratch if c is not Overflow)
    return _finish(sign, result._coef, result._exp, ctx, happened)


# ---------------------------------------------------------------------------------------------
# exp, ln and log10: correctly rounded (half-even) by computing in fixed point with a growing
# number of guard digits until the whole error interval rounds to one value.

def _atanh_fixed(top, bottom, scale):
    """atanh(top/bottom) * 10**scale as an int (|top/bottom| well below one), error a few units."""
    if top < 0:
        return -_atanh_fixed(-top, bottom, scale)
    unit = 10 ** scale
    term = unit * top // bottom
    square_top, square_bottom = top * top, bottom * bottom
    total = 0
    k = 1
    while term:
        total += term // k
        term = term * square_top // square_bottom
        k += 2
    return total


def _ln2_fixed(scale):
    return 2 * _atanh_fixed(1, 3, scale + 3) // 1000


def _ln10_fixed(scale):
    # ln 10 = 3 ln 2 + ln(5/4), and ln(5/4) = 2 atanh(1/9).
    extra = scale + 3
    return (3 * 2 * _atanh_fixed(1, 3, extra) + 2 * _atanh_fixed(1, 9, extra)) // 1000


def _ln_fixed(coef, exp, scale):
    """ln(coef * 10**exp) * 10**scale for coef > 0, with an error of a few hundred units."""
    length = _digit_count(coef)
    decades = exp + length - 1
    # coef / 10**(length-1) is in [1, 10); divide by a power of two to bring it near one.
    top, bottom = coef, 10 ** (length - 1)
    halvings = 0
    while top * 3 > bottom * 4:
        bottom *= 2
        halvings += 1
    work = scale + 5
    near_one = 2 * _atanh_fixed(top - bottom, top + bottom, work)
    total = near_one + halvings * _ln2_fixed(work) + decades * _ln10_fixed(work)
    return total // 10 ** 5


def _exp_fixed(value, scale):
    """exp(value / 10**scale) * 10**scale for 0 <= value / 10**scale < 3."""
    halvings = 10
    work = scale + 8
    x = value * 10 ** 8 // (1 << halvings)
    unit = 10 ** work
    total = unit
    term = unit
    k = 1
    while term:
        term = term * x // (unit * k)
        total += term
        k += 1
    for _ in range(halvings):
        total = total * total // unit
    return total // 10 ** 8


def _settle(candidates, ctx, mode=ROUND_HALF_EVEN):
    """The common rounding of the interval ends (sign, low, high, exp), or None."""
    sign, low, high, exp = candidates
    scratch = []
    first = _finish(sign, low, exp, ctx, scratch, mode)
    second = _finish(sign, high, exp, ctx, scratch, mode)
    if (first._kind, first._coef, first._exp) != (second._kind, second._coef, second._exp):
        return None
    return first


def _correctly_rounded(estimate, ctx, happened):
    """Run estimate(scale) -> (sign, low, high, exp) with more digits until it settles."""
    scale = ctx._prec + 12
    while True:
        interval = estimate(scale)
        if _settle(interval, ctx) is not None:
            break
        scale *= 2
    sign, low, high, exp = interval
    # A point just inside the interval: it rounds like the whole interval and, as the true
    # value, is never exact.
    return _finish(sign, low * 10 + 1, exp - 1, ctx, happened, ROUND_HALF_EVEN)


def _ln_estimate(coef, exp, divide_by_ln10, negative):
    """The interval estimate of ln (or log10) of coef * 10**exp, whose sign is known."""
    def estimate(scale):
        approx = _ln_fixed(coef, exp, scale)
        error = 1000
        if divide_by_ln10:
            approx = approx * 10 ** scale // _ln10_fixed(scale)
            error = 2000
        if negative:
            approx = -approx
        # The value is not zero, so a bound at or below zero can be raised to one unit.
        return (1 if negative else 0), max(approx - error, 1), max(approx + error, 1), -scale
    return estimate


def _ln(d, ctx, happened, base_ten=False):
    nan = _nan_result(d, None, ctx, happened)
    if nan is not None:
        return nan
    if d._kind == _FINITE and d._coef == 0:
        return _infinity(1)
    if d._sign:
        return _invalid(happened)
    if d._kind == _INF:
        return d
    coef, exp = d._coef, d._exp
    while coef % 10 == 0:
        coef //= 10
        exp += 1
    if coef == 1 and (exp == 0 or base_ten):
        # ln(1) is 0 and log10 of a power of ten is an exact integer.
        return _finish(*_signed_parts(exp), ctx, happened)
    below_one = _compare_magnitudes(_make(0, coef, exp), _make(0, 1, 0)) < 0
    return _correctly_rounded(_ln_estimate(coef, exp, base_ten, below_one), ctx, happened)


def _exp(d, ctx, happened):
    nan = _nan_result(d, None, ctx, happened)
    if nan is not None:
        return nan
    if d._kind == _INF:
        return _make(0, 0, 0) if d._sign else d
    if d._coef == 0:
        return _make(0, 1, 0)
    adjusted = d._exp + _digit_count(d._coef) - 1
    # Beyond these bounds the power of ten is surely out of range: let rounding report it.
    limit = max(ctx._emax, -ctx.Etiny()) + 2
    if adjusted >= _digit_count(limit) + 1:
        if d._sign:
            return _finish(0, 1, ctx.Etiny() - 2, ctx, happened, ROUND_HALF_EVEN)
        return _finish(0, 1, ctx._emax + 2, ctx, happened, ROUND_HALF_EVEN)

    def estimate(scale):
        value = d._coef * (-1 if d._sign else 1)
        if d._exp >= 0:
            x = value * 10 ** (d._exp + scale)
        else:
            x = _divide_toward_zero(value * 10 ** scale, 10 ** -d._exp)
        low, high, exp = _exp_interval(x, 1, scale)
        return 0, low, high, exp

    return _correctly_rounded(estimate, ctx, happened)


def _divide_toward_zero(top, bottom):
    quotient = abs(top) // bottom
    return -quotient if top < 0 else quotient


def _exp_interval(x, error, scale):
    """Bounds (low, high, exp) on exp(v) * 10**-exp for any v within error / 10**scale of
    x / 10**scale: exp(v) = 10**n * exp(v - n ln 10) with 0 <= v - n ln 10 < ln 10."""
    whole_digits = max(0, _digit_count(abs(x)) - scale)
    guard = scale + whole_digits + 8
    lift = 10 ** (guard - scale)
    ln10 = _ln10_fixed(guard)
    ends = []
    for v in (x - error, x + error):
        n = v * lift // ln10
        rest = v * lift - n * ln10
        mantissa = _exp_fixed(rest // lift, scale)
        ends.append((mantissa, n - scale))
    (low, low_exp), (high, high_exp) = ends
    exp = min(low_exp, high_exp)
    low = (low - 1000) * 10 ** (low_exp - exp)
    high = (high + 1000) * 10 ** (high_exp - exp)
    return low, high, exp


def _integer_root(n):
    """floor(sqrt(n)): Newton's iteration, started above the root so it falls monotonically."""
    if n < 2:
        return n
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) >> 1
        if y >= x:
            return x
        x = y


def _sqrt(d, ctx, happened):
    nan = _nan_result(d, None, ctx, happened)
    if nan is not None:
        return nan
    if d._kind == _INF:
        if d._sign:
            return _invalid(happened)
        return d
    ideal = d._exp // 2
    if d._coef == 0:
        return _finish(d._sign, 0, ideal, ctx, happened)
    if d._sign:
        return _invalid(happened)
    coef, exp = d._coef, d._exp
    if exp % 2:
        coef *= 10
        exp -= 1
    # Scale so the root has at least prec + 1 digits.
    want = ctx._prec + 1
    have = (_digit_count(coef) + 1) // 2
    shift = max(0, want - have)
    coef *= 100 ** shift
    exp -= 2 * shift
    root = _integer_root(coef)
    root_exp = exp // 2
    if root * root != coef:
        if root % 5 == 0:
            root += 1
    else:
        while root_exp < ideal and root % 10 == 0:
            root //= 10
            root_exp += 1
    return _finish(0, root, root_exp, ctx, happened, ROUND_HALF_EVEN)


def _compare_values(a, b):
    """-1, 0 or 1 comparing two non-NaN Decimals."""
    if a._kind == _INF or b._kind == _INF:
        a_rank = 0 if a._kind != _INF else (1 if a._sign == 0 else -1)
        b_rank = 0 if b._kind != _INF else (1 if b._sign == 0 else -1)
        if a._kind == _INF and b._kind == _INF:
            return (a_rank > b_rank) - (a_rank < b_rank)
        if a._kind == _INF:
            return a_rank
        return -b_rank
    if a._coef == 0 and b._coef == 0:
        return 0
    if a._coef == 0:
        return 1 if b._sign else -1
    if b._coef == 0:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    order = _compare_magnitudes(a, b)
    return -order if a._sign else order


def _apply1(operation, d, ctx):
    happened = []
    result = operation(d, ctx, happened)
    _report(ctx, happened)
    return result


def _operator_pair(name, operation, symbol):
    """The methods `__name__` and `__rname__` of Decimal for a binary arithmetic operation: each
    converts the other operand (an int or a Decimal) and applies `operation` in the current
    context, or refuses it as CPython's C decimal does."""
    def forward(self, other):
        b = _operand(other)
        if b is None:
            return NotImplemented
        return _apply2(operation, self, b, getcontext())

    def reflected(self, other):
        a = _operand(other)
        if a is None:
            return NotImplemented
        return _apply2(operation, a, self, getcontext())

    forward.__name__, reflected.__name__ = '__%s__' % name, '__r%s__' % name
    forward.__qualname__, reflected.__qualname__ = 'Decimal.__%s__' % name, 'Decimal.__r%s__' % name
    return forward, reflected


def _apply2(operation, a, b, ctx):
    happened = []
    result = operation(a, b, ctx, happened)
    _report(ctx, happened)
    return result


def _context_or_current(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError('optional argument must be a context')
    return context


def _rescale(d, exp, mode, happened):
    """Finite d moved to exponent exp, rounding by mode; records Rounded/Inexact."""
    if exp <= d._exp:
        return _make(d._sign, d._coef * _ten_to(d._exp - exp), exp)
    coef, lost = _drop_digits(d._sign, d._coef, exp - d._exp, mode)
    if happened is not None:
        happened.append(Rounded)
        if lost:
            happened.append(Inexact)
    return _make(d._sign, coef, exp)


# ---------------------------------------------------------------------------------------------
# Text out

def _plain_or_scientific(sign, coef, exp, capitals, engineering=False):
    """The to-scientific-string (or to-engineering-string) text of a finite number."""
    digits = _digits_of(coef)
    adjusted = exp + len(digits) - 1
    if exp <= 0 and adjusted >= -6:
        return ('-' if sign else '') + _place_point(digits, len(digits) + exp)
    if not engineering:
        point = 1
    elif coef == 0:
        # A zero shows the next multiple of three at or above its exponent, with as many zeros
        # after the point as that moved it.
        shown = -(-exp // 3) * 3
        tail = shown - exp
        mantissa = '0.' + '0' * tail if tail else '0'
        mark = 'E' if capitals else 'e'
        return ('-' if sign else '') + mantissa + mark + ('+' if shown >= 0 else '') + str(shown)
    else:
        point = 1 + adjusted % 3
    shown = adjusted - (point - 1)
    if point > len(digits):
        digits += '0' * (point - len(digits))
    body = digits[:point] + ('.' + digits[point:] if point < len(digits) else '')
    if shown == 0:
        return ('-' if sign else '') + body
    mark = 'E' if capitals else 'e'
    return ('-' if sign else '') + body + mark + ('+' if shown >= 0 else '') + str(shown)


def _place_point(digits, left):
    """digits with a decimal point after `left` of them (left may be <= 0 or past the end)."""
    if left <= 0:
        return '0.' + '0' * -left + digits
    if left >= len(digits):
        return digits + '0' * (left - len(digits))
    return digits[:left] + '.' + digits[left:]


def _special_text(d):
    sign = '-' if d._sign else ''
    if d._kind == _INF:
        return sign + 'Infinity'
    payload = _digits_of(d._coef) if d._coef else ''
    return sign + ('sNaN' if d._kind == _SNAN else 'NaN') + payload


# ---------------------------------------------------------------------------------------------
# format()

_FORMAT_SPEC = re.compile(
    r'(?:(?P<fill>.)?(?P<align>[<>=^]))?(?P<sign>[-+ ])?(?P<z>z)?(?P<alt>#)?(?P<zero>0)?'
    r'(?P<width>\d+)?(?P<group>[,_])?(?:\.(?P<precision>\d+))?(?P<type>[eEfFgGn%])?',
    re.DOTALL)


def _group_thousands(digits, width_wanted, pad_with_zeros):
    """digits with commas every three from the right; when padding, leading zero groups are
    added until the text is at least width_wanted long."""
    groups = []
    rest = digits
    while len(rest) > 3:
        groups.insert(0, rest[-3:])
        rest = rest[:-3]
    groups.insert(0, rest)
    text = ','.join(groups)
    if not pad_with_zeros:
        return text
    while len(text) < width_wanted:
        if len(groups[0]) == 3:
            groups.insert(0, '')
        groups[0] = '0' + groups[0]
        text = ','.join(groups)
    return text


def _format_decimal(d, spec, ctx):
    m = _FORMAT_SPEC.fullmatch(spec)
    # No '#' form, no '_' grouping, and the zero flag only without an explicit alignment.
    # A width may not start with a zero of its own (after the zero flag: '00', '-005').
    if (m is None or m.group('alt') or m.group('group') == '_'
            or (m.group('width') or '').startswith('0')
            or (m.group('zero') and m.group('align'))
            or (m.group('group') and m.group('type') == 'n')):
        raise ValueError('invalid format string')
    fill = m.group('fill') or ' '
    align = m.group('align')
    sign_rule = m.group('sign') or '-'
    zero_flag = bool(m.group('zero'))
    width = int(m.group('width') or '0')
    grouping = m.group('group') == ','
    precision = m.group('precision')
    precision = None if precision is None else int(precision)
    kind = m.group('type')
    if zero_flag and align is None:
        fill, align = '0', '='
    if align is None:
        align = '>'

    negative = d._sign == 1
    if d._kind != _FINITE:
        body = _special_text(d).lstrip('-')
        if kind == '%':
            body += '%'
        if zero_flag and m.group('align') is None:
            fill, align = ' ', '>'
        zero_pad = False
    else:
        # Under 'F', CPython 3.11's 'z' clears the sign of a zero but not of a number that only
        # rounds to zero.
        coerce = bool(m.group('z')) and (kind != 'F' or d._coef == 0)
        body, negative = _format_finite(d, kind, precision, ctx, coerce)
        zero_pad = zero_flag and m.group('align') is None
    sign_text = '-' if negative else ('' if sign_rule == '-' else sign_rule)

    if d._kind == _FINITE and (grouping or zero_pad):
        cut = len(body)
        for i, ch in enumerate(body):
            if not ch.isdigit():
                cut = i
                break
        whole, tail = body[:cut], body[cut:]
        if grouping:
            need = width - len(sign_text) - len(tail)
            whole = _group_thousands(whole, need, zero_pad)
        elif zero_pad:
            need = width - len(sign_text) - len(tail)
            whole = whole.rjust(need, '0')
        body = whole + tail
    gap = width - len(sign_text) - len(body)
    if gap <= 0:
        return sign_text + body
    if align == '<':
        return sign_text + body + fill * gap
    if align == '>':
        return fill * gap + sign_text + body
    if align == '=':
        return sign_text + fill * gap + body
    left = gap // 2
    return fill * left + sign_text + body + fill * (gap - left)


def _format_finite(d, kind, precision, ctx, coerce_zero):
    """The unsigned text of finite d under a format type, and whether it is negative."""
    sign, coef, exp = d._sign, d._coef, d._exp
    mode = ctx._rounding
    if kind == '%':
        exp += 2
    if kind in (None, 'g', 'G', 'n'):
        if precision is not None and coef:
            keep = max(precision, 1)
            extra = _digit_count(coef) - keep
            if extra > 0:
                coef, _ = _drop_digits(sign, coef, extra, mode)
                exp += extra
                if _digit_count(coef) > keep:
                    coef //= 10
                    exp += 1
        if kind is None:
            capitals = ctx._capitals
        else:
            capitals = kind == 'G'
        text = _plain_or_scientific(0, coef, exp, capitals)
    elif kind in ('e', 'E'):
        if coef == 0:
            places = precision or 0
            mantissa = '0' + ('.' + '0' * places if places else '')
            shown = exp + places
        else:
            if precision is not None:
                keep = precision + 1
                extra = _digit_count(coef) - keep
                if extra > 0:
                    coef, _ = _drop_digits(sign, coef, extra, mode)
                    exp += extra
                    if _digit_count(coef) > keep:
                        coef //= 10
                        exp += 1
                elif extra < 0:
                    coef *= 10 ** -extra
                    exp += extra
            digits = _digits_of(coef)
            shown = exp + len(digits) - 1
            mantissa = digits[0] + ('.' + digits[1:] if len(digits) > 1 else '')
        if coef == 0 and coerce_zero:
            sign = 0
        mark = 'E' if kind == 'E' else 'e'
        text = mantissa + mark + ('+' if shown >= 0 else '-') + str(abs(shown))
    else:
        if precision is not None:
            target = -precision
            if target > exp:
                coef, _ = _drop_digits(sign, coef, target - exp, mode)
            else:
                coef *= 10 ** (exp - target)
            exp = target
        digits = _digits_of(coef)
        if exp >= 0:
            text = digits + ('0' * exp if coef else '')
        else:
            text = _place_point(digits, len(digits) + exp)
        if kind == '%':
            text += '%'
    if coerce_zero and coef == 0:
        sign = 0
    return text, sign == 1


# ---------------------------------------------------------------------------------------------
# The Decimal type

_HASH_MODULUS = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf
_INVERSE_OF_TEN = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)


class Decimal(object):
    """An exact decimal number, an infinity or a NaN; arithmetic rounds to the context."""
    __memphis_type_name__ = 'decimal.Decimal'  # what messages call it, as CPython's C type

    __slots__ = ('_sign', '_coef', '_exp', '_kind')

    def __new__(cls, value='0', context=None):
        if context is not None and not isinstance(context, Context):
            raise TypeError('optional argument must be a context')
        if isinstance(value, str):
            parsed = _from_text(value)
            if parsed is None:
                _report(context or getcontext(), [ConversionSyntax])
                parsed = _quiet_nan(0, 0)
            elif parsed._kind == _FINITE and not _exact_exponent_fits(parsed):
                # The exact conversion keeps every digit, so an exponent past the widest context's
                # limits cannot be represented (a context's create_decimal overflows instead).
                _report(context or getcontext(), [InvalidOperation])
                parsed = _quiet_nan(0, 0)
        elif isinstance(value, int):
            parsed = _from_int(value)
        elif isinstance(value, Decimal):
            if type(value) is cls:
                return value
            parsed = value
        elif isinstance(value, float):
            _report(context or getcontext(), [FloatOperation])
            parsed = _from_float(value)
        elif isinstance(value, (tuple, list)):
            parsed = _from_tuple(value)
        else:
            raise TypeError('conversion from %s to Decimal is not supported'
                            % _type_name(value))
        if cls is Decimal and parsed is not value:
            return parsed  # already a new plain Decimal
        return _make(parsed._sign, parsed._coef, parsed._exp, parsed._kind, cls)

    @classmethod
    def from_float(cls, f):
        """The exact value of a float (or int) as a Decimal."""
        if isinstance(f, int):
            d = _from_int(f)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError('argument must be int or float')
        if cls is Decimal:
            return d
        return cls(d)

    # -- text ---------------------------------------------------------------------------------

    def __str__(self, eng=False, context=None):
        ctx = _context_or_current(context)
        if self._kind != _FINITE:
            return _special_text(self)
        return _plain_or_scientific(self._sign, self._coef, self._exp, ctx._capitals, eng)

    def __repr__(self):
        # Decimal's own spelling even when a subclass overrides __str__
        return "Decimal('%s')" % Decimal.__str__(self)

    def to_eng_string(self, context=None):
        ctx = _context_or_current(context)
        if self._kind != _FINITE:
            return _special_text(self)
        return _plain_or_scientific(self._sign, self._coef, self._exp, ctx._capitals, True)

    def __format__(self, spec, _localeconv=None):
        if not isinstance(spec, str):
            raise TypeError('format arg must be str')
        return _format_decimal(self, spec, getcontext())

    # -- conversions out ----------------------------------------------------------------------

    def as_tuple(self):
        if self._kind == _INF:
            return DecimalTuple(self._sign, (0,), 'F')
        digits = tuple(int(c) for c in _digits_of(self._coef)) if self._coef or self._kind == _FINITE \
            else ()
        if self._kind == _QNAN:
            return DecimalTuple(self._sign, digits, 'n')
        if self._kind == _SNAN:
            return DecimalTuple(self._sign, digits, 'N')
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._kind == _INF:
            raise OverflowError('cannot convert Infinity to integer ratio')
        if self._kind != _FINITE:
            raise ValueError('cannot convert NaN to integer ratio')
        top = self._coef * (-1 if self._sign else 1)
        if self._exp >= 0:
            return top * 10 ** self._exp, 1
        bottom = 10 ** -self._exp
        common = math.gcd(top, bottom)
        return top // common, bottom // common

    def _whole(self, mode):
        if self._kind == _INF:
            raise OverflowError('cannot convert Infinity to integer')
        if self._kind != _FINITE:
            raise ValueError('cannot convert NaN to integer')
        if self._exp >= 0:
            value = self._coef * 10 ** self._exp
        else:
            value, _ = _drop_digits(self._sign, self._coef, -self._exp, mode)
        return -value if self._sign else value

    def __int__(self):
        return self._whole(ROUND_DOWN)

    def __trunc__(self):
        return self._whole(ROUND_DOWN)

    def __floor__(self):
        return self._whole(ROUND_FLOOR)

    def __ceil__(self):
        return self._whole(ROUND_CEILING)

    def __round__(self, n=None):
        if n is None:
            if self._kind == _INF:
                raise OverflowError('cannot convert Infinity to integer')
            if self._kind != _FINITE:
                raise ValueError('cannot convert NaN to integer')
            return self._whole(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        return self.quantize(_make(0, 1, -n))

    def __float__(self):
        if self._kind == _SNAN:
            raise ValueError('cannot convert signaling NaN to float')
        if self._kind == _QNAN:
            return -math.nan if self._sign else math.nan
        if self._kind == _INF:
            return -math.inf if self._sign else math.inf
        return float(_plain_or_scientific(self._sign, self._coef, self._exp, 1))

    def __complex__(self):
        return complex(float(self))

    def __bool__(self):
        return self._kind != _FINITE or self._coef != 0

    def __hash__(self):
        if self._kind == _SNAN:
            raise TypeError('Cannot hash a signaling NaN value')
        if self._kind == _QNAN:
            return object.__hash__(self)
        if self._kind == _INF:
            return -_HASH_INF if self._sign else _HASH_INF
        if self._exp >= 0:
            scale = pow(10, self._exp, _HASH_MODULUS)
        else:
            scale = pow(_INVERSE_OF_TEN, -self._exp, _HASH_MODULUS)
        value = self._coef % _HASH_MODULUS * scale % _HASH_MODULUS
        if self._sign:
            value = -value
        return -2 if value == -1 else value

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return type(self)(str(self))

    def __deepcopy__(self, memo):
        return self.__copy__()

    def conjugate(self):
        return self

    # A Decimal is its own real part; its imaginary part is zero.
    real = property(lambda self: self)
    imag = property(lambda self: Decimal(0))

    # -- arithmetic operators -----------------------------------------------------------------

    # The binary operators and their reflections, one pair per arithmetic operation.
    __add__, __radd__ = _operator_pair('add', _add, '+')
    __sub__, __rsub__ = _operator_pair('sub', _subtract, '-')
    __mul__, __rmul__ = _operator_pair('mul', _multiply, '*')
    __truediv__, __rtruediv__ = _operator_pair('truediv', _divide, '/')
    __floordiv__, __rfloordiv__ = _operator_pair('floordiv', _divide_int, '//')
    __mod__, __rmod__ = _operator_pair('mod', _remainder, '%')
    __divmod__, __rdivmod__ = _operator_pair('divmod', _divmod, 'divmod()')

    def __pow__(self, other, modulo=None, context=None):
        if modulo is not None:
            return self._modular_power(other, modulo, _context_or_current(context))
        b = _operand(other)
        if b is None:
            return NotImplemented
        return _apply2(_power, self, b, _context_or_current(context))

    def __rpow__(self, other, modulo=None):
        a = _operand(other)
        if a is None:
            return NotImplemented
        if modulo is not None:
            return a._modular_power(self, modulo, getcontext())
        return _apply2(_power, a, self, getcontext())

    def _modular_power(self, exponent, modulo, ctx):
        exponent = _operand(exponent)
        modulo = _operand(modulo)
        if exponent is None or modulo is None:
            return NotImplemented
        happened = []
        operands = (self, exponent, modulo)
        for d in operands:
            if d._kind == _SNAN:
                happened.append(InvalidOperation)
                _report(ctx, happened)
                return _trim_payload(d, ctx)
        for d in operands:
            if d._kind == _QNAN:
                return _trim_payload(d, ctx)
        values = [_integral_value(d) if d._kind == _FINITE else None for d in operands]
        base, power, modulus = values
        if (base is None or power is None or modulus is None or power < 0 or modulus == 0
                or (base == 0 and power == 0)
                or _digit_count(abs(modulus)) > ctx._prec):
            result = _invalid(happened)
        else:
            value = pow(abs(base), power, abs(modulus))
            sign = self._sign if power % 2 else 0
            result = _make(sign, value, 0)
        _report(ctx, happened)
        return result

    def __neg__(self, context=None):
        ctx = _context_or_current(context)
        happened = []
        nan = _nan_result(self, None, ctx, happened)
        if nan is not None:
            result = nan
        elif self._kind == _FINITE and self._coef == 0 and ctx._rounding != ROUND_FLOOR:
            result = _finish(0, 0, self._exp, ctx, happened)
        elif self._kind == _INF:
            result = _negated(self)
        else:
            result = _finish(1 - self._sign, self._coef, self._exp, ctx, happened)
        _report(ctx, happened)
        return result

    def __pos__(self, context=None):
        ctx = _context_or_current(context)
        happened = []
        nan = _nan_result(self, None, ctx, happened)
        if nan is not None:
            result = nan
        elif self._kind == _INF:
            result = self
        elif self._coef == 0 and ctx._rounding != ROUND_FLOOR:
            result = _finish(0, 0, self._exp, ctx, happened)
        else:
            result = _finish(self._sign, self._coef, self._exp, ctx, happened)
        _report(ctx, happened)
        return result

    def __abs__(self, round=True, context=None):
        ctx = _context_or_current(context)
        if not round:
            return self.copy_abs()
        if self._sign and not _is_nan(self):
            return self.__neg__(context=ctx)
        return self.__pos__(context=ctx)

    # -- comparisons --------------------------------------------------------------------------

    def _comparable(self, other, ordering, ctx):
        """other as a Decimal for comparing, a (numerator, denominator) pair for a Rational, or
        None when the comparison is not defined."""
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return _from_int(other)
        if isinstance(other, float):
            happened = [FloatOperation]
            if ordering:
                _report(ctx, happened)
            else:
                for condition in happened:
                    ctx.flags._on[condition] = True
            return _from_float(other)
        if isinstance(other, complex) and not ordering and other.imag == 0:
            return self._comparable(other.real, ordering, ctx)
        if isinstance(other, numbers.Rational):
            return (other.numerator, other.denominator)
        return None

    def _order(self, other, ctx):
        """The comparison of self with other (-1/0/1), None when a NaN is involved, or
        NotImplemented when other is not a number Decimal can be ordered against."""
        b = self._comparable(other, True, ctx)
        if b is None:
            return NotImplemented
        if isinstance(b, tuple):
            return self._against_ratio(b, ctx, True)
        if _is_nan(self) or _is_nan(b):
            _report(ctx, [InvalidOperation])
            return None
        return _compare_values(self, b)

    def _against_ratio(self, ratio, ctx, ordering):
        if _is_nan(self):
            if ordering or self._kind == _SNAN:
                _report(ctx, [InvalidOperation])
            return None
        if self._kind == _INF:
            return -1 if self._sign else 1
        top, bottom = ratio
        value = self._coef * (-1 if self._sign else 1)
        if self._exp >= 0:
            left, right = value * 10 ** self._exp * bottom, top
        else:
            left, right = value * bottom, top * 10 ** -self._exp
        return (left > right) - (left < right)

    def __eq__(self, other):
        ctx = getcontext()
        b = self._comparable(other, False, ctx)
        if b is None:
            return NotImplemented
        if isinstance(b, tuple):
            return self._against_ratio(b, ctx, False) == 0
        if _is_nan(self) or _is_nan(b):
            if self._kind == _SNAN or b._kind == _SNAN:
                _report(ctx, [InvalidOperation])
            return False
        return _compare_values(self, b) == 0

    def __ne__(self, other):
        answer = self.__eq__(other)
        if answer is NotImplemented:
            return answer
        return not answer

    def __lt__(self, other):
        order = self._order(other, getcontext())
        if order is NotImplemented:
            return order
        return order is not None and order < 0

    def __le__(self, other):
        order = self._order(other, getcontext())
        if order is NotImplemented:
            return order
        return order is not None and order <= 0

    def __gt__(self, other):
        order = self._order(other, getcontext())
        if order is NotImplemented:
            return order
        return order is not None and order > 0

    def __ge__(self, other):
        order = self._order(other, getcontext())
        if order is NotImplemented:
            return order
        return order is not None and order >= 0

    def compare(self, other, context=None):
        """-1, 0 or 1 as a Decimal (NaN when either is a NaN)."""
        ctx = _context_or_current(context)
        b = _convert_strictly(other)
        happened = []
        nan = _nan_result(self, b, ctx, happened)
        if nan is not None:
            result = nan
        else:
            result = _from_int(_compare_values(self, b))
        _report(ctx, happened)
        return result

    def compare_signal(self, other, context=None):
        ctx = _context_or_current(context)
        b = _convert_strictly(other)
        if _is_nan(self) or _is_nan(b):
            happened = [InvalidOperation]
            nan = _nan_result(self, b, ctx, [])
            _report(ctx, happened)
            return nan
        return self.compare(b, context=ctx)

    def compare_total(self, other, context=None):
        b = _convert_strictly(other)
        return _from_int(_total_order(self, b))

    def compare_total_mag(self, other, context=None):
        b = _convert_strictly(other)
        return _from_int(_total_order(self.copy_abs(), b.copy_abs()))

    def _choose(self, other, context, want_larger, by_magnitude):
        ctx = _context_or_current(context)
        b = _convert_strictly(other)
        happened = []
        a = self
        # A single quiet NaN loses to a number; anything else NaN propagates.
        if _is_nan(a) or _is_nan(b):
            if a._kind == _QNAN and not _is_nan(b):
                result = _fit(b, ctx, happened)
            elif b._kind == _QNAN and not _is_nan(a):
                result = _fit(a, ctx, happened)
            else:
                result = _nan_result(a, b, ctx, happened)
            _report(ctx, happened)
            return result
        if by_magnitude:
            order = _compare_values(a.copy_abs(), b.copy_abs())
        else:
            order = 0
        if order == 0:
            order = _compare_values(a, b)
        if order == 0:
            order = _total_order(a, b)
        if want_larger:
            winner = a if order > 0 else b
        else:
            winner = a if order < 0 else b
        result = _fit(winner, ctx, happened)
        _report(ctx, happened)
        return result

    def max(self, other, context=None):
        return self._choose(other, context, True, False)

    def min(self, other, context=None):
        return self._choose(other, context, False, False)

    def max_mag(self, other, context=None):
        return self._choose(other, context, True, True)

    def min_mag(self, other, context=None):
        return self._choose(other, context, False, True)

    # -- methods ------------------------------------------------------------------------------

    def adjusted(self):
        if self._kind != _FINITE:
            return 0
        return self._exp + _digit_count(self._coef) - 1

    def canonical(self):
        return self

    def is_canonical(self):
        return True

    def radix(self):
        return Decimal(10)

    def copy_abs(self):
        return _make(0, self._coef, self._exp, self._kind)

    def copy_negate(self):
        return _negated(self)

    def copy_sign(self, other, context=None):
        b = _convert_strictly(other)
        return _make(b._sign, self._coef, self._exp, self._kind)

    def is_finite(self):
        return self._kind == _FINITE

    def is_infinite(self):
        return self._kind == _INF

    def is_nan(self):
        return self._kind >= _QNAN

    def is_qnan(self):
        return self._kind == _QNAN

    def is_snan(self):
        return self._kind == _SNAN

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return self._kind == _FINITE and self._coef == 0

    def is_normal(self, context=None):
        ctx = _context_or_current(context)
        if self._kind != _FINITE or self._coef == 0:
            return False
        return self.adjusted() >= ctx._emin

    def is_subnormal(self, context=None):
        ctx = _context_or_current(context)
        if self._kind != _FINITE or self._coef == 0:
            return False
        return self.adjusted() < ctx._emin

    def number_class(self, context=None):
        ctx = _context_or_current(context)
        if self._kind == _SNAN:
            return 'sNaN'
        if self._kind == _QNAN:
            return 'NaN'
        sign = '-' if self._sign else '+'
        if self._kind == _INF:
            return sign + 'Infinity'
        if self._coef == 0:
            return sign + 'Zero'
        if self.adjusted() < ctx._emin:
            return sign + 'Subnormal'
        return sign + 'Normal'

    def logb(self, context=None):
        ctx = _context_or_current(context)
        happened = []
        nan = _nan_result(self, None, ctx, happened)
        if nan is not None:
            result = nan
        elif self._kind == _INF:
            result = _infinity(0)
        elif self._coef == 0:
            happened.append(DivisionByZero)
            result = _infinity(1)
        else:
            result = _finish(*_signed_parts(self.adjusted()), ctx, happened)
        _report(ctx, happened)
        return result

    def same_quantum(self, other, context=None):
        b = _convert_strictly(other)
        if self._kind != _FINITE or b._kind != _FINITE:
            return (_is_nan(self) and _is_nan(b)) or (self._kind == _INF and b._kind == _INF)
        return self._exp == b._exp

    def normalize(self, context=None):
        ctx = _context_or_current(context)
        happened = []
        result = _fit(self, ctx, happened)
        if self._kind == _SNAN:
            happened.append(InvalidOperation)
        if result._kind == _FINITE:
            if result._coef == 0:
                result = _make(result._sign, 0, 0)
            else:
                coef, exp = result._coef, result._exp
                highest = ctx.Etop() if ctx._clamp else ctx._emax
                while coef % 10 == 0 and exp < highest:
                    coef //= 10
                    exp += 1
                result = _make(result._sign, coef, exp)
        _report(ctx, happened)
        return result

    def quantize(self, exp, rounding=None, context=None):
        """self rounded to the exponent of exp."""
        ctx = _context_or_current(context)
        pattern = _convert_strictly(exp)
        if rounding is None:
            mode = ctx._rounding
        elif not isinstance(rounding, str) or rounding not in _ROUNDINGS:
            raise TypeError(_ROUNDING_LIST_TEXT)
        else:
            mode = rounding
        happened = []
        result = self._quantized(pattern, mode, ctx, happened)
        _report(ctx, happened)
        return result

    def _quantized(self, pattern, mode, ctx, happened):
        nan = _nan_result(self, pattern, ctx, happened)
        if nan is not None:
            return nan
        if self._kind == _INF or pattern._kind == _INF:
            if self._kind == _INF and pattern._kind == _INF:
                return self
            return _invalid(happened)
        target = pattern._exp
        if not ctx.Etiny() <= target <= ctx._emax:
            return _invalid(happened)
        if self._coef == 0:
            return _clamped(_make(self._sign, 0, target), ctx, happened)
        adjusted = self.adjusted()
        if adjusted > ctx._emax or adjusted - target + 1 > ctx._prec:
            return _invalid(happened)
        steps = []
        moved = _rescale(self, target, mode, steps)
        if moved._coef:
            length = _digit_count(moved._coef)
            if length > ctx._prec or moved._exp + length - 1 > ctx._emax:
                return _invalid(happened)
            if moved._exp + length - 1 < ctx._emin:
                happened.append(Subnormal)
        happened.extend(steps)
        return _clamped(moved, ctx, happened)

    def to_integral_value(self, rounding=None, context=None):
        ctx = _context_or_current(context)
        mode = ctx._rounding if rounding is None else _checked_rounding(rounding)
        happened = []
        nan = _nan_result(self, None, ctx, happened)
        if nan is not None:
            result = nan
        elif self._kind == _INF or self._exp >= 0:
            result = self
        else:
            result = _rescale(self, 0, mode, None)
        _report(ctx, happened)
        return result

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = _context_or_current(context)
        mode = ctx._rounding if rounding is None else _checked_rounding(rounding)
        happened = []
        nan = _nan_result(self, None, ctx, happened)
        if nan is not None:
            result = nan
        elif self._kind == _INF or self._exp >= 0:
            result = self
        elif self._coef == 0:
            result = _make(self._sign, 0, 0)
        else:
            result = _rescale(self, 0, mode, happened)
        _report(ctx, happened)
        return result

    def sqrt(self, context=None):
        return _apply1(_sqrt, self, _context_or_current(context))

    def fma(self, other, third, context=None):
        """self * other + third with a single rounding."""
        ctx = _context_or_current(context)
        b = _convert_strictly(other)
        c = _convert_strictly(third)
        happened = []
        exact = _UNBOUNDED
        if _is_nan(self) or _is_nan(b):
            result = _nan_result(self, b, ctx, happened)
            if result._kind == _QNAN and c._kind == _SNAN and InvalidOperation not in happened:
                result = _nan_result(c, None, ctx, happened)
        else:
            product = _multiply(self, b, exact, happened)
            if _is_nan(product):
                result = product
            else:
                result = _add(product, c, ctx, happened)
        _report(ctx, happened)
        return result

    def scaleb(self, other, context=None):
        ctx = _context_or_current(context)
        b = _convert_strictly(other)
        happened = []
        nan = _nan_result(self, b, ctx, happened)
        if nan is not None:
            result = nan
        elif b._kind != _FINITE or b._exp != 0:
            result = _invalid(happened)
        else:
            limit = 2 * (ctx._emax + ctx._prec)
            shift = b._coef * (-1 if b._sign else 1)
            if abs(shift) > limit:
                result = _invalid(happened)
            elif self._kind == _INF:
                result = self
            else:
                result = _finish(self._sign, self._coef, self._exp + shift, ctx, happened)
        _report(ctx, happened)
        return result

    def exp(self, context=None):
        """e ** self, correctly rounded (half-even)."""
        return _apply1(_exp, self, _context_or_current(context))

    def ln(self, context=None):
        """The natural logarithm, correctly rounded (half-even)."""
        return _apply1(_ln, self, _context_or_current(context))

    def log10(self, context=None):
        """The base-ten logarithm, correctly rounded (half-even)."""
        return _apply1(lambda d, ctx, happened: _ln(d, ctx, happened, True), self,
                       _context_or_current(context))

    def next_plus(self, context=None):
        """The smallest representable number above self."""
        return _apply1(lambda d, ctx, happened: _step(d, ctx, happened, 0), self,
                       _context_or_current(context))

    def next_minus(self, context=None):
        """The largest representable number below self."""
        return _apply1(lambda d, ctx, happened: _step(d, ctx, happened, 1), self,
                       _context_or_current(context))

    def next_toward(self, other, context=None):
        """The representable number next to self in the direction of other."""
        ctx = _context_or_current(context)
        b = _convert_strictly(other)
        happened = []
        nan = _nan_result(self, b, ctx, happened)
        if nan is not None:
            result = nan
        else:
            order = _compare_values(self, b)
            if order == 0:
                result = _make(b._sign, self._coef, self._exp, self._kind)
            else:
                result = _step(self, ctx, [], 0 if order < 0 else 1)
                if result._kind == _INF:
                    happened.extend([Overflow, Inexact, Rounded])
                elif result._coef == 0 or result.adjusted() < ctx._emin:
                    happened.extend([Underflow, Subnormal, Inexact, Rounded])
                    if result._coef == 0:
                        happened.append(Clamped)
        _report(ctx, happened)
        return result

    def remainder_near(self, other, context=None):
        """self - other * n, n the integer nearest self / other (ties to even)."""
        ctx = _context_or_current(context)
        return _apply2(_remainder_near, self, _convert_strictly(other), ctx)

    def logical_and(self, other, context=None):
        return self._logical(other, context, lambda x, y: x & y)

    def logical_or(self, other, context=None):
        return self._logical(other, context, lambda x, y: x | y)

    def logical_xor(self, other, context=None):
        return self._logical(other, context, lambda x, y: x ^ y)

    def logical_invert(self, context=None):
        ctx = _context_or_current(context)
        return self._logical(_make(0, _int_of_digits('1' * ctx._prec), 0), ctx, lambda x, y: x ^ y)

    def _logical(self, other, context, combine):
        ctx = _context_or_current(context)
        b = _convert_strictly(other)
        happened = []
        bits_a = _logical_digits(self, ctx)
        bits_b = _logical_digits(b, ctx)
        if bits_a is None or bits_b is None:
            result = _invalid(happened)
        else:
            width = ctx._prec
            bits_a = bits_a.rjust(width, '0')
            bits_b = bits_b.rjust(width, '0')
            out = ''.join(str(combine(int(x), int(y))) for x, y in zip(bits_a, bits_b))
            result = _make(0, _int_of_digits(out), 0)
        _report(ctx, happened)
        return result

    def rotate(self, other, context=None):
        """The coefficient's digits (as prec digits) rotated by other places; left if positive."""
        return self._move_digits(other, context, True)

    def shift(self, other, context=None):
        """The coefficient's digits shifted by other places, left if positive, within prec."""
        return self._move_digits(other, context, False)

    def _move_digits(self, other, context, rotating):
        ctx = _context_or_current(context)
        b = _convert_strictly(other)
        happened = []
        nan = _nan_result(self, b, ctx, happened)
        prec = ctx._prec
        if nan is not None:
            result = nan
        elif b._kind != _FINITE or b._exp != 0 or b._coef > prec:
            result = _invalid(happened)
        elif self._kind == _INF:
            result = self
        else:
            places = -b._coef if b._sign else b._coef
            digits = _digits_of(self._coef)[-prec:].rjust(prec, '0')
            if rotating:
                places %= prec
                moved = digits[places:] + digits[:places]
            elif places >= 0:
                moved = (digits + '0' * places)[-prec:]
            else:
                moved = ('0' * -places + digits)[:prec]
            result = _make(self._sign, _int_of_digits(moved), self._exp)
        _report(ctx, happened)
        return result


def _clamped(d, ctx, happened):
    """Finite d with its exponent brought down to Etop when the context clamps."""
    etop = ctx.Etop()
    if not ctx._clamp or d._exp <= etop:
        return d
    happened.append(Clamped)
    return _make(d._sign, d._coef * 10 ** (d._exp - etop), etop)


def _step(d, ctx, happened, downward):
    """next_plus (downward=0) or next_minus (1) of d: add a tiny amount and round outward."""
    nan = _nan_result(d, None, ctx, happened)
    if nan is not None:
        return nan
    prec = ctx._prec
    if d._kind == _INF:
        if d._sign == downward:
            return d
        return _make(d._sign, 10 ** prec - 1, ctx.Etop())
    outward = ctx.copy()
    object.__setattr__(outward, '_rounding', ROUND_FLOOR if downward else ROUND_CEILING)
    tiny = _make(downward, 1, ctx.Etiny() - 1)
    return _add(d, tiny, outward, [])


def _remainder_near(a, b, ctx, happened):
    nan = _nan_result(a, b, ctx, happened)
    if nan is not None:
        return nan
    if a._kind == _INF:
        return _invalid(happened)
    if b._kind == _INF:
        return _finish(a._sign, a._coef, a._exp, ctx, happened)
    if b._coef == 0:
        if a._coef == 0:
            return _invalid(happened, DivisionUndefined)
        return _invalid(happened)
    exp = min(a._exp, b._exp)
    top = a._coef * 10 ** (a._exp - exp)
    bottom = b._coef * 10 ** (b._exp - exp)
    if a._coef and a.adjusted() - b.adjusted() > ctx._prec:
        return _invalid(happened, DivisionImpossible)
    quotient, rest = divmod(top, bottom)
    # Step to the nearer multiple; on a tie, to the even quotient.
    if 2 * rest > bottom or (2 * rest == bottom and quotient % 2 == 1):
        quotient += 1
        rest -= bottom
    if _digit_count(quotient) > ctx._prec:
        return _invalid(happened, DivisionImpossible)
    sign = a._sign
    if rest < 0:
        sign, rest = 1 - sign, -rest
    return _finish(sign, rest, exp, ctx, happened)


def _logical_digits(d, ctx):
    """The digit string of a logical operand (a finite non-negative integer of zeros and ones
    with exponent 0), or None."""
    if d._kind != _FINITE or d._sign or d._exp != 0:
        return None
    digits = _digits_of(d._coef)
    if any(c not in '01' for c in digits):
        return None
    # Only the last prec digits take part.
    return digits[-ctx._prec:]


def _checked_rounding(rounding):
    if not isinstance(rounding, str) or rounding not in _ROUNDINGS:
        raise TypeError(_ROUNDING_LIST_TEXT)
    return rounding


def _signed_parts(n):
    return (1 if n < 0 else 0), abs(n), 0


def _total_order(a, b):
    """The specification's total ordering of representations: -1, 0 or 1."""
    def rank(d):
        # Ordering classes from the bottom: -NaN(s), -sNaN, -Inf, finite, +Inf, +sNaN, +NaN.
        if d._kind == _QNAN:
            return 3 if not d._sign else -3
        if d._kind == _SNAN:
            return 2 if not d._sign else -2
        if d._kind == _INF:
            return 1 if not d._sign else -1
        return 0
    ra, rb = rank(a), rank(b)
    if ra != rb:
        return (ra > rb) - (ra < rb)
    if ra in (2, 3, -2, -3):
        order = (a._coef > b._coef) - (a._coef < b._coef)
        return order if ra > 0 else -order
    if ra != 0:
        return 0
    if a._sign != b._sign:
        return -1 if a._sign else 1
    order = _compare_values(a, b)
    if order == 0:
        order = (a._exp > b._exp) - (a._exp < b._exp)
        if a._sign:
            order = -order
    return order


numbers.Number.register(Decimal)
