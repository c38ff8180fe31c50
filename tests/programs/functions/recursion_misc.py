import sys
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(10, "A", "B", "C", [])), hanoi(2, 1, 2, 3, []))
def perms(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i + 1:])]
print(perms("abc"))
memo = {}
def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    if n not in memo:
        memo[n] = ways(n - 1) + ways(n - 2) + ways(n - 3)
    return memo[n]
print(ways(50))
import functools
@functools.lru_cache(maxsize=None)
def binom(n, k):
    return 1 if k in (0, n) else binom(n - 1, k - 1) + binom(n - 1, k)
print(binom(60, 30), binom.cache_info().hits > 0)
def inf():
    return inf()
try:
    inf()
except RecursionError as e:
    print("RecursionError", e)
a = [1]
a.append(a)
print(a, repr(a))
d = {"self": None}
d["self"] = d
print(d)
print(sys.getrecursionlimit() >= 1000, sys.maxsize, sys.version_info[:2] >= (3, 11), type(sys.argv).__name__)
