class Dyn:
    def __init__(self):
        self.real = "real value"
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:].upper()
        raise AttributeError(f"no attribute {name!r}")
d = Dyn()
print(d.real, d.get_thing(), getattr(d, "get_x")())
try:
    d.missing
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(d, "get_y"), hasattr(d, "other"), getattr(d, "other", "dflt"))
class Recorder:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(name)
        object.__setattr__(self, name, value)
r = Recorder()
r.a = 1
r.b = 2
r.a = 3
print(r.log, r.a, r.b)
for attr in ["a", "b", "c"]:
    print(attr, getattr(r, attr, None))
