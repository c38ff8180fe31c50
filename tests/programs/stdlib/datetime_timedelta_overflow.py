# A timedelta's day count goes through a C int before its range check, as in CPython's _datetime.
from datetime import timedelta

cases = [
    dict(days=10**10), dict(days=2**31 - 1), dict(days=2**31), dict(days=-2**31),
    dict(days=-2**31 - 1), dict(seconds=10**20), dict(hours=10**12), dict(weeks=10**9),
    dict(microseconds=10**30), dict(days=1e10), dict(days=999999999, hours=24),
]
for kw in cases:
    try:
        print(timedelta(**kw))
    except OverflowError as e:
        print(kw, e)
try:
    timedelta.max + timedelta(1)
except OverflowError as e:
    print(e)
try:
    timedelta(days=999999999) * 10**10
except OverflowError as e:
    print(e)
print(timedelta(days=999999999), timedelta(days=-999999999))
