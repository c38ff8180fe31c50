import sys
import traceback


def summary(text):
    """The frame names and the last line: file paths and carets differ between runs."""
    names = [line.split(', in ')[-1] for line in text.splitlines() if line.startswith('  File ')]
    heads = [line for line in text.splitlines() if line.startswith('Traceback') or line.startswith('During')
             or line.startswith('The above')]
    return names, heads, text.splitlines()[-1]


def inner(x):
    return 10 // x


def outer(x):
    return inner(x) + 1


def handler():
    try:
        outer(0)
    except ZeroDivisionError:
        print(summary(traceback.format_exc()))


handler()


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


try:
    raise ValueError('bad value')
except ValueError as e:
    lines = traceback.format_exception(e)
    print(len(lines), lines[0], end='')
    print(lines[-1], end='')
    print(traceback.format_exception_only(e))
    cap = Capture()
    traceback.print_exception(e, file=cap)
    print(summary(''.join(cap.parts)))


def chained():
    try:
        {}['missing']
    except KeyError as e:
        raise RuntimeError('wrapped') from e


try:
    chained()
except RuntimeError:
    cap = Capture()
    traceback.print_exc(file=cap)
    print(summary(''.join(cap.parts)))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        int('x')
except ValueError:
    print(summary(traceback.format_exc()))

print(repr(traceback.format_exc()))


class MyError(Exception):
    pass


try:
    raise MyError()
except MyError as e:
    print(traceback.format_exception_only(e)[-1], end='')
    print(traceback.format_exception_only(type(e), e))
    print(summary(''.join(traceback.format_exception(type(e), e, e.__traceback__))))


def deep(n):
    if n == 0:
        raise IndexError('deep')
    deep(n - 1)


try:
    deep(3)
except IndexError:
    print(summary(traceback.format_exc()))
sys.stdout.flush()
try:
    raise KeyError('k')
except KeyError:
    traceback.print_exc()
print('done')
