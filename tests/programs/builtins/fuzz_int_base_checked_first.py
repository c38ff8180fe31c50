# Found by scripts/fuzz-diff.ts: int(x, base) checks the base before the type of x.
for x, base in [(2, -11), (255, 37), ('z', 1), (b'7', 40), (3.5, 99), ('10', 0), ('10', 36), (10, 10), ('11', 2)]:
    try:
        print(repr(x), base, int(x, base))
    except Exception as e:
        print(repr(x), base, type(e).__name__, e)
try:
    print(int(base=5))
except Exception as e:
    print(type(e).__name__, e)
