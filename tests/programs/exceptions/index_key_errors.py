def show(fn):
    try:
        fn()
    except LookupError as e:
        print(type(e).__name__, e, repr(e))
show(lambda: [][0])
show(lambda: [1, 2, 3][3])
show(lambda: [1, 2, 3][-4])
show(lambda: ()[0])
show(lambda: ""[0])
show(lambda: "abc"[99])
show(lambda: range(3)[3])
show(lambda: b"ab"[2])
show(lambda: {}[0])
show(lambda: {}["str key"])
show(lambda: {}[(1, "t")])
show(lambda: {}[None])
show(lambda: {}[1.5])
show(lambda: {"a": 1}.pop("b"))
show(lambda: set().pop())
show(lambda: {1}.remove(2))
show(lambda: [].pop(3))
show(lambda: [1].pop(5))
def assign():
    xs = [1]
    xs[1] = 2
show(assign)
def delete():
    xs = [1]
    del xs[2]
show(delete)
show(lambda: {}["it's"])
show(lambda: {}['say "x"'])
