def trial(x):
    try:
        if x == 0:
            return 1 / x
        if x == 1:
            return [][x]
        if x == 2:
            return {}[x]
        if x == 3:
            return int("q")
        if x == 4:
            raise TypeError("four")
        return "fine"
    except (ZeroDivisionError, IndexError) as e:
        return f"group1 {type(e).__name__}"
    except (KeyError, ValueError) as e:
        return f"group2 {type(e).__name__} {e}"
    except Exception as e:
        return f"fallback {e}"
for x in range(6):
    print(x, trial(x))
errors = (ValueError, TypeError)
try:
    raise TypeError("dyn")
except errors as e:
    print("dynamic tuple", e)
try:
    try:
        raise IndexError("no")
    except (KeyError, ValueError):
        print("wrong")
except IndexError as e:
    print("outer got", e)
