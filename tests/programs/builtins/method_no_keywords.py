# Builtin methods that take no keyword arguments name their type in the error.
calls = [
    lambda: "x".replace("a", "b", count=1),
    lambda: [1].append(x=1),
    lambda: "x".startswith(prefix="x"),
    lambda: b"x".replace(b"a", b"b", count=1),
    lambda: [3, 1].index(value=1),
    lambda: len(obj=1),
    lambda: ord(c="a"),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
