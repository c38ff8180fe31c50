sales = [
    ("North", "Q1", 12500.5), ("North", "Q2", 13200.0), ("North", "Q3", 9800.25), ("North", "Q4", 15000.0),
    ("South", "Q1", 8000.0), ("South", "Q2", 8500.75), ("South", "Q3", 12000.0), ("South", "Q4", 11000.0),
    ("East", "Q1", 0.0), ("East", "Q2", 4300.1), ("East", "Q3", 5100.9), ("East", "Q4", 6000.0),
]
regions = []
quarters = []
table = {}
for region, q, amount in sales:
    if region not in regions:
        regions.append(region)
    if q not in quarters:
        quarters.append(q)
    table[region, q] = amount
header = f"{'Region':<8}" + "".join(f"{q:>12}" for q in quarters) + f"{'Total':>14}"
print(header)
print("=" * len(header))
col_totals = dict.fromkeys(quarters, 0.0)
for r in regions:
    row_total = 0.0
    cells = []
    for q in quarters:
        v = table[r, q]
        row_total += v
        col_totals[q] += v
        cells.append(f"{v:>12,.2f}")
    print(f"{r:<8}" + "".join(cells) + f"{row_total:>14,.2f}")
print("-" * len(header))
grand = sum(col_totals.values())
print(f"{'All':<8}" + "".join(f"{col_totals[q]:>12,.2f}" for q in quarters) + f"{grand:>14,.2f}")
print()
best = max(sales, key=lambda s: s[2])
worst = min((s for s in sales if s[2] > 0), key=lambda s: s[2])
print(f"Best:  {best[0]} {best[1]} ({best[2]:,.2f})")
print(f"Worst: {worst[0]} {worst[1]} ({worst[2]:,.2f})")
for r in regions:
    total = sum(table[r, q] for q in quarters)
    share = total / grand
    print(f"{r:>6}: {share:6.1%} {'*' * round(share * 40)}")
growth = [(r, (table[r, "Q4"] - table[r, "Q1"]) / table[r, "Q1"] if table[r, "Q1"] else None) for r in regions]
for r, g in growth:
    print(r, "n/a" if g is None else f"{g:+.2%}")
