# A `__next__` that ends loops by returning still raises StopIteration, with its traceback, when
# called directly; an error it raises inside a loop keeps every frame.
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


def drain(it):
    return sum(1 for _ in it)


print(drain(Countdown(5)), list(Countdown(3)))
try:
    for x in Countdown(20):
        pass
except ValueError as e:
    print("caught", e, x)
it = Countdown(0)
try:
    it.__next__()
except StopIteration:
    print("direct stop")
it.__next__()
