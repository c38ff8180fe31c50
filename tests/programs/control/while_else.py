i = 0
while i < 5:
    i += 1
    if i == 3:
        continue
    print("i =", i)
else:
    print("while finished normally")
n = 10
while n > 0:
    n -= 3
    if n == 4:
        print("breaking at", n)
        break
else:
    print("not printed")
count = 0
while True:
    count += 1
    if count > 3:
        break
print("count", count)
k = 0
while k < 0:
    print("never")
else:
    print("else on zero iterations")
a, b = 0, 1
while b < 100:
    a, b = b, a + b
print(a, b)
