print(hash(1), hash(0), hash(-1), hash(123456789), hash(2 ** 62))
print(hash((1, 2, 3)), hash(()), hash((0,)), hash(((1, 2), (3,))))
print(hash(1.5), hash(-2.25), hash(100.0) == hash(100))
print(hash(True), hash(None) == hash(None), hash(frozenset()) == hash(frozenset()))
print(hash((1, 2)) == hash((1.0, 2.0)), hash((True,)) == hash((1,)))
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
    def __eq__(self, other):
        return self.v == other.v
print(hash(H(7)), len({H(1), H(1), H(2)}))
for v in [[], {}, set()]:
    try:
        hash(v)
    except TypeError as e:
        print("TypeError:", e)
print(hash(-(2 ** 61) + 1), hash(2 ** 61 - 2))
