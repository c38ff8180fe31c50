# A probe fails in a handler: both tracebacks, each at its own line, chained by "During handling".
def parse(s, fallback):
    try:
        n = int(s)
    except ValueError:
        n = fallback[s]
    return n


def main():
    print(parse("3", {}))
    print(parse("x", {"x": 4}))
    print(parse("y", {"x": 4}))


main()
