def show(fn):
    try:
        r = fn()
        print("ok", r)
    except ValueError as e:
        print(type(e).__name__, e)
show(lambda: int("12a"))
show(lambda: int("", 10))
show(lambda: int("0b2", 0))
show(lambda: int("9", 8))
show(lambda: float("1.2.3"))
show(lambda: [1, 2].index(3))
show(lambda: (1, 2).index(3))
show(lambda: "abc".index("d"))
show(lambda: list(zip([1], [1, 2], strict=True)))
show(lambda: range(0, 1, 0))
show(lambda: "a,b".split(","))
a = b = None
def unpack():
    a, b = [1, 2, 3]
show(unpack)
def unpack2():
    a, b, c = "ab"
show(unpack2)
def unpack3():
    (a, b), c = (1, 2, 3), 4
show(unpack3)
show(lambda: chr(0x110000))
show(lambda: max([]))
show(lambda: min((), key=len))
show(lambda: bytes([300]))
show(lambda: "%z" % 1)
show(lambda: format(1, "q"))
show(lambda: format("s", "d"))
show(lambda: pow(2, -1, 4))
