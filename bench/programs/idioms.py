# Everyday Python idioms that the other workloads leave out: a breadth-first search and a
# Dijkstra over a generated grid maze with tuple-keyed visited sets and distance dicts, a
# generator pipeline (generator functions chained into sum/max/sorted), keyword-argument helper
# calls (functions, methods and classes), and loops over lists that build tuples.

import heapq


def make_grid(width, height, seed):
    """A maze of '#' walls and '.' floor as a list of strs, from a linear congruential generator."""
    rows = []
    x = seed
    for y in range(height):
        row = []
        for col in range(width):
            x = (x * 1103515245 + 12345) % 2147483648
            row.append("#" if (x >> 16) % 100 < 28 else ".")
        rows.append("".join(row))
    # Keep the corners open.
    rows[0] = "." + rows[0][1:]
    rows[-1] = rows[-1][:-1] + "."
    return rows


STEPS = [(1, 0), (-1, 0), (0, 1), (0, -1)]


def neighbours(grid, x, y):
    for dx, dy in STEPS:
        nx, ny = x + dx, y + dy
        if 0 <= ny < len(grid) and 0 <= nx < len(grid[ny]) and grid[ny][nx] == ".":
            yield nx, ny


def bfs(grid, start, goal):
    """Shortest path length in steps, with a set of visited (x, y) tuples; -1 when unreachable."""
    seen = {start}
    frontier = [start]
    steps = 0
    while frontier:
        nxt = []
        for x, y in frontier:
            if (x, y) == goal:
                return steps, len(seen)
            for p in neighbours(grid, x, y):
                if p not in seen:
                    seen.add(p)
                    nxt.append(p)
        frontier = nxt
        steps += 1
    return -1, len(seen)


def cost_of(grid, x, y, *, base=1, weight=3):
    return base + (x * 7 + y * 13) % weight


def dijkstra(grid, start, goal):
    dist = {start: 0}
    heap = [(0, start)]
    done = set()
    while heap:
        d, node = heapq.heappop(heap)
        if node in done:
            continue
        done.add(node)
        if node == goal:
            return d, len(done)
        x, y = node
        for nx, ny in neighbours(grid, x, y):
            nd = d + cost_of(grid, nx, ny, weight=5)
            if nd < dist.get((nx, ny), 1 << 30):
                dist[(nx, ny)] = nd
                heapq.heappush(heap, (nd, (nx, ny)))
    return -1, len(done)


# --- a generator pipeline


def numbers(n, seed):
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        yield x >> 8


def scaled(source, factor=1, offset=0):
    for v in source:
        yield v * factor + offset


def windows(source, size):
    window = []
    for v in source:
        window.append(v)
        if len(window) == size:
            yield tuple(window)
            window.pop(0)


def pipeline(n, seed):
    total = sum(v % 1000 for v in scaled(numbers(n, seed), factor=3, offset=1))
    peak = max(scaled(numbers(n, seed + 1), offset=-5))
    rising = sum(1 for a, b, c in windows(numbers(n, seed + 2), 3) if a < b < c)
    return total, peak, rising


# --- keyword-argument helpers


class Account:
    def __init__(self, owner, balance=0, *, limit=100):
        self.owner = owner
        self.balance = balance
        self.limit = limit

    def deposit(self, amount, note=None):
        self.balance += amount
        return self.balance

    def withdraw(self, amount, fee=0, allow_overdraft=False):
        total = amount + fee
        if self.balance - total < (-self.limit if allow_overdraft else 0):
            return False
        self.balance -= total
        return True


def clamp(value, low=0, high=100):
    return low if value < low else high if value > high else value


def fmt_amount(value, width=8, sign=False):
    return f"{value:+{width}d}" if sign else f"{value:{width}d}"


def ledger(rounds):
    accounts = [Account(f"acct{i}", balance=i * 10, limit=50 + i) for i in range(40)]
    refused = 0
    for r in range(rounds):
        for i, acct in enumerate(accounts):
            acct.deposit(amount=clamp((r * 31 + i * 17) % 150, high=120), note="pay")
            if not acct.withdraw((r * 13 + i * 7) % 160, fee=1, allow_overdraft=(i % 3 == 0)):
                refused += 1
    pairs = []
    for acct in accounts:
        pairs.append((acct.balance, acct.owner))
    pairs.sort()
    return refused, [fmt_amount(b, width=7, sign=True) + " " + o for b, o in pairs[:3]]


# --- loops over lists building tuples


def pair_counts(values):
    counts = {}
    for i in range(len(values) - 1):
        key = (values[i] % 17, values[i + 1] % 17)
        counts[key] = counts.get(key, 0) + 1
    edges = []
    for (a, b), n in counts.items():
        edges.append((n, a, b))
    edges.sort(reverse=True)
    return len(counts), edges[:3]


def main():
    grid = make_grid(140, 120, 7)
    goal = (139, 119)
    for seed in (1, 8, 22, 29):
        g = make_grid(140, 120, seed)
        print("bfs", seed, bfs(g, (0, 0), goal))
        print("dijkstra", seed, dijkstra(g, (0, 0), goal))
    print("bfs main", bfs(grid, (0, 0), goal))
    for n in range(4):
        print("pipeline", pipeline(60000, n))
    print("ledger", ledger(700))
    values = list(numbers(200000, 3))
    print("pairs", pair_counts(values))


main()
