"""INI-style configuration files: sections of "name = value" options, read and written.

RawConfigParser keeps values as they were read; ConfigParser also expands "%(name)s"
references when a value is fetched (BasicInterpolation), or "${section:name}" ones with
ExtendedInterpolation. Parsers are mappings from section names to SectionProxy objects, which
in turn map option names to values; the DEFAULT section supplies values to every other section.
"""

import functools
import io
import itertools
from collections import ChainMap
from collections.abc import MutableMapping
import os
import re
import warnings

# The public names, in the order CPython lists them.
__all__ = ["NoSectionError", "DuplicateOptionError", "DuplicateSectionError", "NoOptionError",
           "InterpolationError", "InterpolationDepthError", "InterpolationMissingOptionError",
           "InterpolationSyntaxError", "ParsingError", "MissingSectionHeaderError",
           "ConfigParser", "SafeConfigParser", "RawConfigParser", "Interpolation",
           "BasicInterpolation", "ExtendedInterpolation", "LegacyInterpolation",
           "SectionProxy", "ConverterMapping", "DEFAULTSECT", "MAX_INTERPOLATION_DEPTH"]

DEFAULTSECT = "DEFAULT"
MAX_INTERPOLATION_DEPTH = 10

# Marks an argument the caller left out (None is a meaningful fallback).
_UNSET = object()

# After a blank line with empty_lines_in_values=False, no line continues the value before it.
_BEYOND_ANY_INDENT = float("inf")


# ---------------------------------------------------------------------------------------------
# Errors

class Error(Exception):
    """Base class of the configparser errors; str() is the `message` attribute."""

    def __init__(self, msg=""):
        super().__init__(msg)
        self.message = msg

    def __str__(self):
        return self.message

    __repr__ = __str__


def _keep(error, **fields):
    """Store the fields as attributes of error, and their values (in order) as its args."""
    for name, value in fields.items():
        setattr(error, name, value)
    error.args = tuple(fields.values())


def _where(source, lineno):
    """The "While reading from ..." opening of the duplicate errors."""
    text = "While reading from " + repr(source)
    if lineno is not None:
        text += " [line {0:2d}]".format(lineno)
    return text


class NoSectionError(Error):
    """A section that does not exist was asked for."""

    def __init__(self, section):
        Error.__init__(self, "No section: %r" % (section,))
        _keep(self, section=section)


class DuplicateSectionError(Error):
    """A section given twice: in one source with strict=True, or by add_section()."""

    def __init__(self, section, source=None, lineno=None):
        what = repr(section) + " already exists"
        if source is None:
            text = "Section " + what
        else:
            text = _where(source, lineno) + ": section " + what
        Error.__init__(self, text)
        _keep(self, section=section, source=source, lineno=lineno)


class DuplicateOptionError(Error):
    """An option given twice in a section of one source, with strict=True."""

    def __init__(self, section, option, source=None, lineno=None):
        what = "%r in section %r already exists" % (option, section)
        if source is None:
            text = "Option " + what
        else:
            text = _where(source, lineno) + ": option " + what
        Error.__init__(self, text)
        _keep(self, section=section, option=option, source=source, lineno=lineno)


class NoOptionError(Error):
    """An option that the section (and DEFAULT) lacks was asked for."""

    def __init__(self, option, section):
        Error.__init__(self, "No option %r in section: %r" % (option, section))
        _keep(self, option=option, section=section)


class InterpolationError(Error):
    """A value's references could not be expanded."""

    def __init__(self, option, section, msg):
        Error.__init__(self, msg)
        _keep(self, option=option, section=section)
        self.args += (msg,)


class InterpolationMissingOptionError(InterpolationError):
    """A reference names an option that does not exist."""

    def __init__(self, option, section, rawval, reference):
        msg = ("Bad value substitution: option {!r} in section {!r} contains an interpolation "
               "key {!r} which is not a valid option name. Raw value: {!r}".format(
                   option, section, reference, rawval))
        InterpolationError.__init__(self, option, section, msg)
        self.reference = reference
        self.args = self.args[:2] + (rawval, reference)


