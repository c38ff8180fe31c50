def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case True:
            return "true?"
        case None:
            return "none"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case _:
            return "other"
for v in [0, 1, 3, "hello", None, -1, 2.5, 99, "x", True, 1.0, False]:
    print(repr(v), describe(v))
