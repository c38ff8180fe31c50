def find_prime_factor(n):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")
for n in [2, 9, 13, 15, 97, 91]:
    find_prime_factor(n)
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == j:
            continue
        print(i, j)
    else:
        print("inner else", i)
for x in []:
    print("never")
else:
    print("empty loop else")
for i in range(10):
    pass
print("i after loop", i)
for ch in "abc":
    if ch == "b":
        continue
    print(ch)
else:
    print("done")
