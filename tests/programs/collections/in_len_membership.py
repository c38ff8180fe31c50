data = [1, "a", (2, 3), [4], {"k": 1}, None, 2.0]
for probe in [1, "a", (2, 3), [4], 2, None, "k", True, 1.0, "b"]:
    print(repr(probe), probe in data)
print(len(data), len(""), len({}), len(set()), len(range(0, 100, 7)), len((1,)))
print("k" in {"k": 1}, 1 in {"k": 1}, "k" in {"k": 1}.values())
print(3 in range(10), 10 in range(10), 3.0 in range(5), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print("ab" in "cabd", "" in "", [1] in [[1], [2]])
class Box:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
print(len(Box([1, 2, 3])), bool(Box([])))
