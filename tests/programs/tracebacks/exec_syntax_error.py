# An uncaught SyntaxError from exec(): CPython shows where it is in the executed source.
def load(source):
    exec(source, {})

load("total = 0\nfor i in range(3):\n    total += i\nprint(total)")
load("values = [1, 2,\n          3 +")
