results = []
for item in ["1", "2", "x", "4", "0", "y"]:
    try:
        v = 10 // int(item)
    except ValueError:
        results.append("bad")
        continue
    except ZeroDivisionError:
        results.append("zero")
        break
    else:
        results.append(v)
    finally:
        results.append("|")
print(results)
def first_even(xs):
    for x in xs:
        try:
            if x % 2 == 0:
                return x
        finally:
            print("checked", x)
    return None
print(first_even([1, 3, 4, 5]))
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError(f"attempt {attempts}")
        print("success after", attempts)
        break
    except ConnectionError as e:
        print("retry:", e)
