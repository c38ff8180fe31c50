# Error texts: slice assignment of a non-iterable, argument counts of int methods, dir and input, UnicodeTranslateError.
lst = [1, 2, 3]
for v in (5, None, 3.5):
    try:
        lst[1:2] = v
    except TypeError as e:
        print(e)
    try:
        lst[::2] = v
    except TypeError as e:
        print(e)
for f in (lambda: (1).bit_length(1), lambda: dir(1, 2), lambda: input(1, 2)):
    try:
        f()
    except TypeError as e:
        print(e)
e = UnicodeTranslateError("abc", 1, 2, "bad")
print(str(e), e.start, e.end, e.reason)
for args in (("abc", 1, 2, "bad"), ("abc", 0, 3, "many"), ("a\u20acb", 1, 2, "euro"), ("x\U0001F600", 1, 2, "emoji"), ):
    e = UnicodeTranslateError(*args)
    print(str(e), e.args)
    if len(args) == 4:
        print(e.object, e.start, e.end, e.reason)
try:
    UnicodeTranslateError("one")
except TypeError as e:
    print(e)