class InterpolationSyntaxError(InterpolationError):
    """A value holds a malformed reference."""


class InterpolationDepthError(InterpolationError):
    """References nest deeper than MAX_INTERPOLATION_DEPTH (usually a cycle)."""

    def __init__(self, option, section, rawval):
        msg = ("Recursion limit exceeded in value substitution: option {!r} in section {!r} "
               "contains an interpolation key which cannot be substituted in {} steps. Raw "
               "value: {!r}".format(option, section, MAX_INTERPOLATION_DEPTH, rawval))
        InterpolationError.__init__(self, option, section, msg)
        self.args = self.args[:2] + (rawval,)


class ParsingError(Error):
    """Lines that are neither headers, options nor continuations; `errors` lists them as
    (line number, repr of the line) pairs."""

    def __init__(self, source=None, filename=None):
        # `filename` is the name `source` had before Python 3.2.
        if not (source or filename):
            raise ValueError("Required argument `source' not given.")
        if source and filename:
            raise ValueError("Cannot specify both `filename' and `source'. Use `source'.")
        source = source or filename
        Error.__init__(self, "Source contains parsing errors: %r" % source)
        self.source = source
        self.errors = []
        self.args = (source,)

    @property
    def filename(self):
        warnings.warn("The 'filename' attribute will be removed in Python 3.12. "
                      "Use 'source' instead.", DeprecationWarning, stacklevel=2)
        return self.source

    @filename.setter
    def filename(self, value):
        warnings.warn("The 'filename' attribute will be removed in Python 3.12. "
                      "Use 'source' instead.", DeprecationWarning, stacklevel=2)
        self.source = value

    def append(self, lineno, line):
        self.errors.append((lineno, line))
        self.message += "\n\t[line %2d]: %s" % (lineno, line)


class MissingSectionHeaderError(ParsingError):
    """An option line came before any [section] header."""

    def __init__(self, filename, lineno, line):
        Error.__init__(self, "File contains no section headers.\nfile: %r, line: %d\n%r"
                       % (filename, lineno, line))
        _keep(self, source=filename, lineno=lineno, line=line)


# ---------------------------------------------------------------------------------------------
# Interpolation

class Interpolation:
    """No interpolation: every hook hands the value back unchanged. Subclasses override the
    hooks to transform values on their way in and out of a parser."""

    def before_read(self, parser, section, option, value):
        """Called for each value a source gave, once the source is read."""
        return value

    def before_get(self, parser, section, option, value, defaults):
        """Called by get() and items() unless raw; defaults is the lookup chain."""
        return value

    def before_set(self, parser, section, option, value):
        """Called by set() for a non-empty value; may reject it."""
        return value

    def before_write(self, parser, section, option, value):
        """Called by write() for each value."""
        return value


class _ReferenceInterpolation(Interpolation):
    """What BasicInterpolation and ExtendedInterpolation share: a sigil character starts either
    an escaped sigil (written twice) or a reference matched by _KEYCRE; anything else after a
    sigil is a syntax error. Subclasses say how a reference is looked up."""

    _SIGIL = "%"
    _OPENER = "("
    _KEYCRE = re.compile(r"%\(([^)]+)\)s")

    def before_get(self, parser, section, option, value, defaults):
        pieces = []
        self._expand(parser, option, pieces, value, section, defaults, 1)
        return "".join(pieces)

    def before_set(self, parser, section, option, value):
        sigil = self._SIGIL
        leftover = self._KEYCRE.sub("", value.replace(sigil + sigil, ""))
        if sigil in leftover:
            raise ValueError("invalid interpolation syntax in %r at position %d"
                             % (value, leftover.find(sigil)))
        return value

    def _expand(self, parser, option, pieces, rest, section, mapping, depth):
        raw = parser.get(section, option, raw=True, fallback=rest)
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, raw)
        sigil = self._SIGIL
        while rest:
            at = rest.find(sigil)
            if at < 0:
                pieces.append(rest)
                return
            if at:
                pieces.append(rest[:at])
                rest = rest[at:]
            follower = rest[1:2]
            if follower == sigil:
                pieces.append(sigil)
                rest = rest[2:]
            elif follower == self._OPENER:
                found = self._KEYCRE.match(rest)
                if found is None:
                    raise InterpolationSyntaxError(
                        option, section, "bad interpolation variable reference %r" % rest)
                rest = rest[found.end():]
                self._substitute(parser, option, section, mapping, found.group(1), rest, raw,
                                 pieces, depth)
            else:
                raise InterpolationSyntaxError(
                    option, section, "%r must be followed by %r or %r, found: %r"
                    % (sigil, sigil, self._OPENER, rest))

    def _substitute(self, parser, option, section, mapping, name, rest, raw, pieces, depth):
        raise NotImplementedError


