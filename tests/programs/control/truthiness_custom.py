class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 3
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called", self.v)
        return self.v
class Plain:
    pass
for obj in [Empty(), Full(), Flag(True), Flag(False), Plain()]:
    print(type(obj).__name__, "truthy" if obj else "falsy")
print(bool(Flag(True)) and "yes", not Flag(False))
print([type(o).__name__ for o in [Empty(), Full()] if o])
x = Flag(False) or "fallback"
print(x)
while Flag(False):
    print("never")
print(type(Full() and Empty() and "x").__name__, Full() and "x")
