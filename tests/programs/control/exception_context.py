try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        {}["x"]
    except KeyError as k:
        raise RuntimeError("converted") from k
except RuntimeError as e:
    print(repr(e.__cause__), e.__suppress_context__)
try:
    try:
        [][1]
    except IndexError:
        raise TypeError("no chain") from None
except TypeError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))
