"""Declarative command-line option parsing (the pre-argparse interface).

An OptionParser owns a list of Option objects (and optional OptionGroups that
share its lookup tables).  parse_args() walks argv, converts values according
to each option's type and applies its action to a Values instance, returning
(values, leftover_positional_arguments).
"""

import os
import sys
import textwrap

__all__ = [
    'BadOptionError', 'HelpFormatter', 'IndentedHelpFormatter', 'OptParseError',
    'Option', 'OptionConflictError', 'OptionContainer', 'OptionError', 'OptionGroup',
    'OptionParser', 'OptionValueError', 'SUPPRESS_HELP', 'SUPPRESS_USAGE',
    'TitledHelpFormatter', 'Values', 'check_choice', 'make_option',
]


def _(text):
    # Messages are not translated; kept as a hook so callers can patch it.
    return text


def _object_repr(obj):
    return "<%s at 0x%x: %s>" % (type(obj).__name__, id(obj), obj)


# ---------------------------------------------------------------- exceptions

class OptParseError(Exception):
    """Root of this module's exceptions; str() is the bare message."""

    def __str__(self):
        return self.msg

    def __init__(self, msg):
        self.msg = msg


class OptionError(OptParseError):
    """A mistake in an Option's definition (raised while building the parser)."""

    def __str__(self):
        return "option %s: %s" % (self.option_id, self.msg) if self.option_id else self.msg

    def __init__(self, msg, option):
        OptParseError.__init__(self, msg)
        # Remember the option's name as it was when the problem was found.
        self.option_id = str(option)


class OptionConflictError(OptionError):
    """Two options claim the same option string."""


class OptionValueError(OptParseError):
    """A command-line value could not be converted or was rejected."""


class BadOptionError(OptParseError):
    """The command line names an option the parser does not know."""

    def __str__(self):
        return _("no such option: %s") % self.opt_str

    def __init__(self, opt_str):
        self.opt_str = opt_str


class AmbiguousOptionError(BadOptionError):
    """A long-option prefix matches more than one option."""

    def __str__(self):
        candidates = ", ".join(self.possibilities)
        return _("ambiguous option: %s (%s?)") % (self.opt_str, candidates)

    def __init__(self, opt_str, possibilities):
        self.possibilities = possibilities
        BadOptionError.__init__(self, opt_str)


# ---------------------------------------------------------------- sentinels

SUPPRESS_HELP = "SUPPRESS" + "HELP"
SUPPRESS_USAGE = "SUPPRESS" + "USAGE"
NO_DEFAULT = ("NO", "DEFAULT")


# ---------------------------------------------------------------- help formatting

def _columns_from_environment():
    # Only $COLUMNS is consulted (not the terminal); two columns are kept free.
    try:
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 80
    return columns - 2


def _pad(count):
    return " " * count if count > 0 else ""


