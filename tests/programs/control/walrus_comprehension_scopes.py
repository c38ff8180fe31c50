# Assignment expressions inside comprehensions, where they are allowed: the target binds in the
# enclosing function or module, through nested comprehensions and lambdas. (The forbidden places
# are SyntaxErrors at compile time, checked by the front-end error cases.)

print([y := x * 2 for x in range(4)], y)
print([last := w for w in "abc" if (n := len(w))], last, n)
total = 0
print([total := total + x for x in range(1, 6)], total)
print({k: (v := k * k) for k in range(3)}, v)
print({(s := c.upper()) for c in "xyz"} == {"X", "Y", "Z"}, s)
print(sum(q for x in range(10) if (q := x % 4)), q)


def inside():
    out = [[(m := i * j) for j in range(3)] for i in range(3)]
    return out, m


print(inside())


def nested_iterable_ok():
    # A walrus in the element of an inner comprehension, not in its iterable.
    return [[(k := a + b) for b in range(2)] for a in range(2)], k


print(nested_iterable_ok())


def closure():
    found = None
    def check(items):
        nonlocal found
        return any((found := it) > 2 for it in items)
    return check([1, 2, 5, 7]), found


print(closure())


def lambda_in_element():
    fs = [lambda: (z := 10) for _ in range(2)]
    return [f() for f in fs]


print(lambda_in_element())
data = [3, 8, 1, 9, 4]
if any((big := d) > 7 for d in data):
    print("first big", big)
while (chunk := data[:2]):
    print("chunk", chunk)
    data = data[2:]
print([(a, b) for a in range(3) if (b := a * a) > 0])
print([x for x in range(5) if (x2 := x) % 2], x2)
