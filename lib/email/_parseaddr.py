"""The forgiving RFC 2822 readers behind email.utils: dates (parsedate, parsedate_tz, mktime_tz)
and address lists (AddressList), with CPython 3.11's results on malformed input.

Neither reader raises on bad text: a date it cannot make sense of is None, and an address it
cannot read becomes ('', '') or whatever part of it could be salvaged.
"""

import time as _time
import calendar as _calendar

__all__ = ['mktime_tz', 'parsedate', 'parsedate_tz', 'quote']

# Month names, short then long: a name's index modulo 12 is its month - 1.
_monthnames = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov',
               'dec', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
               'september', 'october', 'november', 'december']

_daynames = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']

# Zone names RFC 822 allows, as +hhmm numbers (the military one-letter zones other than Z are
# left out: their signs were defined backwards and nobody agrees on them).
_timezones = {'UT': 0, 'UTC': 0, 'GMT': 0, 'Z': 0,
              'AST': -400, 'ADT': -300,
              'EST': -500, 'EDT': -400,
              'CST': -600, 'CDT': -500,
              'MST': -700, 'MDT': -600,
              'PST': -800, 'PDT': -700}


def _drop_weekday(words):
    """Remove a leading day name (a word ending in a comma, or a known day); a day glued to the
    date by its comma (`Mon,1`) is cut off instead."""
    first = words[0]
    if first.endswith(',') or first.lower() in _daynames:
        del words[0]
        return
    comma = first.rfind(',')
    if comma >= 0:
        words[0] = first[comma + 1:]


def _split_zone_from_time(words):
    """With four words (`dd mm yy hh:mm:ss+zzzz`), split a zone glued to the time, or add an
    empty zone."""
    last = words[3]
    sign = last.find('+')
    if sign == -1:
        sign = last.find('-')
    if sign > 0:
        words[3:] = [last[:sign], last[sign:]]
    else:
        words.append('')


def _month_number(word):
    lowered = word.lower()
    if lowered in _monthnames:
        return _monthnames.index(lowered) % 12 + 1
    return None


def _without_comma(word):
    return word[:-1] if word.endswith(',') else word


def _clock_fields(clock):
    """(hours, minutes, seconds) strings of `hh:mm[:ss]` (or with dots), or None."""
    parts = clock.split(':')
    if len(parts) == 1 and '.' in parts[0]:
        # some mailers separate the fields with dots
        parts = parts[0].split('.')
        if len(parts) == 2:
            return parts[0], parts[1], 0
        if len(parts) == 3:
            return parts[0], parts[1], parts[2]
        return None
    if len(parts) == 2:
        return parts[0], parts[1], '0'
    if len(parts) == 3:
        return parts[0], parts[1], parts[2]
    return None


