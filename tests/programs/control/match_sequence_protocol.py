# Sequence patterns against sequences that are not lists or tuples: CPython asks len() first and
# then reads only the items the pattern needs (by index for `*_`, by iteration otherwise).
from collections.abc import Sequence
from collections import deque


class Traced(Sequence):
    """A sequence that records every __len__ and __getitem__ call."""

    def __init__(self, n, log):
        self.n = n
        self.log = log

    def __len__(self):
        self.log.append("len")
        return self.n

    def __getitem__(self, i):
        self.log.append(f"[{i}]")
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * 10


class Ring(Sequence):
    """Indexes wrap around, so iterating never ends by itself."""

    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i % len(self.items)]


class OwnIter(Traced):
    """Iteration goes through its own __iter__, not __getitem__."""

    def __iter__(self):
        self.log.append("iter")
        for i in range(self.n):
            yield -i


class LyingLen(Traced):
    """len() says one thing, iteration yields another number of items."""

    def __init__(self, n, real, log):
        super().__init__(n, log)
        self.real = real

    def __getitem__(self, i):
        self.log.append(f"[{i}]")
        if not 0 <= i < self.real:
            raise IndexError(i)
        return i


PATTERNS = [
    "[]", "[_]", "[a]", "[_, _]", "[a, b]", "[a, _]", "[_, b]", "[a, b, c]",
    "[*_]", "[*r]", "[a, *_]", "[_, *_]", "[*_, z]", "[*_, _]", "[a, *_, z]", "[a, _, *_, _, z]",
    "[a, *r]", "[*r, z]", "[a, *r, z]", "[_, *r, _]", "[a, *_, y, z]", "[*_, x, y, z]",
    "[0, *_]", "[0, 10, *_]", "[_, 10, *_, _]", "[a, [b, c], *_]", "(a, b) | [a, b, _]",
]


def make_matcher(pattern):
    names = sorted({ch for ch in pattern if ch.isalpha()})
    shown = ", ".join(names) if names else ""
    src = (
        "def matcher(subject):\n"
        "    match subject:\n"
        f"        case {pattern}:\n"
        f"            return ('hit', {shown}{',' if len(names) == 1 else ''})\n"
        "        case _:\n"
        "            return 'miss'\n"
    )
    ns = {}
    exec(src, ns)
    return ns["matcher"]


def attempt(matcher, subject):
    try:
        return matcher(subject)
    except Exception as e:
        return f"{type(e).__name__}: {e}"


for pattern in PATTERNS:
    matcher = make_matcher(pattern)
    for n in range(5):
        log = []
        result = attempt(matcher, Traced(n, log))
        plain = attempt(matcher, list(range(0, 10 * n, 10)))
        same = "same" if plain == result else f"list gives {plain}"
        print(f"{pattern:22} n={n} {result} {' '.join(log)} ({same})")
    log = []
    print(f"{pattern:22} own-iter {attempt(matcher, OwnIter(3, log))} {' '.join(log)}")
    for n, real in ((3, 2), (2, 3), (3, 5)):
        log = []
        print(f"{pattern:22} lying {n}/{real} {attempt(matcher, LyingLen(n, real, log))} {' '.join(log)}")

for subject in (Ring([1, 2, 3]), Ring([7])):
    for pattern in ("[a, b, c]", "[a, *_]", "[*_, z]", "[a, *_, z]", "[a]", "[_, _, _]", "[*_]"):
        print("ring", len(subject.items), pattern, attempt(make_matcher(pattern), subject))

# Builtin sequences other than list and tuple, and a list subclass.
class Loud(list):
    def __len__(self):
        print("  Loud.__len__")
        return super().__len__()

    def __getitem__(self, i):
        print("  Loud.__getitem__", i)
        return super().__getitem__(i)

    def __iter__(self):
        print("  Loud.__iter__")
        return super().__iter__()


for subject in (range(4), deque([1, 2, 3, 4]), range(0), deque(), Loud([1, 2, 3, 4]), Loud([5])):
    for pattern in ("[a, *_, z]", "[a, b, *r]", "[*_]", "[_, _, _, _]", "[a, b, c, d]", "[a]"):
        print(type(subject).__name__, pattern, attempt(make_matcher(pattern), subject))

# A static match statement too, with nested sequences and guards.
def classify(rows):
    match rows:
        case []:
            return "empty"
        case [[*_], *_] if len(rows) > 3:
            return "many rows"
        case [first, *_, last] if first == last:
            return f"bookends {first}"
        case [first, *_]:
            return f"starts {first}"


log = []
print(classify(Traced(0, log)), log)
for n in (1, 2, 5):
    log = []
    print(classify(Traced(n, log)), log)
print(classify([[1], [2], [3], [4]]), classify([3, 1, 3]), classify((9,)))
