class O:
    def __init__(self):
        self.v = 1
        self.items = [1, 2]
        self.d = {"k": 1}
o = O()
o.v += 5; o.v *= 2; o.v -= 1; o.v //= 3; o.v **= 2; o.v %= 7; o.v <<= 3; o.v >>= 1; o.v |= 1; o.v &= 0xFF; o.v ^= 3
print(o.v)
o.items[0] += 10; o.items[-1] *= 3; o.d["k"] += 100; o.d.setdefault("n", []).append(1)
print(o.items, o.d)
calls = []
def idx():
    calls.append("idx")
    return 0
def obj():
    calls.append("obj")
    return o
obj().items[idx()] += 1
print(calls, o.items)
a = b = [1]
a += [2]
print(a, b, a is b)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
s = "ab"; s *= 3; print(s)
f = 1.5; f //= 0.4; print(f)
x = [1, 2, 3]
x[1:2] = [7, 8, 9]
print(x)
i = 0
arr = [0, 0, 0]
i = arr[i] = 2
print(i, arr)
p, (q, r), *rest = 1, (2, 3), 4, 5
print(p, q, r, rest)
(a1, b1), c1 = "xy", "z"
print(a1, b1, c1)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
m = {}
m["a"], m["b"] = 1, 2
print(m)
o.x1, o.x2 = o.x2, o.x1 = 3, 4
print(o.x1, o.x2)
n = [1, 2]
n[0], n[1] = n[1], n[0]
print(n)
g = 10
def mod():
    global g
    g += 5
    return g
print(mod(), g)
def acc():
    total = 0
    def add(v):
        nonlocal total
        total += v
        return total
    add(3); add(4)
    return total
print(acc())
cnt = {}
for ch in "hello":
    cnt[ch] = cnt.get(ch, 0) + 1
print(cnt)
v = 5
v += v * 2 if v > 3 else 0
print(v)
print(1 < 2 < 3 > 2 != 5, 1 < 3 < 2, (1 < 2) < 3, 2 == 2.0 == True is False)
a_list = [3]
print(a_list * 2 == [3, 3] != [3], not not [], [] or "default", 0 and 1, None or 0 or "" or [] or "last")