def _zone_seconds(zone):
    """The offset east of UTC in seconds of a zone name or +hhmm number; None when unknown (and
    for -0000, which means "no information")."""
    zone = zone.upper()
    if zone in _timezones:
        number = _timezones[zone]
    else:
        try:
            number = int(zone)
        except ValueError:
            number = None
        if number == 0 and zone.startswith('-'):
            number = None
    if not number:
        return number
    sign = -1 if number < 0 else 1
    number = abs(number)
    return sign * ((number // 100) * 3600 + (number % 100) * 60)


def _parsedate_tz(data):
    """[year, month, day, hour, minute, second, 0, 1, -1, offset] read from an RFC 2822 date
    (and its common deviations), or None. offset is in seconds east of UTC, None when the date
    carries no usable zone."""
    if not data:
        return None
    words = data.split()
    if not words:
        return None
    _drop_weekday(words)
    if len(words) == 3:
        # RFC 850's dd-mon-yy
        dashed = words[0].split('-')
        if len(dashed) == 3:
            words = dashed + words[1:]
    if len(words) == 4:
        _split_zone_from_time(words)
    if len(words) < 5:
        return None
    dd, mm, yy, tm, tz = words[:5]
    if not dd or not mm or not yy:
        return None
    month = _month_number(mm)
    if month is None:
        # day and month the other way round
        month = _month_number(dd)
        if month is None:
            return None
        dd = mm
    dd = _without_comma(dd)
    if yy.find(':') > 0:
        # the time came before the year
        tm, yy = yy, tm
    if yy.endswith(','):
        yy = yy[:-1]
        if yy == '':
            return None
    if not yy[0].isdigit():
        # the zone came before the year
        tz, yy = yy, tz
    clock = _clock_fields(_without_comma(tm))
    if clock is None:
        return None
    try:
        year = int(yy)
        day = int(dd)
        hour = int(clock[0])
        minute = int(clock[1])
        second = int(clock[2])
    except ValueError:
        return None
    if year < 100:
        # two-digit years: 69-99 are 1969-1999, 00-68 are 2000-2068 (POSIX's rule)
        year += 1900 if year > 68 else 2000
    return [year, month, day, hour, minute, second, 0, 1, -1, _zone_seconds(tz)]


def parsedate_tz(data):
    """A 10-tuple (a 9-tuple for time functions plus the offset from UTC in seconds) read from
    a date string, or None; a date without a zone gets offset 0."""
    fields = _parsedate_tz(data)
    if not fields:
        return None
    if fields[9] is None:
        fields[9] = 0
    return tuple(fields)


def parsedate(data):
    """The 9-tuple of parsedate_tz without the offset, or None."""
    fields = parsedate_tz(data)
    if isinstance(fields, tuple):
        return fields[:9]
    return fields


def mktime_tz(data):
    """The POSIX timestamp of a 10-tuple from parsedate_tz (local time when its offset is
    None)."""
    if data[9] is None:
        return _time.mktime(data[:8] + (-1,))
    return _calendar.timegm(data) - data[9]


def quote(str):
    """Backslash-escape the backslashes and double quotes of a string meant for a quoted
    string."""
    return str.replace('\\', '\\\\').replace('"', '\\"')


_SPECIALS = '()<>@,:;."[]'
_BLANKS = ' \t'
_LINE_ENDS = '\r\n'


class AddrlistClass:
    """A reader of an RFC 2822 address list that salvages what it can from broken lists.

    `pos` moves through `field`; comments met along the way collect in `commentlist` (a bare
    address's comment becomes its display name)."""

    def __init__(self, field):
        self.field = field
        self.pos = 0
        self.commentlist = []
        self.specials = _SPECIALS
        self.LWS, self.CR = _BLANKS, _LINE_ENDS
        self.FWS = _BLANKS + _LINE_ENDS
        self.atomends = _SPECIALS + _BLANKS + _LINE_ENDS
        # dots may appear in a display name (RFC 2822's obsolete phrase syntax)
        self.phraseends = self.atomends.replace('.', '')

    def _at_end(self):
        return self.pos >= len(self.field)

    def _here(self):
        return self.field[self.pos]

    def gotonext(self):
        """Skip blanks, line breaks and comments; return the blanks skipped (without the line
        breaks)."""
        blanks = []
        while not self._at_end():
            char = self._here()
            if char in self.LWS or char in '\r\n':
                if char not in '\r\n':
                    blanks.append(char)
                self.pos += 1
            elif char == '(':
                self.commentlist.append(self.getcomment())
            else:
                break
        return ''.join(blanks)

    def getaddrlist(self):
        """Every (name, address) pair of the field; ('', '') for each piece that held none."""
        pairs = []
        while not self._at_end():
            found = self.getaddress()
            if found:
                pairs.extend(found)
            else:
                pairs.append(('', ''))
        return pairs

    def getaddress(self):
        """The (name, address) pairs of the next address or group, with its comma consumed."""
        self.commentlist = []
        self.gotonext()
        start = self.pos
        comments_at_start = self.commentlist
        phrase = self.getphraselist()
        self.gotonext()
        pairs = []
        if self._at_end():
            if phrase:
                pairs = [(' '.join(self.commentlist), phrase[0])]
        elif self._here() in '.@':
            # a bare addr-spec: read it again from its start
            self.pos = start
            self.commentlist = comments_at_start
            spec = self.getaddrspec()
            pairs = [(' '.join(self.commentlist), spec)]
        elif self._here() == ':':
            pairs = self._group_members()
        elif self._here() == '<':
            route = self.getrouteaddr()
            name = ' '.join(phrase)
            if self.commentlist:
                name = name + ' (' + ' '.join(self.commentlist) + ')'
            pairs = [(name, route)]
        elif phrase:
            pairs = [(' '.join(self.commentlist), phrase[0])]
        elif self._here() in self.specials:
            self.pos += 1
        self.gotonext()
        if not self._at_end() and self._here() == ',':
            self.pos += 1
        return pairs

    def _group_members(self):
        """The addresses of a `name: a, b;` group (the display name is dropped)."""
        members = []
        self.pos += 1
        while not self._at_end():
            self.gotonext()
            if not self._at_end() and self._here() == ';':
                self.pos += 1
                break
            members = members + self.getaddress()
        return members

    def getrouteaddr(self):
        """The addr-spec of a `<@route,@route:local@domain>`; the route is read and dropped."""
        if self._here() != '<':
            return None
        self.pos += 1
        self.gotonext()
        spec = ''
        route_domain_next = False
        while not self._at_end():
            char = self._here()
            if route_domain_next:
                self.getdomain()
                route_domain_next = False
            elif char == '>':
                self.pos += 1
                break
            elif char == '@':
                self.pos += 1
                route_domain_next = True
            elif char == ':':
                self.pos += 1
            else:
                spec = self.getaddrspec()
                self.pos += 1
                break
            self.gotonext()
        return spec

    def _drop_trailing_blank(self, pieces):
        if pieces and not pieces[-1].strip():
            pieces.pop()

    def getaddrspec(self):
        """A `local@domain` (or a bare local part); '' when the domain is unreadable."""
        pieces = []
        self.gotonext()
        while not self._at_end():
            keep_blanks = True
            char = self._here()
            if char == '.':
                self._drop_trailing_blank(pieces)
                pieces.append('.')
                self.pos += 1
                keep_blanks = False
            elif char == '"':
                pieces.append('"%s"' % quote(self.getquote()))
            elif char in self.atomends:
                self._drop_trailing_blank(pieces)
                break
            else:
                pieces.append(self.getatom())
            blanks = self.gotonext()
            if keep_blanks and blanks:
                pieces.append(blanks)
        local = ''.join(pieces)
        if self._at_end() or self._here() != '@':
            return local
        self.pos += 1
        self.gotonext()
        domain = self.getdomain()
        # with an unreadable domain, a local part alone would pass for an address
        return local + '@' + domain if domain else ''

    def getdomain(self):
        """A domain (names, dots, [literals]); '' when a second @ follows, so that
        `a@b.org@c.com` is not taken for an address at b.org."""
        pieces = []
        while not self._at_end():
            char = self._here()
            if char in self.LWS:
                self.pos += 1
            elif char == '(':
                self.commentlist.append(self.getcomment())
            elif char == '[':
                pieces.append(self.getdomainliteral())
            elif char == '.':
                self.pos += 1
                pieces.append('.')
            elif char == '@':
                return ''
            elif char in self.atomends:
                break
            else:
                pieces.append(self.getatom())
        return ''.join(pieces)

    def getdelimited(self, beginchar, endchars, allowcomments=True):
        """The text after `beginchar` up to one of `endchars` (consumed), with backslash escapes
        resolved and, when allowed, nested comments folded in; '' when the field does not
        start with beginchar here."""
        if self._here() != beginchar:
            return ''
        pieces = ['']
        escaped = False
        self.pos += 1
        while not self._at_end():
            char = self._here()
            if escaped:
                pieces.append(char)
                escaped = False
            elif char in endchars:
                self.pos += 1
                break
            elif allowcomments and char == '(':
                pieces.append(self.getcomment())
                continue
            elif char == '\\':
                escaped = True
            else:
                pieces.append(char)
            self.pos += 1
        return ''.join(pieces)

    def getquote(self):
        return self.getdelimited('"', '"\r', False)

    def getcomment(self):
        return self.getdelimited('(', ')\r', True)

    def getdomainliteral(self):
        return '[%s]' % self.getdelimited('[', ']\r', False)

    def getatom(self, atomends=None):
        """The run of characters up to one of `atomends` (by default the atom enders)."""
        if atomends is None:
            atomends = self.atomends
        start = self.pos
        while not self._at_end() and self._here() not in atomends:
            self.pos += 1
        return self.field[start:self.pos]

    def getphraselist(self):
        """The words (atoms and quoted strings) of a display name, up to a special character."""
        words = []
        while not self._at_end():
            char = self._here()
            if char in self.FWS:
                self.pos += 1
            elif char == '"':
                words.append(self.getquote())
            elif char == '(':
                self.commentlist.append(self.getcomment())
            elif char in self.phraseends:
                break
            else:
                words.append(self.getatom(self.phraseends))
        return words


class AddressList(AddrlistClass):
    """The addresses of a header value, in `addresslist`; lists combine like sets that keep
    their order."""

    def __init__(self, field):
        AddrlistClass.__init__(self, field)
        self.addresslist = self.getaddrlist() if field else []

    def __len__(self):
        return len(self.addresslist)

    def __add__(self, other):
        combined = AddressList(None)
        combined.addresslist = self.addresslist[:]
        for pair in other.addresslist:
            if pair not in self.addresslist:
                combined.addresslist.append(pair)
        return combined

    def __iadd__(self, other):
        for pair in other.addresslist:
            if pair not in self.addresslist:
                self.addresslist.append(pair)
        return self

    def __sub__(self, other):
        remaining = AddressList(None)
        for pair in self.addresslist:
            if pair not in other.addresslist:
                remaining.addresslist.append(pair)
        return remaining

    def __isub__(self, other):
        for pair in other.addresslist:
            if pair in self.addresslist:
                self.addresslist.remove(pair)
        return self

    def __getitem__(self, index):
        return self.addresslist[index]
