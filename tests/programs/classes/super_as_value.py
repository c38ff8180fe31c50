# The builtin `super` as a plain value, at module level and inside a method.
x = super
print(x)
class A:
    def f(self):
        return 1
class B(A):
    def f(self):
        s = super
        return s(B, self).f() + 1
print(B().f())
