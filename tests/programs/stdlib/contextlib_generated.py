# ExitStack unwinding orders with failures and suppressions at each position, suppress,
# nullcontext, redirect_stdout, closing, contextmanager exception paths, AsyncExitStack.
import asyncio
import io
from contextlib import (ExitStack, AsyncExitStack, suppress, nullcontext, redirect_stdout,
                        redirect_stderr, closing, aclosing, contextmanager, asynccontextmanager,
                        ContextDecorator, AbstractContextManager)


def chain(exc):
    names = []
    while exc is not None:
        names.append(f'{type(exc).__name__}({exc})')
        exc = exc.__context__
    return ' <- '.join(names)


class Recorder:
    def __init__(self, log, name, action):
        self.log, self.name, self.action = log, name, action

    def __enter__(self):
        self.log.append('enter ' + self.name)
        return self.name

    def __exit__(self, typ, exc, tb):
        self.log.append(f'exit {self.name} sees {typ.__name__ if typ else None}')
        if self.action == 'raise':
            raise KeyError(self.name)
        return self.action == 'swallow'


# every combination of actions for 3 managers, with and without an error in the body
actions = ('pass', 'raise', 'swallow')
for body_fails in (False, True):
    for a in actions:
        for b in actions:
            for c in actions:
                log = []
                try:
                    with ExitStack() as stack:
                        for name, act in zip('abc', (a, b, c)):
                            stack.enter_context(Recorder(log, name, act))
                        stack.callback(log.append, 'callback')
                        if body_fails:
                            raise ValueError('body')
                    outcome = 'ok'
                except Exception as e:
                    outcome = chain(e)
                print(body_fails, a, b, c, '|', '; '.join(log), '|', outcome)

# push(), pop_all(), close(), decorators
log = []
with ExitStack() as stack:
    @stack.push
    def exit_fn(typ, exc, tb):
        log.append(('push fn', typ))
        return False
    stack.push(Recorder(log, 'pushed', 'pass'))
    moved = stack.pop_all()
    log.append('after pop_all')
print(log)
moved.close()
print(log)
moved.close()
print(len(log))
try:
    ExitStack().enter_context(object())
except Exception as e:
    print(type(e).__name__, e)

# suppress over a table of exceptions
for exc in (KeyError('k'), IndexError('i'), ValueError('v'), ZeroDivisionError('z'), None):
    for kinds in ((KeyError,), (LookupError,), (ValueError, ArithmeticError), ()):
        try:
            with suppress(*kinds):
                if exc is not None:
                    raise exc
            print('suppress', [k.__name__ for k in kinds], type(exc).__name__, 'done')
        except Exception as e:
            print('suppress', [k.__name__ for k in kinds], 'escaped', type(e).__name__)

with nullcontext(41) as v:
    print('null', v)
with nullcontext() as v:
    print('null', v)

buf, err = io.StringIO(), io.StringIO()
with redirect_stdout(buf) as target:
    print('hidden line', target is buf)
    with redirect_stderr(err):
        import sys
        print('to err', file=sys.stderr)
print('captured', repr(buf.getvalue()), repr(err.getvalue()))
r = redirect_stdout(buf)
with r:
    with r:
        print('nested')
print('restored', buf.getvalue().count('nested'))


class Thing:
    def __init__(self):
        self.closed = 0

    def close(self):
        self.closed += 1


t = Thing()
with closing(t) as same:
    print('closing gives thing', same is t)
print('closed', t.closed)


# contextmanager: what happens for each kind of body outcome and generator reaction
@contextmanager
def managed(reaction):
    print('  setup', reaction)
    try:
        yield reaction
    except ValueError as e:
        print('  handler saw', e)
        if reaction == 'reraise':
            raise
        if reaction == 'replace':
            raise TypeError('replaced') from e
        if reaction == 'yield-again':
            yield 'again'
    finally:
        print('  cleanup', reaction)


for reaction in ('swallow', 'reraise', 'replace', 'yield-again'):
    for fails in (False, True):
        try:
            with managed(reaction) as got:
                if fails:
                    raise ValueError(f'body of {reaction}')
            print('result: completed', got)
        except Exception as e:
            print('result:', type(e).__name__, e, '| cause:', type(e.__cause__).__name__)


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


for factory in (no_yield, two_yields):
    try:
        with factory():
            pass
    except RuntimeError as e:
        print('RuntimeError', e)


@contextmanager
def passthrough():
    yield


for exc in (StopIteration('s'), KeyError('k'), GeneratorExit()):
    try:
        with passthrough():
            raise exc
    except BaseException as e:
        print('passthrough', type(e).__name__, e is exc)


class Counted(ContextDecorator, AbstractContextManager):
    count = 0

    def __enter__(self):
        Counted.count += 1
        return self

    def __exit__(self, *exc):
        return False


@Counted()
def decorated(x):
    """docstring kept"""
    return x * Counted.count


print(decorated(5), decorated(5), decorated.__name__, decorated.__doc__)


@managed('swallow')
def uses_cm():
    print('  inside function')
    raise ValueError('from function')


print(uses_cm(), uses_cm())


# async variants
class AsyncRecorder:
    def __init__(self, log, name, swallow=False):
        self.log, self.name, self.swallow = log, name, swallow

    async def __aenter__(self):
        self.log.append('aenter ' + self.name)
        return self.name

    async def __aexit__(self, typ, exc, tb):
        self.log.append(f'aexit {self.name} {typ.__name__ if typ else None}')
        return self.swallow


@asynccontextmanager
async def agen_cm(tag):
    print('  async setup', tag)
    try:
        yield tag * 2
    except KeyError as e:
        print('  async handler', e)
    finally:
        print('  async cleanup', tag)


class AsyncThing:
    async def aclose(self):
        print('  aclosed')


async def main():
    for swallow_first in (False, True):
        log = []
        try:
            async with AsyncExitStack() as stack:
                await stack.enter_async_context(AsyncRecorder(log, 'one', swallow_first))
                stack.enter_context(Recorder(log, 'sync', 'pass'))
                await stack.enter_async_context(AsyncRecorder(log, 'two'))

                async def cb(tag):
                    log.append('async cb ' + tag)
                stack.push_async_callback(cb, 'x')
                raise KeyError('async body')
        except KeyError as e:
            log.append('escaped ' + str(e))
        print(log)
    async with agen_cm('ab') as v:
        print('  got', v)
    async with agen_cm('cd'):
        raise KeyError('handled')
    try:
        async with agen_cm('ef'):
            raise ValueError('not handled')
    except ValueError as e:
        print('  escaped', e)
    async with aclosing(AsyncThing()):
        pass
    async with nullcontext('async null') as v:
        print(' ', v)
    try:
        await AsyncExitStack().enter_async_context(Recorder([], 'x', 'pass'))
    except TypeError as e:
        print(' ', e)


asyncio.run(main())
