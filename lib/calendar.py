"""Calendars as data and as text or HTML, with the names and output of CPython's calendar
module in the C locale (English names). Weeks start on Monday unless told otherwise:
setfirstweekday(SUNDAY) gives the layout of cal(1)."""

import sys
import datetime

__all__ = ["IllegalMonthError", "IllegalWeekdayError", "setfirstweekday",
           "firstweekday", "isleap", "leapdays", "weekday", "monthrange",
           "monthcalendar", "prmonth", "month", "prcal", "calendar",
           "timegm", "month_name", "month_abbr", "day_name", "day_abbr",
           "Calendar", "TextCalendar", "HTMLCalendar", "LocaleTextCalendar",
           "LocaleHTMLCalendar", "weekheader",
           "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
           "SATURDAY", "SUNDAY"]

# Older name kept for code that still catches calendar.error.
error = ValueError


class IllegalMonthError(ValueError):
    """A month number outside 1..12; `month` keeps the offending value."""

    def __str__(self):
        return f"bad month number {self.month!r}; must be 1-12"

    def __init__(self, month):
        self.month = month


class IllegalWeekdayError(ValueError):
    """A weekday number outside 0..6; `weekday` keeps the offending value."""

    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return f"bad weekday number {self.weekday!r}; must be 0 (Monday) to 6 (Sunday)"


January = 1
February = 2

# Days in each month of a common year; index 0 is a placeholder so that months count from 1.
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)

_DAY_NAMES = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTH_NAMES = ('', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
                'September', 'October', 'November', 'December')


class _localized_names:
    """A read-only sequence of names: an index gives one name, a slice a list of them."""

    def __init__(self, names):
        self._names = names

    def __getitem__(self, i):
        found = self._names[i]
        return list(found) if isinstance(i, slice) else found

    def __len__(self):
        return len(self._names)


class _localized_month(_localized_names):
    """Month names, 1-based: [0] is ''. `format` is the strftime code they follow."""

    def __init__(self, format):
        self.format = format
        full = format == '%B'
        super().__init__([name if full else name[:3] for name in _MONTH_NAMES])


class _localized_day(_localized_names):
    """Weekday names from Monday. `format` is the strftime code they follow."""

    def __init__(self, format):
        self.format = format
        full = format == '%A'
        super().__init__([name if full else name[:3] for name in _DAY_NAMES])


month_name, month_abbr = _localized_month('%B'), _localized_month('%b')
day_name, day_abbr = _localized_day('%A'), _localized_day('%a')


def isleap(year):
    """True when `year` has a 29 February."""
    if year % 400 == 0:
        return True
    return year % 4 == 0 and year % 100 != 0


def leapdays(y1, y2):
    """How many leap years there are from y1 up to, not including, y2 (y1 <= y2)."""
    def leaps_before(year):
        # Leap years in 1 .. year - 1.
        year -= 1
        return year // 4 - year // 100 + year // 400
    return leaps_before(y2) - leaps_before(y1)


def weekday(year, month, day):
    """The weekday, 0 (Monday) to 6 (Sunday), of a date. A year outside what datetime handles
    is taken from the same place in the 400-year cycle, which repeats weekdays exactly."""
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        year = 2000 + year % 400
    return datetime.date(year, month, day).weekday()


def _monthlen(year, month):
    return 29 if month == February and isleap(year) else mdays[month]


