"""Dates, times, durations and fixed-offset time zones.

Everything here is plain Python compiled with the program. Results, reprs and error messages
follow CPython 3.11, whose datetime is implemented in C (so type names in messages read
``datetime.date`` and the like).
"""

import time as _time
import math as _math
from operator import index as _index

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999


# ---------------------------------------------------------------------------------------------
# Proleptic Gregorian calendar arithmetic. Day number 1 ("ordinal") is 0001-01-01.

_COMMON_YEAR_MONTHS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _running_totals(lengths):
    totals = []
    so_far = 0
    for length in lengths:
        totals.append(so_far)
        so_far += length
    return tuple(totals)


# Days of a common year that precede the first of each month (index 0 is January).
_MONTH_STARTS = _running_totals(_COMMON_YEAR_MONTHS)
_LAST_ORDINAL = 3652059          # 9999-12-31
_SHORT_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_SHORT_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun",
                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_US_PER_SECOND = 1000000
_SECONDS_PER_DAY = 86400
_US_PER_DAY = _SECONDS_PER_DAY * _US_PER_SECOND


def _leap(year):
    if year % 4:
        return False
    return year % 100 != 0 or year % 400 == 0


def _month_length(year, month):
    if month == 2 and _leap(year):
        return 29
    return _COMMON_YEAR_MONTHS[month - 1]


def _year_start_ordinal(year):
    """Ordinal of the day before January 1st of `year`."""
    past = year - 1
    return past * 365 + past // 4 - past // 100 + past // 400


def _day_of_year(year, month, day):
    return _MONTH_STARTS[month - 1] + (1 if month > 2 and _leap(year) else 0) + day


def _to_ordinal(year, month, day):
    return _year_start_ordinal(year) + _day_of_year(year, month, day)


def _from_ordinal(ordinal):
    """(year, month, day) for a day number, counting years from a March 1st so that the leap day
    falls at the end of each counted year (400-year eras of 146097 days)."""
    shifted = ordinal + 305          # days since the (proleptic) 0000-03-01
    era, in_era = divmod(shifted, 146097)
    year_in_era = (in_era - in_era // 1460 + in_era // 36524 - in_era // 146096) // 365
    in_year = in_era - (365 * year_in_era + year_in_era // 4 - year_in_era // 100)
    march_month = (5 * in_year + 2) // 153          # 0 = March ... 11 = February
    day = in_year - (153 * march_month + 2) // 5 + 1
    month = march_month + 3 if march_month < 10 else march_month - 9
    year = era * 400 + year_in_era + (1 if month <= 2 else 0)
    return year, month, day


def _weekday_of_ordinal(ordinal):
    """0 for Monday: ordinal 1 was a Monday."""
    return (ordinal - 1) % 7


def _iso_week_one_monday(year):
    """Ordinal of the Monday starting ISO week 1 (the week holding the year's first Thursday)."""
    jan4 = _year_start_ordinal(year) + 4
    return jan4 - _weekday_of_ordinal(jan4)


def _iso_calendar_of_ordinal(ordinal):
    year = _from_ordinal(ordinal)[0]
    start = _iso_week_one_monday(year)
    if ordinal < start:
        year -= 1
        start = _iso_week_one_monday(year)
    else:
        following = _iso_week_one_monday(year + 1)
        if ordinal >= following:
            year += 1
            start = following
    weeks, days = divmod(ordinal - start, 7)
    return year, weeks + 1, days + 1


def _has_week_53(year):
    first = _weekday_of_ordinal(_year_start_ordinal(year) + 1)
    return first == 3 or (first == 2 and _leap(year))


def _iso_to_ymd(year, week, weekday):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not (1 <= week <= 52 or (week == 53 and _has_week_53(year))):
        raise ValueError("Invalid week: %d" % week)
    if not 1 <= weekday <= 7:
        raise ValueError("Invalid day: %d (range is [1, 7])" % weekday)
    return _from_ordinal(_iso_week_one_monday(year) + (week - 1) * 7 + weekday - 1)


# ---------------------------------------------------------------------------------------------
# Argument checking shared by the constructors.

def _type_label(cls):
    """How C's tp_name spells a class: our own types carry the module prefix."""
    if cls.__module__ == __name__:
        return "datetime." + cls.__name__
    return cls.__name__


def _argument_type(value):
    """How C argument parsing names a rejected argument's type."""
    return "None" if value is None else _type_label(type(value))


def _c_int(value):
    """An argument converted the way C's "i" format does."""
    if type(value) is int and -2147483648 <= value <= 2147483647:
        return value  # the common case, without the range checks' big powers of two
    number = _index(value)
    if not -2 ** 63 <= number < 2 ** 63:
        raise OverflowError("Python int too large to convert to C long")
    if number > 2 ** 31 - 1:
        raise OverflowError("signed integer is greater than maximum")
    if number < -2 ** 31:
        raise OverflowError("signed integer is less than minimum")
    return number


def _valid_ymd(year, month, day):
    year, month, day = _c_int(year), _c_int(month), _c_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _month_length(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


_CLOCK_LIMITS = (("hour", 23), ("minute", 59), ("second", 59), ("microsecond", 999999))


def _valid_clock(hour, minute, second, microsecond, fold):
    values = [_c_int(hour), _c_int(minute), _c_int(second), _c_int(microsecond)]
    for (name, top), value in zip(_CLOCK_LIMITS, values):
        if not 0 <= value <= top:
            raise ValueError("%s must be in 0..%d" % (name, top))
    fold = _c_int(fold)
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    values.append(fold)
    return values


def _valid_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % _type_label(type(tz)))
    return tz


def _checked_offset(tz, method, argument):
    """Ask `tz` for an offset (utcoffset or dst) and insist on a sane answer."""
    if tz is None:
        return None
    answer = getattr(tz, method)(argument)
    if answer is None:
        return None
    if not isinstance(answer, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (method, _type_label(type(answer))))
    if not _within_a_day(answer):
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24).")
    return answer


def _checked_zone_name(tz, argument):
    if tz is None:
        return None
    name = tz.tzname(argument)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % _type_label(type(name)))
    return name


def _within_a_day(delta):
    return -_US_PER_DAY < delta._total_us() < _US_PER_DAY


def _offset_text(delta, separator):
    """+HH<sep>MM, with seconds and microseconds only when present."""
    if delta is None:
        return ""
    total = delta._total_us()
    sign = "-" if total < 0 else "+"
    seconds, micro = divmod(abs(total), _US_PER_SECOND)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    text = "%s%02d%s%02d" % (sign, hours, separator, minutes)
    if seconds or micro:
        text += "%s%02d" % (separator, seconds)
        if micro:
            text += ".%06d" % micro
    return text


_TIMESPEC_PARTS = {"hours": 1, "minutes": 2, "seconds": 3, "milliseconds": 4, "microseconds": 5}


def _clock_text(hour, minute, second, micro, timespec):
    if not isinstance(timespec, str):
        raise TypeError("isoformat() argument 1 must be str, not %s" % _argument_type(timespec))
    if timespec == "auto":
        timespec = "microseconds" if micro else "seconds"
    parts = _TIMESPEC_PARTS.get(timespec)
    if parts is None:
        raise ValueError("Unknown timespec value")
    text = "%02d" % hour
    if parts >= 2:
        text += ":%02d" % minute
    if parts >= 3:
        text += ":%02d" % second
    if parts == 4:
        text += ".%03d" % (micro // 1000)
    elif parts == 5:
        text += ".%06d" % micro
    return text


def _expand_strftime(value, format, fields, zone_arg):
    """strftime with %f, %z and %Z worked out here; the rest goes to time.strftime."""
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % _argument_type(format))
    pieces = []
    cache = {}
    position = 0
    length = len(format)
    while position < length:
        char = format[position]
        if char != "%" or position + 1 >= length:
            pieces.append(char)
            position += 1
            continue
        code = format[position + 1]
        position += 2
        if code in "fzZ":
            if code not in cache:
                cache[code] = _directive_value(value, code, zone_arg)
            pieces.append(cache[code])
        else:
            pieces.append("%" + code)
    return _time.strftime("".join(pieces), fields)


