class A:
    pass
class B(A):
    x = 1
    def m(self):
        return self.x
class C(A, B, metaclass=Meta):
    pass
class D(*bases, **kw):
    pass
class E():
    pass
class F(object): x = 1
class G:
    """Docstring."""
    class Inner:
        pass
    def __init__(self, a):
        self.a = a
    @classmethod
    def make(cls):
        return cls(1)
