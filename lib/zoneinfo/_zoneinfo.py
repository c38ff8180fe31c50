"""The ZoneInfo tzinfo: local time rules of one IANA zone, read from its compiled file.

A zone is a list of UTC instants at which the local rules change, the kind of local time
(offset, DST part, abbreviation) that starts at each, and a POSIX TZ rule for everything after
the last listed change. Lookups by wall-clock time use the same instants moved into local time,
in two versions: one for fold=0 and one for fold=1, so that repeated and skipped wall times
resolve the PEP 495 way."""

from bisect import bisect_right
from datetime import datetime, timedelta, tzinfo

from . import _common
from . import _tzpath

_EPOCH_ORDINAL = 719163  # date(1970, 1, 1).toordinal()
_SECONDS_PER_DAY = 86400
_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _jan_first_ordinal(year):
    earlier = year - 1
    return earlier * 365 + earlier // 4 - earlier // 100 + earlier // 400 + 1


def _ordinal(year, month, day):
    days = _jan_first_ordinal(year) + sum(_MONTH_DAYS[1:month]) + day - 1
    if month > 2 and _is_leap(year):
        days += 1
    return days


def _wall_seconds(dt):
    """Seconds from 1970-01-01 00:00 to dt's wall-clock reading, microseconds dropped."""
    return ((dt.toordinal() - _EPOCH_ORDINAL) * _SECONDS_PER_DAY
            + dt.hour * 3600 + dt.minute * 60 + dt.second)


class _Kind:
    """One kind of local time: total UTC offset, the DST part of it, and its abbreviation."""

    __slots__ = ("seconds", "utcoff", "dstoff", "tzname")

    def __init__(self, seconds, saving, name):
        self.seconds = seconds
        self.utcoff = None if seconds is None else timedelta(seconds=seconds)
        self.dstoff = None if saving is None else timedelta(seconds=saving)
        self.tzname = name

    def matches(self, other):
        return (self.seconds == other.seconds and self.dstoff == other.dstoff
                and self.tzname == other.tzname)


# What a zone whose offset varies reports for a datetime-less query (time.utcoffset()).
_NO_KIND = _Kind(None, None, None)


# ---------------------------------------------------------------------------------------------
# The POSIX TZ rule from the file's footer

class _NthWeekdayRule:
    """Mm.w.d: weekday d (0 = Sunday) of week w of month m, w = 5 meaning the last one."""

    __slots__ = ("month", "week", "weekday", "clock")

    def __init__(self, month, week, weekday, clock):
        if not 0 < month <= 12:
            raise ValueError("Month must be in (0, 12]")
        if not 0 < week <= 5:
            raise ValueError("Week must be in (0, 5]")
        if not 0 <= weekday <= 6:
            raise ValueError("Day must be in [0, 6]")
        self.month = month
        self.week = week
        self.weekday = weekday
        self.clock = clock

    def local_seconds(self, year):
        first = _ordinal(year, self.month, 1)
        # Ordinal 1 (0001-01-01) was a Monday, so ordinal % 7 counts from Sunday = 0.
        day = 1 + (self.weekday - first % 7) % 7 + (self.week - 1) * 7
        length = _MONTH_DAYS[self.month] + (1 if self.month == 2 and _is_leap(year) else 0)
        if day > length:
            day -= 7
        return (first + day - 1 - _EPOCH_ORDINAL) * _SECONDS_PER_DAY + self.clock


class _YearDayRule:
    """Jn (1..365, February 29 never counted) or n (0..365, counted), as CPython counts
    them: the day number is added to December 31 of the year before."""

    __slots__ = ("number", "skips_leap_day", "clock")

    def __init__(self, number, skips_leap_day, clock):
        lowest = 1 if skips_leap_day else 0
        if not lowest <= number <= 365:
            raise ValueError("day must be in [%d, 365], not: %d" % (lowest, number))
        self.number = number
        self.skips_leap_day = skips_leap_day
        self.clock = clock

    def local_seconds(self, year):
        number = self.number
        if self.skips_leap_day and number >= 59 and _is_leap(year):
            number += 1
        days = _jan_first_ordinal(year) - 1 - _EPOCH_ORDINAL + number
        return days * _SECONDS_PER_DAY + self.clock


def _inside(moment, begin, finish):
    """Whether moment falls in [begin, finish), the range wrapping past the year's end
    when begin comes after finish (southern hemisphere DST)."""
    if begin < finish:
        return begin <= moment < finish
    return moment < finish or moment >= begin


