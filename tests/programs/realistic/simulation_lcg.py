class LCG:
    def __init__(self, seed):
        self.state = seed
    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return self.state >> 33
    def randint(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)
    def random(self):
        return self.next() / 2 ** 31

rng = LCG(42)
print([rng.next() for _ in range(3)])
print([rng.randint(1, 6) for _ in range(20)])
rolls = {}
for _ in range(6000):
    r = rng.randint(1, 6)
    rolls[r] = rolls.get(r, 0) + 1
print(sorted(rolls.items()))
walkers = [[0, 0] for _ in range(4)]
moves = {0: (0, 1), 1: (1, 0), 2: (0, -1), 3: (-1, 0)}
for step in range(200):
    for w in walkers:
        dx, dy = moves[rng.randint(0, 3)]
        w[0] += dx
        w[1] += dy
print(walkers, [abs(x) + abs(y) for x, y in walkers])
pop = 1000.0
for year in range(1, 11):
    growth = 0.02 + (rng.random() - 0.5) * 0.01
    pop *= 1 + growth
    print(year, round(pop, 3))
inside = 0
N = 20000
for _ in range(N):
    x, y = rng.random(), rng.random()
    if x * x + y * y <= 1:
        inside += 1
print("pi ~", 4 * inside / N)
