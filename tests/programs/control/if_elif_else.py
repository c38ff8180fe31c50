def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n % 2 == 0:
        return "even"
    else:
        return "odd"
for n in [-5, 0, 1, 2, 99, 100]:
    print(n, classify(n))
for v in [0, 1, "", "x", [], [0], None, 0.0, {}, {0: 0}, (), range(0), range(1)]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 7
if x > 5: print("big")
if not x: print("never")
else: print("else branch")
print("pos" if x > 0 else "neg", "a" if [] else "b")
y = 1 if x < 0 else 2 if x < 5 else 3
print(y)
