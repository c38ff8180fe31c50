def noisy(xs):
    for x in xs:
        print("produce", x)
        yield x
pipeline = (x * 2 for x in noisy([1, 2, 3]) if x != 2)
print("pipeline built")
for v in pipeline:
    print("consume", v)
g = (x for x in range(3))
print(list(g), list(g))
print(sum(x * x for x in range(10)), max(len(w) for w in ["a", "abc", "ab"]))
total = 0
gen = (total + i for i in range(3))
total = 100
print(list(gen))
xs = [1, 2, 3]
g2 = (x for x in xs)
xs.append(4)
print(list(g2))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
print(any(print("checked", n) or n > 1 for n in range(5)))