def _directive_value(value, code, zone_arg):
    if code == "f":
        return "%06d" % getattr(value, "microsecond", 0)
    tz = getattr(value, "tzinfo", None)
    if tz is None:
        return ""
    if code == "z":
        return _offset_text(_checked_offset(tz, "utcoffset", zone_arg), "")
    name = _checked_zone_name(tz, zone_arg)
    return "" if name is None else name.replace("%", "%%")


def _struct_time(year, month, day, hour, minute, second, dst_flag):
    weekday = _weekday_of_ordinal(_to_ordinal(year, month, day))
    return _time.struct_time((year, month, day, hour, minute, second, weekday,
                              _day_of_year(year, month, day), dst_flag))


def _format_spec_strftime(value, spec):
    if not isinstance(spec, str):
        raise TypeError("__format__() argument 1 must be str, not %s" % _argument_type(spec))
    if spec:
        return value.strftime(spec)
    return str(value)


def _order(diff, op):
    """Turn a three-way comparison result into the answer for operator `op`."""
    if op == "==":
        return diff == 0
    if op == "!=":
        return diff != 0
    if op == "<":
        return diff < 0
    if op == "<=":
        return diff <= 0
    if op == ">":
        return diff > 0
    return diff >= 0


def _three_way(a, b):
    if a == b:
        return 0
    return -1 if a < b else 1


def _round_half_even_div(numerator, denominator):
    quotient, remainder = divmod(numerator, denominator)
    twice = 2 * remainder
    if denominator > 0:
        up = twice > denominator or (twice == denominator and quotient % 2 == 1)
    else:
        up = twice < denominator or (twice == denominator and quotient % 2 == 1)
    return quotient + 1 if up else quotient


def _copy_by_reduce(self):
    """copy.copy as CPython does it for these types: rebuild from the pickling recipe."""
    rebuild, args = self.__reduce_ex__(4)[:2]
    return rebuild(*args)


def _deepcopy_by_reduce(self, memo):
    import copy as _copy
    rebuild, args = self.__reduce_ex__(4)[:2]
    return rebuild(*_copy.deepcopy(args, memo))


# ---------------------------------------------------------------------------------------------
# timedelta: kept as normalised (days, seconds, microseconds) with 0 <= seconds < 86400 and
# 0 <= microseconds < 10**6; all arithmetic goes through the total in microseconds.

# Constructor arguments in the order their contributions are summed, with their size in
# microseconds. The order matters for floats: fractional leftovers are added up in it.
_DURATION_UNITS = (("microseconds", 1), ("milliseconds", 1000), ("seconds", _US_PER_SECOND),
                   ("minutes", 60 * _US_PER_SECOND), ("hours", 3600 * _US_PER_SECOND),
                   ("days", _US_PER_DAY), ("weeks", 7 * _US_PER_DAY))
_MAX_DELTA_DAYS = 999999999


def _fill(made, **fields):
    """Store a new instance's fields past any __setattr__ its (sub)class defines: in the C types
    they are the object's own storage, not attributes."""
    for name, value in fields.items():
        object.__setattr__(made, name, value)
    return made


def _timedelta_from_us(total, cls=None):
    days, rest = divmod(total, _US_PER_DAY)
    if not -2 ** 31 <= days < 2 ** 31:
        # The C type keeps the day count in a C int and converts before range checking.
        raise OverflowError("Python int too large to convert to C int")
    if abs(days) > _MAX_DELTA_DAYS:
        raise OverflowError("days=%d; must have magnitude <= %d" % (days, _MAX_DELTA_DAYS))
    seconds, micro = divmod(rest, _US_PER_SECOND)
    if cls is None or cls is timedelta:
        result = object.__new__(timedelta)
        result._days = days
        result._seconds = seconds
        result._microseconds = micro
        return result
    return _fill(object.__new__(cls), _days=days, _seconds=seconds, _microseconds=micro)


def _settle_leftover(total, leftover):
    """Add the summed fractional microseconds to the exact total, rounding halves so that the
    final count is even."""
    below = int(_math.floor(leftover))
    if leftover - below == 0.5:
        step = below if (total + below) % 2 == 0 else below + 1
    else:
        step = round(leftover)
    return total + int(step)


def _comparison(name, op):
    def compare(self, other):
        return self._rich(other, op)
    compare.__name__ = name
    return compare


def _with_rich_comparisons(cls):
    """Give a datetime class the six comparisons, each answered by the class's own `_rich(other, op)`."""
    for name, op in (("__eq__", "=="), ("__ne__", "!="), ("__lt__", "<"), ("__le__", "<="),
                     ("__gt__", ">"), ("__ge__", ">=")):
        method = _comparison(name, op)
        method.__qualname__ = f"{cls.__name__}.{name}"
        setattr(cls, name, method)
    return cls


