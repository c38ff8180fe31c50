"""Timing small pieces of code, with CPython 3.11's timeit interface.

Statements and setups are callables here. A compiled program cannot compile source text while it
runs, so a string statement is only accepted when it does nothing ('pass', or blank): any other
string raises NotImplementedError when the Timer is made, naming the limitation. Pass a function
(or a lambda, or functools.partial) instead: `timeit.timeit(lambda: x ** 2, number=1000)`.

The timed loop calls the statement `number` times between two readings of the timer, with the
garbage collector switched off, as CPython does. There is no command-line interface."""

import gc as _gc
import time as _time

__all__ = ['Timer', 'timeit', 'repeat', 'default_timer']

dummy_src_name = '<timeit-src>'
default_number = 1000000
default_repeat = 5
default_timer = _time.perf_counter

_UNSUPPORTED = ('timeit cannot compile the statement string %r: a compiled program has no run-time '
                'compiler; pass a callable instead')


def _no_op():
    pass


def _as_callable(code, role):
    """The callable that runs `code` (a callable or a do-nothing statement string)."""
    if isinstance(code, str):
        if _does_nothing(code):
            return _no_op
        raise NotImplementedError(_UNSUPPORTED % code)
    if callable(code):
        return code
    raise ValueError('%s is neither a string nor callable' % role)


def _does_nothing(source):
    """True for text that would compile to nothing but 'pass' statements at the top level."""
    for line in source.splitlines():
        code = line.split('#', 1)[0]
        if code.strip() and code.rstrip() != 'pass':
            return False
    return True


class Timer:
    """Times a statement (a callable) run many times after a setup (a callable, run once per
    timing). `timer` reads the clock; `globals` is accepted for compatibility and unused, since
    callables carry their own names."""

    def __init__(self, stmt='pass', setup='pass', timer=default_timer, globals=None):
        self.timer = timer
        # Checked in CPython's order: the statement first, then the setup.
        self._stmt = _as_callable(stmt, 'stmt')
        self._setup = _as_callable(setup, 'setup')
        self.src = None

    def inner(self, loops, timer):
        setup = self._setup
        stmt = self._stmt
        setup()
        started = timer()
        for _ in loops:
            stmt()
        finished = timer()
        return finished - started

    def print_exc(self, file=None):
        """Print the traceback of the exception being handled (call it in an except clause)."""
        import traceback
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Time `number` runs of the statement, returning the seconds taken (a float with the
        default timer)."""
        collecting = _gc.isenabled()
        _gc.disable()
        try:
            return self.inner(range(number), self.timer)
        finally:
            if collecting:
                _gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of `repeat` results of timeit(number)."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """Find a loop count (1, 2, 5, 10, 20, 50, ...) whose timing takes at least 0.2 seconds;
        return (number, time_taken). `callback(number, time_taken)` sees each attempt."""
        scale = 1
        while True:
            for step in (1, 2, 5):
                number = step * scale
                taken = self.timeit(number)
                if callback:
                    callback(number, taken)
                if taken >= 0.2:
                    return (number, taken)
            scale *= 10


def timeit(stmt='pass', setup='pass', timer=default_timer, number=default_number, globals=None):
    """Make a Timer and time `number` runs of the statement."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt='pass', setup='pass', timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    """Make a Timer and return `repeat` timings of `number` runs each."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
