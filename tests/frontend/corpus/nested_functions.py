def a():
    def b():
        def c():
            return lambda: [x for x in range(3)]
        return c
    class D:
        def e(self):
            def f():
                return self
            return f
    return b, D
