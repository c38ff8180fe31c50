import calendar
import datetime

print(calendar.isleap(2000), calendar.isleap(1900), calendar.isleap(2024), calendar.isleap(2023), calendar.isleap(-4))
print(calendar.leapdays(1900, 2000), calendar.leapdays(2000, 2001), calendar.leapdays(2024, 2000), calendar.leapdays(1, 10000))
print(calendar.weekday(2024, 2, 29), calendar.weekday(1, 1, 1), calendar.weekday(9999, 12, 31), calendar.weekday(10000, 1, 1), calendar.weekday(-1, 3, 1))
print([calendar.monthrange(2024, m) for m in range(1, 13)], calendar.monthrange(1900, 2))
for bad in (0, 13):
    try:
        calendar.monthrange(2024, bad)
    except calendar.IllegalMonthError as e:
        print(type(e).__name__, e, isinstance(e, ValueError), e.month)
try:
    calendar.setfirstweekday(7)
except calendar.IllegalWeekdayError as e:
    print(type(e).__name__, e)
print(list(calendar.day_name), list(calendar.day_abbr))
print(list(calendar.month_name), list(calendar.month_abbr), len(calendar.month_name), len(calendar.day_name))
print(calendar.month_name[1:4], calendar.day_abbr[-1], calendar.month_abbr[0] == '', calendar.MONDAY, calendar.SUNDAY)
print(calendar.monthcalendar(2024, 2))
print(calendar.monthcalendar(2023, 1), calendar.firstweekday())
print(calendar.month(2024, 2))
print(calendar.month(2024, 9, 4, 2))
calendar.prmonth(1999, 12)
calendar.prmonth(2026, 11, w=3, l=1)
print(calendar.weekheader(2), '|', calendar.weekheader(9), '|', calendar.weekheader(1))
print(calendar.calendar(2024))
print(calendar.calendar(2023, 3, 1, 4, 2))
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.month(2024, 3), calendar.monthcalendar(2024, 3))
calendar.setfirstweekday(0)
print(calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.timegm((1970, 1, 1, 0, 0, 1, 3, 1, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59)))

c = calendar.Calendar(firstweekday=6)
print(c.getfirstweekday(), list(c.iterweekdays()))
print(list(c.itermonthdates(2024, 2))[:3], list(c.itermonthdates(2024, 2))[-2:])
print(list(c.itermonthdays(2024, 2))[:9], list(c.itermonthdays2(2024, 2))[:4])
print(list(c.itermonthdays3(2024, 2))[:2], list(c.itermonthdays4(2024, 2))[:2])
print(c.monthdatescalendar(2024, 2)[0], c.monthdays2calendar(2024, 2)[-1])
print(len(c.yeardatescalendar(2024)), len(c.yeardays2calendar(2024, 4)), c.yeardayscalendar(2024, 6)[0][0][0])
print(list(calendar.Calendar().itermonthdates(1, 1))[:2], list(calendar.Calendar().itermonthdays3(9999, 12))[-2:])
c.setfirstweekday(2)
print(c.firstweekday, c.getfirstweekday())

tc = calendar.TextCalendar(calendar.WEDNESDAY)
print(tc.formatmonth(2025, 6))
print(tc.formatmonthname(2025, 6, 30), '|', tc.formatmonthname(2025, 6, 10, withyear=False), '|')
print(repr(tc.formatweekday(0, 2)), repr(tc.formatweekday(0, 10)), repr(tc.formatweekheader(3)), repr(tc.formatday(0, 1, 3)), repr(tc.formatday(7, 1, 3)))
print(repr(tc.formatweek([(1, 0), (2, 1), (0, 2)], 2)))
tc.prweek([(1, 0), (2, 1)], 2)
print()
print(tc.formatyear(2025, 2, 1, 2, 4))
tc.pryear(2000, 2, 1, 6, 2)

hc = calendar.HTMLCalendar(calendar.SUNDAY)
print(hc.formatmonth(2024, 2))
print(hc.formatmonth(2024, 2, withyear=False))
print(hc.formatday(0, 3), hc.formatday(5, 3), hc.formatweekday(6), hc.formatweekheader())
print(hc.formatyear(2024, 4)[:600])
print(hc.formatyearpage(2024, 12, css='cal.css')[:400])
print(hc.formatyearpage(2024, css=None, encoding='ascii')[:200])

ltc = calendar.LocaleTextCalendar(locale='C')
print(ltc.formatmonth(2024, 1))
print(calendar.LocaleHTMLCalendar(locale='C.UTF-8').formatmonthname(2024, 1))
try:
    calendar.LocaleTextCalendar(locale='xx_YY').formatmonth(2024, 1)
except Exception as e:
    print(type(e).__module__, type(e).__name__, e)
print(calendar.EPOCH, calendar.mdays, calendar.January, calendar.February, calendar.error)
print(calendar.formatstring(['a', 'bb', 'ccc'], 5, 1), '|')
calendar.format(['x', 'y'], 4, 2)
print(sorted(calendar.__all__))
