def nothing():
    pass
def early(x):
    if x:
        return
    return "late"
def multi():
    return 1, "two", [3]
print(nothing(), early(1), early(0))
a, b, c = multi()
print(a, b, c, multi())
def gen_return():
    return (x for x in range(3))
print(list(gen_return()))
def conditional(n):
    if n > 0:
        return "pos"
    elif n < 0:
        return "neg"
print(conditional(1), conditional(-1), conditional(0))
