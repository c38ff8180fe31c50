for n in range(-2, 16, 3):
    s = "fizzbuzz" if n % 15 == 0 else "fizz" if n % 3 == 0 else "buzz" if n % 5 == 0 else str(n)
    print(n, s)
sign = lambda x: -1 if x < 0 else (0 if x == 0 else 1)
print([sign(x) for x in [-3, 0, 4]])
print(("a" if True else "b") + ("c" if False else "d"))
xs = [1, 2, 3]
print(xs[0] if xs else None, [][0] if [] else "empty")