class BasicInterpolation(_ReferenceInterpolation):
    """"%(name)s" is replaced by the option `name` of the same section (or DEFAULT, or the
    vars given to get()); "%%" stands for a single "%"."""

    def _substitute(self, parser, option, section, mapping, name, rest, raw, pieces, depth):
        key = parser.optionxform(name)
        try:
            found = mapping[key]
        except KeyError:
            raise InterpolationMissingOptionError(option, section, raw, key) from None
        if "%" in found:
            self._expand(parser, option, pieces, found, section, mapping, depth + 1)
        else:
            pieces.append(found)


class ExtendedInterpolation(_ReferenceInterpolation):
    """"${name}" is replaced by the option `name` of the same section, "${section:name}" by
    one of another section; "$$" stands for a single "$"."""

    _SIGIL = "$"
    _OPENER = "{"
    _KEYCRE = re.compile(r"\$\{([^}]+)\}")

    def _substitute(self, parser, option, section, mapping, name, rest, raw, pieces, depth):
        parts = name.split(":")
        if len(parts) > 2:
            raise InterpolationSyntaxError(option, section, "More than one ':' found: %r" % rest)
        target_section = section
        try:
            if len(parts) == 1:
                target = parser.optionxform(parts[0])
                found = mapping[target]
            else:
                target_section = parts[0]
                target = parser.optionxform(parts[1])
                found = parser.get(target_section, target, raw=True)
        except (KeyError, NoSectionError, NoOptionError):
            raise InterpolationMissingOptionError(option, section, raw, ":".join(parts)) from None
        if "$" in found:
            # The referenced value expands in its own section, without the caller's vars.
            own = dict(parser.items(target_section, raw=True))
            self._expand(parser, target, pieces, found, target_section, own, depth + 1)
        else:
            pieces.append(found)


class LegacyInterpolation(Interpolation):
    """The "%(name)s" expansion of Python 2's ConfigParser, done with the % operator."""

    _KEYCRE = re.compile(r"%\(([^)]*)\)s|.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        warnings.warn("LegacyInterpolation has been deprecated since Python 3.2 and will be "
                      "removed from the configparser module in Python 3.13. Use "
                      "BasicInterpolation or ExtendedInterpolation instead.",
                      DeprecationWarning, stacklevel=2)

    def before_get(self, parser, section, option, value, vars):
        original = value

        def transformed_key(found):
            name = found.group(1)
            if name is None:
                return found.group()
            return "%%(%s)s" % parser.optionxform(name)

        for _ in range(MAX_INTERPOLATION_DEPTH):
            if not (value and "%(" in value):
                return value
            value = self._KEYCRE.sub(transformed_key, value)
            try:
                value = value % vars
            except KeyError as e:
                raise InterpolationMissingOptionError(option, section, original,
                                                      e.args[0]) from None
        if value and "%(" in value:
            raise InterpolationDepthError(option, section, original)
        return value

    def before_set(self, parser, section, option, value):
        return value


