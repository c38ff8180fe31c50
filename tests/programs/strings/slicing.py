s = "abcdefghij"
print(s[0], s[-1], s[3:7], s[:3], s[7:], s[:])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2])
print(s[-3:], s[:-3], s[-100:100], s[5:2], repr(s[10:]))
print(s[2:8:3], s[-1:-8:-3], s[::3])
print(s[100:], s[-100:3])
try:
    print(s[10])
except IndexError as e:
    print("IndexError:", e)
u = "héllo wörld ✓ 😀!"
print(len(u), u[::-1], u[12:], u[-2], u[6:11])
print([c for c in "a😀b"])
print(len("😀"), "😀" * 3, ord("😀"), chr(128512))
t = "0123456789"
for step in (1, 2, 3, -1, -3):
    print(step, t[::step])
print(t[slice(2, 8, 2)], t[slice(None, None, -4)])
