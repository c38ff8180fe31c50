# Complex numbers as dict keys and set members (grids with complex positions): lookups mixed with
# ints, floats, tuples and user objects of equal hash, checked against a tuple-keyed model.


def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        yield seed


g = lcg(17)
grid = {}
model = {}
for _ in range(3000):
    x = next(g) % 41 - 20
    y = next(g) % 41 - 20
    v = next(g) % 100
    grid[complex(x, y)] = v
    model[(x, y)] = v
print(len(grid), len(model))
print(all(grid[complex(x, y)] == v for (x, y), v in model.items()))
print(sum(1 for k in grid if k.imag == 0), grid.get(0j), grid.get(3), grid.get(3 + 0j))

# Neighbour walks, as in a grid puzzle.
seen = set()
frontier = [0j]
while frontier and len(seen) < 400:
    p = frontier.pop()
    if p in seen or p not in grid:
        continue
    seen.add(p)
    for d in (1, -1, 1j, -1j):
        q = p + d
        if q in grid and q not in seen and grid[q] % 3:
            frontier.append(q)
print(len(seen), sorted(seen, key=lambda c: (c.real, c.imag))[:6])

# A complex with no imaginary part is the same key as the equal int or float.
d = {1: "int"}
d[1 + 0j] = "complex"
d[1.0] = "float"
print(d, {2j: "a", 2j + 0: "b"}, {complex(2, 0): "x", 2: "y"})
print(hash(3 + 4j) == hash(complex(3.0, 4.0)), hash(0j) == hash(0), hash(1.5 + 0j) == hash(1.5))
for z in (1 + 1j, -1 - 1j, 2 ** 40 + 3j, 1e300j, -0.5 + 0.25j, complex(-1, 0), complex(0, -1), 1e-300 + 1e-300j):
    print(z, hash(z), z in {z: 1}, {z} == {complex(z.real, z.imag)})

# Keys whose hashes agree: a tuple, a user object equal to a complex, and complexes themselves.
class Pos:
    def __init__(self, z):
        self.z = z
    def __eq__(self, other):
        return self.z == other if isinstance(other, complex) else NotImplemented
    def __hash__(self):
        return hash(self.z)
    def __repr__(self):
        return f"Pos({self.z})"

m = {2 + 3j: "complex"}
m[Pos(2 + 3j)] = "pos"
print(m, Pos(5j) in {5j}, 5j in {Pos(5j)})
t = {(2, 3): "tuple", 2 + 3j: "complex"}
print(t, t[2 + 3j], t[(2, 3)])

# A complex subclass with its own equality is kept apart from complex.
class Loose(complex):
    def __eq__(self, other):
        return True
    __hash__ = complex.__hash__

k = {Loose(1, 1): "loose"}
print(k.get(1 + 1j), k.get(Loose(7, 7)), 1 + 1j in k)
nan = complex(float("nan"), 1)
s = {nan}
print(nan in s, complex(float("nan"), 1) in s, len({nan, nan}))

# Deletions and re-insertions keep the mapping right.
for (x, y) in list(model)[:1500]:
    del grid[complex(x, y)]
    del model[(x, y)]
print(len(grid), all(grid[complex(x, y)] == v for (x, y), v in model.items()))
for (x, y) in list(model)[:200]:
    grid[complex(x, y)] += 1
print(sum(grid.values()), sum(model.values()) + 200)