class HelpFormatter:
    """Lays out usage, headings, descriptions and the option table.

    Subclasses decide how usage lines and headings look; this class handles
    column bookkeeping and wrapping.
    """

    NO_DEFAULT_VALUE = "none"

    def __init__(self, indent_increment, max_help_position, width, short_first):
        self.width = _columns_from_environment() if width is None else width
        self.indent_increment = indent_increment
        self.short_first = short_first
        # Where help text starts; store_option_strings() may pull it left.
        self.max_help_position = min(max_help_position,
                                     max(self.width - 20, 2 * indent_increment))
        self.help_position = self.max_help_position
        self.help_width = None
        self.level = self.current_indent = 0
        self.option_strings = {}
        self.default_tag = "%default"
        self._short_opt_fmt, self._long_opt_fmt = "%s %s", "%s=%s"
        self.parser = None

    def set_parser(self, parser):
        self.parser = parser

    def _shift(self, steps):
        self.level += steps
        self.current_indent += steps * self.indent_increment

    def indent(self):
        self._shift(1)

    def dedent(self):
        self._shift(-1)
        assert self.current_indent >= 0, "Indent decreased below 0."

    def set_short_opt_delimiter(self, delim):
        if delim in ("", " "):
            self._short_opt_fmt = "%s" + delim + "%s"
        else:
            raise ValueError("invalid metavar delimiter for short options: %r" % delim)

    def set_long_opt_delimiter(self, delim):
        if delim in ("=", " "):
            self._long_opt_fmt = "%s" + delim + "%s"
        else:
            raise ValueError("invalid metavar delimiter for long options: %r" % delim)

    def format_heading(self, heading):
        raise NotImplementedError("subclasses must implement")

    def format_usage(self, usage):
        raise NotImplementedError("subclasses must implement")

    def _format_text(self, text):
        """Fill a paragraph to the current indentation (never narrower than 11)."""
        margin = _pad(self.current_indent)
        return textwrap.fill(text, max(self.width - self.current_indent, 11),
                             initial_indent=margin, subsequent_indent=margin)

    def format_description(self, description):
        return self._format_text(description) + "\n" if description else ""

    def format_epilog(self, epilog):
        return "\n" + self._format_text(epilog) + "\n" if epilog else ""

    def expand_default(self, option):
        if self.parser is None or not self.default_tag:
            return option.help
        shown = self.parser.defaults.get(option.dest)
        if shown is None or shown is NO_DEFAULT:
            shown = self.NO_DEFAULT_VALUE
        return option.help.replace(self.default_tag, str(shown))

    def format_option(self, option):
        label = self.option_strings[option]
        label_room = self.help_position - self.current_indent - 2
        lead = _pad(self.current_indent)
        if len(label) > label_room:
            # Too wide for the left column: help starts on its own line.
            pieces = [lead + label + "\n"]
            first_help_indent = self.help_position
        else:
            pieces = [lead + label.ljust(label_room) + "  "]
            first_help_indent = 0
        if option.help:
            # Whitespace-only help has no lines, and fails here as in CPython.
            lines = textwrap.wrap(self.expand_default(option), self.help_width)
            pieces.append(_pad(first_help_indent) + lines[0] + "\n")
            for line in lines[1:]:
                pieces.append(_pad(self.help_position) + line + "\n")
        elif not pieces[0].endswith("\n"):
            pieces.append("\n")
        return "".join(pieces)

    def _remember_labels(self, options):
        widest = 0
        for option in options:
            label = self.format_option_strings(option)
            self.option_strings[option] = label
            widest = max(widest, len(label) + self.current_indent)
        return widest

    def store_option_strings(self, parser):
        self.indent()
        widest = self._remember_labels(parser.option_list)
        self.indent()
        for group in parser.option_groups:
            widest = max(widest, self._remember_labels(group.option_list))
        self.dedent()
        self.dedent()
        self.help_position = min(widest + 2, self.max_help_position)
        self.help_width = max(self.width - self.help_position, 11)

    def format_option_strings(self, option):
        """The left-column label, e.g. '-f FILE, --file=FILE'."""
        if option.takes_value():
            metavar = option.metavar or option.dest.upper()
            shorts = [self._short_opt_fmt % (s, metavar) for s in option._short_opts]
            longs = [self._long_opt_fmt % (s, metavar) for s in option._long_opts]
        else:
            shorts = option._short_opts
            longs = option._long_opts
        ordered = shorts + longs if self.short_first else longs + shorts
        return ", ".join(ordered)


class IndentedHelpFormatter(HelpFormatter):
    """Headings end with a colon; nested sections are indented."""

    def __init__(self, indent_increment=2, max_help_position=24, width=None,
                 short_first=1):
        HelpFormatter.__init__(self, indent_increment, max_help_position, width,
                               short_first)

    def format_usage(self, usage):
        return _("Usage: %s\n") % usage

    def format_heading(self, heading):
        return _pad(self.current_indent) + heading + ":\n"


class TitledHelpFormatter(HelpFormatter):
    """Headings are underlined ('=' at the top level, '-' below)."""

    def __init__(self, indent_increment=0, max_help_position=24, width=None,
                 short_first=0):
        HelpFormatter.__init__(self, indent_increment, max_help_position, width,
                               short_first)

    def format_usage(self, usage):
        return "%s  %s\n" % (self.format_heading(_("Usage")), usage)

    def format_heading(self, heading):
        underline = "=-"[self.level] * len(heading)
        return heading + "\n" + underline + "\n"


