# `(a, b) == t` and `t == (a, b)` with a tuple display on one side: compared item by item in place
# when t is a plain tuple of the same length; every other t (another length, a tuple subclass,
# a list, None, user types) must see the same calls, in the same order, as CPython makes.

log = []


class Loud:
    def __init__(self, name, equal=True):
        self.name = name
        self.equal = equal

    def __eq__(self, other):
        log.append(f"{self.name}.__eq__({other.name if isinstance(other, Loud) else other!r})")
        return self.equal

    __hash__ = None

    def __repr__(self):
        return f"Loud({self.name})"


class Weird:
    def __eq__(self, other):
        log.append("Weird.__eq__")
        return "yes" if other == 1 else ""

    __hash__ = None


class Boom:
    def __eq__(self, other):
        raise ValueError("no comparing")

    __hash__ = None


class Pair(tuple):
    def __eq__(self, other):
        log.append("Pair.__eq__")
        return True

    __hash__ = tuple.__hash__


def flush(label):
    print(label, log)
    log.clear()


def order(tag, value):
    log.append(tag)
    return value


nan = float("nan")
cases = [(1, 2), (1, 3), (2, 2), (1, 2, 3), (1,), (), [1, 2], None, "12", (1.0, 2.0), (True, 2),
         (nan, 2), Pair((7, 8)), Pair((1, 2)), (1, (2, 3)), ((1, 2), 3)]
for c in cases:
    a, b = 1, 2
    print(repr(c), (a, b) == c, c == (a, b), (a, b, 3) == c, c == (a, b, 3))
    if (a, b) == c:
        print("  as condition: equal")
    if c == (a, b):
        print("  reversed condition: equal")
    flush("  calls")

x = nan
print((x, 1) == (x, 1), (x, 1) == (nan, 1), (float("nan"), 1) == (x, 1))
print((1, (2, 3)) == (1, (2, 3)), (1, [2]) == (1, [2]), ((1, 2), 3) == ((1, 2), 3))

# user __eq__: which side is asked first, and where the walk stops
p, q, r = Loud("p"), Loud("q", equal=False), Loud("r")
t = (Loud("s"), Loud("t"))
print((p, r) == t)
flush("left display")
print(t == (p, r))
flush("right display")
print((q, r) == t)
flush("stops at first unequal")
print((p, q) == (Loud("u"), Loud("v"), Loud("w")))
flush("different lengths")
print(t == (p, q, r))
flush("different lengths, right")

# a __eq__ whose result is not a bool: its truth decides
w = Weird()
print((w, 2) == (1, 2), (w, 2) == (0, 2), (1, 2) == (w, 2))
if (w, 2) == (1, 2):
    print("weird truthy")
flush("weird")

# evaluation order: the display's items, then the other side (or the other way round)
print((order("a", 1), order("b", 2)) == order("c", (1, 2)))
flush("order left")
print(order("c", (1, 2)) == (order("a", 1), order("b", 2)))
flush("order right")
print((order("a", 1), order("b", 2), order("d", 3), order("e", 4)) == order("c", (1, 2, 3, 4)))
flush("order four")

# errors from an item comparison propagate
for other in [(Boom(), 1), (1, Boom())]:
    try:
        print((1, 1) == other)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        if other == (1, 1):
            print("equal")
    except Exception as e:
        print(type(e).__name__, e)

# a tuple subclass on the other side: its __eq__ answers (it is asked first, being the subclass)
print((1, 2) == Pair((5, 6)), Pair((5, 6)) == (1, 2))
flush("subclass")

# a generated sweep: pairs against pairs, as a search compares positions to a goal
state = 99
hits = 0
goal = (3, 4)
for i in range(2000):
    state = (state * 1103515245 + 12345) % 2147483648
    gx, gy = (state >> 8) % 6, (state >> 16) % 6
    if (gx, gy) == goal:
        hits += 1
    if goal == (gx, gy) != ((gx, gy) == goal):
        print("mismatch", gx, gy)
print("hits", hits)

# != and chained comparisons keep the general path
print((1, 2) != (1, 2), (1, 2) != (1, 3), (1, 2) == (1, 2) == (1, 2), (1, 2) == (1, 2) != (1, 3))