# ---------------------------------------------------------------------------------------------
# Reading: helpers for one line

def _comment_start(line, inline_prefixes, full_line_prefixes):
    """Where the comment of a line starts, or None.

    A full-line prefix after leading blanks makes the whole line a comment. An inline prefix
    starts a comment at the start of the line or after whitespace. Inline occurrences are
    weighed in rounds: the first occurrence of every prefix, then the second of every prefix,
    and so on; the first round with a qualifying occurrence decides (its leftmost one)."""
    stripped = line.strip()
    for prefix in full_line_prefixes:
        if stripped.startswith(prefix):
            return 0
    searches = {prefix: -1 for prefix in inline_prefixes}
    while searches:
        qualifying = []
        advanced = {}
        for prefix, previous in searches.items():
            at = line.find(prefix, previous + 1)
            if at < 0:
                continue
            advanced[prefix] = at
            if at == 0 or line[at - 1].isspace():
                qualifying.append(at)
        if qualifying:
            return min(qualifying)
        searches = advanced
    return None


def _option_pattern(delimiters, allow_no_value):
    alternatives = "|".join(re.escape(d) for d in delimiters)
    if allow_no_value:
        return re.compile(r"(?P<option>.*?)\s*(?:(?P<vi>%s)\s*(?P<value>.*))?$" % alternatives)
    return re.compile(r"(?P<option>.*?)\s*(?P<vi>%s)\s*(?P<value>.*)$" % alternatives)


# ---------------------------------------------------------------------------------------------
# Parsers