def monthrange(year, month):
    """(weekday of the first day, number of days) of a month."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _monthlen(year, month)


def _prevmonth(year, month):
    return (year - 1, 12) if month == 1 else (year, month - 1)


def _nextmonth(year, month):
    return (year + 1, 1) if month == 12 else (year, month + 1)


def _weeks(days):
    """`days` cut into rows of seven."""
    return [days[start:start + 7] for start in range(0, len(days), 7)]


def _rows(items, width):
    return [items[start:start + width] for start in range(0, len(items), width)]


def _padding(first_weekday, year, month):
    """(days shown before the 1st, days in the month, days shown after the last) for whole
    weeks starting on `first_weekday`."""
    first_day, length = monthrange(year, month)
    before = (first_day - first_weekday) % 7
    after = (first_weekday - first_day - length) % 7
    return before, length, after


class Calendar(object):
    """The days of months and years as data (dates, day numbers, weekday numbers), with weeks
    starting on `firstweekday`; TextCalendar and HTMLCalendar lay them out."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def setfirstweekday(self, firstweekday):
        # Kept as given (even out of range); reads reduce it modulo 7.
        self._firstweekday = firstweekday

    def getfirstweekday(self):
        return self._firstweekday % 7

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        """The seven weekday numbers in the order of this calendar's weeks."""
        first = self.firstweekday
        for offset in range(7):
            yield (first + offset) % 7

    def itermonthdays3(self, year, month):
        """(year, month, day) of every day in the month's whole weeks, days of the months
        around it included; works for years datetime cannot hold."""
        before, length, after = _padding(self.firstweekday, year, month)
        prev_year, prev_month = _prevmonth(year, month)
        prev_length = _monthlen(prev_year, prev_month)
        for day in range(prev_length - before + 1, prev_length + 1):
            yield prev_year, prev_month, day
        for day in range(1, length + 1):
            yield year, month, day
        next_year, next_month = _nextmonth(year, month)
        for day in range(1, after + 1):
            yield next_year, next_month, day

    def itermonthdates(self, year, month):
        """datetime.date of every day in the month's whole weeks."""
        for y, m, d in self.itermonthdays3(year, month):
            yield datetime.date(y, m, d)

    def itermonthdays(self, year, month):
        """Day numbers of the month's whole weeks, 0 for days of the months around it."""
        before, length, after = _padding(self.firstweekday, year, month)
        for _ in range(before):
            yield 0
        yield from range(1, length + 1)
        for _ in range(after):
            yield 0

    def itermonthdays2(self, year, month):
        """(day number, weekday) pairs of the month's whole weeks, day 0 outside the month."""
        position = self.firstweekday
        for day in self.itermonthdays(year, month):
            yield day, position % 7
            position += 1

    def itermonthdays4(self, year, month):
        """(year, month, day, weekday) of every day in the month's whole weeks."""
        position = self.firstweekday
        for y, m, d in self.itermonthdays3(year, month):
            yield y, m, d, position % 7
            position += 1

    def monthdatescalendar(self, year, month):
        """The month as a list of weeks, each a list of seven datetime.date."""
        return _weeks(list(self.itermonthdates(year, month)))

    def monthdays2calendar(self, year, month):
        """The month as a list of weeks of (day number, weekday) pairs, day 0 outside it."""
        return _weeks(list(self.itermonthdays2(year, month)))

    def monthdayscalendar(self, year, month):
        """The month as a list of weeks of day numbers, 0 outside it."""
        return _weeks(list(self.itermonthdays(year, month)))

    def yeardatescalendar(self, year, width=3):
        """The twelve monthdatescalendar()s in rows of `width` months."""
        return _rows([self.monthdatescalendar(year, m) for m in range(1, 13)], width)

    def yeardays2calendar(self, year, width=3):
        """The twelve monthdays2calendar()s in rows of `width` months."""
        return _rows([self.monthdays2calendar(year, m) for m in range(1, 13)], width)

    def yeardayscalendar(self, year, width=3):
        """The twelve monthdayscalendar()s in rows of `width` months."""
        return _rows([self.monthdayscalendar(year, m) for m in range(1, 13)], width)


def _lines(rows, spacing):
    """Rows of text, each stripped on the right and followed by `spacing` newlines."""
    gap = '\n' * spacing
    return ''.join(row.rstrip() + gap for row in rows)


