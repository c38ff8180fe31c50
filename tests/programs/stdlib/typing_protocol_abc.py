# Protocol classes are ABCs: abstract methods are enforced, register() works, and runtime
# protocols accept classes as well as instances in isinstance().
import abc
import io
from abc import ABCMeta, abstractmethod
from typing import (Generic, Iterable, Protocol, SupportsAbs, SupportsFloat, SupportsIndex,
                    SupportsInt, TypeVar, runtime_checkable)
import collections.abc as cabc
import typing


def show(label, thunk):
    try:
        print(label, thunk())
    except Exception as e:
        print(label, type(e).__name__, e)


@runtime_checkable
class Closer(Protocol):
    def close(self): ...


@runtime_checkable
class Sized2(Protocol):
    size: int

    def area(self): ...


class Res:
    def close(self):
        pass


class NoClose:
    close = None


class HasSize:
    size = 3

    def area(self):
        return 9


# isinstance with a class as the object: the class's own attributes count (item of the MRO of
# `type` such as type.__annotations__ must not get in the way).
for obj in [Res, Res(), NoClose, NoClose(), HasSize, HasSize(), io.StringIO(), int, 3, type, None]:
    name = getattr(obj, "__name__", type(obj).__name__)
    show(f"{name}: Closer", lambda: isinstance(obj, Closer))
    show(f"{name}: Sized2", lambda: isinstance(obj, Sized2))
for proto in [SupportsInt, SupportsFloat, SupportsIndex, SupportsAbs]:
    for obj in [int, float, 3, 2.5, "s", str, bool, complex, 1j]:
        show(f"{proto.__name__} {obj!r}", lambda: isinstance(obj, proto))
    for cls in [int, float, str, bool, complex, object]:
        show(f"issubclass {cls.__name__} {proto.__name__}", lambda: issubclass(cls, proto))
show("issubclass(Res, Closer)", lambda: issubclass(Res, Closer))
show("issubclass(NoClose, Closer)", lambda: issubclass(NoClose, Closer))
show("issubclass(HasSize, Sized2)", lambda: issubclass(HasSize, Sized2))
show("issubclass(3, Closer)", lambda: issubclass(3, Closer))


# Abstract methods on protocols.
class P(Protocol):
    @abstractmethod
    def must(self) -> int: ...

    def helper(self):
        return "helper"


class Impl(P):
    pass


class Done(P):
    def must(self):
        return 1


print(type(P).__name__, isinstance(P, ABCMeta), sorted(getattr(Impl, "__abstractmethods__", ())))
print(sorted(P.__abstractmethods__), sorted(Done.__abstractmethods__), Done().must(), Done().helper())
show("Impl()", lambda: Impl())
show("P()", lambda: P())
show("isinstance(Done(), P)", lambda: isinstance(Done(), P))
show("isinstance(1, P)", lambda: isinstance(1, P))
show("issubclass(Done, P)", lambda: issubclass(Done, P))
show("issubclass(int, P)", lambda: issubclass(int, P))


class Two(Protocol):
    @abstractmethod
    def a(self): ...

    @property
    @abstractmethod
    def b(self): ...


class Half(Two):
    def a(self):
        return "a"


show("Half()", lambda: Half())
print(sorted(Half.__abstractmethods__))

# register() on protocols, runtime or not.
class Widget:
    pass


print(P.register(Widget) is Widget, issubclass(Done, P) if False else "")
show("isinstance(Widget(), Closer) before", lambda: isinstance(Widget(), Closer))
Closer.register(Widget)
show("isinstance(Widget(), Closer) after", lambda: isinstance(Widget(), Closer))
show("issubclass(Widget, Closer)", lambda: issubclass(Widget, Closer))


# Runtime-checkability is inherited by protocols that extend a runtime protocol.
class MoreCloser(Closer, Protocol):
    def flush(self): ...


class Full:
    def close(self): ...
    def flush(self): ...


show("isinstance(Full(), MoreCloser)", lambda: isinstance(Full(), MoreCloser))
show("isinstance(Res(), MoreCloser)", lambda: isinstance(Res(), MoreCloser))
show("runtime flag", lambda: MoreCloser._is_runtime_protocol)


# Concrete subclasses of a protocol are ordinary ABCs.
class Concrete(Closer):
    def close(self):
        return "closed"


show("isinstance(Concrete(), Concrete)", lambda: isinstance(Concrete(), Concrete))
show("isinstance(Res(), Concrete)", lambda: isinstance(Res(), Concrete))
show("issubclass(Res, Concrete)", lambda: issubclass(Res, Concrete))
show("Concrete().close()", lambda: Concrete().close())

# What a protocol may derive from.
T = TypeVar("T")
U = TypeVar("U")
attempts = {
    "int": lambda: type("NotProto", (Protocol, int), {}),
    "Res": lambda: type("NotProto", (Protocol, Res), {}),
    "Iterable": lambda: type("IterProto", (cabc.Iterable, Protocol), {}),
    "Sized": lambda: type("SizedProto", (cabc.Sized, Protocol), {}),
    "Sequence": lambda: type("SeqProto", (cabc.Sequence, Protocol), {}),
    "Closer": lambda: type("Sub", (Closer, Protocol), {}),
    "Concrete": lambda: type("Sub", (Concrete, Protocol), {}),
    "Generic[T]": lambda: typing.Protocol.__class__("G", (Protocol, Generic), {}),
    "object": lambda: type("Obj", (Protocol, object), {}),
    "AbstractContextManager": lambda: type("CM", (__import__("contextlib").AbstractContextManager, Protocol), {}),
}
for label, make in attempts.items():
    show(f"Protocol with {label}:", lambda: make().__name__)
try:
    class NotProto(Protocol, int):
        pass
except TypeError as e:
    print("TypeError:", e)


class Box(Protocol[T]):
    def get(self) -> T: ...


print(Box.__parameters__, Box[int])
try:
    class Bad(Generic[T], Generic[U]):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(Generic[T], Protocol[U]):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad3(Generic):
        pass
except TypeError as e:
    print("TypeError:", e)


class Good(Iterable[T], Generic[T]):
    def __iter__(self):
        return iter(())


print(Good.__parameters__, Good.__mro__[1:3])


# A non-runtime protocol refuses isinstance, but ABC machinery (a parent walking its subclasses)
# does not trip over it.
class Quiet(Iterable, Protocol):
    def extra(self): ...


show("isinstance(1, Quiet)", lambda: isinstance(1, Quiet))
show("issubclass(int, Quiet)", lambda: issubclass(int, Quiet))
show("issubclass(list, Iterable)", lambda: issubclass(list, cabc.Iterable))
show("isinstance(3, Iterable)", lambda: isinstance(3, cabc.Iterable))
