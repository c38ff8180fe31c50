# contextlib.AbstractContextManager / AbstractAsyncContextManager: ABCs whose __subclasshook__
# accepts any class with the two methods; abstract __exit__/__aexit__; the managers contextlib
# makes are instances of them. Also what entering a @contextmanager object twice says.
import abc
import asyncio
import contextlib

ACM = contextlib.AbstractContextManager
AACM = contextlib.AbstractAsyncContextManager

print(ACM.__mro__)
print(AACM.__mro__)
print(type(ACM) is abc.ABCMeta, sorted(ACM.__abstractmethods__), sorted(AACM.__abstractmethods__))

# Classes built from a table of which methods they define (None opts a method out).
METHODS = ["__enter__", "__exit__", "__aenter__", "__aexit__"]


def build(mask, blocked):
    namespace = {}
    for bit, name in enumerate(METHODS):
        if mask >> bit & 1:
            namespace[name] = None if blocked >> bit & 1 else (lambda self, *a: None)
    return type(f"C{mask}_{blocked}", (), namespace)


rows = []
for mask in range(16):
    for blocked in (0, mask & 5, mask & 10, mask):
        cls = build(mask, blocked)
        rows.append((cls.__name__, issubclass(cls, ACM), issubclass(cls, AACM),
                     isinstance(cls(), ACM), isinstance(cls(), AACM)))
for row in rows:
    print(*row)

print("--- inherited methods count too")


class Base:
    def __enter__(self):
        return self


class Child(Base):
    def __exit__(self, *exc):
        return False


class Blocked(Child):
    __exit__ = None


print(issubclass(Child, ACM), issubclass(Blocked, ACM), issubclass(Base, ACM))

print("--- abstract methods")
for cls in (ACM, AACM):
    try:
        cls()
    except TypeError as e:
        print(e)


class NoExit(ACM):
    pass


class WithExit(ACM):
    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return True


try:
    NoExit()
except TypeError as e:
    print(e)
with WithExit() as entered:
    print("entered is the manager:", type(entered).__name__)
    raise KeyError("swallowed")
print("subclass hook is only ACM's:", issubclass(Child, NoExit), issubclass(WithExit, NoExit))


class Registered:
    pass


ACM.register(Registered)
print(isinstance(Registered(), ACM), issubclass(Registered, AACM))

print("--- contextlib's own managers")


@contextlib.contextmanager
def gen_cm():
    yield "value"


@contextlib.asynccontextmanager
async def agen_cm():
    yield "avalue"


managers = [gen_cm(), agen_cm(), contextlib.nullcontext(), contextlib.suppress(),
            contextlib.ExitStack(), contextlib.AsyncExitStack(), contextlib.closing(None),
            contextlib.redirect_stdout(None), contextlib.chdir(".")]
for m in managers:
    print(type(m).__name__, isinstance(m, ACM), isinstance(m, AACM))
print(isinstance(open, ACM), isinstance(3, AACM), issubclass(type(asyncio.Lock()), AACM))

print("--- entering a @contextmanager object twice")
cm = gen_cm()
with cm as v:
    print(v)
try:
    with cm:
        pass
except AttributeError as e:
    print("AttributeError", e)


async def twice():
    acm = agen_cm()
    async with acm as v:
        print(v)
    try:
        async with acm:
            pass
    except AttributeError as e:
        print("AttributeError", e)


asyncio.run(twice())
