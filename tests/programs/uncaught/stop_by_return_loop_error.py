# An error raised by a `__next__` that ends loops by returning, inside a loop: every frame shows.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        if self.n == 13:
            raise ValueError("unlucky")
        self.n -= 1
        return self.n


def total(n):
    t = 0
    for x in Countdown(n):
        t += x
    return t


print(total(5))
try:
    total(20)
except KeyError:
    pass