class TextCalendar(Calendar):
    """Calendars as plain text, laid out as cal(1) does: each day takes `w` columns plus one
    space, each line of output is followed by `l` newlines."""

    def prweek(self, theweek, width):
        print(self.formatweek(theweek, width), end='')

    def formatday(self, day, weekday, width):
        text = f'{day:2d}' if day else ''
        return text.center(width)

    def formatweek(self, theweek, width):
        return ' '.join([self.formatday(day, wd, width) for day, wd in theweek])

    def formatweekday(self, day, width):
        names = day_name if width >= 9 else day_abbr
        return names[day][:width].center(width)

    def formatweekheader(self, width):
        return ' '.join([self.formatweekday(day, width) for day in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        title = month_name[themonth]
        if withyear:
            title = f'{title} {theyear!r}'
        return title.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        print(self.formatmonth(theyear, themonth, w, l), end='')

    def formatmonth(self, theyear, themonth, w=0, l=0):
        w = max(2, w)
        l = max(1, l)
        rows = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1),
                self.formatweekheader(w)]
        rows += [self.formatweek(week, w) for week in self.monthdays2calendar(theyear, themonth)]
        return _lines(rows, l)

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        w = max(2, w)
        l = max(1, l)
        c = max(2, c)
        column = (w + 1) * 7 - 1
        header = self.formatweekheader(w)
        out = [repr(theyear).center(column * m + c * (m - 1)).rstrip(), '\n' * l]
        for row_index, months in enumerate(self.yeardays2calendar(theyear, m)):
            numbers = range(m * row_index + 1, min(m * (row_index + 1), 12) + 1)
            out.append('\n' * l)
            rows = [formatstring([self.formatmonthname(theyear, k, column, False)
                                  for k in numbers], column, c),
                    formatstring([header for _ in numbers], column, c)]
            for j in range(max(len(weeks) for weeks in months)):
                rows.append(formatstring([self.formatweek(weeks[j], w) if j < len(weeks) else ''
                                          for weeks in months], column, c))
            out.append(_lines(rows, l))
        return ''.join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        print(self.formatyear(theyear, w, l, c, m), end='')


class HTMLCalendar(Calendar):
    """Calendars as HTML tables; the CSS class attributes below name the cells."""

    cssclass_noday = "noday"
    cssclass_month = cssclass_month_head = "month"
    cssclass_year = cssclass_year_head = "year"
    cssclasses = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    # Header cells share the day cells' classes unless a subclass says otherwise.
    cssclasses_weekday_head = cssclasses

    def formatday(self, day, weekday):
        if not day:
            return f'<td class="{self.cssclass_noday}">&nbsp;</td>'
        return f'<td class="{self.cssclasses[weekday]}">{day:d}</td>'

    def formatweek(self, theweek):
        cells = ''.join([self.formatday(day, wd) for day, wd in theweek])
        return f'<tr>{cells}</tr>'

    def formatweekday(self, day):
        return f'<th class="{self.cssclasses_weekday_head[day]}">{day_abbr[day]}</th>'

    def formatweekheader(self):
        cells = ''.join([self.formatweekday(day) for day in self.iterweekdays()])
        return f'<tr>{cells}</tr>'

    def formatmonthname(self, theyear, themonth, withyear=True):
        title = f'{month_name[themonth]} {theyear}' if withyear else f'{month_name[themonth]}'
        return f'<tr><th colspan="7" class="{self.cssclass_month_head}">{title}</th></tr>'

    def formatmonth(self, theyear, themonth, withyear=True):
        rows = [f'<table border="0" cellpadding="0" cellspacing="0" class="{self.cssclass_month}">',
                self.formatmonthname(theyear, themonth, withyear=withyear),
                self.formatweekheader()]
        rows += [self.formatweek(week) for week in self.monthdays2calendar(theyear, themonth)]
        rows.append('</table>')
        return ''.join(row + '\n' for row in rows)

    def formatyear(self, theyear, width=3):
        width = max(width, 1)
        out = [f'<table border="0" cellpadding="0" cellspacing="0" class="{self.cssclass_year}">',
               '\n',
               f'<tr><th colspan="{width:d}" class="{self.cssclass_year_head}">{theyear}</th></tr>']
        for first in range(1, 13, width):
            out.append('<tr>')
            for month in range(first, min(first + width, 13)):
                out.append(f'<td>{self.formatmonth(theyear, month, withyear=False)}</td>')
            out.append('</tr>')
        out.append('</table>')
        return ''.join(out)

    def formatyearpage(self, theyear, width=3, css='calendar.css', encoding=None):
        if encoding is None:
            encoding = sys.getdefaultencoding()
        head = [f'<?xml version="1.0" encoding="{encoding}"?>',
                '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
                '<html>',
                '<head>',
                f'<meta http-equiv="Content-Type" content="text/html; charset={encoding}" />']
        if css is not None:
            head.append(f'<link rel="stylesheet" type="text/css" href="{css}" />')
        head += [f'<title>Calendar for {theyear:d}</title>', '</head>', '<body>']
        page = ''.join(line + '\n' for line in head) + self.formatyear(theyear, width) \
            + '</body>\n</html>\n'
        return page.encode(encoding, "xmlcharrefreplace")


