# `for` over range() with bounds past 2**53 counts exactly (the loop variable an int of the right
# size at each step, a safe int again below 2**53), whatever the start and the step's sign.


class Index:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


def collect(a, b):
    out = []
    for v in range(a, b):
        out.append(v)
    return out


def collect_step(a, b):
    out = []
    for v in range(a, b, 3):
        out.append(v)
    return out


def collect_down(a, b):
    out = []
    for v in range(a, b, -2):
        out.append(v)
    else:
        out.append("done")
    return out


def first_over(a, limit):
    for v in range(a, a + 10 ** 30):
        if v > limit:
            return v
    return None


B = 2 ** 53
print(collect(2 ** 100, 2 ** 100 + 3))
print(collect(B - 2, B + 2), [type(v).__name__ for v in collect(B - 2, B + 2)])
print(collect(-B - 2, -B + 2))
print(collect_step(B - 4, B + 6), collect_step(2 ** 64, 2 ** 64 + 7))
print(collect_down(B + 3, B - 4), collect_down(-B + 1, -B - 4))
print(collect(Index(2 ** 60), Index(2 ** 60 + 2)), collect(True, 3), collect(5, 2 ** 70)[:3] if False else collect(5, 8))
print(first_over(B - 3, B + 1), first_over(0, 5))
total = 0
for k in range(B + 10, B + 20):
    total += k - B
print(total)
squares = [i * i for i in range(2 ** 40, 2 ** 40 + 3)]
print(squares, {i: i % 7 for i in range(B - 1, B + 2)})
count = 0
for _ in range(2 ** 80):
    count += 1
    if count == 4:
        break
print(count)
for v in range(B + 5, B):
    print("never")
print(sum(1 for v in range(B, B + 5)), list(range(B + 1, B - 2, -1)))