class _PosixRule:
    """Standard time only, or standard time plus a yearly DST period between two rules."""

    __slots__ = ("standard", "daylight", "start", "end", "shift")

    def __init__(self, standard, daylight=None, start=None, end=None):
        self.standard = standard
        self.daylight = daylight
        self.start = start
        self.end = end
        self.shift = 0 if daylight is None else daylight.seconds - standard.seconds

    def kind_at_wall(self, moment, year, fold):
        if self.daylight is None:
            return self.standard
        begin = self.start.local_seconds(year)
        finish = self.end.local_seconds(year)
        # The wall-clock stretch that belongs to the smaller offset depends on fold: fold=0
        # puts gap and overlap on the earlier side, fold=1 on the later one.
        if fold == (self.shift >= 0):
            finish -= self.shift
        else:
            begin += self.shift
        return self.daylight if _inside(moment, begin, finish) else self.standard

    def kind_at_utc(self, moment, year):
        """(kind, fold) for a UTC instant given as seconds since the epoch."""
        if self.daylight is None:
            return self.standard, 0
        begin = self.start.local_seconds(year) - self.standard.seconds
        finish = self.end.local_seconds(year) - self.daylight.seconds
        kind = self.daylight if _inside(moment, begin, finish) else self.standard
        # Wall times repeat for `shift` seconds after DST ends (before it starts when the
        # DST offset is the smaller one).
        if self.shift > 0:
            repeated_from, repeated_to = finish, finish + self.shift
        else:
            repeated_from, repeated_to = begin, begin - self.shift
        return kind, (1 if repeated_from <= moment < repeated_to else 0)


_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_ASCII_DIGITS = frozenset("0123456789")


class _Malformed(Exception):
    """Internal: the TZ string could not be read at the current position."""


class _Scanner:
    """Cursor over a TZ string; reading past the end yields '' like C's terminating NUL."""

    def __init__(self, text):
        self.text = text
        self.at = 0

    def peek(self):
        return self.text[self.at:self.at + 1]

    def take(self):
        char = self.peek()
        self.at += len(char)
        return char

    def digits(self, most, needed=1):
        value = 0
        count = 0
        while count < most and self.peek() in _ASCII_DIGITS:
            value = value * 10 + int(self.take())
            count += 1
        if count < needed:
            raise _Malformed()
        return value

    def abbreviation(self):
        if self.peek() == "<":
            self.take()
            name = []
            while self.peek() != ">":
                char = self.take()
                # An unclosed name runs into the end, where take() gives ''.
                if not char or not (char in _ASCII_LETTERS or char in _ASCII_DIGITS
                                    or char in "+-"):
                    raise _Malformed()
                name.append(char)
            self.take()
            return "".join(name)
        start = self.at
        while self.peek() in _ASCII_LETTERS:
            self.take()
        if self.at == start:
            raise _Malformed()
        return self.text[start:self.at]

    def utc_offset(self):
        """[+-]hh[:mm[:ss]] read as POSIX does: positive means west of Greenwich, so the
        result (seconds east) has the opposite sign."""
        sign = -1
        if self.peek() in ("+", "-"):
            sign = 1 if self.take() == "-" else -1
        hours = self.digits(2)
        if hours > 24:
            raise _Malformed()
        minutes = seconds = 0
        if self.peek() == ":":
            self.take()
            minutes = self.digits(2, 2)
            if self.peek() == ":":
                self.take()
                seconds = self.digits(2, 2)
        return sign * (hours * 3600 + minutes * 60 + seconds)

    def clock(self):
        """The /time part of a rule: [+-]h[h][:mm[:ss]], sign applying to every field."""
        sign = 1
        if self.peek() in ("+", "-"):
            sign = -1 if self.take() == "-" else 1
        total = self.digits(2) * 3600
        for weight in (60, 1):
            if self.peek() != ":":
                break
            self.take()
            total += self.digits(2, 2) * weight
        return sign * total

    def one_digit(self):
        return self.digits(1)

    def transition(self):
        clock = 7200
        if self.peek() == "M":
            self.take()
            month = self.one_digit()
            if self.peek() != ".":
                month = month * 10 + self.one_digit()
            fields = []
            for _ in range(2):
                if self.take() != ".":
                    raise _Malformed()
                fields.append(self.one_digit())
            if self.peek() == "/":
                self.take()
                clock = self.clock()
            try:
                return _NthWeekdayRule(month, fields[0], fields[1], clock)
            except ValueError:
                raise _Malformed()
        skips_leap_day = self.peek() == "J"
        if skips_leap_day:
            self.take()
        number = self.digits(3)
        if self.peek() == "/":
            self.take()
            clock = self.clock()
        try:
            return _YearDayRule(number, skips_leap_day, clock)
        except ValueError:
            raise _Malformed()


