students = {
    "alice": [88, 92, 79, 95],
    "bob": [72, 65, 80, 70],
    "carol": [95, 98, 100, 97],
    "dan": [55, 61, 48, 70],
    "erin": [85, 85, 85, 85],
}
def letter(avg):
    for cutoff, grade in [(90, "A"), (80, "B"), (70, "C"), (60, "D")]:
        if avg >= cutoff:
            return grade
    return "F"
def median(xs):
    s = sorted(xs)
    n = len(s)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2
def stdev(xs):
    m = sum(xs) / len(xs)
    return (sum((x - m) ** 2 for x in xs) / len(xs)) ** 0.5
print(f"{'name':<8}{'avg':>8}{'median':>8}{'sd':>8}  grade")
rows = []
for name, scores in students.items():
    avg = sum(scores) / len(scores)
    rows.append((name, avg, median(scores), stdev(scores), letter(avg)))
for name, avg, med, sd, g in sorted(rows, key=lambda r: -r[1]):
    print(f"{name:<8}{avg:>8.2f}{med:>8.1f}{sd:>8.3f}  {g}")
dist = {}
for r in rows:
    dist[r[4]] = dist.get(r[4], 0) + 1
print(dict(sorted(dist.items())))
per_test = list(zip(*students.values()))
print([round(sum(t) / len(t), 1) for t in per_test])
print([max(students, key=lambda n: students[n][i]) for i in range(4)])
curve = {n: [min(100, s + 5) for s in sc] for n, sc in students.items()}
print(curve["dan"], letter(sum(curve["dan"]) / 4))