class RawConfigParser(MutableMapping):
    """A configuration parser without interpolation (values come back as written)."""

    SECTCRE = re.compile(r"\[(?P<header>.+)\]")
    OPTCRE = _option_pattern(("=", ":"), False)
    OPTCRE_NV = _option_pattern(("=", ":"), True)
    NONSPACECRE = re.compile(r"\S")
    BOOLEAN_STATES = {"1": True, "yes": True, "true": True, "on": True,
                      "0": False, "no": False, "false": False, "off": False}

    _DEFAULT_INTERPOLATION = Interpolation()

    def __init__(self, defaults=None, dict_type=dict, allow_no_value=False, *,
                 delimiters=("=", ":"), comment_prefixes=("#", ";"),
                 inline_comment_prefixes=None, strict=True, empty_lines_in_values=True,
                 default_section=DEFAULTSECT, interpolation=_UNSET, converters=_UNSET):
        # How sources are read.
        self._delimiters = delimiters = tuple(delimiters)
        self._allow_no_value = allow_no_value
        if delimiters == ("=", ":"):
            self._optcre = self.OPTCRE_NV if allow_no_value else self.OPTCRE
        else:
            self._optcre = _option_pattern(delimiters, allow_no_value)
        self._strict = strict
        self._empty_lines_in_values = empty_lines_in_values
        self._inline_comment_prefixes = tuple(inline_comment_prefixes or ())
        self._comment_prefixes = tuple(comment_prefixes or ())
        self.default_section = default_section
        if interpolation is None:
            interpolation = Interpolation()
        elif interpolation is _UNSET:
            interpolation = self._DEFAULT_INTERPOLATION
        if not isinstance(interpolation, Interpolation):
            raise TypeError("interpolation= must be None or an instance of Interpolation; "
                            f"got an object of type {type(interpolation)}")
        self._interpolation = interpolation
        # What was read: option dicts of dict_type per section, one SectionProxy per section
        # (DEFAULT's too) so that config[name] always gives the same object.
        self._dict = dict_type
        self._defaults = dict_type()
        self._sections = dict_type()
        self._converters = ConverterMapping(self)
        self._proxies = dict_type()
        self._proxies[default_section] = SectionProxy(self, default_section)
        if defaults:
            self._read_defaults(defaults)
        if converters is not _UNSET:
            self._converters.update(converters)

    # -- sections and options

    def sections(self):
        """The section names, DEFAULT excluded."""
        return list(self._sections.keys())

    def has_section(self, section):
        """Whether the section exists (DEFAULT does not count)."""
        return section in self._sections

    def defaults(self):
        """The options of the DEFAULT section (the dict itself)."""
        return self._defaults

    def _open_section(self, section):
        """Make an empty section and its proxy."""
        options = self._sections[section] = self._dict()
        self._proxies[section] = SectionProxy(self, section)
        return options

    def add_section(self, section):
        if section == self.default_section:
            raise ValueError("Invalid section name: %r" % section)
        if self.has_section(section):
            raise DuplicateSectionError(section)
        self._open_section(section)

    def options(self, section):
        """The section's option names followed by those only DEFAULT has."""
        try:
            names = self._sections[section].copy()
        except KeyError:
            raise NoSectionError(section) from None
        names.update(self._defaults)
        return list(names.keys())

    def _section_or_defaults(self, section):
        """The dict written by set()/remove_option() for section ("" means DEFAULT)."""
        if not section or section == self.default_section:
            return self._defaults
        try:
            return self._sections[section]
        except KeyError:
            raise NoSectionError(section) from None

    def has_option(self, section, option):
        if not section or section == self.default_section:
            return self.optionxform(option) in self._defaults
        if section not in self._sections:
            return False
        option = self.optionxform(option)
        return option in self._sections[section] or option in self._defaults

    def set(self, section, option, value=None):
        if value:
            value = self._interpolation.before_set(self, section, option, value)
        target = self._section_or_defaults(section)
        target[self.optionxform(option)] = value

    def remove_option(self, section, option):
        target = self._section_or_defaults(section)
        option = self.optionxform(option)
        if option not in target:
            return False
        del target[option]
        return True

    def remove_section(self, section):
        if section not in self._sections:
            return False
        del self._sections[section]
        del self._proxies[section]
        return True

    def optionxform(self, optionstr):
        return optionstr.lower()

    @property
    def converters(self):
        return self._converters

    # -- reading values

    def _unify_values(self, section, vars):
        """The lookup chain for a section: vars, then the section, then DEFAULT."""
        own = {}
        try:
            own = self._sections[section]
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section) from None
        given = {self.optionxform(key): None if value is None else str(value)
                 for key, value in (vars or {}).items()}
        return ChainMap(given, own, self._defaults)

    def get(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        """An option's value, interpolated unless raw; fallback (when given) replaces a
        missing section or option."""
        try:
            chain = self._unify_values(section, vars)
        except NoSectionError:
            if fallback is _UNSET:
                raise
            return fallback
        option = self.optionxform(option)
        try:
            value = chain[option]
        except KeyError:
            if fallback is _UNSET:
                raise NoOptionError(option, section)
            return fallback
        if raw or value is None:
            return value
        return self._interpolation.before_get(self, section, option, value, chain)

    def _get(self, section, conv, option, **kwargs):
        return conv(self.get(section, option, **kwargs))

    def _get_conv(self, section, option, conv, *, raw=False, vars=None, fallback=_UNSET,
                  **kwargs):
        # The fallback stands in for a missing value only; a value conv rejects still raises.
        try:
            return self._get(section, conv, option, raw=raw, vars=vars, **kwargs)
        except (NoSectionError, NoOptionError):
            if fallback is not _UNSET:
                return fallback
            raise

    def getint(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, int, raw=raw, vars=vars, fallback=fallback,
                              **kwargs)

    def getfloat(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, float, raw=raw, vars=vars, fallback=fallback,
                              **kwargs)

    def getboolean(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, self._convert_to_boolean, raw=raw, vars=vars,
                              fallback=fallback, **kwargs)

    def _convert_to_boolean(self, value):
        state = self.BOOLEAN_STATES.get(value.lower())
        if state is None:
            raise ValueError("Not a boolean: %s" % value)
        return state

    def items(self, section=_UNSET, raw=False, vars=None):
        """Without a section, (name, SectionProxy) pairs, DEFAULT first. With one, its
        (option, value) pairs, DEFAULT's included; vars change values but add no options."""
        if section is _UNSET:
            return super().items()
        merged = self._defaults.copy()
        try:
            merged.update(self._sections[section])
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section)
        names = list(merged.keys())
        if vars:
            for key, value in vars.items():
                merged[self.optionxform(key)] = value
        if raw:
            return [(name, merged[name]) for name in names]
        expand = self._interpolation.before_get
        return [(name, expand(self, section, name, merged[name], merged)) for name in names]

    def popitem(self):
        """Remove and return the first section (never DEFAULT) as (name, SectionProxy)."""
        for name in self.sections():
            proxy = self[name]
            del self[name]
            return name, proxy
        raise KeyError

    # -- reading sources

    def read(self, filenames, encoding=None):
        """Read each file that can be opened (the others are skipped); return the names read."""
        if isinstance(filenames, (str, bytes, os.PathLike)):
            filenames = [filenames]
        return [os.fspath(name) for name in filenames if self._read_path(name, encoding)]

    def _read_path(self, filename, encoding):
        """Read one file; False when it cannot be opened."""
        try:
            fp = open(filename, encoding=encoding)
        except OSError:
            return False
        with fp:
            self._read(fp, filename)
        return True

    def read_file(self, f, source=None):
        """Read from an iterable of lines (a file, a list of str)."""
        if source is None:
            source = getattr(f, "name", "<???>")
        self._read(f, source)

    def read_string(self, string, source="<string>"):
        self.read_file(io.StringIO(string), source)

    def read_dict(self, dictionary, source="<dict>"):
        """Read sections from a mapping of section names to mappings of options; keys and
        values are turned into str."""
        seen = set()
        for section, options in dictionary.items():
            section = str(section)
            # A section that exists already (or DEFAULT) is extended, unless this mapping
            # named it twice (after str()) and the parser is strict.
            if self._strict and section in seen:
                self.add_section(section)
            elif section != self.default_section and not self.has_section(section):
                self.add_section(section)
            seen.add(section)
            for key, value in options.items():
                key = self.optionxform(str(key))
                if value is not None:
                    value = str(value)
                if self._strict and (section, key) in seen:
                    raise DuplicateOptionError(section, key, source)
                seen.add((section, key))
                self.set(section, key, value)

    def readfp(self, fp, filename=None):
        warnings.warn("This method will be removed in Python 3.12. "
                      "Use 'parser.read_file()' instead.", DeprecationWarning, stacklevel=2)
        self.read_file(fp, source=filename)

    def _read_defaults(self, defaults):
        self.read_dict({self.default_section: defaults})

    def _read(self, lines, source):
        """Parse lines into the sections. Values are collected as lists of lines and joined
        at the end; lines that cannot be parsed are collected into one ParsingError raised
        after the whole source was read."""
        seen = set()        # sections and (section, option) pairs this source gave
        current = None      # the dict of the section being read
        section_name = None
        option = None       # the option that continuation lines extend
        indent = 0          # the indentation of the option line
        errors = None
        lineno = 0
        for lineno, line in enumerate(lines, start=1):
            cut = _comment_start(line, self._inline_comment_prefixes, self._comment_prefixes)
            text = line[:cut].strip() if cut is not None else line.strip()
            if not text:
                if self._empty_lines_in_values:
                    # A blank line may sit inside a multi-line value; a comment line may not
                    # add one.
                    if (cut is None and current is not None and option
                            and current[option] is not None):
                        current[option].append("")
                else:
                    indent = _BEYOND_ANY_INDENT
                continue
            first = self.NONSPACECRE.search(line)
            line_indent = first.start() if first else 0
            if current is not None and option and line_indent > indent:
                current[option].append(text)
                continue
            indent = line_indent
            header = self.SECTCRE.match(text)
            if header:
                section_name = header.group("header")
                if section_name in self._sections:
                    if self._strict and section_name in seen:
                        raise DuplicateSectionError(section_name, source, lineno)
                    current = self._sections[section_name]
                    seen.add(section_name)
                elif section_name == self.default_section:
                    current = self._defaults
                else:
                    current = self._open_section(section_name)
                    seen.add(section_name)
                option = None
                continue
            if current is None:
                raise MissingSectionHeaderError(source, lineno, line)
            found = self._optcre.match(text)
            if not found:
                errors = self._note_bad_line(errors, source, lineno, line)
                continue
            option, value = found.group("option", "value")
            if not option:
                errors = self._note_bad_line(errors, source, lineno, line)
            option = self.optionxform(option.rstrip())
            if self._strict and (section_name, option) in seen:
                raise DuplicateOptionError(section_name, option, source, lineno)
            seen.add((section_name, option))
            current[option] = None if value is None else [value.strip()]
        self._join_multiline_values()
        if errors:
            raise errors

    def _note_bad_line(self, errors, source, lineno, line):
        if not errors:
            errors = ParsingError(source)
        errors.append(lineno, repr(line))
        return errors

    def _join_multiline_values(self):
        everything = itertools.chain(((self.default_section, self._defaults),),
                                     self._sections.items())
        for section, options in everything:
            for name, value in options.items():
                if isinstance(value, list):
                    value = "\n".join(value).rstrip()
                options[name] = self._interpolation.before_read(self, section, name, value)

    # -- writing

    def write(self, fp, space_around_delimiters=True):
        """Write the configuration in a form read() gives back: DEFAULT first (when it has
        options), each section followed by a blank line, continuation lines tab-indented."""
        delimiter = self._delimiters[0]
        if space_around_delimiters:
            delimiter = " {} ".format(delimiter)
        if self._defaults:
            self._write_section(fp, self.default_section, self._defaults.items(), delimiter)
        for section in self._sections:
            self._write_section(fp, section, self._sections[section].items(), delimiter)

    def _write_section(self, fp, section_name, section_items, delimiter):
        fp.write("[{}]\n".format(section_name))
        for key, value in section_items:
            value = self._interpolation.before_write(self, section_name, key, value)
            if value is not None or not self._allow_no_value:
                tail = delimiter + str(value).replace("\n", "\n\t")
            else:
                tail = ""
            fp.write("{}{}\n".format(key, tail))
        fp.write("\n")

    # -- the mapping of sections

    def __contains__(self, key):
        return key == self.default_section or self.has_section(key)

    def __iter__(self):
        return itertools.chain((self.default_section,), self._sections.keys())

    def __len__(self):
        return 1 + len(self._sections)

    def __getitem__(self, key):
        if key in self:
            return self._proxies[key]
        raise KeyError(key)

    def __setitem__(self, key, value):
        """Replace a section's options with those of the mapping value."""
        if key in self:
            if self[key] is value:
                # config[name] = config[name]: clearing first would lose the options.
                return
            options = self._defaults if key == self.default_section else self._sections[key]
            options.clear()
        self.read_dict({key: value})

    def __delitem__(self, key):
        """Remove a section; DEFAULT always exists."""
        if key == self.default_section:
            raise ValueError("Cannot remove the default section.")
        if not self.remove_section(key):
            raise KeyError(key)


