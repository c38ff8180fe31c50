"""CSV reading and writing: reader, writer, DictReader, DictWriter, dialects and Sniffer, after
CPython's csv module.

CPython does the parsing and joining in C (_csv); here they are Python with the same state machine
(Modules/_csv.c, parse_process_char and join_append_data) and the same error messages. A line that
holds no quote, escape or carriage-return character, which is most lines of most files, is split
with str.split instead of going through the state machine character by character.
"""

import re
from io import StringIO

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "__doc__", "excel", "excel_tab",
           "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "Sniffer",
           "unregister_dialect", "__version__", "DictReader", "DictWriter",
           "unix_dialect"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

_field_limit = 128 * 1024


class Error(Exception):
    pass


Error.__module__ = '_csv'

# ---------------------------------------------------------------------------------------------
# Dialects (_csv.Dialect): validated, read-only parameter sets

_DIALECT_PARAMS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar',
                   'quoting', 'skipinitialspace', 'strict')


def _char(name, src, default):
    if src is _UNSET:
        return default
    if not isinstance(src, str):
        raise TypeError('"%s" must be string, not %s' % (name, type(src).__name__))
    if len(src) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return src


def _char_or_none(name, src, default):
    if src is _UNSET:
        return default
    if src is None:
        return None
    if not isinstance(src, str):
        raise TypeError('"%s" must be string or None, not %s' % (name, type(src).__name__))
    if len(src) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return src


def _unset_marker():
    class _Unset:
        def __repr__(self):
            return '<unset>'
    return _Unset()


_UNSET = _unset_marker()


class _Dialect:
    """CSV dialect

The Dialect type records CSV parsing and generation options.
"""

    def __init__(self, dialect=None, **kwargs):
        for key in kwargs:
            if key not in _DIALECT_PARAMS:
                raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        values = {}
        for name in _DIALECT_PARAMS:
            v = kwargs.get(name, _UNSET)
            if v is _UNSET and dialect is not None:
                v = getattr(dialect, name, _UNSET)
            values[name] = v
        object.__setattr__(self, '_delimiter', _char('delimiter', values['delimiter'], ','))
        doublequote = values['doublequote']
        object.__setattr__(self, '_doublequote', True if doublequote is _UNSET else bool(doublequote))
        object.__setattr__(self, '_escapechar', _char_or_none('escapechar', values['escapechar'], None))
        lineterminator = values['lineterminator']
        if lineterminator is _UNSET:
            lineterminator = '\r\n'
        elif lineterminator is not None and not isinstance(lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        quotechar = values['quotechar']
        object.__setattr__(self, '_quotechar', _char_or_none('quotechar', quotechar, '"'))
        quoting = values['quoting']
        if quoting is _UNSET:
            quoting = QUOTE_MINIMAL
        elif not isinstance(quoting, int):
            raise TypeError('"quoting" must be an integer')
        skipinitialspace = values['skipinitialspace']
        object.__setattr__(self, '_skipinitialspace', False if skipinitialspace is _UNSET else bool(skipinitialspace))
        strict = values['strict']
        object.__setattr__(self, '_strict', False if strict is _UNSET else bool(strict))
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        if quotechar is None and values['quoting'] is _UNSET:
            quoting = QUOTE_NONE
        object.__setattr__(self, '_quoting', quoting)
        if quoting != QUOTE_NONE and self._quotechar is None:
            raise TypeError('quotechar must be set if quoting enabled')
        if lineterminator is None:
            raise TypeError('lineterminator must be set')
        object.__setattr__(self, '_lineterminator', lineterminator)

    def __setattr__(self, name, value):
        if name in _DIALECT_PARAMS:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)

    @property
    def delimiter(self):
        return self._delimiter

    @property
    def doublequote(self):
        return self._doublequote

    @property
    def escapechar(self):
        return self._escapechar

    @property
    def lineterminator(self):
        return self._lineterminator

    @property
    def quotechar(self):
        return self._quotechar

    @property
    def quoting(self):
        return self._quoting

    @property
    def skipinitialspace(self):
        return self._skipinitialspace

    @property
    def strict(self):
        return self._strict