# ---------------------------------------------------------------- value conversion

def _int_with_prefix(text, convert):
    # 0x.. is hex, 0b.. binary, a leading 0 octal, anything else decimal.
    head = text[:2].lower()
    if head == "0x":
        return convert(text, 16)
    if head == "0b":
        return convert(text[2:] or "0", 2)
    if text[:1] == "0":
        return convert(text, 8)
    return convert(text, 10)


def _parse_num(val, type):
    return _int_with_prefix(val, type)


def _parse_int(val):
    return _int_with_prefix(val, int)


_CONVERTERS = {
    "int": (_parse_int, "integer"),
    "long": (_parse_int, "integer"),
    "float": (float, "floating-point"),
    "complex": (complex, "complex"),
}


def check_builtin(option, opt, value):
    convert, noun = _CONVERTERS[option.type]
    try:
        return convert(value)
    except ValueError:
        raise OptionValueError(
            _("option %s: invalid %s value: %r") % (opt, _(noun), value))


def check_choice(option, opt, value):
    if value in option.choices:
        return value
    allowed = ", ".join([repr(c) for c in option.choices])
    raise OptionValueError(
        _("option %s: invalid choice: %r (choose from %s)") % (opt, value, allowed))


# ---------------------------------------------------------------- Option

class Option:
    """One command-line option: its strings plus what to do when it is seen."""

    ATTRS = ['action', 'type', 'dest', 'default', 'nargs', 'const', 'choices',
             'callback', 'callback_args', 'callback_kwargs', 'help', 'metavar']

    ACTIONS = ("store", "store_const", "store_true", "store_false", "append",
               "append_const", "count", "callback", "help", "version")
    # Actions that write into the Values object (so they need a dest).
    STORE_ACTIONS = ("store", "store_const", "store_true", "store_false",
                     "append", "append_const", "count")
    # Actions that may consume and convert command-line values.
    TYPED_ACTIONS = ("store", "append", "callback")
    # Of those, the ones that always consume (defaulting to type "string").
    ALWAYS_TYPED_ACTIONS = ("store", "append")
    CONST_ACTIONS = ("store_const", "append_const")

    TYPES = ("string", "int", "long", "float", "complex", "choice")
    TYPE_CHECKER = {"int": check_builtin,
                    "long": check_builtin,
                    "float": check_builtin,
                    "complex": check_builtin,
                    "choice": check_choice}

    CHECK_METHODS = None  # filled in below, once the checks are defined

    def __init__(self, *opts, **attrs):
        self._short_opts = []
        self._long_opts = []
        for opt in self._check_opt_strings(opts):
            self._register_opt_string(opt)
        self._set_attrs(attrs)
        for check in self.CHECK_METHODS:
            check(self)

    def _check_opt_strings(self, opts):
        present = [o for o in opts if o]
        if present:
            return present
        raise TypeError("at least one option string must be supplied")

    def _register_opt_string(self, opt):
        if len(opt) < 2:
            problem = "invalid option string %r: must be at least two characters long"
        elif len(opt) == 2:
            if opt[0] == "-" and opt[1] != "-":
                self._short_opts.append(opt)
                return
            problem = ("invalid short option string %r: "
                       "must be of the form -x, (x any non-dash char)")
        else:
            if opt.startswith("--") and opt[2] != "-":
                self._long_opts.append(opt)
                return
            problem = "invalid long option string %r: must start with --, followed by non-dash"
        raise OptionError(problem % opt, self)

    def _set_opt_strings(self, opts):
        for opt in opts:
            self._register_opt_string(opt)

    def _set_attrs(self, attrs):
        unknown = sorted([name for name in attrs if name not in self.ATTRS])
        for name in self.ATTRS:
            fallback = NO_DEFAULT if name == 'default' else None
            setattr(self, name, attrs.get(name, fallback))
        if unknown:
            raise OptionError("invalid keyword arguments: %s" % ", ".join(unknown), self)

    # -- consistency checks run by __init__ (order matters: type before dest)

    def _check_dest(self):
        if self.dest is not None:
            return
        if self.action not in self.STORE_ACTIONS and self.type is None:
            return  # nothing will be stored, so no attribute name is needed
        self.dest = (self._long_opts[0][2:].replace('-', '_') if self._long_opts
                     else self._short_opts[0][1])

    def _check_action(self):
        if self.action is None:
            self.action = "store"
            return
        if self.action in self.ACTIONS:
            return
        raise OptionError("invalid action: %r" % self.action, self)

    def _check_type(self):
        kind = self.type
        if kind is None:
            if self.action in self.ALWAYS_TYPED_ACTIONS:
                self.type = "choice" if self.choices is not None else "string"
            return
        if isinstance(kind, type):
            # Builtin classes are accepted by name: int -> "int", str -> "string".
            kind = kind.__name__
        self.type = "string" if kind == "str" else kind
        if self.type not in self.TYPES:
            raise OptionError("invalid option type: %r" % self.type, self)
        if self.action not in self.TYPED_ACTIONS:
            raise OptionError("must not supply a type for action %r" % self.action, self)

    def _check_choice(self):
        if self.type != "choice":
            if self.choices is not None:
                raise OptionError("must not supply choices for type %r" % self.type, self)
            return
        if self.choices is None:
            raise OptionError("must supply a list of choices for type 'choice'", self)
        if not isinstance(self.choices, (tuple, list)):
            cls = type(self.choices)
            kind = (cls.__qualname__ if cls.__module__ == "builtins"
                    else cls.__module__ + "." + cls.__qualname__)
            raise OptionError("choices must be a list of strings ('%s' supplied)" % kind,
                              self)

    def _check_nargs(self):
        typed = self.action in self.TYPED_ACTIONS
        if typed and self.nargs is None:
            self.nargs = 1
        elif not typed and self.nargs is not None:
            raise OptionError("'nargs' must not be supplied for action %r" % self.action,
                              self)

    def _check_const(self):
        if self.const is None or self.action in self.CONST_ACTIONS:
            return
        raise OptionError("'const' must not be supplied for action %r" % self.action, self)

    def _check_callback(self):
        if self.action == "callback":
            self._check_callback_pieces()
            return
        if self.callback is not None:
            raise OptionError("callback supplied (%r) for non-callback option"
                              % self.callback, self)
        for name in ("callback_args", "callback_kwargs"):
            if getattr(self, name) is not None:
                raise OptionError("%s supplied for non-callback option" % name, self)

    def _check_callback_pieces(self):
        if not callable(self.callback):
            raise OptionError("callback not callable: %r" % self.callback, self)
        extra_args, extra_kwargs = self.callback_args, self.callback_kwargs
        if extra_args is not None and not isinstance(extra_args, tuple):
            raise OptionError("callback_args, if supplied, must be a tuple: not %r"
                              % extra_args, self)
        if extra_kwargs is not None and not isinstance(extra_kwargs, dict):
            raise OptionError("callback_kwargs, if supplied, must be a dict: not %r"
                              % extra_kwargs, self)

    # -- queries

    __repr__ = _object_repr

    def __str__(self):
        return "/".join(self._short_opts + self._long_opts)

    def get_opt_string(self):
        return (self._long_opts or self._short_opts)[0]

    def takes_value(self):
        return self.type is not None

    # -- processing a value seen on the command line

    def check_value(self, opt, value):
        checker = self.TYPE_CHECKER.get(self.type)
        return value if checker is None else checker(self, opt, value)

    def convert_value(self, opt, value):
        if value is None:
            return None
        if self.nargs == 1:
            return self.check_value(opt, value)
        return tuple([self.check_value(opt, item) for item in value])

    def process(self, opt, value, values, parser):
        converted = self.convert_value(opt, value)
        return self.take_action(self.action, self.dest, opt, converted, values, parser)

    def take_action(self, action, dest, opt, value, values, parser):
        if action in _STORING:
            _STORING[action](self, values, dest, value)
        elif action == "callback":
            positional = self.callback_args or ()
            keywords = self.callback_kwargs or {}
            self.callback(self, opt, value, parser, *positional, **keywords)
        elif action == "help" or action == "version":
            # Both print something and end the program successfully.
            (parser.print_help if action == "help" else parser.print_version)()
            parser.exit()
        else:
            raise ValueError("unknown action %r" % self.action)
        return 1


