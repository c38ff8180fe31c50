def show(*args, **kwargs):
    print("args", args, "kwargs", kwargs)
show()
show(1, 2)
show(*[1, 2], 3, *(4, 5))
show(a=1, **{"b": 2}, c=3)
show(*"ab", **dict(x=1))
parts = [1, 2, 3]
print(*parts)
print(*parts, sep=", ")
print(*"hello", sep="-")
def three(a, b, c):
    return a * 100 + b * 10 + c
print(three(*[1, 2, 3]), three(1, *[2, 3]), three(**{"c": 3, "a": 1, "b": 2}))
try:
    three(*[1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    three(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
try:
    three(1, b=2, a=3)
except TypeError as e:
    print("TypeError:", e)
try:
    three(1, 2, 3, d=4)
except TypeError as e:
    print("TypeError:", e)
a, (b, *c), *d = 1, [2, 3, 4], 5, 6
print(a, b, c, d)
