a = [1, 2, 3]
b = a
b.append(4)
print(a, a is b, a == b)
c = a[:]
c.append(5)
print(a, c, a is c)
m = [[0] * 3] * 2
m[0][0] = 1
print(m)
def mutate(lst):
    lst.append("m")
    lst = ["new"]
    return lst
x = [0]
print(mutate(x), x)
t = ([],)
t[0].append(1)
print(t)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(t)
d1 = {"k": [1]}
d2 = dict(d1)
d2["k"].append(2)
d2["j"] = 0
print(d1, d2)
