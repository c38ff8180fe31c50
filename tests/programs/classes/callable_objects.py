class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
add3 = Adder(3)
print(add3(4), list(map(add3, [1, 2])), callable(add3), callable(Adder))
class Accumulator:
    def __init__(self):
        self.total = 0
    def __call__(self, *xs, scale=1):
        self.total += sum(xs) * scale
        return self.total
acc = Accumulator()
print(acc(1, 2), acc(3, scale=10), acc())
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
