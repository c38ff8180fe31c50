# Operands of comparisons are evaluated left to right (`item in container` too), and a chained
# comparison used as a condition takes the truth of each link once.

log = []


def note(label, value):
    log.append(label)
    return value


def show(title):
    print(title, " ".join(log))
    log.clear()


class Truth:
    """A comparison result that reports every truth test taken of it."""

    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __bool__(self):
        log.append("bool:" + self.name)
        return self.value

    def __repr__(self):
        return "Truth(%s)" % self.name


class Cmp:
    def __init__(self, name, answers):
        self.name = name
        self.answers = answers

    def __lt__(self, other):
        return Truth(self.name + "<" + other.name, self.answers.get(other.name, False))

    def __eq__(self, other):
        return Truth(self.name + "==" + other.name, self.answers.get(other.name, False))

    __hash__ = object.__hash__

    def __contains__(self, item):
        log.append("contains:" + self.name)
        return item == 1


print(note("a", 1) in note("b", [1, 2]))
show("in:")
print(note("a", 3) not in note("b", (1, 2)))
show("not in:")
print(note("a", "x") in note("b", "xyz") in note("c", [True]))
show("chain of in:")
for item in (1, 2, 3):
    if note("item", item) in note("box", {2: "two"}):
        print("found", item)
show("if in:")
print([v for v in range(5) if note("v", v) in note("set", {1, 3})])
show("comprehension:")

a = Cmp("a", {"b": True})
b = Cmp("b", {"c": False})
c = Cmp("c", {})
if a < b < c:
    print("all less")
else:
    print("not all less")
show("if chain:")
print(a < b < c)
show("value chain:")
while a < b < c:
    break
else:
    print("while else")
show("while chain:")
print(not (a < b < c))
show("not chain:")
print([n for n in range(2) if a < b < c])
show("comprehension chain:")
print("yes" if a < b < c else "no")
show("ternary chain:")
if a < b and b < c:
    print("and")
show("and:")
d = Cmp("d", {"e": True})
e = Cmp("e", {"f": True})
f = Cmp("f", {})
if d < e < f:
    print("d < e < f")
show("all true:")
if note("x", 1) < note("y", 2) < note("z", 3) < note("w", 0):
    print("numbers")
else:
    print("numbers stop")
show("numbers:")
if note("x", 5) < note("y", 2) < note("z", 3):
    print("short")
else:
    print("short circuit")
show("short circuit:")
if note("p", 1) in note("q", a) == note("r", b):
    print("in then ==")
show("in then ==:")
box = Cmp("box", {})
print(note("left", 1) in box, note("left", 2) in box)
show("custom contains:")

try:
    print(missing_left in missing_right)
except NameError as err:
    print("NameError:", err)


def unbound_order():
    try:
        print(first in second)
    except UnboundLocalError as err:
        print("UnboundLocalError:", err)
    first = 1
    second = [1]
    return first in second


print(unbound_order())
x = 5
print((x := 3) in [x], x)
print([x, (x := 7)] == [3, 7], x)
