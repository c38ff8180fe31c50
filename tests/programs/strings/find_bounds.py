# str.find/rfind/index/rindex/count with start and end bounds (negative, past the end, empty
# windows, the empty substring) over generated strings: the answer lies inside the window.
x = 99
words = []
for _ in range(60):
    w = ""
    for _ in range(x % 12):
        x = (x * 1103515245 + 12345) % 2147483648
        w += "abc<>"[(x >> 16) % 5]
    words.append(w)
subs = ["", "a", "c", "ab", "<>", "ca", "zz"]
total = []
for w in words:
    n = len(w)
    for sub in subs:
        for a in (-n - 2, -2, 0, 1, n // 2, n, n + 3, None):
            for b in (-n - 1, -1, 0, 2, n // 2, n, n + 5, None):
                total.append((w.find(sub, a, b), w.rfind(sub, a, b), w.count(sub, a, b)))
print(len(total), sum(f for f, r, c in total), sum(r for f, r, c in total), sum(c for f, r, c in total))
print(total[:40])
long = "x" * 100000 + "<tag>" + "y" * 100000
print(long.find("<", 0, 100), long.find("<", 99990, 100010), long.rfind(">", 100000, 200010), long.rfind(">", 150000))
try:
    long.index(">", 5, 50)
except ValueError as e:
    print("ValueError", e)
print(long.rindex("<", 0, 100001), "\U0001f600ab\U0001f600ab".find("ab", 2, 5), "\U0001f600ab\U0001f600ab".rfind("ab", 0, 4))
