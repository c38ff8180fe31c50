"""The IMF-fixdate of RFC 9110 (``Sun, 06 Nov 1994 08:49:37 GMT``), computed with integer
arithmetic from a Unix timestamp, so no calendar module is needed.

Days are turned into a civil date with Howard Hinnant's ``civil_from_days`` algorithm (eras of
400 years, years starting on March 1st so that the leap day comes last).
"""

import time

_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _two(n):
    if n < 10:
        return "0" + str(n)
    return str(n)


def http_date(timestamp=None):
    """Format a Unix timestamp (default: now) as an HTTP date."""
    if timestamp is None:
        timestamp = time.time()
    t = int(timestamp)
    days = t // 86400
    secs = t - days * 86400
    weekday = _DAYS[(days + 3) % 7]  # 1970-01-01 was a Thursday

    z = days + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    year = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    if mp < 10:
        month = mp + 3
    else:
        month = mp - 9
    if month <= 2:
        year += 1

    hh = secs // 3600
    mm = (secs // 60) % 60
    ss = secs % 60
    return (f"{weekday}, {_two(day)} {_MONTHS[month - 1]} {year} "
            f"{_two(hh)}:{_two(mm)}:{_two(ss)} GMT")
