def pos(a, b, /, c, *, d):
    return (a, b, c, d)
print(pos(1, 2, 3, d=4), pos(1, 2, c=3, d=4))
try:
    pos(1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError:", e)
def po_kw(x, /, **kw):
    return x, kw
print(po_kw(1, x=2))
def defaults(a, b=2, /, c=3):
    return a, b, c
print(defaults(1), defaults(1, 5), defaults(1, c=7))
try:
    pos(1)
except TypeError as e:
    print("TypeError:", e)
try:
    pos(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    defaults()
except TypeError as e:
    print("TypeError:", e)
