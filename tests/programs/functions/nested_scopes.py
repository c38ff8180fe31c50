x = "global"
def f():
    print("f sees", x)
def g():
    x = "local g"
    def h():
        print("h sees", x)
    h()
    print("g sees", x)
f()
g()
def comp_scope():
    y = 10
    return [y + i for i in range(3)]
print(comp_scope())
class C:
    attr = 5
    items = [attr * 2]
    def m(self):
        return self.attr
print(C.items, C().m())
def shadow_builtin():
    len = lambda x: -1
    return len([1, 2])
print(shadow_builtin(), len([1, 2]))
def rebind():
    list = "not a list"
    return list
print(rebind(), list("ab"))
