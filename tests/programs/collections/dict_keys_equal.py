d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d)
d[0] = "zero"
d[False] = "false"
d[0.0] = "zerof"
print(d, len(d))
e = {True: "a", 1: "b", 1.0: "c"}
print(e)
t = {(1, 2): "tuple", (1, (2, 3)): "nested", ("a",): 1}
print(t[(1, 2)], t[1, (2, 3)], (1, 2) in t, [1, 2] == list((1, 2)))
print(t)
print({-0.0: "negzero"}[0], {2 ** 70: "big"}[2 ** 70], {10 ** 20: 1}.get(1e20))
try:
    d[[1, 2]] = 3
except TypeError as e:
    print("TypeError:", e)
try:
    {{}: 1}
except TypeError as e:
    print("TypeError:", e)
s = {1, 1.0, True, 2}
print(len(s), sorted(s))
print(None in {None: 1}, {None: 1}[None])
