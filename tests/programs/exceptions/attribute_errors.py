class Thing:
    def __init__(self):
        self.known = 1
def show(fn):
    try:
        fn()
    except AttributeError as e:
        print(e)
t = Thing()
show(lambda: t.unknown)
show(lambda: Thing.unknown)
show(lambda: None.split)
show(lambda: [].push(1))
show(lambda: {}.add(1))
show(lambda: (1).real.nope)
show(lambda: "x".foo)
show(lambda: (1, 2).append(3))
show(lambda: print.nope)
show(lambda: setattr(1, "x", 2))
show(lambda: delattr(t, "nope"))
class Slotted:
    __slots__ = ("a",)
s = Slotted()
show(lambda: setattr(s, "b", 1))
show(lambda: s.a)
