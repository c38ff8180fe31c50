from dataclasses import dataclass
@dataclass
class Add:
    l: object
    r: object
@dataclass
class Mul:
    l: object
    r: object
@dataclass
class Num:
    v: int
def ev(e):
    match e:
        case Num(v):
            return v
        case Add(Num(0), x) | Add(x, Num(0)):
            return ev(x)
        case Add(l, r):
            return ev(l) + ev(r)
        case Mul(_, Num(0)) | Mul(Num(0), _):
            return 0
        case Mul(l, r):
            return ev(l) * ev(r)
        case _:
            raise ValueError(f"bad {e!r}")
print(ev(Add(Num(2), Mul(Num(3), Num(4)))), ev(Add(Num(0), Num(7))), ev(Mul(Num(9), Num(0))))
try:
    ev("x")
except ValueError as e:
    print(e)
def kind(v):
    match v:
        case {"id": int(i), "tags": [*tags]} if tags:
            return f"tagged {i} {tags}"
        case {"id": int(i)}:
            return f"plain {i}"
        case [("a" | "b") as head, *_]:
            return f"ab-list {head}"
        case (1, 2) | [3, 4]:
            return "pair"
        case str() as s if s.isdigit():
            return "digits"
        case bool(b):
            return f"bool {b}"
        case float(f) | int(f):
            return f"number {f}"
        case {**rest} if not rest:
            return "empty dict"
        case _:
            return "unknown"
for v in [{"id": 1, "tags": ["x"]}, {"id": 2, "tags": []}, {"id": "s"}, ["a", 1], ["c"], (1, 2), [3, 4], "123", "12a", True, 1.5, 3, {}, None]:
    print(repr(v), kind(v))
def nums(seq):
    match seq:
        case [int(a), int(b), *more] if a < b:
            return ("asc", a, b, len(more))
        case [x, *_] if isinstance(x, str):
            return "starts with str"
        case []:
            return "empty"
    return "nomatch"
print(nums([1, 2, 3]), nums([2, 1]), nums(["s"]), nums([]), nums("abc"), nums(range(1, 4)))
point = (3, 4)
match point:
    case (0, 0):
        print("origin")
    case (x, 0) | (0, x):
        print("axis", x)
    case (x, y) if x == y:
        print("diag")
    case (x, y):
        print("at", x, y)
LIMIT = 5
class Cfg:
    LIMIT = 10
match 10:
    case Cfg.LIMIT:
        print("matched dotted")
match {"a": 1, "b": 2}:
    case {"a": 1, **others}:
        print("others", others)
match [1, [2, [3]]]:
    case [a, [b, [c]]]:
        print(a + b + c)
