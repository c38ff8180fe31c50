class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {key} out of range")
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def __contains__(self, key):
        return key in self.cells
    def __len__(self):
        return len(self.cells)
g = Grid(3, 2)
g[0, 0] = "#"
g[2, 1] = "@"
print(g[0, 0], g[1, 1], len(g), (2, 1) in g, (1, 1) in g)
del g[0, 0]
print(len(g), (0, 0) in g)
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)
for y in range(2):
    print("".join(g[x, y] for x in range(3)))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(Seq()), 9 in Seq(), [x for x in Seq()])
class Sliceable:
    def __getitem__(self, k):
        return k
s = Sliceable()
print(s[1], s[1:5], s[::2], s[1, 2], s["key"])
