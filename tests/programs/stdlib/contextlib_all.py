import io
import sys
from contextlib import (contextmanager, suppress, closing, nullcontext, redirect_stdout,
                        ExitStack, AbstractContextManager)


@contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    finally:
        print(f'</{name}>')


with tag('b') as t:
    print('inside', t)

try:
    with tag('err'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)


@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))


with swallow():
    {}['k']
print('after swallow')


@tag('deco')
def decorated(x):
    print('running', x)
    return x * 2


print(decorated(21))


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print('suppressed')
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print('not suppressed:', e)


class Resource:
    def close(self):
        print('closed')


with closing(Resource()) as r:
    print(type(r).__name__)

with nullcontext(5) as v:
    print('null', v)
with nullcontext() as v:
    print('null', v)

buf = io.StringIO()
with redirect_stdout(buf):
    print('captured line')
    print('another')
print('buffer:', repr(buf.getvalue()))

with ExitStack() as stack:
    for name in ['a', 'b', 'c']:
        stack.enter_context(tag(name))
    stack.callback(print, 'callback ran', 1)
    print('body')

with ExitStack() as stack:
    stack.push(lambda *exc: print('pushed exit', exc[0]) or True)
    raise KeyError('suppressed by push')
print('after stack')
stack = ExitStack()
stack.callback(print, 'closing stack')
moved = stack.pop_all()
stack.close()
moved.close()


class Managed(AbstractContextManager):
    def __exit__(self, *args):
        print('exit managed')


with Managed() as m:
    print(type(m).__name__)