def _parse_posix_rule(raw):
    """_PosixRule for the footer bytes `raw`, with CPython's messages for malformed ones."""
    scanner = _Scanner(raw.decode("latin-1"))

    def fail(message):
        return ValueError(message % (raw,))

    try:
        standard_name = scanner.abbreviation()
    except _Malformed:
        raise fail("Invalid STD format in %r") from None
    try:
        standard_offset = scanner.utc_offset()
    except _Malformed:
        raise fail("Invalid STD offset in %r") from None
    standard = _Kind(standard_offset, 0, standard_name)
    if not scanner.peek():
        return _PosixRule(standard)

    try:
        daylight_name = scanner.abbreviation()
    except _Malformed:
        raise fail("Invalid DST format in %r") from None
    if scanner.peek() == ",":
        daylight_offset = standard_offset + 3600
    else:
        try:
            daylight_offset = scanner.utc_offset()
        except _Malformed:
            raise fail("Invalid DST offset in %r") from None

    rules = []
    for _ in range(2):
        if scanner.take() != ",":
            raise fail("Missing transition rules in TZ string: %r")
        try:
            rules.append(scanner.transition())
        except _Malformed:
            raise fail("Malformed transition rule in TZ string: %r") from None
    if scanner.peek():
        raise fail("Extraneous characters at end of TZ string: %r")
    daylight = _Kind(daylight_offset, daylight_offset - standard_offset, daylight_name)
    return _PosixRule(standard, daylight, rules[0], rules[1])


# ---------------------------------------------------------------------------------------------
# Turning the file's contents into lookup tables

def _dst_parts(transition_types, offsets, dst_flags):
    """The DST share of each kind's offset. Files only flag kinds as DST, so the share is
    guessed from a neighbouring standard-time kind: the one in force just before a transition
    into the kind, else just after it. Kinds left without a guess get one hour."""
    parts = [0] * len(offsets)
    last_kind = len(offsets) - 1
    for position in range(1, len(transition_types)):
        kind = transition_types[position]
        if not dst_flags[kind] or parts[kind]:
            continue
        part = 0
        earlier = transition_types[position - 1]
        if not dst_flags[earlier]:
            part = offsets[kind] - offsets[earlier]
        # CPython tests the kind's index (not the position) against the kind count here;
        # kept so that the guesses come out the same.
        if not part and kind < last_kind:
            if position + 1 >= len(transition_types):
                continue
            later = transition_types[position + 1]
            if dst_flags[later]:
                continue
            part = offsets[kind] - offsets[later]
        if part:
            parts[kind] = part
    return [3600 if flagged and not part else part for flagged, part in zip(dst_flags, parts)]


def _wall_transitions(utc_transitions, transition_types, offsets):
    """Each transition as wall-clock seconds, once with the larger of the offsets on either
    side (used for fold=0) and once with the smaller (fold=1)."""
    by_larger = []
    by_smaller = []
    before = offsets[0] if offsets else 0
    for moment, kind in zip(utc_transitions, transition_types):
        after = offsets[kind]
        by_larger.append(moment + max(before, after))
        by_smaller.append(moment + min(before, after))
        before = after
    return by_larger, by_smaller


# ---------------------------------------------------------------------------------------------
# The tzinfo class

_caches = {}  # class -> {key: zone}; each subclass keeps its own


def _cache_of(cls):
    cache = _caches.get(cls)
    if cache is None:
        cache = _caches[cls] = {}
    return cache


