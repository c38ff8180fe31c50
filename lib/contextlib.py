"""Context-manager utilities for the with and async with statements, with the API of CPython's
contextlib: generator-based managers, ExitStack/AsyncExitStack, suppress, redirection."""

import abc as _abc
import sys as _sys
from functools import wraps as _wraps

__all__ = ['asynccontextmanager', 'contextmanager', 'closing', 'nullcontext',
           'AbstractContextManager', 'AbstractAsyncContextManager', 'AsyncExitStack',
           'ContextDecorator', 'ExitStack', 'redirect_stdout', 'redirect_stderr', 'suppress',
           'aclosing', 'chdir']


_GenericAlias = type(list[int])


def _provides(cls, *methods):
    """The __subclasshook__ answer for a protocol of `methods`: True when cls has them all,
    NotImplemented (let the normal rules decide) otherwise."""
    from collections.abc import _check_methods
    return _check_methods(cls, *methods)


class AbstractContextManager(_abc.ABC):
    """Base class of context managers: __enter__ gives the manager itself. Any class with
    __enter__ and __exit__ counts as a subclass."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __enter__(self):
        return self

    @_abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not AbstractContextManager:
            return NotImplemented
        return _provides(C, "__enter__", "__exit__")


class AbstractAsyncContextManager(_abc.ABC):
    """Base class of asynchronous context managers: __aenter__ gives the manager itself. Any
    class with __aenter__ and __aexit__ counts as a subclass."""

    __class_getitem__ = classmethod(_GenericAlias)

    async def __aenter__(self):
        return self

    @_abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not AbstractAsyncContextManager:
            return NotImplemented
        return _provides(C, "__aenter__", "__aexit__")


class ContextDecorator:
    """Mixin letting a context manager decorate a function: each call runs inside it."""

    def _recreate_cm(self):
        # a manager that can only be entered once hands out a fresh copy per call
        return self

    def __call__(self, func):
        @_wraps(func)
        def decorated(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return decorated


class AsyncContextDecorator:
    """Mixin letting an asynchronous context manager decorate a coroutine function."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @_wraps(func)
        async def decorated(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return decorated


# ---------------------------------------------------------------------------------------------
# generator-based managers
#
# The generator runs up to its yield on entry.  On a clean exit it must finish at the next
# step; on an exception, the exception is thrown in at the yield, and the manager tells from
# what comes back out whether the generator handled it (finished), re-raised it (the same
# object: the with statement re-raises it itself) or raised something else (propagated).

class _GeneratorCMState:
    """Creation shared by the sync and async flavours: the generator is made at once, the
    recipe is kept so a decorated function can make a fresh manager per call."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        own_doc = getattr(func, '__doc__', None)
        self.__doc__ = type(self).__doc__ if own_doc is None else own_doc

    def _recreate_cm(self):
        return self.__class__(self.func, self.args, self.kwds)


def _came_back_unchanged(raised, thrown, traceback, stop_types):
    """Whether what the generator raised is the thrown exception itself, directly or turned
    into a RuntimeError by PEP 479; the thrown exception's traceback is restored then."""
    if raised is thrown:
        raised.__traceback__ = traceback
        return True
    if (isinstance(raised, RuntimeError) and isinstance(thrown, stop_types)
            and raised.__cause__ is thrown):
        thrown.__traceback__ = traceback
        return True
    return False


_NO_VALUE = object()


def _fail_and_close(closer, message):
    """Raise RuntimeError(message), closing the generator on the way out (an error from the
    closing then chains onto it)."""
    try:
        raise RuntimeError(message)
    finally:
        closer()


async def _fail_and_aclose(agen, message):
    try:
        raise RuntimeError(message)
    finally:
        await agen.aclose()


class _GeneratorContextManager(_GeneratorCMState, AbstractContextManager, ContextDecorator):
    """The manager @contextmanager makes of one generator call."""

    def __enter__(self):
        # entered once: the recipe is only needed before that (a second entry fails on the
        # first of these to go, args)
        del self.args, self.kwds, self.func
        first = next(self.gen, _NO_VALUE)
        if first is _NO_VALUE:
            raise RuntimeError("generator didn't yield") from None
        return first

    def __exit__(self, typ, value, traceback):
        if typ is None:
            if next(self.gen, _NO_VALUE) is not _NO_VALUE:
                _fail_and_close(self.gen.close, "generator didn't stop")
            return False
        # only a class may have been given: an instance is needed to recognise it coming back
        thrown = typ() if value is None else value
        try:
            self.gen.throw(typ, thrown, traceback)
        except StopIteration as finished:
            # handled, unless the exception thrown in was this StopIteration itself
            return finished is not thrown
        except BaseException as raised:
            if _came_back_unchanged(raised, thrown, traceback, StopIteration):
                return False
            raise
        _fail_and_close(self.gen.close, "generator didn't stop after throw()")


class _AsyncGeneratorContextManager(_GeneratorCMState, AbstractAsyncContextManager,
                                    AsyncContextDecorator):
    """The manager @asynccontextmanager makes of one asynchronous generator call."""

    async def _step(self):
        """The generator's next value, or _NO_VALUE once it is exhausted."""
        try:
            return await self.gen.__anext__()
        except StopAsyncIteration:
            return _NO_VALUE

    async def __aenter__(self):
        del self.args, self.kwds, self.func
        first = await self._step()
        if first is _NO_VALUE:
            raise RuntimeError("generator didn't yield") from None
        return first

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            if await self._step() is not _NO_VALUE:
                await _fail_and_aclose(self.gen, "generator didn't stop")
            return False
        thrown = typ() if value is None else value
        try:
            await self.gen.athrow(typ, thrown, traceback)
        except StopAsyncIteration as finished:
            return finished is not thrown
        except BaseException as raised:
            if _came_back_unchanged(raised, thrown, traceback,
                                    (StopIteration, StopAsyncIteration)):
                return False
            raise
        await _fail_and_aclose(self.gen, "generator didn't stop after athrow()")


def contextmanager(func):
    """Decorator: a generator function yielding once becomes a context manager factory; the
    code before the yield is the entry, the code after it the exit."""
    @_wraps(func)
    def make_manager(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return make_manager


def asynccontextmanager(func):
    """contextmanager() for asynchronous generator functions, giving async with managers."""
    @_wraps(func)
    def make_manager(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return make_manager


# ---------------------------------------------------------------------------------------------
# small managers

class closing(AbstractContextManager):
    """Give `thing` to the with block and call thing.close() when the block ends."""

    def __init__(self, thing):
        self.thing = thing

    def __exit__(self, *exc_info):
        self.thing.close()

    def __enter__(self):
        return self.thing


class aclosing(AbstractAsyncContextManager):
    """Give `thing` to the async with block and await thing.aclose() when it ends."""

    def __init__(self, thing):
        self.thing = thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()

    async def __aenter__(self):
        return self.thing


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """A manager doing nothing; entering it gives enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    async def __aenter__(self):
        return self.enter_result

    def __enter__(self):
        return self.enter_result

    async def __aexit__(self, *exc_info):
        return None

    def __exit__(self, *exc_info):
        return None


class _RedirectStream(AbstractContextManager):
    # the name of the sys attribute to swap, set by the subclasses
    _stream = None

    def __init__(self, new_target):
        # a stack, so one instance may be entered again while already active
        self._old_targets = []
        self._new_target = new_target

    def __enter__(self):
        self._old_targets.append(getattr(_sys, self._stream))
        setattr(_sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(_sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Point sys.stdout at another file object for the duration of the block."""
    _stream = 'stdout'


class redirect_stderr(_RedirectStream):
    """Point sys.stderr at another file object for the duration of the block."""
    _stream = 'stderr'


class suppress(AbstractContextManager):
    """Swallow the listed exception classes (and their subclasses) raised in the block."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return False
        return issubclass(exctype, self._exceptions)


class chdir(AbstractContextManager):
    """Change the working directory for the block and go back afterwards (process-wide)."""

    def __init__(self, path):
        self._old_cwd = []
        self.path = path

    def __enter__(self):
        import os
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._old_cwd.pop())


# ---------------------------------------------------------------------------------------------
# exit stacks
#
# Each entry is (is_sync, callable taking exc_type, exc, tb).  Unwinding pops them last first;
# each sees the exception left by the previous ones, a true result clears it, and an exception
# raised by one replaces it.

def _raise_with_own_context(failure):
    """Raise `failure` from an exit stack's unwinding. Raising it here would make the exception
    being handled its context: the context it already had is put back."""
    context = failure.__context__
    try:
        raise failure
    except BaseException:
        failure.__context__ = context
        raise


def _link_context(fresh, previous, outer):
    """Hang `previous` under the chain of __context__ links of a new exception, as nested with
    statements would have done: walk to the end of the chain, stopping early where it already
    reaches `previous`, or where it reaches `outer` (the exception handled around the stack)."""
    link = fresh
    while True:
        context = link.__context__
        if context is None or context is previous:
            return
        if context is outer:
            break
        link = context
    link.__context__ = previous


def _bound_exit(cm, exit_method):
    return lambda exc_type, exc, tb: exit_method(cm, exc_type, exc, tb)


class _BaseExitStack:
    """What the sync and async stacks share: registering callbacks and entering managers."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Move every registered callback to a new stack of the same type and return it."""
        taken = type(self)()
        taken._exit_callbacks, self._exit_callbacks = self._exit_callbacks, []
        return taken

    def push(self, exit):
        """Register a context manager's __exit__ (not calling __enter__) or a callable with
        __exit__'s signature.  Returns `exit`, so it can be used as a decorator."""
        exit_method = getattr(type(exit), '__exit__', None)
        if exit_method is None:
            self._exit_callbacks.append((True, exit))
        else:
            self._exit_callbacks.append((True, _bound_exit(exit, exit_method)))
        return exit

    def enter_context(self, cm):
        """Enter cm and push its __exit__; returns what __enter__ returned."""
        kind = type(cm)
        try:
            enter = kind.__enter__
            exit_method = kind.__exit__
        except AttributeError:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does "
                            f"not support the context manager protocol") from None
        result = enter(cm)
        self._exit_callbacks.append((True, _bound_exit(cm, exit_method)))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Register callback(*args, **kwds) to run at unwinding; it cannot swallow errors."""
        def unwind(exc_type, exc, tb):
            callback(*args, **kwds)
        unwind.__wrapped__ = callback
        self._exit_callbacks.append((True, unwind))
        return callback


class ExitStack(_BaseExitStack, AbstractContextManager):
    """A with statement of a run-time chosen number of managers and callbacks."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        arrived_with_exception = exc_details[0] is not None
        outer = _sys.exc_info()[1]
        current = exc_details
        swallowed = False
        must_raise = False
        while self._exit_callbacks:
            _, unwind = self._exit_callbacks.pop()
            try:
                if unwind(*current):
                    swallowed, must_raise, current = True, False, (None, None, None)
            except BaseException as fresh:
                _link_context(fresh, current[1], outer)
                current = (type(fresh), fresh, fresh.__traceback__)
                must_raise = True
        if must_raise:
            _raise_with_own_context(current[1])
        return arrived_with_exception and swallowed

    def close(self):
        """Unwind the stack now, as a clean exit from the with block would."""
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """ExitStack for async with: also takes asynchronous managers and callbacks."""

    async def enter_async_context(self, cm):
        """Enter the asynchronous manager cm and push its __aexit__."""
        kind = type(cm)
        try:
            enter = kind.__aenter__
            exit_method = kind.__aexit__
        except AttributeError:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does "
                            f"not support the asynchronous context manager protocol"
                            ) from None
        result = await enter(cm)
        self._exit_callbacks.append((False, _bound_exit(cm, exit_method)))
        return result

    def push_async_exit(self, exit):
        """push() for an asynchronous manager's __aexit__ or a coroutine function."""
        exit_method = getattr(type(exit), '__aexit__', None)
        if exit_method is None:
            self._exit_callbacks.append((False, exit))
        else:
            self._exit_callbacks.append((False, _bound_exit(exit, exit_method)))
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Register `await callback(*args, **kwds)` to run at unwinding."""
        async def unwind(exc_type, exc, tb):
            await callback(*args, **kwds)
        unwind.__wrapped__ = callback
        self._exit_callbacks.append((False, unwind))
        return callback

    async def aclose(self):
        """Unwind the stack now."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        arrived_with_exception = exc_details[0] is not None
        outer = _sys.exc_info()[1]
        current = exc_details
        swallowed = False
        must_raise = False
        while self._exit_callbacks:
            is_sync, unwind = self._exit_callbacks.pop()
            try:
                verdict = unwind(*current) if is_sync else await unwind(*current)
                if verdict:
                    swallowed, must_raise, current = True, False, (None, None, None)
            except BaseException as fresh:
                _link_context(fresh, current[1], outer)
                current = (type(fresh), fresh, fresh.__traceback__)
                must_raise = True
        if must_raise:
            _raise_with_own_context(current[1])
        return arrived_with_exception and swallowed
