# dict == of dicts nested in dicts and lists, where a value's __eq__ compares other dicts itself:
# the outer comparison must go on with its own dicts after an inner one returns, finds a
# difference, or raises an exception that the __eq__ catches.


class Boom(Exception):
    pass


class Raises:
    def __eq__(self, other):
        raise Boom("no comparing")

    __hash__ = None


class Inner:
    """Compares two dicts of its own before answering; `catch` swallows their exception."""

    def __init__(self, left, right, catch, answer):
        self.left, self.right, self.catch, self.answer = left, right, catch, answer

    def __eq__(self, other):
        try:
            inner = self.left == self.right
        except Boom as e:
            if not self.catch:
                raise
            inner = "caught %s" % e
        print("  inner ==", inner)
        return self.answer

    __hash__ = None


def compare(label, a, b):
    try:
        print(label, a == b, a != b)
    except Boom as e:
        print(label, "Boom", e)


big = {"k%d" % i: i for i in range(12)}
same = dict(big)
other = dict(big, k11=-1)

for catch in (True, False):
    for answer in (True, False):
        probe = Inner({"x": {"y": Raises()}}, {"x": {"y": 1}}, catch, answer)
        a = {"a": 1, "p": probe, "z": {"deep": [1, {"q": 2}]}, "tail": big}
        b = {"a": 1, "p": 0, "z": {"deep": [1, {"q": 2}]}, "tail": same}
        compare("catch=%s answer=%s same tail:" % (catch, answer), a, b)
        b["tail"] = other
        compare("catch=%s answer=%s other tail:" % (catch, answer), a, b)

# An inner comparison that finds a difference, then the outer one goes on
probe = Inner({"x": [1, {"y": 2}]}, {"x": [1, {"y": 3}]}, True, True)
compare("inner differs, outer same:", {"p": probe, "r": {"s": [big]}}, {"p": 0, "r": {"s": [same]}})
compare("inner differs, outer differs:", {"p": probe, "r": {"s": [big]}}, {"p": 0, "r": {"s": [other]}})
probe = Inner(big, same, True, False)
compare("inner same, answer False:", [{"p": probe, "q": 1}], [{"p": 0, "q": 1}])

# After an exception escaped a comparison, later ones start afresh
for i in range(3):
    compare("raises %d:" % i, {"a": {"b": Raises()}}, {"a": {"b": 1}})
    compare("after %d:" % i, {"a": {"b": [1, 2]}, "c": 3}, {"a": {"b": [1, 2]}, "c": 3})
    compare("after, differs %d:" % i, {"a": {"b": [1, 2]}, "c": 3}, {"a": {"b": [1, 2]}, "c": 4})

# Dicts with value-equality keys (tuples) inside plain ones, and the other way round
compare("tuple keys:", {"t": {(1, 2): {"u": 1}}}, {"t": {(1, 2): {"u": 1}}})
compare("tuple keys differ:", {"t": {(1, 2): {"u": 1}}}, {"t": {(1, 2): {"u": 2}}})
compare("plain in tuple-keyed:", {(1,): {"a": [1.0]}, (2,): {}}, {(1,): {"a": [1]}, (2,): {}})
