class Ctx:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.swallow
with Ctx("a") as v:
    print("inside", v)
with Ctx("b", swallow=True):
    raise ValueError("swallowed")
print("after b")
try:
    with Ctx("c"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught", repr(e))
with Ctx("x") as x, Ctx("y") as y:
    print("both", x, y)
def early():
    with Ctx("ret"):
        return "returned"
print(early())
for i in range(2):
    with Ctx(f"loop{i}"):
        if i == 0:
            continue
        print("body", i)
with Ctx("n1"):
    with Ctx("n2", swallow=True):
        1 / 0
    print("after inner")
