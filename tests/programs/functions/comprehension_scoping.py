x = 10
res = [x for x in range(3)]
print(res, x)
print({x: x * x for x in range(3)}, {x % 2 for x in range(5)}, list(x * 2 for x in range(3)), x)
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix, [row[i] for i, row in enumerate(matrix)], [v for row in matrix for v in row if v % 2])
class A:
    n = 3
    vals = [i for i in range(n)]
    pairs = {i: None for i in range(2)}
print(A.vals, A.pairs)
def f():
    y = 5
    return [y * i for i in range(3)], (lambda: y)()
print(f())
funcs = {name: (lambda n=name: n.upper()) for name in ["a", "b"]}
print({k: v() for k, v in funcs.items()})
print([(i, j) for i in range(3) for j in range(i, 3) if (i + j) % 2 == 0])
print([[c for c in w] for w in ["ab", "c"]], ["".join(sorted(w)) for w in ("cba", "fed")])
n = [3, 1, 2]
print(sorted([v for v in n], key=lambda v: -v), [v for v in sorted(n)][::-1], any(v > 2 for v in n), all(v for v in n))
gen = (i for i in range(3) if i != 1)
print(next(gen), list(gen))
total = sum(len(w) for w in "one two three".split())
print(total, max((w for w in ["a", "bbb", "cc"]), key=len), dict((k, len(k)) for k in ["x", "yy"]))
print([y := 5, y ** 2], [z for z in range(5) if (sq := z * z) > 4], sq)
try:
    print([undefined_name for _ in range(1)])
except NameError as e:
    print(e)
print([i for i in []], {k: v for k, v in []}, set(), [*(i for i in range(2))], {**{a: 1 for a in "xy"}})
