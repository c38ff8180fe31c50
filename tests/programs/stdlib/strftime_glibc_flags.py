# strftime as glibc does it: flags (_ - 0 ^ #), field widths, the E and O modifiers, %P, and
# directives glibc refuses (copied out as written). Formats and dates come from a seeded
# generator, so every run checks the same few thousand combinations.
import time
from datetime import date, datetime

state = 20240105


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n


CONVERSIONS = "aAbBcCdDeFgGhHIjklmMnpPrRStTuUVwWxXyY%fqQ"
FLAGS = ["", "", "", "_", "-", "0", "^", "#", "^#", "-_", "_0", "0-"]
WIDTHS = ["", "", "", "1", "2", "3", "5", "8", "12"]
MODIFIERS = ["", "", "", "", "E", "O"]


def directive():
    return "%" + FLAGS[rand(len(FLAGS))] + WIDTHS[rand(len(WIDTHS))] + \
        MODIFIERS[rand(len(MODIFIERS))] + CONVERSIONS[rand(len(CONVERSIONS))]


def some_format():
    parts = []
    for _ in range(1 + rand(4)):
        parts.append(directive())
        if rand(3) == 0:
            parts.append("|")
    return "".join(parts)


def some_tuple():
    year = [1, 5, 42, 99, 100, 999, 1000, 1900, 1969, 1999, 2000, 2024, 9999][rand(13)]
    d = date(year, 1 + rand(12), 1 + rand(28))
    hour = [0, 1, 11, 12, 13, 23][rand(6)]
    return (d.year, d.month, d.day, hour, rand(60), rand(60), d.weekday(),
            d.timetuple().tm_yday, 0)


# Every conversion under every flag, width and modifier, for two dates.
fixed = [(1, 1, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 5, 14, 3, 9, 4, 5, 0)]
for conv in CONVERSIONS:
    row = []
    for flag in ["", "_", "-", "0", "^", "#"]:
        for width in ["", "4"]:
            for mod in ["", "E", "O"]:
                fmt = "%" + flag + width + mod + conv
                row.append(fmt + "=" + "/".join(time.strftime(fmt, t) for t in fixed))
    print(conv, repr(" ".join(row)))

# Random formats over random dates.
for _ in range(600):
    fmt = some_format()
    t = some_tuple()
    print(repr(fmt), t[:6], repr(time.strftime(fmt, t)))

# datetime and date pass the same directives on (with %f worked out first).
for _ in range(150):
    fmt = some_format()
    t = some_tuple()
    dt = datetime(t[0], t[1], t[2], t[3], t[4], t[5], rand(1000000))
    print(repr(fmt), repr(dt.strftime(fmt)), repr(dt.date().strftime(fmt)))

# The spellings people use, and cut-off directives at the end of the format.
d = datetime(2024, 1, 5, 14, 3)
print(d.strftime("%-d/%-m/%y %-I%P|%Ex|%4Y|%_H"))
print(datetime(1, 1, 1).strftime("%C|%Y|%G|%y|%4Y|%EC"))
for tail in ["%", "%-", "%_5", "%E", "%O", "%^", "%05E", "100%"]:
    print(repr(tail), repr(time.strftime("x" + tail, fixed[1])))

# %s (mktime of the fields) and %z (the struct's offset) under flags and widths.
for secs in [0, 86399, 1704463389, 951782400]:
    g = time.gmtime(secs)
    print(secs, [time.strftime(f, g) for f in ["%s", "%15s", "%_15s", "%-15s", "%015s", "%Es",
                                              "%z", "%3z", "%_z", "%-z", "%010z", "%Ez", "%Oz"]])
