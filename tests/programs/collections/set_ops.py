a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b, [10])), sorted(a.intersection([1, 2, 99])), sorted(a.difference({1})))
print(a <= {1, 2, 3, 4, 5}, a < a, a <= a, {1} > set(), a.isdisjoint({9}), a.issubset(range(10)))
s = set()
s.add(3)
s.add(3)
s.update([1, 2], (7,))
print(sorted(s), len(s))
s.discard(99)
s.remove(7)
print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
print(s.pop() in {1, 2, 3}, len(s))
fs = frozenset([1, 2, 3])
print(fs == {1, 2, 3}, sorted(fs | {4}), type(fs | {4}).__name__, type({4} | fs).__name__)
print({frozenset([1]): "ok"}[frozenset([1])])
c = {x % 3 for x in range(10)}
print(sorted(c))
a2 = set(a)
a2 &= {2, 3}
a2 |= {10}
a2 -= {3}
print(sorted(a2))
print(set(), frozenset(), {1, 2} == {2, 1}, set("aab") == {"a", "b"})
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
print(len(set("mississippi")), sorted(set("mississippi")))
