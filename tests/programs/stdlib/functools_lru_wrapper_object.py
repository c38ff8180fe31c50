# lru_cache returns a callable object: cache_info() and cache_clear() are methods of its type, so
# functools.wraps over a cached function does not copy them (cache_parameters is an attribute).
import copy
import functools
import inspect
import pickle


@functools.lru_cache
def fib(n):
    "doc of fib"
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(40), fib.cache_info())
print(sorted(vars(fib)), type(fib).__name__, type(fib).__module__)
print(fib.__doc__, fib.__name__, fib.__module__, fib.__qualname__, fib.__wrapped__.__name__)
print(sorted(k for k in dir(type(fib)) if not k.startswith("_")))
print(copy.copy(fib) is fib, copy.deepcopy(fib) is fib, pickle.loads(pickle.dumps(fib)) is fib)
print(inspect.signature(fib), inspect.isfunction(fib), callable(fib), fib.cache_parameters())


class A:
    @functools.lru_cache(maxsize=3)
    def m(self, x):
        return (self.tag, x)

    @classmethod
    @functools.lru_cache
    def c(cls, x):
        return (cls.__name__, x)

    @staticmethod
    @functools.lru_cache
    def s(x):
        return x * 2

    tag = "A"


a = A()
print(type(a.m).__name__, a.m(1), a.m(1), a.m.__func__ is A.m, a.m.__self__ is a)
print(A.m.cache_info(), A.c(2), A.s(3), A.s(3), A.s.cache_info())


def logged(fn):
    @functools.wraps(fn)
    def inner(*args):
        return fn(*args)
    return inner


@logged
@functools.lru_cache
def sq(x):
    return x * x


print(sq(2), sq(2))
print(hasattr(sq, "cache_info"), hasattr(sq, "cache_clear"), hasattr(sq, "cache_parameters"))
print(sq.__wrapped__.cache_info(), sorted(k for k in vars(sq) if not k.startswith("__")))

for maxsize in (0, 1, 2, None):
    for typed in (False, True):
        calls = []
        f = functools.lru_cache(maxsize=maxsize, typed=typed)(lambda x, y=0: calls.append((x, y)) or x + y)
        results = [f(1), f(1.0), f(1, y=2), f(1), f(2), f(1, y=2), f(y=2, x=1)]
        print(maxsize, typed, results, len(calls), f.cache_info(), f.cache_parameters())
        f.cache_clear()
        print("  cleared", f.cache_info())
try:
    fib([1])
except TypeError as e:
    print("TypeError:", e)
try:
    functools.lru_cache("x")
except TypeError as e:
    print("TypeError:", e)
