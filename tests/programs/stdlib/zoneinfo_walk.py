# Walk UTC instants from 1900 to 2040 by a fixed step through a dozen zones and report every
# change of (offset, DST, name), plus a running digest of every instant's local reading.
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

ZONES = [
    "Europe/Paris", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata",
    "Pacific/Chatham", "America/Sao_Paulo", "Africa/Casablanca", "Europe/Dublin", "UTC",
    "Etc/GMT+5", "America/St_Johns", "Asia/Tehran", "Pacific/Apia", "Europe/Moscow",
    "America/Santiago", "Antarctica/Troll", "Asia/Kathmandu", "America/Nuuk",
]

START = datetime(1900, 1, 1, tzinfo=timezone.utc)
STOP = datetime(2040, 12, 31, tzinfo=timezone.utc)
STEP = timedelta(days=41, hours=7, minutes=41, seconds=13)


def reading(local):
    return (local.utcoffset(), local.dst(), local.tzname())


for name in ZONES:
    zone = ZoneInfo(name)
    print("==", name, repr(zone))
    previous = None
    digest = 0
    count = 0
    folds = 0
    moment = START
    while moment < STOP:
        local = moment.astimezone(zone)
        now = reading(local)
        folds += local.fold
        wall = local.replace(tzinfo=None)
        digest = (digest * 31 + wall.toordinal() * 86400 + wall.hour * 3600 + wall.minute * 60
                  + wall.second + local.fold * 7) % 1000000007
        # The wall reading, looked up again with its fold, must give back the same offset.
        if local.utcoffset() != zone.utcoffset(wall.replace(fold=local.fold)):
            print("  round trip broke at", moment)
        if now != previous:
            off, saving, label = now
            print("  %s -> %s %s dst=%s %s fold=%d" % (moment.isoformat(), local.isoformat(),
                                                     off, saving, label, local.fold))
            previous = now
        count += 1
        moment += STEP
    print("  instants", count, "folds", folds, "digest", digest)