def _unpack_args(args, fmtparams):
    """(first argument, dialect) of reader() or writer(); the dialect is None when omitted.

    An omitted dialect is not 'excel': excel's own quoting would then count as given, and
    quotechar=None alone would not turn quoting off. The messages are those of CPython's
    argument parser for these two functions, which have no name in them."""
    if not args:
        raise TypeError(' expected at least 1 argument, got 0')
    if len(args) > 2:
        raise TypeError(' expected at most 2 arguments, got %d' % len(args))
    if len(args) == 2:
        if 'dialect' in fmtparams:
            raise TypeError("argument for function given by name ('dialect') and position (1)")
        return args[0], args[1]
    return args[0], fmtparams.pop('dialect', None)


def _make_dialect(dialect, fmtparams):
    if isinstance(dialect, _Dialect) and not fmtparams:
        return dialect
    return _Dialect(dialect, **fmtparams)


_dialects = {}


def register_dialect(name, dialect=None, **fmtparams):
    """Create a mapping from a string name to a dialect class."""
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    _dialects[name] = _make_dialect(dialect, fmtparams)


def unregister_dialect(name):
    """Delete the name/dialect mapping associated with a string name."""
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    """Return the dialect instance associated with name."""
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error('unknown dialect') from None


def list_dialects():
    """Return a list of all know dialect names."""
    return list(_dialects)


def field_size_limit(*args):
    """Sets an upper limit on parsed fields.

    Returns old limit. If limit is not given, no new limit is set and the old limit is
    returned"""
    global _field_limit
    if len(args) > 1:
        raise TypeError('field_size_limit expected at most 1 argument, got %d' % len(args))
    old = _field_limit
    if args:
        limit = args[0]
        if not isinstance(limit, int):
            raise TypeError('limit must be an integer')
        _field_limit = limit
    return old


# ---------------------------------------------------------------------------------------------
# Reading: the states of Modules/_csv.c

_START_RECORD = 0
_START_FIELD = 1
_ESCAPED_CHAR = 2
_IN_FIELD = 3
_IN_QUOTED_FIELD = 4
_ESCAPE_IN_QUOTED_FIELD = 5
_QUOTE_IN_QUOTED_FIELD = 6
_EAT_CRNL = 7
_AFTER_ESCAPED_CRNL = 8

# The end of a line, given to the state machine after the line's last character.
_EOL = None


