# calendar's text and HTML layouts over several settings, its iterators at month and year
# edges (years datetime cannot hold included), the name sequences and the errors.
import calendar

for first in (0, 3, 6):
    cal = calendar.TextCalendar(first)
    print(cal.formatmonth(2024, 2))
    print(cal.formatmonth(2021, 8, w=4, l=2))
    print(repr(cal.formatweekheader(1)), repr(cal.formatweekheader(10)))
    print(list(cal.iterweekdays()))
print(calendar.TextCalendar(6).formatyear(2023, w=3, l=1, c=2, m=4))
print(calendar.TextCalendar().formatyear(1999, m=2))
print(calendar.TextCalendar(2).formatyear(2000, w=1, l=2, c=1, m=5))

html = calendar.HTMLCalendar(6)
print(html.formatmonth(2024, 9))
print(html.formatmonth(2024, 9, withyear=False))
print(html.formatyear(2022, width=4)[:900])
page = calendar.HTMLCalendar().formatyearpage(2021, width=2, css=None, encoding='ascii')
print(type(page).__name__, len(page), page[:420].decode())
print(calendar.HTMLCalendar().formatyearpage(2020)[-200:])

c = calendar.Calendar(firstweekday=5)
print(c.firstweekday, calendar.Calendar(9).firstweekday, calendar.Calendar(-1).getfirstweekday())
for y, m in [(2024, 1), (2024, 12), (1, 1), (9999, 12), (2023, 2)]:
    print(y, m, list(c.itermonthdays(y, m))[:9], list(c.itermonthdays2(y, m))[-3:])
    print(list(c.itermonthdays3(y, m))[:2], list(c.itermonthdays4(y, m))[-2:])
print(c.monthdatescalendar(2024, 3)[0][:2], len(c.monthdatescalendar(2024, 3)))
print([len(row) for row in c.yeardays2calendar(2024, 5)], c.yeardayscalendar(2024, 4)[2][1][0])
print(c.yeardatescalendar(2019)[3][2][-1][-1])
print(calendar.monthrange(2100, 2), calendar.monthrange(2000, 2), calendar.monthrange(-5, 3))
print(calendar.weekday(12000, 6, 1), calendar.weekday(0, 1, 1), calendar.isleap(-4))
print(calendar.leapdays(1, 2001), calendar.leapdays(2000, 2000), calendar.leapdays(-400, 400))
print(calendar.day_name[-1], calendar.day_abbr[2:5], calendar.month_name[::4], list(calendar.month_abbr))
print(len(calendar.day_name), len(calendar.month_abbr), calendar.month_abbr[0] == '')
for bad in [lambda: calendar.monthrange(2024, 13), lambda: calendar.month_name[13],
            lambda: calendar.setfirstweekday(7), lambda: calendar.day_abbr[7],
            lambda: calendar.monthcalendar(2024, 0)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e, isinstance(e, calendar.error))
print(calendar.timegm((2024, 2, 29, 23, 59, 58, 0, 0, 0)), calendar.timegm((1969, 12, 31, 0, 0, 0)))
print(repr(calendar.week([(1, 0), (2, 1), (0, 2)], 3)), repr(calendar.formatstring(['a', 'bb'], 5, 2)))
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.month(2025, 11), calendar.weekheader(3), calendar.firstweekday())
calendar.prmonth(2025, 12, 3)
calendar.setfirstweekday(0)
