"""String constants, capwords, Template and Formatter, as in CPython's string module."""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords', 'digits',
           'hexdigits', 'octdigits', 'printable', 'punctuation', 'whitespace', 'Formatter',
           'Template']

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split the argument into words using split, capitalize each word using capitalize,
    and join the capitalized words using join."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


# ---------------------------------------------------------------------------------------------
# Template (PEP 292), matched by hand: $$, $identifier, ${identifier}

_sentinel_dict = {}


def _is_id_start(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def _is_id_char(c):
    return _is_id_start(c) or ('0' <= c <= '9')


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = None

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """Yield (kind, start, end, name) for each placeholder: kind is 'escaped', 'named',
        'braced' or 'invalid'."""
        t = self.template
        d = self.delimiter
        n = len(t)
        i = 0
        while True:
            i = t.find(d, i)
            if i < 0:
                return
            j = i + len(d)
            if t.startswith(d, j):
                yield ('escaped', i, j + len(d), None)
                i = j + len(d)
                continue
            if j < n and t[j] == '{':
                k = j + 1
                if k < n and _is_id_start(t[k]):
                    e = k + 1
                    while e < n and _is_id_char(t[e]):
                        e += 1
                    if e < n and t[e] == '}':
                        yield ('braced', i, e + 1, t[k:e])
                        i = e + 1
                        continue
                yield ('invalid', i, j, None)
                i = j
                continue
            if j < n and _is_id_start(t[j]):
                e = j + 1
                while e < n and _is_id_char(t[e]):
                    e += 1
                yield ('named', i, e, t[j:e])
                i = e
                continue
            yield ('invalid', i, j, None)
            i = j

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        out = []
        last = 0
        for kind, start, end, name in self._scan():
            out.append(self.template[last:start])
            last = end
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                self._invalid(start + len(self.delimiter))
            else:
                out.append(str(mapping[name]))
        out.append(self.template[last:])
        return ''.join(out)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        out = []
        last = 0
        for kind, start, end, name in self._scan():
            out.append(self.template[last:start])
            last = end
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                out.append(self.template[start:end])
            else:
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    out.append(self.template[start:end])
        out.append(self.template[last:])
        return ''.join(out)

    def is_valid(self):
        for kind, start, end, name in self._scan():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, start, end, name in self._scan():
            if kind in ('named', 'braced') and name not in ids:
                ids.append(name)
        return ids


class _ChainMap:
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


# ---------------------------------------------------------------------------------------------
# Formatter

class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        elif conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier {0!s}'.format(conversion))

    def parse(self, format_string):
        """Yield (literal_text, field_name, format_spec, conversion) tuples."""
        s = format_string
        n = len(s)
        i = 0
        literal = []
        while i < n:
            c = s[i]
            if c == '{':
                if i + 1 < n and s[i + 1] == '{':
                    literal.append('{')
                    yield ''.join(literal), None, None, None
                    literal = []
                    i += 2
                    continue
                depth = 1
                j = i + 1
                while j < n and depth:
                    if s[j] == '{':
                        depth += 1
                    elif s[j] == '}':
                        depth -= 1
                    j += 1
                if depth:
                    raise ValueError("expected '}' before end of string")
                field = s[i + 1:j - 1]
                conversion = None
                spec = ''
                k = 0
                bracket = 0
                name_end = len(field)
                while k < len(field):
                    ch = field[k]
                    if ch == '[':
                        bracket += 1
                    elif ch == ']':
                        bracket -= 1
                    elif bracket == 0 and ch in '!:':
                        name_end = k
                        break
                    k += 1
                name = field[:name_end]
                rest = field[name_end:]
                if rest.startswith('!'):
                    if len(rest) < 2:
                        raise ValueError('end of string while looking for conversion specifier')
                    conversion = rest[1]
                    rest = rest[2:]
                    if rest and not rest.startswith(':'):
                        raise ValueError('expected \':\' after conversion specifier')
                if rest.startswith(':'):
                    spec = rest[1:]
                yield ''.join(literal), name, spec, conversion
                literal = []
                i = j
            elif c == '}':
                if i + 1 < n and s[i + 1] == '}':
                    literal.append('}')
                    yield ''.join(literal), None, None, None
                    literal = []
                    i += 2
                    continue
                raise ValueError("Single '}' encountered in format string")
            else:
                literal.append(c)
                i += 1
        if literal:
            yield ''.join(literal), None, None, None

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first


def _split_field(name):
    i = 0
    n = len(name)
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and name[j] not in '.[':
                j += 1
            rest.append((True, name[i + 1:j]))
            i = j
        elif name[i] == '[':
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if key.isdigit():
                key = int(key)
            rest.append((False, key))
            i = j + 1
        else:
            raise ValueError('Only \'.\' or \'[\' may follow \']\' in format field specifier')
    return first, rest
