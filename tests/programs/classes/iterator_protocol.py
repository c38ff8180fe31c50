class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(5)))
c = Countdown(3)
for x in c:
    print("tick", x)
print(list(c))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 2
r = Range2(9)
print(list(r), list(r), sum(r), 4 in r, 5 in r)
print(sorted(Range2(7), reverse=True), max(Range2(7)), dict(zip(Range2(5), "abc")))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
a, b, c = Countdown(3)
print(a, b, c)
print([*Countdown(3)], set(Countdown(3)) == {1, 2, 3})