class ConfigParser(RawConfigParser):
    """A configuration parser with BasicInterpolation, which accepts only str values."""

    _DEFAULT_INTERPOLATION = BasicInterpolation()

    def set(self, section, option, value=None):
        self._validate_value_types(option=option, value=value)
        super().set(section, option, value)

    def add_section(self, section):
        self._validate_value_types(section=section)
        super().add_section(section)

    def _read_defaults(self, defaults):
        # The defaults given to the constructor are taken as they are, without the
        # interpolation syntax check of set().
        keep = self._interpolation
        try:
            self._interpolation = Interpolation()
            self.read_dict({self.default_section: defaults})
        finally:
            self._interpolation = keep

    def _validate_value_types(self, *, section="", option="", value=""):
        checks = [(section, "section names"), (option, "option keys")]
        # With allow_no_value a missing value (None, or anything false) is accepted.
        if value or not self._allow_no_value:
            checks.append((value, "option values"))
        for given, what in checks:
            if not isinstance(given, str):
                raise TypeError(what + " must be strings")


class SafeConfigParser(ConfigParser):
    """The old name of ConfigParser."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        warnings.warn("The SafeConfigParser class has been renamed to ConfigParser in Python "
                      "3.2. This alias will be removed in Python 3.12. Use ConfigParser "
                      "directly instead.", DeprecationWarning, stacklevel=2)


class SectionProxy(MutableMapping):
    """One section of a parser seen as a mapping of its options (DEFAULT's included)."""

    def __init__(self, parser, name):
        self._parser = parser
        self._name = name
        # Each converter of the parser gets a get<name>() here too, with fallback=None.
        for conv in parser.converters:
            method_name = "get" + conv
            setattr(self, method_name,
                    functools.partial(self.get, _impl=getattr(parser, method_name)))

    parser = property(lambda self: self._parser, doc="The parser this section belongs to.")
    name = property(lambda self: self._name, doc="The section's name.")

    def __repr__(self):
        return "<Section: {}>".format(self._name)

    def _option_names(self):
        owner = self._parser
        if self._name != owner.default_section:
            return owner.options(self._name)
        return owner.defaults()

    def __contains__(self, key):
        return self._parser.has_option(self._name, key)

    def __iter__(self):
        return iter(self._option_names())

    def __len__(self):
        return len(self._option_names())

    def __getitem__(self, key):
        if key in self:
            return self._parser.get(self._name, key)
        raise KeyError(key)

    def __setitem__(self, key, value):
        owner = self._parser
        owner._validate_value_types(option=key, value=value)
        return owner.set(self._name, key, value)

    def __delitem__(self, key):
        # An option only DEFAULT holds cannot be deleted through another section.
        removed = key in self and self._parser.remove_option(self._name, key)
        if not removed:
            raise KeyError(key)

    def get(self, option, fallback=None, *, raw=False, vars=None, _impl=None, **kwargs):
        """The option's value (interpolated unless raw), or fallback when it is missing."""
        getter = _impl or self._parser.get
        return getter(self._name, option, raw=raw, vars=vars, fallback=fallback, **kwargs)


class ConverterMapping(MutableMapping):
    """The parser's converters: name -> function, each giving the parser and its sections a
    get<name>() method. The getters a parser class defines itself (getint, getfloat,
    getboolean, ...) appear with the value None."""

    _GETTER = re.compile(r"^get(?P<name>.+)$")

    def __init__(self, parser):
        self._parser = parser
        self._data = {}
        for attribute in dir(parser):
            found = self._GETTER.match(attribute)
            if found and callable(getattr(parser, attribute)):
                self._data[found.group("name")] = None

    def __getitem__(self, key):
        return self._data[key]

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def _holders(self):
        """The parser and its section proxies: everything that carries get<name>() methods."""
        return [self._parser, *self._parser.values()]

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise ValueError("Incompatible key: {} (type: {})".format(key, type(key)))
        if not key:
            raise ValueError('Incompatible key: cannot use "" as a name')
        self._data[key] = value
        parser_method = functools.partial(self._parser._get_conv, conv=value)
        parser_method.converter = value
        setattr(self._parser, "get" + key, parser_method)
        for proxy in self._holders()[1:]:
            setattr(proxy, "get" + key, functools.partial(proxy.get, _impl=parser_method))

    def __delitem__(self, key):
        if not isinstance(key, str) or not key:
            raise KeyError(key)
        del self._data[key]
        for holder in self._holders():
            if ("get" + key) in vars(holder):
                delattr(holder, "get" + key)
