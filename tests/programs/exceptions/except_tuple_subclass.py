# except with a tuple subclass matches like a tuple, and still checks every item first
class T(tuple):
    pass
try:
    raise KeyError(1)
except T((ValueError, KeyError)) as e:
    print("caught", repr(e))
try:
    try:
        raise KeyError(2)
    except T((ValueError,)):
        print("no")
except KeyError as e:
    print("passed through", e)
try:
    try:
        raise KeyError(3)
    except T((ValueError, int)):
        print("no")
except TypeError as e:
    print("TypeError", e)
