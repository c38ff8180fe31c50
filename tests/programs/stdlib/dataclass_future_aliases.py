# Under postponed annotations, dataclasses recognise ClassVar, InitVar and KW_ONLY by looking
# the annotation's leading names up in the class's module, whatever alias they were imported as.
from __future__ import annotations

import dataclasses as dc
import typing as t
import os as not_typing
from typing import ClassVar
from typing import ClassVar as CV
from dataclasses import InitVar, KW_ONLY, dataclass, fields

ALIAS = ClassVar[int]
OTHER_ALIAS = ClassVar


def describe(cls):
    kinds = {}
    for name, f in cls.__dataclass_fields__.items():
        kinds[name] = f._field_type.name if hasattr(f._field_type, 'name') else str(f._field_type)
    print(cls.__name__, [f.name for f in fields(cls)], [(f.name, f.kw_only) for f in fields(cls)])


def attempt(label, action):
    try:
        print(label, action())
    except Exception as e:
        print(label, type(e).__name__, e)


@dc.dataclass
class C:
    x: int
    _: dc.KW_ONLY
    y: int = 0
    registry: t.ClassVar[dict] = {}


print(C(1, y=2), [f.name for f in dc.fields(C)])
describe(C)
attempt('C positional y', lambda: C(1, 2))


@dataclass
class Many:
    a: int
    b: t.ClassVar = 5
    c: ClassVar[list] = []
    d: CV[int] = 3
    e: ALIAS = 4
    f: OTHER_ALIAS = 6
    g: t . ClassVar [int] = 7
    h: dc.InitVar[int] = 0
    i: InitVar[str] = 'i'
    j: int = 8

    def __post_init__(self, h, i):
        self.total = self.a + h + len(i)


m = Many(1, 2, 'abc', 9)
print(m, m.total, Many.b, Many.c, Many.d, Many.e, Many.f, Many.g)
describe(Many)


@dataclass
class Kw:
    first: int
    marker: KW_ONLY
    second: int = 2
    third: str = 'z'


print(Kw(1, second=5), Kw(0))
attempt('Kw positional', lambda: Kw(1, 2))
describe(Kw)


@dc.dataclass
class KwSpaced:
    a: int
    _: dc . KW_ONLY
    b: int = 1


print(KwSpaced(3, b=4))
describe(KwSpaced)

# names that only look like the special forms
def make_classvarious():
    @dataclass
    class Lookalike:
        ClassVarious: int = 1
        note: ClassVarious = 2
        other: not_typing.ClassVar = 3
        text: 'str' = 'x'
    return Lookalike


attempt('lookalike', lambda: (make_classvarious()(), [f.name for f in fields(make_classvarious())]))


def make_bad_default():
    @dataclass
    class Bad:
        items: not_typing.ClassVar[list] = []
    return Bad


attempt('bad default', make_bad_default)


def make_typing_unbound():
    @dataclass
    class Unbound:
        items: typing.ClassVar[list] = []
    return Unbound


attempt('typing not bound', make_typing_unbound)


def make_class_local():
    @dataclass
    class Local:
        LocalCV = ClassVar
        value: LocalCV = 1
    return Local


attempt('class-local alias', lambda: [f.name for f in fields(make_class_local())])


@dataclass
class Initish:
    base: int
    scale: dc.InitVar[float] = 2.0
    mode: InitVar = None

    def __post_init__(self, scale, mode):
        self.scaled = self.base * scale
        self.mode_seen = mode


obj = Initish(3, 1.5, 'm')
print(obj, obj.scaled, obj.mode_seen, [f.name for f in fields(Initish)])
attempt('no initvar attr', lambda: Initish.scale)
print(sorted(Initish.__dataclass_fields__))
