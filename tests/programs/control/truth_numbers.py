# The truth of numbers in conditions (if, while, ternaries, and/or, not, comprehension filters):
# ints, floats including NaN, 0.0 and -0.0, ints past 2**53, bools, and subclasses of int and float
# whose __bool__ disagrees with their value.
values = [0, 1, -1, 7, 2**53, 2**64, -(2**70), 0.0, -0.0, 0.5, -2.5, 1.0, float('nan'), float('inf'), -float('inf'),
          True, False, None, "", "0", [], [0], (), (0,)]
for v in values:
    a = "yes" if v else "no"
    if v:
        b = "if"
    elif not v:
        b = "elif-not"
    else:
        b = "else"
    c = v and "and"
    d = v or "or"
    print(repr(v), a, b, repr(c), repr(d), not v)


class Flip(int):
    def __bool__(self):
        return not int(self)


class FFlip(float):
    def __bool__(self):
        return self == 0.0


for v in (Flip(0), Flip(3), FFlip(0.0), FFlip(2.5)):
    print(type(v).__name__, repr(v), "true" if v else "false", [x for x in [v] if x])

# while over an int counter and a float
k = 5
steps = 0
while k:
    k -= 1
    steps += 1
print(steps, k)
x = 1.5
n = 0
while x:
    x = x - 0.5
    n += 1
print(n, x)


class Bad:
    def __bool__(self):
        return 2


try:
    if Bad():
        pass
except TypeError as e:
    print("TypeError", e)


# `not` and `and`/`or` as values: `not (a and b)` asks the truth of the result again, as CPython
# does.
class B:
    def __init__(self, v, name):
        self.v = v
        self.name = name

    def __bool__(self):
        print("bool", self.name)
        return self.v


a = B(False, "a")
b = B(True, "b")
print(not (a and b))
print(not (b and a))
print(not (a or b))
print(not a, not not b)
x = a and b
y = b or a
z = 0 or 2.5 or a
print(x.name, y.name, z)
print(not 0, not 3, not 0.0, not -0.0, not 2.5, not float('nan'), not [], not "", not None, not 2**70)
print(0 and 1, 1 and 0, 0.0 or 0, 5 or a, [] or (), 2**64 and "big")
