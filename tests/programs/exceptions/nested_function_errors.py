def level3(x):
    return {"a": 1}[x]
def level2(x):
    return level3(x) * 2
def level1(x):
    try:
        return level2(x)
    except KeyError as e:
        print("level1 caught KeyError", e)
        raise LookupError(f"level1 could not resolve {x!r}") from e
for x in ["a", "b"]:
    try:
        print("result", level1(x))
    except LookupError as e:
        print(type(e).__name__, e, "| cause", repr(e.__cause__))
def validate(items):
    errors = []
    for i, item in enumerate(items):
        try:
            if not isinstance(item, int):
                raise TypeError(f"item {i} is {type(item).__name__}")
            if item < 0:
                raise ValueError(f"item {i} is negative: {item}")
        except (TypeError, ValueError) as e:
            errors.append(f"{type(e).__name__}: {e}")
    return errors
for line in validate([1, -2, "x", 3.5, None, 0]):
    print(line)