class ZoneInfo(tzinfo):
    """An IANA time zone, looked up by key (e.g. 'Europe/Paris') under TZPATH."""

    def __new__(cls, key):
        cache = _cache_of(cls)
        zone = cache.get(key)
        if zone is None:
            zone = cls._from_key(key, True)
            cache[key] = zone
        return zone

    @classmethod
    def no_cache(cls, key):
        """A fresh zone for key, bypassing (and not entering) the cache."""
        return cls._from_key(key, False)

    @classmethod
    def from_file(cls, fobj, /, key=None):
        """A zone read from an open binary file; key is only used for str() and repr()."""
        zone = tzinfo.__new__(cls)
        zone._file_repr = repr(fobj)
        zone._load(fobj)
        zone._key = key
        zone._cached = None
        return zone

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        """Forget cached zones: all of them, or only those of the given keys."""
        cache = _cache_of(cls)
        if only_keys is None:
            cache.clear()
            return
        for key in only_keys:
            cache.pop(key, None)

    @classmethod
    def _from_key(cls, key, cached):
        path = _tzpath.find_tzfile(key)
        if path is None:
            raise _common.missing_zone(key)
        zone = tzinfo.__new__(cls)
        with open(path, "rb") as stream:
            zone._load(stream)
        zone._key = key
        zone._file_repr = None
        zone._cached = cached
        return zone

    @classmethod
    def _unpickle(cls, key, from_cache, /):
        return cls(key) if from_cache else cls.no_cache(key)

    def _load(self, stream):
        data = _common.read_tzif(stream)
        offsets = list(data.offsets)
        kinds = [_Kind(offset, part, name) for offset, part, name in
                 zip(offsets, _dst_parts(data.transition_types, offsets, data.dst_flags),
                     data.abbreviations)]
        self._utc_transitions = list(data.utc_transitions)
        self._wall_transitions = _wall_transitions(data.utc_transitions,
                                                   data.transition_types, offsets)
        self._kinds = [kinds[index] for index in data.transition_types]

        # Before the first transition: the first standard-time kind of the file.
        self._kind_before = None
        for kind, flagged in zip(kinds, data.dst_flags):
            if not flagged:
                self._kind_before = kind
                break
        else:
            if kinds:
                self._kind_before = kinds[0]

        if data.footer:
            self._rule_after = _parse_posix_rule(data.footer)
        else:
            if not kinds:
                raise ValueError("No time zone information found.")
            # Without a rule, the kind of the last transition (or the file's last kind)
            # simply goes on for ever.
            self._rule_after = _PosixRule(self._kinds[-1] if self._kinds else kinds[-1])

        # Fixed-offset zones answer even when asked without a datetime.
        if len(kinds) > 1 or self._rule_after.daylight is not None:
            self._fixed = False
        elif not kinds:
            self._fixed = True
        else:
            self._fixed = kinds[0].matches(self._rule_after.standard)

    @property
    def key(self):
        return self._key

    def _kind_for(self, dt):
        if dt is None:
            return self._rule_after.standard if self._fixed else _NO_KIND
        moment = _wall_seconds(dt)
        walls = self._wall_transitions[dt.fold]
        if walls and moment < walls[0]:
            return self._kind_before
        if not walls or moment > walls[-1]:
            return self._rule_after.kind_at_wall(moment, dt.year, dt.fold)
        return self._kinds[bisect_right(walls, moment) - 1]

    def utcoffset(self, dt):
        return self._kind_for(dt).utcoff

    def dst(self, dt):
        return self._kind_for(dt).dstoff

    def tzname(self, dt):
        return self._kind_for(dt).tzname

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        moment = _wall_seconds(dt)
        changes = self._utc_transitions
        fold = 0
        if changes and moment < changes[0]:
            kind = self._kind_before
        elif not changes or moment > changes[-1]:
            kind, fold = self._rule_after.kind_at_utc(moment, dt.year)
            if changes:
                # Just after the last listed change the repeat comes from that change, which
                # the rule alone does not know about.
                previous = self._kinds[-2] if len(changes) > 1 else self._kind_before
                drop = previous.seconds - kind.seconds
                if drop > 0 and moment < changes[-1] + drop:
                    fold = 1
        else:
            index = bisect_right(changes, moment)
            if index >= 2:
                previous, kind = self._kinds[index - 2], self._kinds[index - 1]
            else:
                previous, kind = self._kind_before, self._kinds[0]
            if previous.seconds - kind.seconds > moment - changes[index - 1]:
                fold = 1
        shifted = dt + kind.utcoff
        if fold:
            shifted = shifted.replace(fold=1)
        return shifted

    def __str__(self):
        if self._key is not None:
            return self._key
        return repr(self)

    def __repr__(self):
        label = "zoneinfo.ZoneInfo" if type(self) is ZoneInfo else type(self).__name__
        if self._key is not None:
            return "%s(key=%r)" % (label, self._key)
        return "%s.from_file(%s)" % (label, self._file_repr)

    def __reduce__(self):
        if self._cached is None:
            import pickle
            raise pickle.PicklingError("Cannot pickle a ZoneInfo file from a file stream.")
        return (type(self)._unpickle, (self._key, 1 if self._cached else 0))


ZoneInfo.__module__ = "zoneinfo"
