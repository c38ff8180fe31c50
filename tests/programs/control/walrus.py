data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 6])
print(y)
i = 0
while (i := i + 1) < 4:
    print("i", i)
values = []
chunks = iter(["a", "b", "", "c"])
while (chunk := next(chunks)):
    values.append(chunk)
print(values)
print((total := sum(data)), total / len(data))
def f(x):
    return (sq := x * x) + sq
print(f(4))
print([last := v for v in range(3)], last)
