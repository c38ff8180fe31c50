# inspect.stack(), getframeinfo, getouterframes, getinnerframes and trace(): function names,
# line numbers and source context of the frames.
import inspect


def names_and_lines(records):
    return [(r.function, r.lineno, r.code_context, r.index) for r in records]


def leaf():
    return inspect.stack()


def middle():
    return leaf()


def top():
    return middle()


stack = top()
for rec in names_and_lines(stack):
    print(rec)
print(stack[0][3], stack[1].function, isinstance(stack[0], tuple), len(stack[0]))
print(inspect.FrameInfo._fields)
print(inspect.Traceback._fields)


def caller_name():
    return inspect.stack()[1].function


def some_function():
    return caller_name()


print(some_function())

info = inspect.getframeinfo(inspect.currentframe())
frame = inspect.currentframe()
print(info.function, info.lineno, info.code_context, info.index)
print(info[1:] == (info.lineno, info.function, info.code_context, info.index))
print(inspect.getlineno(frame) > 0)

wide = inspect.getframeinfo(inspect.currentframe(), context=5)
print(wide.lineno, wide.index, len(wide.code_context))
print(''.join(wide.code_context), end='')
none = inspect.getframeinfo(inspect.currentframe(), context=0)
print(none.code_context, none.index)


def fail(n):
    if n == 0:
        raise ValueError('deep')
    return fail(n - 1)


try:
    fail(3)
except ValueError as e:
    for rec in names_and_lines(inspect.trace()):
        print('trace', rec)
    for rec in names_and_lines(inspect.getinnerframes(e.__traceback__, context=3)):
        print('inner', rec)
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(inspect.getframeinfo(tb)[1:4])

for rec in names_and_lines(inspect.getouterframes(inspect.currentframe()))[:1]:
    print('outer', rec)

for bad in (None, 3, 'x'):
    try:
        inspect.getframeinfo(bad)
    except Exception as e:
        print(type(e).__name__)
