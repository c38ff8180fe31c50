# Handlers that never look at what they catch, next to code that does: every traceback that can
# be printed must still be there (the frames of format_exc, chained contexts, __exit__, finally).
import sys
import traceback


def summary(text):
    """The frame names, the chaining headers and the last line (file paths differ between runs)."""
    names = [line.split(', in ')[-1] for line in text.splitlines() if line.startswith('  File ')]
    heads = [line for line in text.splitlines() if line.startswith('Traceback') or line.startswith('During')
             or line.startswith('The above')]
    return names, heads, text.splitlines()[-1]


def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        return None


def parse(s):
    try:
        return int(s)
    except ValueError:
        pass
    try:
        return float(s)
    except (ValueError, TypeError):
        return None


print([lookup({'a': 1}, k) for k in 'ab'], [parse(s) for s in ['1', '2.5', 'x']])


# A guarded handler (`n += 1`) whose guard fails: the number is a user object whose __add__
# reads the exception being handled.
class Counter:
    def __init__(self):
        self.n = 0

    def __add__(self, other):
        print('handling:', summary(traceback.format_exc()))
        self.n += other
        return self


def count_missing(d, keys, n):
    for k in keys:
        try:
            d[k]
        except KeyError:
            n += 1
    return n


print(count_missing({}, 'ab', 0), count_missing({}, 'a', Counter()).n)


# d[k] = v and xs.append(v) in a handler, on a dict and a list subclass that look.
class LoudDict(dict):
    def __setitem__(self, k, v):
        print('setitem sees:', summary(traceback.format_exc())[::2])
        dict.__setitem__(self, k, v)


class LoudList(list):
    def append(self, x):
        print('append sees:', summary(traceback.format_exc())[::2])
        list.append(self, x)


def tally(words, counts, bad):
    for w in words:
        try:
            counts[w] += 1
        except KeyError:
            counts[w] = 1
        try:
            int(w)
        except ValueError:
            bad.append(w)
    return counts, bad


print(tally(['a', '1', 'a'], {}, []))
c, b = tally(['x', '2'], LoudDict(), LoudList())
print(dict(c), list(b))


# A handler body that raises: the caught exception is the new one's context.
def fallback(d):
    try:
        return d['primary']
    except KeyError:
        return d['secondary']


try:
    fallback({})
except KeyError:
    print(summary(traceback.format_exc()))


# An exception passing through `with` and `finally` on its way to a quiet handler.
class Watch:
    def __enter__(self):
        return self

    def __exit__(self, tp, exc, tb):
        print('exit sees:', summary(''.join(traceback.format_exception(exc)))[1:])
        return False


def inner():
    with Watch():
        return {}['k']


def middle():
    try:
        inner()
    finally:
        print('finally sees:', summary(traceback.format_exc()))


try:
    middle()
except KeyError:
    pass


# A user iterator whose __next__ looks at its own StopIteration in a finally block.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        try:
            if self.n == 0:
                raise StopIteration
            self.n -= 1
            return self.n
        finally:
            if self.n == 0 and sys.exc_info()[0] is StopIteration:
                print('next sees:', summary(traceback.format_exc()))


print(list(Countdown(2)))
print(next(Countdown(0), 'default'))


# The sequence protocol ends at IndexError; getattr's default and hasattr drop AttributeError.
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * i


class Lazy:
    def __getattr__(self, name):
        if name == 'ok':
            return 'computed'
        raise AttributeError(name)


class Strict:
    def __getattribute__(self, name):
        if name == 'fallback':
            raise AttributeError(name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return 'from __getattr__: ' + traceback.format_exc().splitlines()[-1]


class PastEnd(IndexError):
    pass


class Seq2:
    def __getitem__(self, i):
        if i >= 2:
            raise PastEnd(i)
        return i


print(list(iter(Seq2())), list(Seq2()), [x for x in Seq2()])
print(list(Seq()), list(iter(Seq())), getattr(Lazy(), 'ok'), getattr(Lazy(), 'nope', 'dflt'), hasattr(Lazy(), 'nope'))
print(Strict().fallback)


# StopIteration escaping a generator becomes RuntimeError, chained to it (PEP 479).
def leaky():
    yield 1
    raise StopIteration('inner')


g = leaky()
next(g)
try:
    try:
        next(g)
    except StopIteration:
        print('not reached')
except RuntimeError:
    print(summary(traceback.format_exc())[1:])


# A generator suspended inside a quiet `try`: the caller's own exceptions keep their tracebacks.
def paused():
    try:
        yield 1
        yield 2
    except KeyError:
        pass


p = paused()
next(p)


def fails():
    return [][1]


try:
    fails()
except IndexError:
    print(summary(traceback.format_exc()))
print(next(p), p.throw(KeyError) if False else 'kept')

# The same exception object raised and quietly caught, then raised again where it is looked at.
err = ValueError('again')
for _ in range(2):
    try:
        raise err
    except ValueError:
        pass
try:
    raise err
except ValueError:
    print(summary(traceback.format_exc())[2])

# A bare `except:` with an inert body, and `except` of a name the compiler cannot read.
Alias = KeyError
for exc in (KeyError, ValueError):
    try:
        try:
            raise exc('x')
        except Alias:
            print('alias caught')
    except:
        print('bare caught', exc.__name__)

# An exception object kept in a variable keeps the traceback of a raise that a quiet handler
# caught; one made in the raise statement cannot be reached afterwards.
kept = ValueError('kept')
try:
    raise kept
except ValueError:
    pass
print(summary(''.join(traceback.format_exception(kept))))


class Remembered(Exception):
    seen = []

    def __init__(self, *args):
        Exception.__init__(self, *args)
        Remembered.seen.append(self)


class Quiet(Remembered, KeyError):
    pass


def lose():
    raise Quiet('remembered')


try:
    lose()
except KeyError:
    pass
print(summary(''.join(traceback.format_exception(Remembered.seen[0]))))
