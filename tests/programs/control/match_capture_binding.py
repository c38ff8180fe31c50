# Names captured by a case are bound only when its whole pattern matches; the guard runs
# after binding, so a failing guard leaves them bound.


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


UNSET = "unset"


def state(**names):
    return " ".join(f"{k}={v!r}" for k, v in sorted(names.items()))


def run_sequence(subject):
    a = b = c = rest = UNSET
    match subject:
        case (a, 9, c):
            outcome = "first"
        case [b, *rest] if b == "guard-fails":
            outcome = "guarded"
        case _:
            outcome = "none"
    return f"{outcome}: {state(a=a, b=b, c=c, rest=rest)}"


def run_class(subject):
    x = y = z = UNSET
    match subject:
        case Point(x, 0):
            outcome = "on x axis"
        case Point(x=1, y=y) if y > 100:
            outcome = "big y"
        case Point(z, y=5):
            outcome = "y five"
        case _:
            outcome = "none"
    return f"{outcome}: {state(x=x, y=y, z=z)}"


def run_mapping(subject):
    k = v = more = UNSET
    match subject:
        case {"k": k, "v": 0}:
            outcome = "v zero"
        case {"k": 1, **more} if len(more) > 5:
            outcome = "many"
        case {"v": v, "w": [_, _]}:
            outcome = "w pair"
        case _:
            outcome = "none"
    return f"{outcome}: {state(k=k, v=v, more=more)}"


def run_or(subject):
    p = q = UNSET
    match subject:
        case (1, p) | (p, 2) if p == "x":
            outcome = "or-guarded"
        case [p, [q, 3]] | [q, [p, 4]]:
            outcome = "nested or"
        case _:
            outcome = "none"
    return f"{outcome}: {state(p=p, q=q)}"


def run_as(subject):
    whole = inner = UNSET
    match subject:
        case [inner, 0] as whole:
            outcome = "as"
        case ([inner, 1] | [1, inner]) as whole if inner == "no":
            outcome = "as guarded"
        case _:
            outcome = "none"
    return f"{outcome}: {state(whole=whole, inner=inner)}"


def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % (2 ** 31)
        yield seed


gen = lcg(7)
pool = [0, 1, 2, 3, 4, 5, 9, "x", "no", "guard-fails", 101, [], [1], [0, 3], [5, 4]]


def pick():
    return pool[next(gen) % len(pool)]


def make_subject():
    kind = next(gen) % 6
    if kind == 0:
        return tuple(pick() for _ in range(next(gen) % 4))
    if kind == 1:
        return [pick() for _ in range(next(gen) % 4)]
    if kind == 2:
        return Point(pick(), pick())
    if kind == 3:
        keys = ["k", "v", "w", "e1", "e2", "e3", "e4", "e5"]
        return {keys[next(gen) % len(keys)]: pick() for _ in range(next(gen) % 8)}
    if kind == 4:
        return (pick(), [pick(), pick()])
    return pick()


for i in range(120):
    s = make_subject()
    print(i, repr(s) if not isinstance(s, Point) else f"Point({s.x!r}, {s.y!r})")
    print("  seq ", run_sequence(s))
    print("  cls ", run_class(s))
    print("  map ", run_mapping(s))
    print("  or  ", run_or(s))
    print("  as  ", run_as(s))

print("-- fixed cases")
print(run_sequence((1, 2, 3)))
print(run_sequence((1, 9, 3)))
print(run_sequence(["guard-fails", 1, 2]))
print(run_sequence(["guard-fails"]))
print(run_class(Point(1, 0)))
print(run_class(Point(1, 5)))
print(run_class(Point(1, 500)))
print(run_class(Point(2, 5)))
print(run_mapping({"k": 1, "v": 1}))
print(run_mapping({"k": 1, "v": 0}))
print(run_mapping({"k": 1, "a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6}))
print(run_mapping({"k": 1, "a": 1}))
print(run_mapping({"v": 7, "w": [1, 2]}))
print(run_mapping({"v": 7, "w": [1, 2, 3]}))
print(run_or((1, "x")))
print(run_or((1, "y")))
print(run_or(("x", 2)))
print(run_or([7, [8, 3]]))
print(run_or([7, [8, 4]]))
print(run_or([7, [8, 5]]))
print(run_as(["a", 0]))
print(run_as(["a", 1]))
print(run_as(["no", 1]))
print(run_as([1, "no"]))

print("-- module-level names")
a = UNSET
match (1, 2, 3):
    case (a, 9, c):
        pass
    case _:
        pass
print(a)
try:
    print(c)
except NameError as e:
    print(type(e).__name__, e)
match (1, 2):
    case (b, d) if False:
        pass
    case _:
        pass
print(b, d)

print("-- in a loop, a failed case keeps the previous iteration's value")
last = None
for item in [(1, "one"), (2, "two"), (3,), ("x", "y"), (4, "four")]:
    match item:
        case (int(n), str(word)) if n % 2 == 0:
            print("even", n, word)
        case (int(n), word):
            print("odd", n, word)
        case _:
            print("other; n still", n)

print("-- captures in a class body and in a closure")
class Holder:
    match [1, 2]:
        case [first, 3]:
            pass
        case [second, 2]:
            pass
    names = sorted(k for k in vars().keys() if not k.startswith("__"))
print(Holder.names)


def outer():
    got = "before"
    def inner(s):
        nonlocal got
        match s:
            case [got, "yes"]:
                return "matched"
            case _:
                return "no"
    r1 = inner(["A", "no"])
    after1 = got
    r2 = inner(["B", "yes"])
    return r1, after1, r2, got
print(outer())
