print("{} {}".format("a", "b"), "{1} {0} {1}".format("x", "y"))
print("{name} is {age}".format(name="Cy", age=3))
print("{0[0]} {0[1]} {1[k]}".format([10, 20], {"k": "v"}))
print("{:>6}|{:<6}|{:^6}|".format(1, 2, 3))
print("{:.3f} {:,} {:x}".format(3.14159, 1000000, 255))
print("{!r} {!s}".format("a", "a"))
print("{{}} {}".format(5))
print("{0:{1}}|".format("pad", 8))
print("{:{fill}^{w}}".format("mid", fill="=", w=11))
class P:
    def __init__(self):
        self.x = 1
        self.y = 2
print("{0.x},{0.y}".format(P()))
print("{:%}".format(0.5), "{:+.2e}".format(12345))
data = [("apple", 3, 1.5), ("kiwi", 12, 0.25), ("banana", 100, 10.0)]
for item, qty, price in data:
    print("{:<10}{:>5}{:>8.2f}".format(item, qty, price))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
