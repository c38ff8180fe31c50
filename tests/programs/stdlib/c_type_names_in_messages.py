# Library types that are C types in CPython are named with their module in messages
# ('datetime.date', 'decimal.Decimal', 'collections.deque'...), while __name__ and subclasses'
# names stay plain.
import array
import collections
import datetime
import decimal
import functools

values = [datetime.date(2024, 1, 2), datetime.datetime(2024, 1, 2, 3, 4), datetime.timedelta(days=1),
          datetime.time(5, 6), datetime.timezone.utc, decimal.Decimal("1.5"), array.array("i", [1]),
          collections.deque([1]), collections.OrderedDict(a=1), collections.defaultdict(int),
          functools.partial(print, 1)]


class MyDate(datetime.date):
    pass


values.append(MyDate(2024, 1, 2))
for v in values:
    name = type(v).__name__
    for attempt in (lambda: v < object(), lambda: v + "s", lambda: {v: 1}, lambda: len(v), lambda: v[0], lambda: iter(v), lambda: v.nope):
        try:
            attempt()
            print(name, "ok")
        except (TypeError, AttributeError, KeyError) as e:
            print(name, type(e).__name__, e)
print(datetime.date.__name__, decimal.Decimal.__name__, collections.deque.__name__, repr(datetime.date), repr(collections.OrderedDict))
