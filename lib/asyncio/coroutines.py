"""iscoroutine and iscoroutinefunction, as in CPython's asyncio/coroutines.py."""

__all__ = ('iscoroutinefunction', 'iscoroutine')

_CO_COROUTINE = 0x80


async def _probe():
    pass


_coro = _probe()
_CoroutineType = type(_coro)
_coro.close()
del _coro


def _unwrap(func):
    """The function under bound methods and functools.partial objects (inspect._signature_..._unwrap)."""
    while True:
        inner = getattr(func, '__func__', None)
        if inner is None:
            inner = getattr(func, 'func', None) if type(func).__name__ == 'partial' else None
        if inner is None:
            return func
        func = inner


def iscoroutinefunction(func):
    """Return True if func is a decorated coroutine function."""
    code = getattr(_unwrap(func), '__code__', None)
    flags = getattr(code, 'co_flags', 0)
    return bool(flags & _CO_COROUTINE) or getattr(func, '_is_coroutine', None) is _is_coroutine


_is_coroutine = object()


def _generator():
    yield


_GeneratorType = type(_generator())


def iscoroutine(obj):
    """Return True if obj is a coroutine object: a coroutine, a generator, or an object with
    send, throw, close and __await__ (what collections.abc.Coroutine recognises)."""
    t = type(obj)
    if t is _CoroutineType or t is _GeneratorType:
        return True
    return all(callable(getattr(t, name, None)) for name in ('send', 'throw', 'close', '__await__'))
