# datetime.strptime as CPython's _strptime in the C locale: %c %x %X, week numbers (%U %W with a
# weekday), ISO %G %V %u and their errors, %I without %p, %Z, Feb 29 without a year.
from datetime import datetime

cases = [
    ("Mon Jan  3 10:00:00 2022", "%c"), ("12/31/99", "%x"), ("23:59:58", "%X"),
    ("12:30", "%I:%M"), ("12:30 AM", "%I:%M %p"), ("12:30 pm", "%I:%M %p"), ("01:05 PM", "%I:%M %p"),
    ("2024 10 3", "%Y %U %w"), ("2024 10 3", "%Y %W %w"), ("2024 0 0", "%Y %U %w"),
    ("2023 00 Mon", "%Y %W %a"), ("2024 52 Sunday", "%Y %U %A"),
    ("2024-W01-1", "%G-W%V-%u"), ("2021 53 5", "%G %V %u"), ("2020 1 7", "%G %V %u"),
    ("2024 10", "%Y %U"), ("2024 100", "%Y %j"), ("UTC 2024", "%Z %Y"),
    ("2024 +0100 UTC", "%Y %z %Z"), ("gmt", "%Z"), ("03/15", "%m/%d"),
    ("2024-02-29", "%Y-%m-%d"), ("02-29", "%m-%d"), ("2024 2", "%G %V"),
    ("2024 5 1", "%Y %V %u"), ("2024 5", "%V"), ("2024 1 1 100", "%G %V %u %j"), ("x", "%Q"),
    ("5", "%"), ("Thu", "%a"), ("2024-06-01 12:00:00+02:00", "%Y-%m-%d %H:%M:%S%z"),
]
for text, fmt in cases:
    try:
        d = datetime.strptime(text, fmt)
        print(repr(text), repr(fmt), d, d.tzname())
    except ValueError as e:
        print(repr(text), repr(fmt), "ValueError:", e)
