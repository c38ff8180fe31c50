class Tag:
    depth = 0
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("  " * Tag.depth + f"<{self.name}>")
        Tag.depth += 1
        return self
    def __exit__(self, et, ev, tb):
        Tag.depth -= 1
        print("  " * Tag.depth + f"</{self.name}>")
        return False
with Tag("html"):
    with Tag("body"):
        with Tag("p") as p:
            print("  " * Tag.depth + "text in " + p.name)
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return None
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print("suppressed", et.__name__, ev)
            return True
        return False
with Suppress(KeyError, IndexError):
    [][0]
with Suppress(KeyError):
    print("no error")
try:
    with Suppress(KeyError):
        int("x")
except ValueError as e:
    print("escaped:", e)
class Resource:
    def __enter__(self):
        print("acquire")
        return self
    def __exit__(self, *exc):
        print("release", exc[0].__name__ if exc[0] else "clean")
def use():
    with Resource() as r:
        return "value"
print(use())
