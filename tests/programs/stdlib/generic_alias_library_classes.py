# PEP 585 subscription of standard library classes: deque[int], asyncio.Future[int] and the
# like give types.GenericAlias, so they work in annotations evaluated at def/class time.
import asyncio
import collections
import contextlib
import dataclasses
import functools
import types

CLASSES = [
    ("deque", collections.deque),
    ("ChainMap", collections.ChainMap),
    ("UserDict", collections.UserDict),
    ("UserList", collections.UserList),
    ("UserString", collections.UserString),
    ("OrderedDict", collections.OrderedDict),
    ("defaultdict", collections.defaultdict),
    ("Counter", collections.Counter),
    ("Future", asyncio.Future),
    ("Task", asyncio.Task),
    ("Queue", asyncio.Queue),
    ("partial", functools.partial),
    ("partialmethod", functools.partialmethod),
    ("cached_property", functools.cached_property),
    ("AbstractContextManager", contextlib.AbstractContextManager),
    ("AbstractAsyncContextManager", contextlib.AbstractAsyncContextManager),
    ("nullcontext", contextlib.nullcontext),
    ("ExitStack", contextlib.ExitStack),
    ("AsyncExitStack", contextlib.AsyncExitStack),
    ("closing", contextlib.closing),
    ("suppress", contextlib.suppress),
    ("Field", dataclasses.Field),
    ("MappingProxyType", types.MappingProxyType),
]

ARGUMENTS = [int, str, (int, str), (bytes, ...), list[int], (None, float)]

for name, cls in CLASSES:
    shown = []
    for args in ARGUMENTS:
        try:
            alias = cls[args]
        except Exception as e:
            shown.append(f"{type(e).__name__}: {e}")
            continue
        ok = (type(alias) is types.GenericAlias and alias.__origin__ is cls
              and alias.__args__ == (args if isinstance(args, tuple) else (args,)))
        shown.append(f"{alias!r}{'' if ok else ' (mismatch)'}")
    print(name, "|", " ; ".join(shown))

print("--- class_getitem is a classmethod that keeps subclasses")


class MyDeque(collections.deque):
    pass


class MyFuture(asyncio.Future):
    pass


class MyPartial(functools.partial):
    pass


for cls in (MyDeque, MyFuture, MyPartial):
    alias = cls[int]
    print(cls.__name__, alias.__origin__ is cls, alias.__args__, alias.__parameters__)

print("--- in annotations")


class Worker:
    backlog: collections.deque[int]
    pending: "asyncio.Future[str]"
    chain: collections.ChainMap[str, int]

    def run(self, q: collections.deque[str]) -> asyncio.Future[int]:
        return None

    @functools.cached_property
    def size(self) -> int:
        return 3


def call(f: functools.partial[int], cm: contextlib.AbstractContextManager[None]) -> asyncio.Task[None]:
    return None


print(Worker.__annotations__["backlog"], Worker.__annotations__["chain"])
print(Worker.run.__annotations__)
print(call.__annotations__)


@dataclasses.dataclass
class Record:
    items: collections.deque[int] = dataclasses.field(default_factory=collections.deque)
    proxy: types.MappingProxyType[str, int] | None = None


r = Record()
r.items.append(4)
print(r, [f.type for f in dataclasses.fields(Record)])

print("--- the alias still makes instances")
d = collections.deque[int]([1, 2, 3], maxlen=2)
print(d, type(d) is collections.deque)
p = functools.partial[int](int, "12")
print(p(), type(p).__name__)
cm = collections.ChainMap[str, int]({"a": 1}, {"b": 2})
print(dict(cm), type(cm).__name__)
print(collections.deque[int] == collections.deque[int], collections.deque[int] == collections.deque[str])
print(collections.deque[int] | None)
