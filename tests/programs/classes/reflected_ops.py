class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        print("radd with", other)
        return self + other
    def __lt__(self, other):
        return self.cents < other.cents
    def __repr__(self):
        return f"${self.cents / 100:.2f}"
print(Money(150) + Money(25), Money(1) + 99, 99 + Money(1))
print(sum([Money(10), Money(20), Money(30)]))
print(sorted([Money(5), Money(1), Money(3)]))
try:
    Money(1) + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    Money(1) + 1.5
except TypeError as e:
    print("TypeError:", e)
class Weird:
    def __eq__(self, o):
        print("Weird.__eq__")
        return NotImplemented
print(Weird() == 1)
class L:
    def __lt__(self, o):
        return "L.lt"
class R:
    def __gt__(self, o):
        return "R.gt"
print(L() < R(), R() > L(), 1 < R() if False else "skip")
