xs = list(range(10))
print(xs[2:5], xs[::3], xs[::-1], xs[-3:], xs[7:2:-2])
ys = xs[:]
ys[2:5] = ["a", "b"]
print(ys)
ys[1:1] = [100, 200]
print(ys)
ys[-2:] = []
print(ys)
ys[::2] = "XYZWV"
print(ys)
try:
    ys[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
zs = list(range(10))
del zs[::3]
print(zs)
del zs[1:3]
print(zs)
del zs[-1]
print(zs)
zs[:] = [9, 8]
print(zs)
ws = [1, 2, 3]
ws[5:10] = [4]
print(ws)
ws[0:0] = ws
print(ws)
print(xs[100:], xs[-100:2])
try:
    xs[10]
except IndexError as e:
    print("IndexError:", e)
try:
    xs[10] = 1
except IndexError as e:
    print("IndexError:", e)
