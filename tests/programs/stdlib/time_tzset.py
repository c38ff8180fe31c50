# time.tzset() re-reads TZ: timezone, altzone, daylight, tzname and local time follow it.
import os
import time

for zone in ["Asia/Kolkata", "America/New_York", "Europe/Paris", "Australia/Adelaide", "UTC"]:
    os.environ["TZ"] = zone
    time.tzset()
    print(zone, time.timezone, time.altzone, time.daylight)
    for secs in [0, 1704463389, 1720000000]:
        lt = time.localtime(secs)
        print("  ", secs, lt[:6], lt.tm_isdst, lt.tm_gmtoff, time.mktime(lt),
              time.strftime("%Y-%m-%d %H:%M:%S %z|%-H|%_5z", lt))
    if zone in ("America/New_York", "UTC"):
        print("  ", time.tzname)
