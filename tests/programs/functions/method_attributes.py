# A bound method reads its function's attributes (decorator tags, docs); a missing one is the
# function's AttributeError, a store on the method the method's.
class C:
    def f(self):
        "doc of f"
    f.tag = 1
def deco(fn):
    fn.marked = True
    return fn
class D:
    @deco
    def g(self): pass
c = C()
print(c.f.tag, getattr(c.f, "tag", None), hasattr(c.f, "tag"), c.f.__doc__, D().g.marked, getattr(D().g, "marked", False))
print(c.f.__name__, c.f.__qualname__, c.f.__func__ is C.f, c.f.__self__ is c)
try:
    c.f.missing
except AttributeError as e:
    print(e)
try:
    c.f.tag = 2
except AttributeError as e:
    print(e)
