rows = [("Widget", 4, 3.5), ("Gadget", 10, 12.25), ("Thingamajig", 1, 999.999), ("Nut", 1000, 0.05)]
print(f"{'Item':<12}{'Qty':>6}{'Price':>10}{'Total':>12}")
print("-" * 40)
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<12.10}{qty:>6d}{price:>10.2f}{total:>12,.2f}")
print("=" * 40)
print(f"{'Grand total':<28}{grand:>12,.2f}")
print(f"{grand:e}", f"{grand:.3g}", f"{int(grand):#x}")
for i in range(1, 6):
    print(f"{i:>2} {i**2:>3} {i**3:>4} {2**i:08b} {i/7:.4f}")
pct = [0.1234, 0.5, 1.0, 0.0001]
print(" ".join(f"{p:.1%}" for p in pct))
print(f"[{'':^10}]", f"[{'a':-^10}]", f"[{3:*<5}]", f"[{-3:0>5}]")
print(f"{'%'}", f"{'{'}")
