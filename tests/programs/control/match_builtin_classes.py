def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str() as s if len(s) > 3:
            return f"long str {s!r}"
        case str(s):
            return f"short str {s!r}"
        case [int(a), int(b)]:
            return f"int pair {a + b}"
        case (x, y, z):
            return f"triple {x} {y} {z}"
        case {"op": "add", "args": [a, b]}:
            return f"add -> {a + b}"
        case {"op": op}:
            return f"unknown op {op}"
        case None:
            return "None"
        case _:
            return f"other {type(v).__name__}"
for v in [True, -3, 7, 2.5, "hello", "hi", [1, 2], [1, "x"], (1, 2, 3), "abc",
          {"op": "add", "args": [2, 3]}, {"op": "mul"}, {"x": 1}, None, {1, 2}]:
    print(repr(v), "=>", kind(v))
def http(status):
    match status:
        case 200 | 201 | 204:
            return "success"
        case 301 | 302 as code:
            return f"redirect {code}"
        case n if 400 <= n < 500:
            return "client error"
        case _:
            return "server error"
print([http(s) for s in [200, 204, 302, 404, 418, 500]])
