grid = {(0, 0): "origin", (1, 0): "east"}
for key in [(0, 0), (1, 0), (2, 5)]:
    print(key, grid[key])
