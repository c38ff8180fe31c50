# Every zone the system has: seeded UTC instants from about 1818 to 2071 converted to local
# time, and the local readings looked up again with both folds; one digest line per zone.
from datetime import datetime, timedelta, timezone
import zoneinfo
from zoneinfo import ZoneInfo

EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
state = 7


def draw(limit):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 4) % limit


def fold_digest(text, digest):
    return (digest * 1000003 + int.from_bytes(text.encode(), "big")) % 2305843009213693951


keys = sorted(zoneinfo.available_timezones())
print(len(keys), "zones")
for key in keys:
    zone = ZoneInfo(key)
    digest = 0
    names = set()
    for index in range(8):
        seconds = (draw(200000) - 120000) * 40000 + draw(40000)
        local = (EPOCH + timedelta(seconds=seconds)).astimezone(zone)
        wall = local.replace(tzinfo=None)
        parts = [local.isoformat(), str(local.fold), str(local.tzname()), str(local.dst())]
        for fold in (0, 1):
            again = wall.replace(tzinfo=zone, fold=fold)
            parts += [str(again.utcoffset()), str(again.dst()), str(again.tzname())]
        names.add(local.tzname())
        digest = fold_digest(" ".join(parts), digest)
    print(key, digest, " ".join(sorted(names)))