def _append_to(values, dest, item):
    values.ensure_value(dest, []).append(item)


# How each storing action changes the Values object: f(option, values, dest, value).
_STORING = {
    "store": lambda option, values, dest, value: setattr(values, dest, value),
    "store_const": lambda option, values, dest, value: setattr(values, dest, option.const),
    "store_true": lambda option, values, dest, value: setattr(values, dest, True),
    "store_false": lambda option, values, dest, value: setattr(values, dest, False),
    "append": lambda option, values, dest, value: _append_to(values, dest, value),
    "append_const": lambda option, values, dest, value: _append_to(values, dest, option.const),
    "count": lambda option, values, dest, value:
        setattr(values, dest, values.ensure_value(dest, 0) + 1),
}


Option.CHECK_METHODS = [Option._check_action,
                        Option._check_type,
                        Option._check_choice,
                        Option._check_dest,
                        Option._check_const,
                        Option._check_nargs,
                        Option._check_callback]

make_option = Option


# ---------------------------------------------------------------- Values

class Values:
    """A plain attribute bag holding parsed option values."""

    __repr__ = _object_repr

    def __init__(self, defaults=None):
        for name, value in (defaults or {}).items():
            setattr(self, name, value)

    def __eq__(self, other):
        if isinstance(other, dict):
            return vars(self) == other
        if isinstance(other, Values):
            return vars(self) == vars(other)
        return NotImplemented

    def __str__(self):
        return str(vars(self))

    def ensure_value(self, attr, value):
        """Give attr the value unless it already holds something other than None."""
        if getattr(self, attr, None) is None:
            setattr(self, attr, value)
        return getattr(self, attr)

    def _update(self, dict, mode):
        if mode not in ("careful", "loose"):
            raise ValueError("invalid update mode: %r" % mode)
        if mode == "loose":
            self._update_loose(dict)
        else:
            self._update_careful(dict)

    def _update_loose(self, dict):
        vars(self).update(dict)

    def _update_careful(self, dict):
        # Only names we already know about, and a None never overwrites.
        known = [name for name in dir(self) if name in dict]
        for name in known:
            if dict[name] is not None:
                setattr(self, name, dict[name])

    def read_file(self, filename, mode="careful"):
        # Would need to run arbitrary Python source at run time.
        raise NotImplementedError("Values.read_file() is not supported in compiled programs")

    def read_module(self, modname, mode="careful"):
        __import__(modname)
        self._update(vars(sys.modules[modname]), mode)


