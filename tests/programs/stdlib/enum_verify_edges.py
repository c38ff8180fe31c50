# enum.verify edges (non-enum classes, one-valued enums, long messages cut at 256 characters,
# several unnamed aliases, negative aliases), member()/nonmember() values, and auto() after
# values that do not increase or cannot be ordered.
import warnings
from enum import (CONTINUOUS, NAMED_FLAGS, UNIQUE, Enum, EnumCheck, Flag, IntEnum, IntFlag,
                  auto, member, nonmember, show_flag_values, verify)


def attempt(label, thunk):
    try:
        print(label, thunk())
    except Exception as e:
        print(label, type(e).__name__, e)


class Plain:
    pass


attempt("not enum", lambda: verify(UNIQUE)(Plain))
attempt("one value", lambda: list(verify(CONTINUOUS)(Enum("One", {"A": 5}))))
attempt("empty", lambda: list(verify(CONTINUOUS, UNIQUE, NAMED_FLAGS)(Flag("Empty", {}))))
attempt("long gap", lambda: verify(CONTINUOUS)(IntEnum("Wide", {"LO": 1, "HI": 200})))
attempt("flag gap", lambda: verify(CONTINUOUS)(Flag("Bits", {"A": 2, "B": 64})))
attempt("two aliases", lambda: verify(UNIQUE)(Enum("Twice", {"A": 1, "B": 1, "C": 2, "D": 2})))
attempt("aliases missing", lambda: verify(NAMED_FLAGS)(Flag("Miss", {"A": 1, "X": 3, "Y": 5, "Z": 12})))
attempt("single bit", lambda: verify(NAMED_FLAGS)(IntFlag("One", {"A": 1, "AB": 3})))
attempt("ok flags", lambda: list(verify(NAMED_FLAGS, CONTINUOUS)(Flag("Ok", {"A": 1, "B": 2, "AB": 3}))))
attempt("checks", lambda: (EnumCheck("one name per value"), [c.name for c in EnumCheck], str(NAMED_FLAGS)))
attempt("show", lambda: (show_flag_values(0), show_flag_values(1 << 70 | 6)))


class Marked(Enum):
    A = member(1)
    B = nonmember([2])
    C = member((3, 4))
    D = 5

    @nonmember
    def helper():
        return "h"


print(list(Marked), Marked.B, Marked.C.value, Marked.helper(), Marked.D.value)
print(isinstance(member(1), nonmember), type(member(2)).__name__, member(3).value)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")

    class Down(Enum):
        A = 5
        B = 2
        C = auto()

    class Words(Enum):
        A = "x"
        B = auto()

    class Mixed(Enum):
        A = 3
        B = "s"
        C = auto()

print([m.value for m in Down], [m.value for m in Mixed], len(caught), caught[0].category.__name__ if caught else None)
attempt("words", lambda: [m.value for m in Words])