class _reader:
    """CSV reader

Reader objects are responsible for reading and parsing tabular data
in CSV format.
"""

    def __init__(self, iterable, dialect, fmtparams):
        self._input = iter(iterable)
        self.dialect = _make_dialect(dialect, fmtparams)
        self.line_num = 0
        self._fields = None
        self._field = []
        self._state = _START_RECORD
        self._numeric = False
        d = self.dialect
        # Lines without any of these characters are split by the delimiter (see _fast_fields).
        specials = []
        if d.quoting != QUOTE_NONE and d.quotechar is not None:
            specials.append(d.quotechar)
        if d.escapechar is not None:
            specials.append(d.escapechar)
        self._specials = specials
        self._simple = not d.skipinitialspace and d.delimiter not in '\r\n'
        # Plain copies of the parameters: the dialect's are read-only properties, slower to read
        # once per character. A quote character does nothing when quoting is QUOTE_NONE.
        self._delimiter = d.delimiter
        self._quotechar = d.quotechar if d.quoting != QUOTE_NONE else None
        self._escapechar = d.escapechar
        self._doublequote = d.doublequote
        self._skipinitialspace = d.skipinitialspace
        self._strict = d.strict
        self._nonnumeric = d.quoting == QUOTE_NONNUMERIC

    def __iter__(self):
        return self

    def __next__(self):
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._numeric = False
        while True:
            try:
                line = next(self._input)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error('unexpected end of data') from None
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %s '
                            '(the file should be opened in text mode)' % type(line).__name__)
            self.line_num += 1
            if self._state == _START_RECORD and self._simple and self._fast_fields(line):
                break
            process = self._process_char
            for c in line:
                process(c)
            process(_EOL)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = None
        return fields

    def _fast_fields(self, line):
        """Splits a line that the state machine would take apart at its delimiters alone."""
        for c in self._specials:
            if c in line:
                return False
        end = len(line)
        if end and line[end - 1] == '\n':
            end -= 1
        if end and line[end - 1] == '\r':
            end -= 1
        body = line[:end] if end < len(line) else line
        if '\r' in body or '\n' in body:
            return False
        if end == 0:
            return True
        parts = body.split(self._delimiter)
        limit = _field_limit
        numeric = self._nonnumeric
        fields = self._fields
        for part in parts:
            if len(part) > limit:
                raise Error('field larger than field limit (%d)' % limit)
            if numeric and part:
                part = float(part)
            fields.append(part)
        return True

    def _save_field(self):
        field = ''.join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error('field larger than field limit (%d)' % _field_limit)
        self._field.append(c)

    def _process_char(self, c):
        state = self._state
        if state == _START_RECORD:
            if c is _EOL:
                return
            if c == '\n' or c == '\r':
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if c == '\n' or c == '\r' or c is _EOL:
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == self._quotechar:
                self._state = _IN_QUOTED_FIELD
            elif c == self._escapechar:
                self._state = _ESCAPED_CHAR
            elif c == ' ' and self._skipinitialspace:
                pass
            elif c == self._delimiter:
                self._save_field()
            else:
                if self._nonnumeric:
                    self._numeric = True
                self._add_char(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if c == '\n' or c == '\r':
                self._add_char(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            if c is _EOL:
                c = '\n'
            self._add_char(c)
            self._state = _IN_FIELD
        elif state == _IN_FIELD or state == _AFTER_ESCAPED_CRNL:
            if state == _AFTER_ESCAPED_CRNL and c is _EOL:
                return
            if c == '\n' or c == '\r' or c is _EOL:
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == self._escapechar:
                self._state = _ESCAPED_CHAR
            elif c == self._delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add_char(c)
                self._state = _IN_FIELD
        elif state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == self._escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == self._quotechar:
                self._state = _QUOTE_IN_QUOTED_FIELD if self._doublequote else _IN_FIELD
            else:
                self._add_char(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            if c is _EOL:
                c = '\n'
            self._add_char(c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if c == self._quotechar:
                self._add_char(c)
                self._state = _IN_QUOTED_FIELD
            elif c == self._delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif c == '\n' or c == '\r' or c is _EOL:
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif not self._strict:
                self._add_char(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (self._delimiter, self._quotechar))
        elif state == _EAT_CRNL:
            if c == '\n' or c == '\r':
                pass
            elif c is _EOL:
                self._state = _START_RECORD
            else:
                raise Error('new-line character seen in unquoted field - '
                            'do you need to open the file in universal-newline mode?')


_reader.__name__ = 'reader'
_reader.__qualname__ = 'reader'


def reader(*args, **fmtparams):
    """    csv_reader = reader(iterable [, dialect='excel']
                        [optional keyword args])
    for row in csv_reader:
        process(row)
"""
    iterable, dialect = _unpack_args(args, fmtparams)
    return _reader(iterable, dialect, fmtparams)


# ---------------------------------------------------------------------------------------------
# Writing

def _is_number(value):
    # PyNumber_Check: what has __index__, __int__ or __float__ (str has none of them).
    if isinstance(value, (int, float)):
        return True
    t = type(value)
    return hasattr(t, '__index__') or hasattr(t, '__int__') or hasattr(t, '__float__')


class _writer:
    """CSV writer

Writer objects are responsible for generating tabular data
in CSV format from sequence input.
"""

    def __init__(self, fileobj, dialect, fmtparams):
        try:
            self._write = fileobj.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None
        self.dialect = _make_dialect(dialect, fmtparams)
        d = self.dialect
        # The characters that make a field need quoting or escaping.
        specials = [d.delimiter]
        if d.escapechar is not None:
            specials.append(d.escapechar)
        if d.quotechar is not None:
            specials.append(d.quotechar)
        for c in d.lineterminator:
            if c not in specials:
                specials.append(c)
        self._specials = specials
        # Plain copies of the parameters, read once per field.
        self._delimiter = d.delimiter
        self._quotechar = d.quotechar
        self._escapechar = d.escapechar
        self._doublequote = d.doublequote
        self._quoting = d.quoting
        self._lineterminator = d.lineterminator

    def writerow(self, row):
        """writerow(iterable)

Construct and write a CSV record from an iterable of fields.  Non-string
elements will be converted to string."""
        try:
            fields = iter(row)
        except TypeError:
            raise Error('iterable expected, not %s' % type(row).__name__) from None
        quoting = self._quoting
        parts = []
        for field in fields:
            if quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            else:
                quoted = quoting == QUOTE_ALL
            if field is None:
                text = ''
            elif isinstance(field, str):
                text = field
            else:
                text = str(field)
            parts.append(self._join_field(text, quoted))
        if len(parts) == 1 and parts[0] == '':
            if quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            parts[0] = self._quotechar * 2
        return self._write(self._delimiter.join(parts) + self._lineterminator)

    def _join_field(self, text, quoted):
        quotechar = self._quotechar
        for c in self._specials:
            if c in text:
                break
        else:
            return quotechar + text + quotechar if quoted else text
        out = []
        escapechar = self._escapechar
        for c in text:
            if c in self._specials:
                want_escape = False
                if self._quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == quotechar:
                        if self._doublequote:
                            out.append(quotechar)
                        else:
                            want_escape = True
                    elif c == escapechar:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if escapechar is None:
                        raise Error('need to escape, but no escapechar set')
                    out.append(escapechar)
            out.append(c)
        text = ''.join(out)
        return quotechar + text + quotechar if quoted else text

    def writerows(self, rows):
        """writerows(iterable of iterables)

Construct and write a series of iterables to a csv file.  Non-string
elements will be converted to string."""
        for row in rows:
            self.writerow(row)


_writer.__name__ = 'writer'
_writer.__qualname__ = 'writer'


def writer(*args, **fmtparams):
    """    csv_writer = csv.writer(fileobj [, dialect='excel']
                            [optional keyword args])
    for row in sequence:
        csv_writer.writerow(row)
"""
    fileobj, dialect = _unpack_args(args, fmtparams)
    return _writer(fileobj, dialect, fmtparams)


# ---------------------------------------------------------------------------------------------
# The Python half of CPython's csv module

class Dialect:
    """A CSV format as class attributes: subclass it and set delimiter, quotechar, escapechar,
    doublequote, skipinitialspace, lineterminator and quoting. Making an instance checks them."""

    # Every format parameter starts unset; concrete dialects fill them in.
    quoting = lineterminator = None
    skipinitialspace = doublequote = None
    escapechar = quotechar = delimiter = None
    _valid = False
    _name = ""

    def _validate(self):
        # The C-level dialect builder does the checking; we only re-label its complaint.
        try:
            _Dialect(self)
        except TypeError as caught:
            raise Error(str(caught))

    def __init__(self):
        # Only subclasses describe a real format; the bare base class stays invalid.
        if type(self) is not Dialect:
            self._valid = True
        self._validate()


class excel(Dialect):
    """Comma-separated, as Excel writes it."""
    quoting = QUOTE_MINIMAL
    delimiter, quotechar = ',', '"'
    lineterminator = '\r\n'
    doublequote, skipinitialspace = True, False


class excel_tab(excel):
    """Tab-separated, as Excel writes it."""
    delimiter = '\t'


class unix_dialect(Dialect):
    """Comma-separated with every field quoted and '\\n' line ends, as Unix tools write it."""
    quoting = QUOTE_ALL
    delimiter, quotechar = ',', '"'
    lineterminator = '\n'
    doublequote, skipinitialspace = True, False


for _name, _dialect in (("excel", excel), ("excel-tab", excel_tab), ("unix", unix_dialect)):
    register_dialect(_name, _dialect)
del _name, _dialect


class DictReader:
    """Rows as dicts keyed by fieldnames (the first row when not given). A longer row puts its
    extra fields in a list under restkey; a shorter one fills the missing keys with restval.
    Blank lines are skipped."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey, self.restval = restkey, restval
        self.line_num = 0
        self.dialect = dialect
        self.reader = reader(f, dialect, *args, **kwds)

    def __iter__(self):
        return self

    def _names(self):
        # The header row is read lazily, the first time anybody asks for the names.
        if self._fieldnames is None:
            self._fieldnames = next(self.reader, None)
        self.line_num = self.reader.line_num
        return self._fieldnames

    def _set_names(self, value):
        self._fieldnames = value

    fieldnames = property(_names, _set_names)

    def _next_nonblank_row(self):
        # line_num follows the first row read only: blank lines skipped after it do not
        # move it (CPython behaves the same way).
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while not row:
            row = next(self.reader)
        return row

    def __next__(self):
        if not self.line_num:
            self._names()
        row = self._next_nonblank_row()
        names = self.fieldnames
        record = dict(zip(names, row))
        if len(names) < len(row):
            record[self.restkey] = row[len(names):]
        else:
            for name in names[len(row):]:
                record[name] = self.restval
        return record


class DictWriter:
    """Writes dicts as rows in the order of fieldnames; a missing key writes restval, a key
    not in fieldnames raises ValueError (extrasaction="raise") or is dropped ("ignore")."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError(f"extrasaction ({extrasaction}) must be 'raise' or 'ignore'")
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writerow(dict(zip(self.fieldnames, self.fieldnames)))

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            unknown = rowdict.keys() - self.fieldnames
            if unknown:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(name) for name in unknown]))
        return (rowdict.get(name, self.restval) for name in self.fieldnames)

    def writerow(self, rowdict):
        cells = self._dict_to_list(rowdict)
        return self.writer.writerow(cells)

    def writerows(self, rowdicts):
        rows = (self._dict_to_list(one) for one in rowdicts)
        return self.writer.writerows(rows)


# The four shapes a quoted field can take in a sample, tried in this order: between two
# delimiters, at a line start before one, after one at a line end, alone on its line.
_QUOTED = r'(?P<quote>["\']).*?(?P=quote)'
_DELIM = r'(?P<delim>[^\w\n"\'])'
_QUOTED_FIELD_SHAPES = (
    _DELIM + r'(?P<space> ?)' + _QUOTED + r'(?P=delim)',
    r'(?:^|\n)' + _QUOTED + _DELIM + r'(?P<space> ?)',
    _DELIM + r'(?P<space> ?)' + _QUOTED + r'(?:$|\n)',
    r'(?:^|\n)' + _QUOTED + r'(?:$|\n)',
)


def _spaced_after(line, delim):
    """Is every delimiter of the line followed by a space (skipinitialspace)?"""
    return line.count(delim) == line.count(delim + " ")


def _line_modes(frequencies):
    """For each character, (its usual count per line, how many lines have that count minus how
    many do not), from {char: {count: lines}}; characters that never occur are left out."""
    modes = {}
    for char, per_count in frequencies.items():
        pairs = list(per_count.items())
        if len(pairs) == 1:
            if pairs[0][0] != 0:
                modes[char] = pairs[0]
            continue
        usual = max(pairs, key=lambda pair: pair[1])
        pairs.remove(usual)
        modes[char] = (usual[0], usual[1] - sum(lines for _, lines in pairs))
    return modes


class Sniffer:
    """Guesses the dialect of a CSV sample (sniff) and whether it starts with a header row
    (has_header), by CPython's heuristics."""

    def __init__(self):
        # The order ties between several possible delimiters are broken in.
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        """A Dialect subclass for the sample; Error when no delimiter stands out."""
        quotechar, doublequote, delimiter, skipinitialspace = \
            self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            quoting = QUOTE_MINIMAL
            lineterminator = '\r\n'
            _name = "sniffed"

        settings = {
            "doublequote": doublequote,
            "delimiter": delimiter,
            "quotechar": quotechar or '"',  # a reader refuses an empty quotechar
            "skipinitialspace": skipinitialspace,
        }
        for attribute, value in settings.items():
            setattr(dialect, attribute, value)
        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        """(quotechar, doublequote, delimiter, skipinitialspace) from quoted fields: the quote
        and the delimiter around them seen most often. ('', False, None, 0) without any."""
        for shape in _QUOTED_FIELD_SHAPES:
            pattern = re.compile(shape, re.DOTALL | re.MULTILINE)
            matches = pattern.findall(data)
            if matches:
                break
        else:
            return ('', False, None, 0)
        index = pattern.groupindex
        quotes, delims, spaced = {}, {}, 0
        for found in matches:
            quote = found[index['quote'] - 1]
            if quote:
                quotes[quote] = quotes.get(quote, 0) + 1
            if 'delim' not in index:
                continue
            delim = found[index['delim'] - 1]
            if delim and (delimiters is None or delim in delimiters):
                delims[delim] = delims.get(delim, 0) + 1
            if 'space' in index and found[index['space'] - 1]:
                spaced += 1
        quotechar = max(quotes, key=quotes.get)
        if delims:
            delim = max(delims, key=delims.get)
            skipinitialspace = delims[delim] == spaced
            if delim == '\n':
                delim = ''  # most likely a single column
        else:
            delim = ''
            skipinitialspace = 0
        # A third quote between two delimiters means quotes are doubled inside fields.
        d = re.escape(delim)
        q = quotechar
        doubled = re.compile(rf"(({d})|^)\W*{q}[^{d}\n]*{q}[^{d}\n]*{q}\W*(({d})|$)",
                             re.MULTILINE)
        return (quotechar, bool(doubled.search(data)), delim, skipinitialspace)

    def _guess_delimiter(self, data, delimiters):
        """(delimiter, skipinitialspace) from how often each ASCII character occurs per line:
        the delimiter is the character that occurs the same number of times on (nearly) every
        line. Lines are looked at ten at a time until one character stands out."""
        lines = [line for line in data.split('\n') if line]
        candidates = [chr(code) for code in range(127)]
        chunk = min(10, len(lines))
        frequencies = {}
        found = {}
        rounds = 0
        start, end = 0, chunk
        while start < len(lines):
            rounds += 1
            for line in lines[start:end]:
                for char in candidates:
                    per_count = frequencies.setdefault(char, {})
                    count = line.count(char)
                    per_count[count] = per_count.get(count, 0) + 1
            modes = _line_modes(frequencies)
            seen = float(min(chunk * rounds, len(lines)))
            # Lower the share of lines that must agree from 100% down to 90% in 1% steps.
            consistency = 1.0
            while not found and consistency >= 0.9:
                for char, (count, agreeing) in modes.items():
                    if (count > 0 and agreeing > 0 and agreeing / seen >= consistency
                            and (delimiters is None or char in delimiters)):
                        found[char] = (count, agreeing)
                consistency -= 0.01
            if len(found) == 1:
                delim = next(iter(found))
                return (delim, _spaced_after(lines[0], delim))
            start = end
            end += chunk
        if not found:
            return ('', 0)
        if len(found) > 1:
            for delim in self.preferred:
                if delim in found:
                    return (delim, _spaced_after(lines[0], delim))
        delim = max((mode, char) for char, mode in found.items())[1]
        return (delim, _spaced_after(lines[0], delim))

    def has_header(self, sample):
        """Guess whether the first row of the sample names the columns: a column whose other
        rows (up to 21 of them) are all numbers, or all strings of one length, votes yes when
        the first row's field is not such a number or length, no when it is."""
        rows = reader(StringIO(sample), self.sniff(sample))
        header = next(rows)
        width = len(header)
        kinds = dict.fromkeys(range(width))
        for checked, row in enumerate(rows):
            if checked > 20:
                break
            if len(row) != width:
                continue
            for col in list(kinds):
                try:
                    complex(row[col])
                    kind = complex
                except (ValueError, OverflowError):
                    kind = len(row[col])
                if kind != kinds[col]:
                    if kinds[col] is None:
                        kinds[col] = kind
                    else:
                        del kinds[col]  # mixed kinds: the column does not vote
        votes = 0
        for col, kind in kinds.items():
            if type(kind) is int:
                votes += 1 if len(header[col]) != kind else -1
                continue
            try:
                kind(header[col])
            except (ValueError, TypeError):
                votes += 1
            else:
                votes -= 1
        return votes > 0
