def shape(p):
    match p:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"pair: {x}, {y}"
        case [first, *rest] if len(rest) > 3:
            return f"long: {first} + {len(rest)} more"
        case [first, _, *rest]:
            return f"first={first} rest={rest}"
    return "no match"
for v in [[], [1], (2, 3), [1, 2, 3], list(range(7)), "ab", "x"]:
    print(repr(v), shape(v))
def cmd(c):
    match c.split():
        case ["go", direction]:
            return "going " + direction
        case ["pick", "up", *items]:
            return "picking " + ", ".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return "unknown verb " + verb
        case _:
            return "nothing"
for c in ["go north", "pick up sword shield", "quit", "exit", "dance wildly", ""]:
    print(repr(c), "->", cmd(c))
