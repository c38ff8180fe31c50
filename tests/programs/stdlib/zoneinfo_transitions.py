# Locate each offset change from 1900 to 2040 to the second, then probe the instants and the
# wall-clock times around it: skipped times (gaps) and repeated ones (folds), with both fold
# values, round trips through UTC and timestamps.
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

ZONES = [
    "Europe/Paris", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata",
    "Pacific/Chatham", "America/Sao_Paulo", "Africa/Casablanca", "Europe/Dublin",
    "America/Nuuk", "Asia/Tehran", "Pacific/Apia", "Antarctica/Troll",
]
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
SCAN_STEP = 27 * 86400


def offset_at(zone, seconds):
    return datetime.fromtimestamp(seconds, zone).utcoffset()


def first_change(zone, low, high):
    """Smallest second in (low, high] whose offset differs from low's."""
    before = offset_at(zone, low)
    while high - low > 1:
        middle = (low + high) // 2
        if offset_at(zone, middle) == before:
            low = middle
        else:
            high = middle
    return high


def short(td):
    seconds = int(td.total_seconds())
    sign = "-" if seconds < 0 else "+"
    seconds = abs(seconds)
    return "%s%d:%02d:%02d" % (sign, seconds // 3600, seconds // 60 % 60, seconds % 60)


def wall_probe(zone, wall):
    parts = []
    for fold in (0, 1):
        local = wall.replace(tzinfo=zone, fold=fold)
        back = local.astimezone(timezone.utc).astimezone(zone)
        parts.append("%s/%s/%s ts=%d back=%s f%d" % (
            short(local.utcoffset()), short(local.dst()), local.tzname(),
            int(local.timestamp()), back.strftime("%H:%M"), back.fold))
    return " | ".join(parts)


def report(zone, change):
    moment = EPOCH + timedelta(seconds=change)
    before = (moment - timedelta(seconds=1)).astimezone(zone)
    after = moment.astimezone(zone)
    print(" ", moment.strftime("%Y-%m-%d %H:%M:%S"), before.tzname(), short(before.utcoffset()),
          "->", after.tzname(), short(after.utcoffset()))
    instants = []
    for minutes in (-61, -30, -1, 0, 1, 30, 59, 60, 61, 90):
        local = (moment + timedelta(minutes=minutes)).astimezone(zone)
        instants.append("%s%s" % (local.strftime("%H:%M"), "*" if local.fold else ""))
    print("    utc->local", " ".join(instants))
    low = min(before.utcoffset(), after.utcoffset())
    high = max(before.utcoffset(), after.utcoffset())
    naive = moment.replace(tzinfo=None)
    for wall in (naive + low - timedelta(minutes=1), naive + low,
                 naive + (low + high) / 2, naive + high - timedelta(seconds=1), naive + high):
        print("    %s %s" % (wall.strftime("%m-%d %H:%M:%S"), wall_probe(zone, wall)))


for name in ZONES:
    zone = ZoneInfo(name)
    print("==", name)
    start = int((datetime(1900, 1, 1, tzinfo=timezone.utc) - EPOCH).total_seconds())
    stop = int((datetime(2040, 12, 31, tzinfo=timezone.utc) - EPOCH).total_seconds())
    seconds = start
    current = offset_at(zone, seconds)
    found = 0
    while seconds < stop:
        following = seconds + SCAN_STEP
        after = offset_at(zone, following)
        if after != current:
            # Pin down (and print) every change since 2018 and a sample of the older ones.
            if found % 16 == 0 or following > 1514764800:
                change = first_change(zone, seconds, following)
                report(zone, change)
                after = offset_at(zone, change)
                following = change
            found += 1
            current = after
        seconds = following
    print("  changes found", found)
