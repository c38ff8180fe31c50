# The 3.11 reprs of staticmethod and classmethod objects name what they wrap.
print(repr(staticmethod(abs)), repr(classmethod(abs)))
class C:
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
print(type(C.__dict__["s"]).__name__, repr(C.__dict__["s"]).split(" at ")[0])