@_with_rich_comparisons
class timedelta:
    """A duration: days, seconds and microseconds, the latter two never negative."""
    __memphis_type_name__ = 'datetime.timedelta'  # what messages call it, as CPython's C type

    __slots__ = ("_days", "_seconds", "_microseconds")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        given = {"days": days, "seconds": seconds, "microseconds": microseconds,
                 "milliseconds": milliseconds, "minutes": minutes, "hours": hours,
                 "weeks": weeks}
        total = 0
        leftover = 0.0
        for name, scale in _DURATION_UNITS:
            amount = given[name]
            if isinstance(amount, int):
                total += amount * scale
            elif isinstance(amount, float):
                fraction, whole = _math.modf(amount)
                total += int(whole) * scale
                if fraction:
                    fraction, whole = _math.modf(fraction * scale)
                    total += int(whole)
                    leftover += fraction
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (name, type(amount).__name__))
        if leftover:
            total = _settle_leftover(total, leftover)
        return _timedelta_from_us(total, cls)

    def _total_us(self):
        return (self._days * _SECONDS_PER_DAY + self._seconds) * _US_PER_SECOND + self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return self._total_us() / 10 ** 6

    def __repr__(self):
        fields = []
        for name, value in (("days", self._days), ("seconds", self._seconds),
                            ("microseconds", self._microseconds)):
            if value:
                fields.append("%s=%d" % (name, value))
        return "%s(%s)" % (_type_label(type(self)), ", ".join(fields) or "0")

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        clock = "%d:%02d:%02d" % (hours, minutes, seconds)
        if self._microseconds:
            clock += ".%06d" % self._microseconds
        if not self._days:
            return clock
        unit = "day" if abs(self._days) == 1 else "days"
        return "%d %s, %s" % (self._days, unit, clock)

    # Arithmetic.

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _timedelta_from_us(self._total_us() + other._total_us())
        return NotImplemented

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _timedelta_from_us(self._total_us() - other._total_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _timedelta_from_us(other._total_us() - self._total_us())
        return NotImplemented

    def __neg__(self):
        return _timedelta_from_us(-self._total_us())

    def __pos__(self):
        return _timedelta_from_us(self._total_us())

    def __abs__(self):
        return _timedelta_from_us(abs(self._total_us()))

    def __mul__(self, other):
        if isinstance(other, int):
            return _timedelta_from_us(self._total_us() * other)
        if isinstance(other, float):
            top, bottom = other.as_integer_ratio()
            return _timedelta_from_us(_round_half_even_div(self._total_us() * top, bottom))
        return NotImplemented

    def __rmul__(self, other):
        return self.__mul__(other)

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._total_us() / other._total_us()
        if isinstance(other, int):
            return _timedelta_from_us(_round_half_even_div(self._total_us(), other))
        if isinstance(other, float):
            top, bottom = other.as_integer_ratio()
            return _timedelta_from_us(_round_half_even_div(self._total_us() * bottom, top))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._total_us() // other._total_us()
        if isinstance(other, int):
            return _timedelta_from_us(self._total_us() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _timedelta_from_us(self._total_us() % other._total_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            quotient, remainder = divmod(self._total_us(), other._total_us())
            return quotient, _timedelta_from_us(remainder)
        return NotImplemented

    # Comparison and hashing.

    def _rich(self, other, op):
        if isinstance(other, timedelta):
            return _order(_three_way(self._total_us(), other._total_us()), op)
        return NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))

    def __reduce_ex__(self, protocol):
        # Spelled out: the runtime's object.__reduce_ex__ does not defer to __reduce__.
        return self.__reduce__()

    __copy__ = _copy_by_reduce
    __deepcopy__ = _deepcopy_by_reduce


timedelta.min = _timedelta_from_us(-_MAX_DELTA_DAYS * _US_PER_DAY)
timedelta.max = _timedelta_from_us((_MAX_DELTA_DAYS + 1) * _US_PER_DAY - 1)
timedelta.resolution = _timedelta_from_us(1)


# ---------------------------------------------------------------------------------------------
# date

def _state_bytes(value, size):
    """The pickled-state argument CPython's constructors accept (bytes, or a latin-1 str)."""
    if isinstance(value, bytes) and len(value) == size:
        return value
    if isinstance(value, str) and len(value) == size:
        try:
            return value.encode("latin1")
        except UnicodeEncodeError:
            raise ValueError("Failed to encode latin1 string when unpickling a %s object. "
                             "pickle.load(data, encoding='latin1') is assumed."
                             % ("date" if size == 4 else "time" if size == 6 else "datetime"))
    return None


def _raw_date(cls, year, month, day):
    made = object.__new__(cls)
    if cls is not date:
        return _fill(made, _year=year, _month=month, _day=day)
    made._year = year
    made._month = month
    made._day = day
    return made


def _date_of_class(cls, year, month, day):
    """A date-like result for arithmetic: subclasses are built through their constructor."""
    if cls is date:
        return _raw_date(date, year, month, day)
    if cls is datetime:
        return _raw_datetime(datetime, year, month, day, 0, 0, 0, 0, None, 0)
    return cls(year, month, day)


_REQUIRED = object()


def _report_missing(year, month):
    """C argument parsing converts the arguments it has before naming the first missing one."""
    _c_int(year)
    if month is _REQUIRED:
        raise TypeError("function missing required argument 'month' (pos 2)")
    _c_int(month)
    raise TypeError("function missing required argument 'day' (pos 3)")


@_with_rich_comparisons
class date:
    """A calendar day (year, month, day) of the proleptic Gregorian calendar."""
    __memphis_type_name__ = 'datetime.date'  # what messages call it, as CPython's C type

    __slots__ = ("_year", "_month", "_day")

    def __new__(cls, year, month=_REQUIRED, day=_REQUIRED):
        if month is _REQUIRED and day is _REQUIRED:
            state = _state_bytes(year, 4)
            if state is not None and 1 <= state[2] <= 12:
                return _raw_date(cls, state[0] * 256 + state[1], state[2], state[3])
        if month is _REQUIRED or day is _REQUIRED:
            _report_missing(year, month)
        return _raw_date(cls, *_valid_ymd(year, month, day))

    # Other constructors.

    @classmethod
    def fromtimestamp(cls, t):
        year, month, day = _local_fields(_split_timestamp(t, False)[0])[:3]
        return cls(year, month, day)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _c_int(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        year, month, day = _from_ordinal(n)
        if year > MAXYEAR:
            raise ValueError("year %d is out of range" % year)
        return _date_of_class(cls, year, month, day)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        ymd = None
        raw = _utf8_view(date_string)
        if raw is not None and len(raw) in (7, 8, 10):
            ymd = _scan_iso_date(raw, len(raw))
        if ymd is None:
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        return _date_of_class(cls, *_valid_ymd(*ymd))

    @classmethod
    def fromisocalendar(cls, year, week, day):
        ymd = _iso_to_ymd(_c_int(year), _c_int(week), _c_int(day))
        return _date_of_class(cls, *_valid_ymd(*ymd))

    # Fields.

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    # Text.

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_type_label(type(self)), self._year, self._month, self._day)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        return "%s %s %2d 00:00:00 %04d" % (
            _SHORT_WEEKDAYS[self.weekday()], _SHORT_MONTHS[self._month - 1], self._day,
            self._year)

    def strftime(self, format):
        return _expand_strftime(self, format, self.timetuple(), None)

    def __format__(self, fmt):
        return _format_spec_strftime(self, fmt)

    # Calendar views.

    def timetuple(self):
        return _struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        return _to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        return _weekday_of_ordinal(self.toordinal())

    def isoweekday(self):
        return self.weekday() + 1

    def isocalendar(self):
        return _IsoCalendarDate(*_iso_calendar_of_ordinal(self.toordinal()))

    def replace(self, year=None, month=None, day=None):
        fields = _valid_ymd(self._year if year is None else year,
                            self._month if month is None else month,
                            self._day if day is None else day)
        return _raw_date(type(self), *fields)

    # Comparison and hashing.

    def _rich(self, other, op):
        if isinstance(other, datetime) and not isinstance(self, datetime):
            # A datetime never equals a date and does not order against one.
            if op in ("==", "!="):
                return op == "!="
            raise TypeError("can't compare %s to %s"
                            % (_type_label(type(other)), _type_label(type(self))))
        if isinstance(other, date):
            return _order(_three_way((self._year, self._month, self._day),
                                     (other._year, other._month, other._day)), op)
        return NotImplemented

    def __hash__(self):
        return hash((self._year, self._month, self._day))

    # Arithmetic.

    def _shifted(self, days):
        ordinal = self.toordinal() + days
        if not 1 <= ordinal <= _LAST_ORDINAL:
            raise OverflowError("date value out of range")
        return _date_of_class(type(self), *_from_ordinal(ordinal))

    def __add__(self, other):
        if isinstance(other, timedelta):
            return self._shifted(other._days)
        return NotImplemented

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self._shifted(-other._days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    # Pickling.

    def _state(self):
        return bytes([self._year // 256, self._year % 256, self._month, self._day])

    def __reduce__(self):
        return (type(self), (self._state(),))

    def __reduce_ex__(self, protocol):
        return self.__reduce__()

    __copy__ = _copy_by_reduce
    __deepcopy__ = _deepcopy_by_reduce


date.min = _raw_date(date, MINYEAR, 1, 1)
date.max = _raw_date(date, MAXYEAR, 12, 31)
date.resolution = _timedelta_from_us(_US_PER_DAY)


class IsoCalendarDate(tuple):
    """What date.isocalendar() returns: a (year, week, weekday) tuple with named fields."""

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    def __init__(self, *fields):
        # The fields are all taken by __new__.
        pass

    year = property(lambda self: self[0], doc="ISO year")
    week = property(lambda self: self[1], doc="ISO week number, 1 to 53")
    weekday = property(lambda self: self[2], doc="ISO weekday, 1 (Monday) to 7")

    def __repr__(self):
        return "%s(year=%d, week=%d, weekday=%d)" % (_type_label(type(self)), *self)

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __reduce_ex__(self, protocol):
        return self.__reduce__()

    def __copy__(self):
        return tuple(self)

    def __deepcopy__(self, memo):
        return tuple(self)


# Kept out of the module's public names, as in CPython.
_IsoCalendarDate = IsoCalendarDate
del IsoCalendarDate


# ---------------------------------------------------------------------------------------------
# tzinfo and timezone

class tzinfo:
    """Abstract base for time zone information; subclasses supply the offsets and name."""
    __memphis_type_name__ = 'datetime.tzinfo'  # what messages call it, as CPython's C type

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """Default conversion from UTC: move into standard time, then add the DST offset
        found there. Zones whose standard offset changes over time need their own fromutc."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        total = dt.utcoffset()
        if total is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        saving = dt.dst()
        if saving is None:
            raise ValueError("fromutc: non-None dst() result required")
        standard_time = dt + (total - saving)
        saving_there = standard_time.dst()
        if saving_there is None:
            raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return standard_time + saving_there

    def __reduce__(self):
        initargs = getattr(self, "__getinitargs__", None)
        args = initargs() if initargs is not None else ()
        attributes = getattr(self, "__dict__", None)
        return (type(self), args, attributes or None)

    def __reduce_ex__(self, protocol):
        return self.__reduce__()


def _zone_argument(method, dt):
    if dt is not None and not isinstance(dt, datetime):
        raise TypeError("%s(dt) argument must be a datetime instance or None, not %s"
                        % (method, _type_label(type(dt))))


def _offset_zone_name(offset):
    """The name a timezone without an explicit one goes by: UTC, or UTC+HH:MM[:SS[.ffffff]]."""
    if not offset:
        return "UTC"
    return "UTC" + _offset_text(offset, ":")


def _raw_timezone(offset, name):
    made = object.__new__(timezone)
    made._offset = offset
    made._name = name
    return made


_NO_NAME = object()


class timezone(tzinfo):
    """A fixed offset from UTC, optionally named."""
    __memphis_type_name__ = 'datetime.timezone'  # what messages call it, as CPython's C type

    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=_NO_NAME):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % _argument_type(offset))
        if name is _NO_NAME:
            if not offset:
                return timezone.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % _argument_type(name))
        if not _within_a_day(offset):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                             "and timedelta(hours=24), not %r." % (offset,))
        return _raw_timezone(offset, name)

    def __getinitargs__(self):
        named = self._name is not None
        return (self._offset, self._name) if named else (self._offset,)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timezone):
            return self._offset != other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (_type_label(type(self)), self._offset)
        return "%s(%r, %r)" % (_type_label(type(self)), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        _zone_argument("utcoffset", dt)
        return self._offset

    def dst(self, dt):
        _zone_argument("dst", dt)
        return None

    def tzname(self, dt):
        _zone_argument("tzname", dt)
        if self._name is not None:
            return self._name
        return _offset_zone_name(self._offset)

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    __copy__ = _copy_by_reduce
    __deepcopy__ = _deepcopy_by_reduce


timezone.utc = _raw_timezone(timedelta(0), None)
# The published extremes stop at whole minutes, as CPython's do.
timezone.min = _raw_timezone(-timedelta(hours=23, minutes=59), None)
timezone.max = _raw_timezone(timedelta(hours=23, minutes=59), None)
UTC = timezone.utc


# ---------------------------------------------------------------------------------------------
# time

def _raw_time(cls, hour, minute, second, micro, tz, fold):
    made = object.__new__(cls)
    if cls is not time:
        return _fill(made, _hour=hour, _minute=minute, _second=second, _microsecond=micro, _tzinfo=tz, _fold=fold)
    made._hour = hour
    made._minute = minute
    made._second = second
    made._microsecond = micro
    made._tzinfo = tz
    made._fold = fold
    return made


def _clock_state(hour, minute, second, micro):
    return [hour, minute, second, micro // 65536, (micro // 256) % 256, micro % 256]


def _micro_from_state(state, start):
    return (state[start] * 256 + state[start + 1]) * 256 + state[start + 2]


def _reduce_args(state, tz):
    return (bytes(state),) if tz is None else (bytes(state), tz)


def _keyword_repr(text, keywords):
    """Insert ', name=value' pairs before the closing parenthesis of a repr."""
    extra = "".join(", %s=%s" % pair for pair in keywords)
    return text[:-1] + extra + ")"


@_with_rich_comparisons
class time:
    """A time of day, optionally tied to a tzinfo; fold picks between repeated wall times."""
    __memphis_type_name__ = 'datetime.time'  # what messages call it, as CPython's C type

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        state = _state_bytes(hour, 6)
        if state is not None and state[0] & 0x7F < 24:
            tz = _valid_tzinfo(None if minute == 0 else minute)
            return _raw_time(cls, state[0] & 0x7F, state[1], state[2],
                             _micro_from_state(state, 3), tz, 1 if state[0] > 127 else 0)
        fields = _valid_clock(hour, minute, second, microsecond, fold)
        return _raw_time(cls, *fields[:4], _valid_tzinfo(tzinfo), fields[4])

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        raw = _utf8_view(time_string)
        parsed = None
        if raw is not None:
            parsed = _scan_iso_time(raw, 1 if raw[:1] == "T" else 0)
        if parsed is None:
            raise ValueError("Invalid isoformat string: %r" % (time_string,))
        hour, minute, second, micro, tz = parsed
        fields = _valid_clock(hour, minute, second, micro, 0)
        return _raw_time(cls, *fields[:4], tz, 0)

    # Offsets, as the tzinfo reports them for a time (it is passed None).

    def utcoffset(self):
        return _checked_offset(self._tzinfo, "utcoffset", None)

    def dst(self):
        return _checked_offset(self._tzinfo, "dst", None)

    def tzname(self):
        return _checked_zone_name(self._tzinfo, None)

    # Text.

    def __repr__(self):
        shown = [self._hour, self._minute]
        if self._microsecond:
            shown += [self._second, self._microsecond]
        elif self._second:
            shown.append(self._second)
        text = "%s(%s)" % (_type_label(type(self)), ", ".join(str(v) for v in shown))
        extras = []
        if self._tzinfo is not None:
            extras.append(("tzinfo", repr(self._tzinfo)))
        if self._fold:
            extras.append(("fold", "1"))
        return _keyword_repr(text, extras)

    def isoformat(self, timespec="auto"):
        text = _clock_text(self._hour, self._minute, self._second, self._microsecond, timespec)
        return text + _offset_text(self.utcoffset(), ":")

    def __str__(self):
        return self.isoformat()

    def strftime(self, format):
        fields = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _expand_strftime(self, format, _time.struct_time(fields), None)

    def __format__(self, fmt):
        return _format_spec_strftime(self, fmt)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *,
                fold=None):
        fields = _valid_clock(self._hour if hour is None else hour,
                              self._minute if minute is None else minute,
                              self._second if second is None else second,
                              self._microsecond if microsecond is None else microsecond,
                              self._fold if fold is None else fold)
        tz = self._tzinfo if tzinfo is True else _valid_tzinfo(tzinfo)
        return _raw_time(type(self), *fields[:4], tz, fields[4])

    # Comparison and hashing: aware times compare by their UTC equivalents.

    def _clock_us(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * _US_PER_SECOND \
            + self._microsecond

    def _rich(self, other, op):
        if not isinstance(other, time):
            return NotImplemented
        if self._tzinfo is other._tzinfo:
            return _order(_three_way(self._clock_us(), other._clock_us()), op)
        mine = self.utcoffset()
        theirs = other.utcoffset()
        if mine == theirs:
            return _order(_three_way(self._clock_us(), other._clock_us()), op)
        if mine is None or theirs is None:
            if op in ("==", "!="):
                return op == "!="
            raise TypeError("can't compare offset-naive and offset-aware times")
        return _order(_three_way(self._clock_us() - mine._total_us(),
                                 other._clock_us() - theirs._total_us()), op)

    def __hash__(self):
        subject = self if not self._fold else self.replace(fold=0)
        offset = subject.utcoffset()
        if offset is None:
            return hash((self._hour, self._minute, self._second, self._microsecond))
        return hash(_timedelta_from_us(self._clock_us() - offset._total_us()))

    # Pickling: fold travels in the hour byte, and only from protocol 4 on.

    def __reduce_ex__(self, protocol):
        state = _clock_state(self._hour, self._minute, self._second, self._microsecond)
        if self._fold and protocol > 3:
            state[0] += 128
        return (type(self), _reduce_args(state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)

    __copy__ = _copy_by_reduce
    __deepcopy__ = _deepcopy_by_reduce


time.min = _raw_time(time, 0, 0, 0, 0, None, 0)
time.max = _raw_time(time, 23, 59, 59, 999999, None, 0)
time.resolution = timedelta.resolution


# ---------------------------------------------------------------------------------------------
# datetime

def _raw_datetime(cls, year, month, day, hour, minute, second, micro, tz, fold):
    made = object.__new__(cls)
    if cls is not datetime:
        return _fill(made, _year=year, _month=month, _day=day, _hour=hour, _minute=minute, _second=second,
                     _microsecond=micro, _tzinfo=tz, _fold=fold)
    made._year = year
    made._month = month
    made._day = day
    made._hour = hour
    made._minute = minute
    made._second = second
    made._microsecond = micro
    made._tzinfo = tz
    made._fold = fold
    return made


def _datetime_of_class(cls, year, month, day, hour, minute, second, micro, tz, fold=0):
    """A datetime result: exact types are built directly, subclasses through their constructor."""
    if cls is datetime:
        return _raw_datetime(cls, year, month, day, hour, minute, second, micro, tz, fold)
    if fold:
        return cls(year, month, day, hour, minute, second, micro, tz, fold=fold)
    # Like CPython, fold is only passed when set, for subclasses whose __new__ predates it.
    return cls(year, month, day, hour, minute, second, micro, tz)


_TIME_T_BOUND = 2 ** 63           # time_t is a signed 64-bit count of seconds


def _split_timestamp(t, round_to_us=True):
    """Whole seconds and microseconds of a timestamp, read as CPython reads one into a time_t:
    floats round half to even at the microsecond (or are floored to the second when
    `round_to_us` is false), other values must be integers."""
    if not isinstance(t, float):
        whole = _index(t)
        if not -_TIME_T_BOUND <= whole < _TIME_T_BOUND:
            raise OverflowError("timestamp out of range for platform time_t")
        return whole, 0
    if t != t:
        raise ValueError("Invalid value NaN (not a number)")
    if not -float(_TIME_T_BOUND) <= t < float(_TIME_T_BOUND):
        raise OverflowError("timestamp out of range for platform time_t")
    if not round_to_us:
        return int(_math.floor(t)), 0
    fraction, whole = _math.modf(t)
    whole = int(whole)
    micro = int(round(fraction * 1e6))
    if micro >= _US_PER_SECOND:
        whole += 1
        micro -= _US_PER_SECOND
    elif micro < 0:
        whole -= 1
        micro += _US_PER_SECOND
    return whole, micro


def _utc_fields(whole):
    """(year, month, day, hour, minute, second) of a POSIX time, like gmtime()."""
    days, seconds = divmod(whole, _SECONDS_PER_DAY)
    year, month, day = _from_ordinal(days + _EPOCH_ORDINAL)
    if not -2 ** 31 <= year - 1900 < 2 ** 31:
        # gmtime() cannot express the year in its int field.
        raise OSError(75, "Value too large for defined data type")
    minutes, second = divmod(seconds, 60)
    hour, minute = divmod(minutes, 60)
    return year, month, day, hour, minute, second


def _local_fields(whole):
    """(year, month, day, hour, minute, second) of a POSIX time on the local clock."""
    _utc_fields(whole)                      # fails the same way for absurd years
    fields = _time.localtime(whole)
    # A leap second, should the platform report one, reads as :59.
    return fields[0], fields[1], fields[2], fields[3], fields[4], min(fields[5], 59)


def _wall_seconds(t):
    """Local wall-clock reading at POSIX time t, as seconds counted as if it were UTC."""
    fields = _time.localtime(t)
    days = _to_ordinal(fields[0], fields[1], fields[2]) - _EPOCH_ORDINAL
    return days * _SECONDS_PER_DAY + fields[3] * 3600 + fields[4] * 60 + fields[5]


_FOLD_PROBE = 24 * 3600


def _local_to_posix(wall, fold):
    """POSIX seconds at which the local clock reads `wall`. A repeated reading resolves by fold
    (0: the earlier instant); a skipped one uses the offset from before (fold 0) or after
    (fold 1) the jump."""
    before = _wall_seconds(wall - _FOLD_PROBE) - (wall - _FOLD_PROBE)
    after = _wall_seconds(wall + _FOLD_PROBE) - (wall + _FOLD_PROBE)
    candidates = sorted({wall - before, wall - after})
    matches = [u for u in candidates if _wall_seconds(u) == wall]
    if not matches:
        centre = wall - (_wall_seconds(wall) - wall)
        if _wall_seconds(centre) == wall:
            matches = [centre]
    if matches:
        return matches[-1] if fold else matches[0]
    gap_ends = (wall - before, wall - after)
    return min(gap_ends) if fold else max(gap_ends)


def _local_zone_at(t):
    """A fixed-offset timezone for the local zone as it stands at POSIX time t."""
    fields = _time.localtime(t)
    offset = fields.tm_gmtoff
    if offset is None:
        offset = _wall_seconds(t) - t
    name = fields.tm_zone
    return timezone(timedelta(seconds=offset), name) if name is not None \
        else timezone(timedelta(seconds=offset))


@_with_rich_comparisons
class datetime(date):
    """A date and a time of day together, optionally aware of a time zone."""
    __memphis_type_name__ = 'datetime.datetime'  # what messages call it, as CPython's C type

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year, month=_REQUIRED, day=_REQUIRED, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        if month is _REQUIRED or (not isinstance(month, int) and day is _REQUIRED):
            state = _state_bytes(year, 10)
            if state is not None and 1 <= state[2] & 0x7F <= 12:
                tz = _valid_tzinfo(None if month is _REQUIRED else month)
                return _raw_datetime(cls, state[0] * 256 + state[1], state[2] & 0x7F, state[3],
                                     state[4], state[5], state[6], _micro_from_state(state, 7),
                                     tz, 1 if state[2] > 127 else 0)
        if month is _REQUIRED or day is _REQUIRED:
            _report_missing(year, month)
        ymd = _valid_ymd(year, month, day)
        clock = _valid_clock(hour, minute, second, microsecond, fold)
        return _raw_datetime(cls, *ymd, *clock[:4], _valid_tzinfo(tzinfo), clock[4])

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    # Other constructors.

    @classmethod
    def _from_posix(cls, t, tz, utc):
        whole, micro = _split_timestamp(t)
        if utc:
            year, month, day, hour, minute, second = _utc_fields(whole)
        else:
            year, month, day, hour, minute, second = _local_fields(whole)
        _valid_ymd(year, month, day)
        fold = 0
        if not utc and tz is None:
            # A reading the clock also showed shortly after an earlier instant is a repeat.
            wall = _wall_seconds(whole)
            jump = wall - _wall_seconds(whole - _FOLD_PROBE) - _FOLD_PROBE
            if jump < 0 and _wall_seconds(whole + jump) == wall:
                fold = 1
        made = _datetime_of_class(cls, year, month, day, hour, minute, second, micro, tz, fold)
        if tz is not None:
            made = tz.fromutc(made)
        return made

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _valid_tzinfo(tz)
        return cls._from_posix(t, tz, tz is not None)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._from_posix(t, None, True)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_type):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % _argument_type(date))
        if not isinstance(time, _time_type):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % _argument_type(time))
        tz = time.tzinfo if tzinfo is True else _valid_tzinfo(tzinfo)
        return _datetime_of_class(cls, date.year, date.month, date.day, time.hour, time.minute,
                                  time.second, time.microsecond, tz, time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        parsed = _scan_iso_datetime(date_string)
        if parsed is None:
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        (year, month, day), (hour, minute, second, micro, tz) = parsed
        ymd = _valid_ymd(year, month, day)
        clock = _valid_clock(hour, minute, second, micro, 0)
        return _datetime_of_class(cls, *ymd, *clock[:4], tz)

    @classmethod
    def strptime(cls, date_string, format):
        return _strptime_datetime(cls, date_string, format)

    # Offsets, as the tzinfo reports them for this datetime.

    def utcoffset(self):
        return _checked_offset(self._tzinfo, "utcoffset", self)

    def dst(self):
        return _checked_offset(self._tzinfo, "dst", self)

    def tzname(self):
        return _checked_zone_name(self._tzinfo, self)

    # Views.

    def date(self):
        return _raw_date(date, self._year, self._month, self._day)

    def time(self):
        return _raw_time(time, self._hour, self._minute, self._second, self._microsecond, None,
                         self._fold)

    def timetz(self):
        return _raw_time(time, self._hour, self._minute, self._second, self._microsecond,
                         self._tzinfo, self._fold)

    def timetuple(self):
        saving = self.dst()
        flag = -1 if saving is None else (1 if saving else 0)
        return _struct_time(self._year, self._month, self._day, self._hour, self._minute,
                            self._second, flag)

    def utctimetuple(self):
        offset = self.utcoffset()
        subject = self if not offset else self._plus_us(-offset._total_us())
        return _struct_time(subject._year, subject._month, subject._day, subject._hour,
                            subject._minute, subject._second, 0)

    def _wall_posix(self):
        days = self.toordinal() - _EPOCH_ORDINAL
        return days * _SECONDS_PER_DAY + self._hour * 3600 + self._minute * 60 + self._second

    def timestamp(self):
        if self.utcoffset() is None:
            whole = _local_to_posix(self._wall_posix(), self._fold)
            return whole + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        ymd = _valid_ymd(self._year if year is None else year,
                         self._month if month is None else month,
                         self._day if day is None else day)
        clock = _valid_clock(self._hour if hour is None else hour,
                             self._minute if minute is None else minute,
                             self._second if second is None else second,
                             self._microsecond if microsecond is None else microsecond,
                             self._fold if fold is None else fold)
        tz = self._tzinfo if tzinfo is True else _valid_tzinfo(tzinfo)
        return _raw_datetime(type(self), *ymd, *clock[:4], tz, clock[4])

    def astimezone(self, tz=None):
        _valid_tzinfo(tz)
        source = self._tzinfo
        offset = None
        if source is not None:
            if source is tz:
                return self
            offset = self.utcoffset()
        if offset is None:
            # Naive (or a zone with no offset): read it as local time.
            posix = _local_to_posix(self._wall_posix(), self._fold)
            source = _local_zone_at(posix)
            if source is tz:
                return self
            offset = source.utcoffset(self)
        as_utc = self._plus_us(-offset._total_us())
        as_utc = _raw_datetime(type(as_utc), as_utc._year, as_utc._month, as_utc._day,
                               as_utc._hour, as_utc._minute, as_utc._second,
                               as_utc._microsecond, timezone.utc, as_utc._fold)
        if tz is None:
            seconds = (as_utc - _EPOCH) // timedelta(seconds=1)
            tz = _local_zone_at(seconds)
        moved = _raw_datetime(type(as_utc), as_utc._year, as_utc._month, as_utc._day,
                              as_utc._hour, as_utc._minute, as_utc._second,
                              as_utc._microsecond, tz, as_utc._fold)
        return tz.fromutc(moved)

    # Text.

    def ctime(self):
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _SHORT_WEEKDAYS[self.weekday()], _SHORT_MONTHS[self._month - 1], self._day,
            self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep="T", timespec="auto"):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s"
                            % _argument_type(sep))
        if not isinstance(timespec, str):
            raise TypeError("isoformat() argument 2 must be str, not %s"
                            % _argument_type(timespec))
        text = "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep)
        text += _clock_text(self._hour, self._minute, self._second, self._microsecond, timespec)
        return text + _offset_text(self.utcoffset(), ":")

    def __str__(self):
        return self.isoformat(sep=" ")

    def __repr__(self):
        shown = [self._year, self._month, self._day, self._hour, self._minute]
        if self._microsecond:
            shown += [self._second, self._microsecond]
        elif self._second:
            shown.append(self._second)
        text = "%s(%s)" % (_type_label(type(self)), ", ".join(str(v) for v in shown))
        extras = []
        if self._fold:
            extras.append(("fold", "1"))
        if self._tzinfo is not None:
            extras.append(("tzinfo", repr(self._tzinfo)))
        return _keyword_repr(text, extras)

    def strftime(self, format):
        return _expand_strftime(self, format, self.timetuple(), self)

    # Arithmetic, done on (ordinal, microseconds into the day) to keep numbers small.

    def _day_us(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * _US_PER_SECOND \
            + self._microsecond

    def _plus_us(self, delta_us):
        extra_days, day_us = divmod(self._day_us() + delta_us, _US_PER_DAY)
        ordinal = self.toordinal() + extra_days
        if not 1 <= ordinal <= _LAST_ORDINAL:
            raise OverflowError("date value out of range")
        year, month, day = _from_ordinal(ordinal)
        seconds, micro = divmod(day_us, _US_PER_SECOND)
        minutes, second = divmod(seconds, 60)
        hour, minute = divmod(minutes, 60)
        return _datetime_of_class(type(self), year, month, day, hour, minute, second, micro,
                                  self._tzinfo)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return self._plus_us(other._total_us())
        return NotImplemented

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self._plus_us(-other._total_us())
        if not isinstance(other, datetime):
            return NotImplemented
        gap = ((self.toordinal() - other.toordinal()) * _US_PER_DAY
               + self._day_us() - other._day_us())
        if self._tzinfo is not other._tzinfo:
            mine = self.utcoffset()
            theirs = other.utcoffset()
            if (mine is None) != (theirs is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if mine is not None:
                gap -= mine._total_us() - theirs._total_us()
        return _timedelta_from_us(gap)

    # Comparison and hashing.

    def _wall_key(self):
        return (self.toordinal(), self._day_us())

    def _fold_changes_offset(self, offset):
        flipped = _raw_datetime(type(self), self._year, self._month, self._day, self._hour,
                                self._minute, self._second, self._microsecond, self._tzinfo,
                                1 - self._fold)
        return flipped.utcoffset() != offset

    def _rich(self, other, op):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                if op in ("==", "!="):
                    return op == "!="
                raise TypeError("can't compare %s to %s"
                                % (_type_label(type(self)), _type_label(type(other))))
            return NotImplemented
        if self._tzinfo is other._tzinfo:
            return _order(_three_way(self._wall_key(), other._wall_key()), op)
        mine = self.utcoffset()
        theirs = other.utcoffset()
        if mine == theirs:
            diff = _three_way(self._wall_key(), other._wall_key())
        elif mine is not None and theirs is not None:
            diff = _three_way((self - other)._total_us(), 0)
        else:
            if op in ("==", "!="):
                return op == "!="
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        if diff == 0 and op in ("==", "!=") and (
                self._fold_changes_offset(mine) or other._fold_changes_offset(theirs)):
            # An ambiguous wall time (one whose offset depends on fold) equals nothing in
            # another zone.
            diff = 1
        return _order(diff, op)

    def __hash__(self):
        subject = self
        if self._fold:
            subject = _raw_datetime(type(self), self._year, self._month, self._day, self._hour,
                                    self._minute, self._second, self._microsecond,
                                    self._tzinfo, 0)
        offset = subject.utcoffset()
        if offset is None:
            return hash((self._year, self._month, self._day, self._day_us()))
        return hash(_timedelta_from_us(self.toordinal() * _US_PER_DAY + self._day_us()
                                       - offset._total_us()))

    # Pickling: fold travels in the month byte, and only from protocol 4 on.

    def __reduce_ex__(self, protocol):
        month = self._month + (128 if self._fold and protocol > 3 else 0)
        state = [self._year // 256, self._year % 256, month, self._day]
        state += _clock_state(self._hour, self._minute, self._second, self._microsecond)
        return (type(self), _reduce_args(state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


_date_type = date
_time_type = time
datetime.min = _raw_datetime(datetime, MINYEAR, 1, 1, 0, 0, 0, 0, None, 0)
datetime.max = _raw_datetime(datetime, MAXYEAR, 12, 31, 23, 59, 59, 999999, None, 0)
datetime.resolution = timedelta.resolution
_EPOCH_ORDINAL = _to_ordinal(1970, 1, 1)
_EPOCH = _raw_datetime(datetime, 1970, 1, 1, 0, 0, 0, 0, timezone.utc, 0)


# ---------------------------------------------------------------------------------------------
# ISO 8601 parsing with the leniencies of CPython 3.11's C parser. Each scanner returns None
# when the text does not fit; callers turn that into "Invalid isoformat string". Reading past
# the end yields "" (the C code meets the string's terminating NUL there).

def _char(text, index):
    return text[index] if index < len(text) else ""


def _read_digits(text, index, count):
    """The number spelled by exactly `count` ASCII digits at `index`, or None."""
    chunk = text[index:index + count]
    if len(chunk) != count:
        return None
    for char in chunk:
        if not "0" <= char <= "9":
            return None
    return int(chunk) if chunk else 0


def _scan_iso_date(text, limit):
    """(year, month, day) from YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or YYYYWww[D]; `limit` is
    where the date part ends."""
    year = _read_digits(text, 0, 4)
    if year is None:
        return None
    dashed = _char(text, 4) == "-"
    index = 5 if dashed else 4
    if _char(text, index) == "W":
        week = _read_digits(text, index + 1, 2)
        if week is None:
            return None
        index += 3
        weekday = 1
        if index < limit:
            if dashed:
                if _char(text, index) != "-":
                    return None
                index += 1
            weekday = _read_digits(text, index, 1)
            if weekday is None:
                return None
        try:
            return _iso_to_ymd(year, week, weekday)
        except ValueError:
            return None
    month = _read_digits(text, index, 2)
    if month is None:
        return None
    index += 2
    if dashed:
        if _char(text, index) != "-":
            return None
        index += 1
    day = _read_digits(text, index, 2)
    if day is None:
        return None
    return year, month, day


def _date_part_length(text):
    """Where the date ends in a datetime string (the separator's index); -1 if it cannot."""
    length = len(text)
    if length == 7:
        return 7
    if _char(text, 4) == "-":
        if _char(text, 5) != "W":
            return 10
        if length < 8:
            return -1
        if length > 8 and text[8] == "-":
            if length == 9:
                return -1
            return 8 if length > 10 and "0" <= text[10] <= "9" else 10
        return 8
    if _char(text, 4) == "W":
        end = 7
        while end < length and "0" <= text[end] <= "9":
            end += 1
        if end < 9:
            return end
        return 7 if end % 2 == 0 else 8
    return 8


def _scan_clock(text, start, stop):
    """[hour, minute, second, microsecond, more] for HH[:MM[:SS[.f...]]] (colons optional
    but consistent) beginning at `start`, or None. `stop` is where a time zone suffix (if
    any) begins; `more` tells whether any text follows what was read."""
    values = [0, 0, 0]
    index = start
    colons = True
    for slot in range(3):
        number = _read_digits(text, index, 2)
        if number is None:
            return None
        values[slot] = number
        follower = _char(text, index + 2)
        index += 3
        if slot == 0:
            colons = follower == ":"
        if index >= stop:
            return values + [0, follower != ""]
        if colons and follower == ":":
            continue
        if follower in (".", ","):
            break
        if colons:
            return None
        index -= 1
    # Whatever is left up to `stop` is a fraction of a second: up to six digits count, further
    # digits are skipped. (CPython also lands here after a third colon-separated field.)
    taken = min(stop - index, 6)
    micro = _read_digits(text, index, taken)
    if micro is None:
        return None
    micro *= 10 ** (6 - taken)
    index += taken
    while "0" <= _char(text, index) <= "9":
        index += 1
    return values + [micro, index < len(text)]


def _scan_iso_time(text, start):
    """(hour, minute, second, microsecond, tzinfo) for a time with an optional Z or +/-offset."""
    marker = start
    while marker < len(text) and text[marker] not in "Z+-":
        marker += 1
    if marker == start and start >= len(text):
        return None
    clock = _scan_clock(text, start, marker)
    if clock is None:
        return None
    hour, minute, second, micro, more = clock
    if marker >= len(text):
        return None if more else (hour, minute, second, micro, None)
    if text[marker] == "Z":
        if marker + 1 != len(text):
            return None
        return hour, minute, second, micro, timezone.utc
    offset = _scan_clock(text, marker + 1, len(text))
    if offset is None or offset[4]:
        return None
    sign = -1 if text[marker] == "-" else 1
    seconds = sign * (offset[0] * 3600 + offset[1] * 60 + offset[2])
    if seconds == 0:
        tz = timezone.utc           # CPython ignores a fraction-only offset here
    else:
        tz = _fixed_zone(timedelta(seconds=seconds, microseconds=sign * offset[3]))
    return hour, minute, second, micro, tz


def _fixed_zone(offset):
    if not _within_a_day(offset):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                         "and timedelta(hours=24), not %r." % (offset,))
    return _raw_timezone(offset, None)


def _utf8_view(text):
    """The string's UTF-8 bytes, one character per byte: the C parser counts positions and
    lengths in bytes. None when the string has no UTF-8 form (lone surrogates)."""
    try:
        return text.encode("utf-8").decode("latin-1")
    except UnicodeEncodeError:
        return None


def _utf8_length_at(raw, index):
    """Bytes in the UTF-8 sequence starting at raw[index]."""
    lead = ord(raw[index])
    if lead < 0x80:
        return 1
    if lead >= 0xF0:
        return 4
    return 3 if lead >= 0xE0 else 2


def _scan_iso_datetime(text):
    raw = _utf8_view(text)
    if raw is None:
        return None
    split = _date_part_length(raw)
    if split < 0:
        return None
    ymd = _scan_iso_date(raw, split)
    if ymd is None:
        return None
    if len(raw) <= split:
        return ymd, (0, 0, 0, 0, None)
    # The separator is any one character, however many bytes it takes.
    clock = _scan_iso_time(raw, split + _utf8_length_at(raw, split))
    if clock is None:
        return None
    return ymd, clock


# ---------------------------------------------------------------------------------------------
# strptime for the C locale. The format turns into one regular expression (matched ignoring
# case) with a named group per directive; the captured texts are then read into fields, and
# week- or day-of-year-based directives are resolved into a calendar date. The group bodies
# are CPython's, so that regex errors (a directive used twice) read the same.

_FULL_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_FULL_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")

_STRPTIME_NUMBERS = {
    "d": r"3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9]",
    "f": r"[0-9]{1,6}",
    "H": r"2[0-3]|[0-1]\d|\d",
    "I": r"1[0-2]|0[1-9]|[1-9]",
    "G": r"\d\d\d\d",
    "j": r"36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9]",
    "m": r"1[0-2]|0[1-9]|[1-9]",
    "M": r"[0-5]\d|\d",
    "S": r"6[0-1]|[0-5]\d|\d",
    "U": r"5[0-3]|[0-4]\d|\d",
    "W": r"5[0-3]|[0-4]\d|\d",
    "w": r"[0-6]",
    "u": r"[1-7]",
    "V": r"5[0-3]|0[1-9]|[1-4]\d|\d",
    "y": r"\d\d",
    "Y": r"\d\d\d\d",
    "z": r"[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z)",
}
# The C locale's date-and-time, date and time layouts, read as the directives they stand for.
_STRPTIME_LAYOUTS = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}
_REGEX_SPECIALS = "\\.^$*+?(){}[]|"


def _lowercase_names(names):
    return [name.lower() for name in names]


def _strptime_names():
    """The words each name directive accepts, lower case."""
    zones = ["utc", "gmt"]
    try:
        for name in _time.tzname:
            if name and name.lower() not in zones:
                zones.append(name.lower())
    except (AttributeError, TypeError):
        pass
    return {
        "a": _lowercase_names(_SHORT_WEEKDAYS), "A": _lowercase_names(_FULL_WEEKDAYS),
        "b": _lowercase_names(_SHORT_MONTHS), "B": _lowercase_names(_FULL_MONTHS),
        "p": ["am", "pm"], "Z": zones,
    }


def _choice_pattern(words):
    # Longer words first, so that a word is never cut short by one of its prefixes.
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(_escape_literal(word) for word in ordered)


def _escape_literal(text):
    return "".join("\\" + char if char in _REGEX_SPECIALS else char for char in text)


def _strptime_source(format, whole, names):
    """Regular-expression source for `format`; `whole` is the user's format, for messages."""
    pieces = []
    index = 0
    while index < len(format):
        char = format[index]
        if char.isspace():
            while index < len(format) and format[index].isspace():
                index += 1
            pieces.append(r"\s+")
            continue
        index += 1
        if char != "%":
            pieces.append(_escape_literal(char))
            continue
        if index >= len(format):
            raise ValueError("stray %% in format '%s'" % whole)
        code = format[index]
        index += 1
        if code == "%":
            pieces.append("%")
        elif code in _STRPTIME_LAYOUTS:
            pieces.append(_strptime_source(_STRPTIME_LAYOUTS[code], whole, names))
        elif code in _STRPTIME_NUMBERS:
            pieces.append("(?P<%s>%s)" % (code, _STRPTIME_NUMBERS[code]))
        elif code in names:
            pieces.append("(?P<%s>%s)" % (code, _choice_pattern(names[code])))
        else:
            # CPython escapes specials and collapses whitespace before it reads directives, so
            # a '%' followed by one of those is reported as a '%' directive.
            shown = "%" if code in _REGEX_SPECIALS or code.isspace() else code
            raise ValueError("'%s' is a bad directive in format '%s'" % (shown, whole))
    return "".join(pieces)


def _utc_offset_from_text(text):
    """(seconds, microseconds) east of UTC for a %z match such as Z, +0130 or -01:30:15.5."""
    if text == "Z":
        return 0, 0
    body = text[1:]
    if body[2:3] == ":":
        if len(body) > 5 and body[5] != ":":
            raise ValueError("Inconsistent use of : in %s" % text)
        body = body[:2] + body[3:5] + body[6:]
    seconds = int(body[0:2]) * 3600 + int(body[2:4]) * 60 + int(body[4:6] or 0)
    micro = int(body[7:].ljust(6, "0"))
    if text[0] == "-":
        return -seconds, -micro
    return seconds, micro


def _read_strptime_fields(captured, names):
    """Fields named by what they mean, from the directive texts in format order."""
    fields = {"month": 1, "day": 1, "hour": 0, "minute": 0, "second": 0, "micro": 0}
    for code, text in captured.items():
        if code == "Y":
            fields["year"] = int(text)
        elif code == "y":
            short = int(text)
            fields["year"] = short + (2000 if short <= 68 else 1900)
        elif code == "G":
            fields["iso_year"] = int(text)
        elif code == "m":
            fields["month"] = int(text)
        elif code in "bB":
            fields["month"] = names[code].index(text.lower()) + 1
        elif code == "d":
            fields["day"] = int(text)
        elif code == "H":
            fields["hour"] = int(text)
        elif code == "I":
            afternoon = (captured.get("p") or "").lower() == "pm"
            fields["hour"] = int(text) % 12 + (12 if afternoon else 0)
        elif code == "M":
            fields["minute"] = int(text)
        elif code == "S":
            fields["second"] = int(text)
        elif code == "f":
            fields["micro"] = int(text.ljust(6, "0"))
        elif code in "aA":
            fields["weekday"] = names[code].index(text.lower())
        elif code == "w":
            fields["weekday"] = (int(text) + 6) % 7
        elif code == "u":
            fields["weekday"] = int(text) - 1
        elif code == "j":
            fields["julian"] = int(text)
        elif code in "UW":
            fields["week"] = int(text)
            fields["week_starts_monday"] = code == "W"
        elif code == "V":
            fields["iso_week"] = int(text)
        elif code == "z":
            fields["offset"] = _utc_offset_from_text(text)
    return fields


def _day_in_week_numbering(year, week, weekday, starts_monday):
    """Day of the year (1-based, possibly outside the year) of `weekday` in %U/%W week `week`."""
    start = 0 if starts_monday else 6
    jan1 = (_weekday_of_ordinal(_year_start_ordinal(year) + 1) - start) % 7
    offset = (weekday - start) % 7
    day = 1 + offset - jan1 + 7 * week
    if jan1 == 0 and week >= 1:
        # The year opens on the week's first day: no partial week 0 precedes week 1.
        day -= 7
    return day


def _day_in_iso_year(iso_year, iso_week, iso_weekday):
    """(year, day of that year) for an ISO year/week/weekday; the day may fall in the year
    before iso_year (the result says so) or run past its end."""
    date(iso_year, 1, 4)                   # rejects year 0 the way CPython does
    ordinal = _iso_week_one_monday(iso_year) + (iso_week - 1) * 7 + iso_weekday - 1
    day = ordinal - _year_start_ordinal(iso_year)
    if day < 1:
        iso_year -= 1
        day = ordinal - date(iso_year, 1, 1).toordinal() + 1
    return iso_year, day


def _resolve_strptime_date(fields):
    year = fields.get("year")
    iso_year = fields.get("iso_year")
    iso_week = fields.get("iso_week")
    weekday = fields.get("weekday")
    julian = fields.get("julian")
    month, day = fields["month"], fields["day"]
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive "
                             "'%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
    elif fields.get("week") is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                             "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                         "Use the ISO year '%G' instead.")
    # Without a year, February 29th is worked out in a leap year and reported as 1900 (where
    # the final constructor rejects it, as CPython's does).
    no_year_leap_day = year is None and month == 2 and day == 29
    if year is None:
        year = 1904 if no_year_leap_day else 1900
    if julian is None and weekday is not None:
        if fields.get("week") is not None:
            julian = _day_in_week_numbering(year, fields["week"], weekday,
                                            fields["week_starts_monday"])
        elif iso_year is not None and iso_week is not None:
            year, julian = _day_in_iso_year(iso_year, iso_week, weekday + 1)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _leap(year) else 365
    if julian is not None:
        found = date.fromordinal(date(year, 1, 1).toordinal() + julian - 1)
        year, month, day = found.year, found.month, found.day
    else:
        date(year, month, day)
    if no_year_leap_day:
        year = 1900
    return year, month, day


def _strptime_datetime(cls, data_string, format):
    for position, value in ((1, data_string), (2, format)):
        if not isinstance(value, str):
            raise TypeError("strptime() argument %d must be str, not %s"
                            % (position, type(value).__name__))
    import re as _re
    names = _strptime_names()
    pattern = _re.compile(_strptime_source(format, format, names), _re.IGNORECASE)
    found = pattern.match(data_string)
    if found is None:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if found.end() != len(data_string):
        raise ValueError("unconverted data remains: %s" % data_string[found.end():])
    captured = {code: text for code, text in found.groupdict().items() if text is not None}
    fields = _read_strptime_fields(captured, names)
    year, month, day = _resolve_strptime_date(fields)
    clock = (fields["hour"], fields["minute"], fields["second"], fields["micro"])
    offset = fields.get("offset")
    if offset is None:
        return cls(year, month, day, *clock)
    shift = timedelta(seconds=offset[0], microseconds=offset[1])
    zone_name = captured.get("Z")
    zone = timezone(shift, zone_name) if zone_name else timezone(shift)
    return cls(year, month, day, *clock, zone)
