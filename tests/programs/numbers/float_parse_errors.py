for s in ["1.5", "abc", "", "1e", " 2 ", "1,5", "inf", "-infinity", "nan", "0x10", "1_000.5", "1__0"]:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
for s in ["12", "1.5", "x", "", " 7 ", "0x10", "1e3"]:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
try:
    int("12", 2)
except ValueError as e:
    print(e)
try:
    int("g", 16)
except ValueError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
