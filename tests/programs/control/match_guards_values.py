class Color:
    RED = "red"
    GREEN = "green"
def react(color, intensity):
    match (color, intensity):
        case (Color.RED, n) if n > 5:
            return "alarm"
        case (Color.RED, _):
            return "warning"
        case (Color.GREEN, 0):
            return "off"
        case (Color.GREEN, n):
            return f"go {n}"
        case (c, n):
            return f"unknown {c} {n}"
for args in [("red", 9), ("red", 1), ("green", 0), ("green", 3), ("blue", 2)]:
    print(args, react(*args))
def nested(data):
    match data:
        case {"user": {"name": str(name), "roles": [*roles]}} if "admin" in roles:
            return f"admin {name}"
        case {"user": {"name": name}}:
            return f"user {name}"
        case [{"id": i}, *_]:
            return f"first id {i}"
        case _:
            return "?"
print(nested({"user": {"name": "ann", "roles": ["admin", "dev"]}}))
print(nested({"user": {"name": "bob", "roles": []}}))
print(nested([{"id": 7}, {"id": 8}]))
print(nested(42))