# ---------------------------------------------------------------- containers

class OptionContainer:
    """Shared behaviour of OptionParser and OptionGroup: holding options."""

    def __init__(self, option_class, conflict_handler, description):
        self.option_class = option_class
        self._create_option_list()
        self.description = description
        self.set_conflict_handler(conflict_handler)

    def _create_option_mappings(self):
        # Option string -> Option, and dest -> default value.
        self._short_opt, self._long_opt, self.defaults = {}, {}, {}

    def _share_option_mappings(self, parser):
        # Groups register their options in the parser's own tables.
        self._short_opt, self._long_opt = parser._short_opt, parser._long_opt
        self.defaults = parser.defaults

    def destroy(self):
        del self._short_opt, self._long_opt, self.defaults

    def get_description(self):
        return self.description

    def set_description(self, description):
        self.description = description

    def set_conflict_handler(self, handler):
        if handler in ("error", "resolve"):
            self.conflict_handler = handler
        else:
            raise ValueError("invalid conflict_resolution value %r" % handler)

    def _table_for(self, opt_string):
        return self._long_opt if opt_string.startswith("--") else self._short_opt

    def _check_conflict(self, option):
        clashes = [(name, self._table_for(name)[name])
                   for name in option._short_opts + option._long_opts
                   if name in self._table_for(name)]
        if not clashes:
            return
        if self.conflict_handler == "error":
            names = ", ".join([name for name, _owner in clashes])
            raise OptionConflictError("conflicting option string(s): %s" % names, option)
        # "resolve": the newcomer wins; older options lose the clashing strings
        # and disappear entirely once they have none left.
        for name, older in clashes:
            del self._table_for(name)[name]
            (older._long_opts if name.startswith("--") else older._short_opts).remove(name)
            if not (older._short_opts or older._long_opts):
                older.container.option_list.remove(older)

    def _register(self, option):
        self._check_conflict(option)
        option.container = self
        self.option_list.append(option)
        for name in option._short_opts + option._long_opts:
            self._table_for(name)[name] = option
        dest = option.dest
        if dest is None:
            return
        if option.default is not NO_DEFAULT:
            self.defaults[dest] = option.default
        else:
            self.defaults.setdefault(dest, None)

    def add_option(self, *args, **kwargs):
        """add_option(Option) or add_option(opt_str, ..., attr=value, ...)"""
        if args and isinstance(args[0], str):
            option = self.option_class(*args, **kwargs)
        elif len(args) != 1 or kwargs:
            raise TypeError("invalid arguments")
        elif isinstance(args[0], Option):
            option = args[0]
        else:
            raise TypeError("not an Option instance: %r" % (args[0],))
        self._register(option)
        return option

    def add_options(self, option_list):
        for option in option_list:
            self.add_option(option)

    def has_option(self, opt_str):
        return opt_str in self._long_opt or opt_str in self._short_opt

    def get_option(self, opt_str):
        return self._short_opt.get(opt_str) or self._long_opt.get(opt_str)

    def remove_option(self, opt_str):
        option = self._short_opt.get(opt_str, self._long_opt.get(opt_str))
        if option is None:
            raise ValueError("no such option %r" % opt_str)
        for name in option._short_opts + option._long_opts:
            del self._table_for(name)[name]
        option.container.option_list.remove(option)

    def format_description(self, formatter):
        return formatter.format_description(self.get_description())

    def format_option_help(self, formatter):
        shown = [o for o in self.option_list if o.help is not SUPPRESS_HELP]
        return "".join([formatter.format_option(o) for o in shown])

    def format_help(self, formatter):
        parts = []
        if self.description:
            parts.append(self.format_description(formatter))
        if self.option_list:
            parts.append(self.format_option_help(formatter))
        return "\n".join(parts)


