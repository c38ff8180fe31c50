@dec
def f():
    pass
@dec
@dec2(1, 2)
@mod.attr.dec
def g():
    pass
@dec
class C:
    pass
@(lambda f: f)
def h(): pass
@x[0].y
def i(): pass
@a := b
def j(): pass
class D:
    @property
    def p(self):
        return 1
    @p.setter
    def p(self, v):
        pass
    @staticmethod
    async def s():
        pass
