# dataclasses reads fields from __annotations__, evaluated or (with the future import) strings.
from __future__ import annotations
from dataclasses import dataclass, field, fields, KW_ONLY, InitVar
from typing import ClassVar, List

@dataclass
class P:
    x: int
    y: List[int] = field(default_factory=list)
    count: ClassVar[int] = 0
    _: KW_ONLY
    tag: str = 't'
    seed: InitVar[int] = 0
    def __post_init__(self, seed):
        self.x += seed
    def total(self) -> int:
        return self.x + sum(self.y)
p = P(1, [2, 3], tag='u', seed=10)
print(p, p.total())
print([f.name for f in fields(P)], [f.type for f in fields(P)])
print(P.__annotations__)
print(P.total.__annotations__)
print(P.__init__.__annotations__)