class OptionGroup(OptionContainer):
    """A titled section of a parser's help; options live in the parser's tables."""

    def __init__(self, parser, title, description=None):
        self.title = title
        self.parser = parser
        OptionContainer.__init__(self, parser.option_class, parser.conflict_handler,
                                 description)

    def _create_option_list(self):
        self._share_option_mappings(self.parser)
        self.option_list = []

    def set_title(self, title):
        self.title = title

    def format_help(self, formatter):
        heading = formatter.format_heading(self.title)
        formatter.indent()
        try:
            return heading + OptionContainer.format_help(self, formatter)
        finally:
            formatter.dedent()

    def destroy(self):
        del self.option_list
        OptionContainer.destroy(self)


# ---------------------------------------------------------------- the parser

def _match_abbrev(s, wordmap):
    """Resolve a possibly abbreviated long option against the known ones."""
    if s in wordmap:
        return s
    candidates = sorted([word for word in wordmap.keys() if word.startswith(s)])
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        raise BadOptionError(s)
    raise AmbiguousOptionError(s, candidates)


def _arguments_missing_message(opt, count):
    noun = "argument" if count == 1 else "arguments"
    return "%s option requires %d %s" % (opt, count, noun)


class OptionParser(OptionContainer):
    """Parses a command line into a Values object and a list of arguments."""

    standard_option_list = []

    def __init__(self, usage=None, option_list=None, option_class=Option,
                 version=None, conflict_handler="error", description=None,
                 formatter=None, add_help_option=True, prog=None, epilog=None):
        OptionContainer.__init__(self, option_class, conflict_handler, description)
        self.prog, self.version, self.epilog = prog, version, epilog
        self.set_usage(usage)
        self.allow_interspersed_args = self.process_default_values = True
        self.formatter = formatter or IndentedHelpFormatter()
        self.formatter.set_parser(self)
        self._populate_option_list(option_list, add_help=add_help_option)
        self._init_parsing_state()

    # -- construction helpers

    def _create_option_list(self):
        self._create_option_mappings()
        self.option_groups = []
        self.option_list = []

    def _populate_option_list(self, option_list, add_help=True):
        # Order matters for help output: class-wide options, the caller's,
        # then --version, then -h/--help.
        self.add_options(self.standard_option_list or [])
        self.add_options(option_list or [])
        if self.version:
            self._add_version_option()
        if add_help:
            self._add_help_option()

    def _add_version_option(self):
        self.add_option("--version", action="version",
                        help=_("show program's version number and exit"))

    def _add_help_option(self):
        self.add_option("-h", "--help", action="help",
                        help=_("show this help message and exit"))

    def _init_parsing_state(self):
        # Only meaningful while parse_args() runs (callbacks may inspect them).
        self.values = self.largs = self.rargs = None

    def destroy(self):
        for group in self.option_groups:
            group.destroy()
        OptionContainer.destroy(self)
        del self.option_groups, self.option_list, self.formatter

    # -- configuration

    def set_usage(self, usage):
        if usage is SUPPRESS_USAGE:
            self.usage = None
        elif usage is None:
            self.usage = _("%prog [options]")
        elif usage[:7].lower() == "usage: ":
            # The formatter adds its own "Usage: " prefix.
            self.usage = usage[7:]
        else:
            self.usage = usage

    def disable_interspersed_args(self):
        """Stop at the first positional argument (leave the rest unparsed)."""
        self.allow_interspersed_args = False

    def enable_interspersed_args(self):
        """Let options and positional arguments mix freely (the default)."""
        self.allow_interspersed_args = True

    def set_defaults(self, **kwargs):
        self.defaults.update(kwargs)

    def set_default(self, dest, value):
        self.defaults[dest] = value

    def set_process_default_values(self, process):
        self.process_default_values = process

    def _get_all_options(self):
        everything = list(self.option_list)
        for group in self.option_groups:
            everything += group.option_list
        return everything

    def get_default_values(self):
        prepared = dict(self.defaults)
        if self.process_default_values:
            # String defaults go through the option's type conversion, as if typed.
            for option in self._get_all_options():
                value = prepared.get(option.dest)
                if isinstance(value, str):
                    prepared[option.dest] = option.check_value(option.get_opt_string(),
                                                               value)
        return Values(prepared)

    def add_option_group(self, *args, **kwargs):
        """add_option_group(OptionGroup) or add_option_group(title, description=None)"""
        if args and isinstance(args[0], str):
            group = OptionGroup(self, *args, **kwargs)
        elif len(args) != 1 or kwargs:
            raise TypeError("invalid arguments")
        elif not isinstance(args[0], OptionGroup):
            raise TypeError("not an OptionGroup instance: %r" % (args[0],))
        elif args[0].parser is not self:
            raise ValueError("invalid OptionGroup (wrong parser)")
        else:
            group = args[0]
        self.option_groups.append(group)
        return group

    def get_option_group(self, opt_str):
        option = self.get_option(opt_str)
        owner = option.container if option else None
        return None if owner is self else owner

    # -- parsing

    def _get_args(self, args):
        return list(sys.argv[1:]) if args is None else args[:]

    def parse_args(self, args=None, values=None):
        """Parse args (default sys.argv[1:]); return (values, positional_args).

        Command-line mistakes are reported through error(), which exits.
        """
        remaining = self._get_args(args)
        if values is None:
            values = self.get_default_values()
        positional = []
        self.values, self.largs, self.rargs = values, positional, remaining
        try:
            self._process_args(positional, remaining, values)
        except (BadOptionError, OptionValueError) as err:
            self.error(str(err))
        return self.check_values(values, positional + remaining)

    def check_values(self, values, args):
        """Hook for subclasses to validate the outcome; returns (values, args)."""
        return values, args

    def _process_args(self, largs, rargs, values):
        while rargs:
            word = rargs[0]
            if word == "--":
                rargs.pop(0)
                break
            if word.startswith("--"):
                self._process_long_opt(rargs, values)
            elif len(word) > 1 and word[0] == "-":
                self._process_short_opts(rargs, values)
            elif not self.allow_interspersed_args:
                break
            else:
                largs.append(rargs.pop(0))

    def _match_long_opt(self, opt):
        return _match_abbrev(opt, self._long_opt)

    def _take_option_arguments(self, opt, option, rargs):
        count = option.nargs
        if len(rargs) < count:
            self.error(_arguments_missing_message(opt, count))
        if count == 1:
            return rargs.pop(0)
        taken = tuple(rargs[:count])
        del rargs[:count]
        return taken

    def _process_long_opt(self, rargs, values):
        word = rargs.pop(0)
        name, equals, attached = word.partition("=")
        if equals:
            # "--name=value": push the value back so it is consumed like a word.
            rargs.insert(0, attached)
        opt = self._match_long_opt(name)
        option = self._long_opt[opt]
        value = None
        if option.takes_value():
            value = self._take_option_arguments(opt, option, rargs)
        elif equals:
            self.error(_("%s option does not take a value") % opt)
        option.process(opt, value, values, self)

    def _process_short_opts(self, rargs, values):
        cluster = rargs.pop(0)
        for position in range(1, len(cluster)):
            opt = "-" + cluster[position]
            option = self._short_opt.get(opt)
            if not option:
                raise BadOptionError(opt)
            if not option.takes_value():
                option.process(opt, None, values, self)
                continue
            # The rest of the cluster (if any) is this option's first argument.
            rest = cluster[position + 1:]
            if rest:
                rargs.insert(0, rest)
            value = self._take_option_arguments(opt, option, rargs)
            option.process(opt, value, values, self)
            return

    # -- reporting

    def get_prog_name(self):
        return os.path.basename(sys.argv[0]) if self.prog is None else self.prog

    def get_description(self):
        return self.expand_prog_name(self.description)

    def expand_prog_name(self, s):
        return s.replace("%prog", self.get_prog_name())

    def get_usage(self):
        if self.usage:
            return self.formatter.format_usage(self.expand_prog_name(self.usage))
        return ""

    def get_version(self):
        return self.expand_prog_name(self.version) if self.version else ""

    def print_usage(self, file=None):
        """Print the usage line (plus a blank line) to file, default stdout."""
        if self.usage:
            print(self.get_usage(), file=file)

    def print_version(self, file=None):
        if self.version:
            print(self.get_version(), file=file)

    def exit(self, status=0, msg=None):
        """Leave the program, first writing msg (if any) to stderr."""
        if msg:
            sys.stderr.write(msg)
        sys.exit(status)

    def error(self, msg):
        """Report a command-line mistake: usage and message on stderr, exit 2."""
        self.print_usage(sys.stderr)
        self.exit(2, "%s: error: %s\n" % (self.get_prog_name(), msg))

    def format_epilog(self, formatter):
        return formatter.format_epilog(self.epilog)

    def format_option_help(self, formatter=None):
        formatter = formatter or self.formatter
        formatter.store_option_strings(self)
        sections = []
        formatter.indent()
        if self.option_list:
            sections.append(OptionContainer.format_option_help(self, formatter))
        sections += [group.format_help(formatter) for group in self.option_groups]
        formatter.dedent()
        return formatter.format_heading(_("Options")) + "\n".join(sections)

    def format_help(self, formatter=None):
        formatter = formatter or self.formatter
        text = self.get_usage() + "\n" if self.usage else ""
        if self.description:
            text += self.format_description(formatter) + "\n"
        return text + self.format_option_help(formatter) + self.format_epilog(formatter)

    def print_help(self, file=None):
        (sys.stdout if file is None else file).write(self.format_help())