# There is no locale module here: programs run in the C locale, whose names are the English ones.
_C_LOCALES = (None, '', 'C', 'POSIX', 'C.UTF-8', 'C.utf8')


class Error(Exception):
    """locale.Error: what CPython raises for a locale the system does not have."""
    __module__ = 'locale'


_LocaleError = Error
del Error


class different_locale:
    """Context manager that switches LC_TIME to `locale` for its body. Only the C locale
    family exists here, so entering checks the name and nothing has to be restored."""

    def __init__(self, locale):
        self.oldlocale = None
        self.locale = locale

    def __enter__(self):
        name = self.locale[0] if isinstance(self.locale, tuple) else self.locale
        if name not in _C_LOCALES:
            raise _LocaleError('unsupported locale setting')

    def __exit__(self, *args):
        pass


def _get_default_locale():
    return 'C.UTF-8'


class LocaleTextCalendar(TextCalendar):
    """A TextCalendar whose names come from `locale` (only the C locale exists here)."""

    def __init__(self, firstweekday=0, locale=None):
        TextCalendar.__init__(self, firstweekday)
        self.locale = _get_default_locale() if locale is None else locale

    def formatweekday(self, day, width):
        with different_locale(self.locale):
            text = TextCalendar.formatweekday(self, day, width)
        return text

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        with different_locale(self.locale):
            text = TextCalendar.formatmonthname(self, theyear, themonth, width, withyear)
        return text


class LocaleHTMLCalendar(HTMLCalendar):
    """An HTMLCalendar whose names come from `locale` (only the C locale exists here)."""

    def __init__(self, firstweekday=0, locale=None):
        HTMLCalendar.__init__(self, firstweekday)
        self.locale = _get_default_locale() if locale is None else locale

    def formatweekday(self, day):
        with different_locale(self.locale):
            html = HTMLCalendar.formatweekday(self, day)
        return html

    def formatmonthname(self, theyear, themonth, withyear=True):
        with different_locale(self.locale):
            html = HTMLCalendar.formatmonthname(self, theyear, themonth, withyear)
        return html


# The module-level functions are the methods of one shared TextCalendar.
c = TextCalendar()

firstweekday = c.getfirstweekday
monthcalendar = c.monthdayscalendar
week, prweek = c.formatweek, c.prweek
weekheader = c.formatweekheader
month, prmonth = c.formatmonth, c.prmonth
calendar, prcal = c.formatyear, c.pryear


def setfirstweekday(firstweekday):
    """Set the first day of the week (0 = Monday .. 6 = Sunday) for the module functions."""
    if not MONDAY <= firstweekday <= SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday

_colwidth = 7 * 3 - 1
_spacing = 6


def format(cols, colwidth=_colwidth, spacing=_spacing):
    """Print `cols` centred in columns of `colwidth`, `spacing` spaces apart."""
    print(formatstring(cols, colwidth, spacing))


def formatstring(cols, colwidth=_colwidth, spacing=_spacing):
    """`cols` centred in columns of `colwidth`, `spacing` spaces apart."""
    return (' ' * spacing).join([col.center(colwidth) for col in cols])


EPOCH = 1970
_EPOCH_ORD = datetime.date(EPOCH, 1, 1).toordinal()


def timegm(tuple):
    """Seconds since the Unix epoch of a UTC time tuple (year, month, day, hour, minute,
    second, ...)."""
    year, month, day, hour, minute, second = tuple[:6]
    days = datetime.date(year, month, 1).toordinal() - _EPOCH_ORD + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second
