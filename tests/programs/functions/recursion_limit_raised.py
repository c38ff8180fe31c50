# A program that raises the recursion limit recurses as deep as CPython lets it: plain recursion,
# mutual recursion, a depth-first search over a long chain, recursion through methods and
# closures, and a RecursionError still raised, and caught, past any stack.
import sys

sys.setrecursionlimit(250_000)
print(sys.getrecursionlimit())


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(100_000))


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print(is_even(60_001), is_odd(60_001))


def dfs(graph, node, seen, order):
    seen.add(node)
    order.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            dfs(graph, nxt, seen, order)
    return order


n = 80_000
chain = {i: [i + 1] for i in range(n)}
chain[n] = []
order = dfs(chain, 0, set(), [])
print(len(order), order[:3], order[-3:])


class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.nxt = nxt

    def total(self):
        return self.value + (self.nxt.total() if self.nxt else 0)


head = None
for v in range(50_000):
    head = Node(v, head)
print(head.total())


def make_counter():
    def down(k):
        return k if k == 0 else down(k - 1) + 1
    return down


print(make_counter()(40_000))

memo = {}


def paths(r, c):
    if r == 0 or c == 0:
        return 1
    key = (r, c)
    if key not in memo:
        memo[key] = paths(r - 1, c) + paths(r, c - 1)
    return memo[key]


print(paths(300, 300) % 1_000_000_007)


def endless(k):
    return endless(k + 1) + 1


try:
    endless(0)
except RecursionError as e:
    print("RecursionError:", e)
print(depth(1000))
