if (n := len(a)) > 10:
    pass
while (line := read()):
    process(line)
[y for x in data if (y := f(x))]
print(x := 1)
(x := 5)
f(a, b := 2)
x[y := 1]
x = (y := 1)
if x := 1:
    pass
while x := next(it):
    pass
