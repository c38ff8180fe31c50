class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
        self.s = s
    def __lt__(self, other):
        return self.parts < other.parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __repr__(self):
        return f"V{self.s}"
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "2.0", "1.2"]]
print(sorted(vs))
print(sorted(vs, reverse=True))
print(max(vs), min(vs))
print(Version("1.0") < Version("1.1"), Version("2.0") > Version("1.0"))
try:
    print(Version("1.0") <= Version("1.1"))
except TypeError as e:
    print("TypeError:", e)
class Card:
    order = "23456789TJQKA"
    def __init__(self, r, s):
        self.r, self.s = r, s
    def __lt__(self, o):
        return (Card.order.index(self.r), self.s) < (Card.order.index(o.r), o.s)
    def __repr__(self):
        return self.r + self.s
hand = [Card(r, s) for r, s in ["Ah", "2c", "Td", "2b", "Ks"]]
hand.sort()
print(hand)
try:
    sorted([Card("A", "h"), 3])
except TypeError as e:
    print("TypeError:", e)
