# 3.11 words an unknown keyword to a builtin function as "invalid keyword argument for f()".
for f in (lambda: sorted([1], bogus=1), lambda: sum([1], bogus=1), lambda: round(1.5, bogus=1), lambda: pow(2, 3, bogus=1), lambda: [1].sort(bogus=1), lambda: min([1], bogus=1), lambda: max([1], bogus=1), lambda: enumerate([], bogus=1), lambda: print(bogus=1)):
    try:
        f()
    except TypeError as e:
        print(e)
