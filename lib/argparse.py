"""Command-line parsing with CPython's argparse API and output.

The parser classifies every argument string as an option ('O'), a plain argument ('A') or the
'--' separator ('-'), and matches regular expressions over that string of letters to decide how
many strings each action consumes; the help formatter lays out usage and sections by the rules
of CPython's HelpFormatter, so help text, usage lines and error messages match it byte for byte.
"""

import os as _os
import re as _re
import sys as _sys

__all__ = [
    'ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'BooleanOptionalAction',
    'FileType', 'HelpFormatter', 'ArgumentDefaultsHelpFormatter', 'RawDescriptionHelpFormatter',
    'RawTextHelpFormatter', 'MetavarTypeHelpFormatter', 'Namespace', 'Action', 'ONE_OR_MORE',
    'OPTIONAL', 'PARSER', 'REMAINDER', 'SUPPRESS', 'ZERO_OR_MORE',
]

# Marks a default, a help text or a dest that should not appear at all.
SUPPRESS = '==SUPPRESS=='

# Special nargs values.
OPTIONAL, ZERO_OR_MORE, ONE_OR_MORE = '?', '*', '+'
PARSER, REMAINDER = 'A...', '...'

# Where a subparser leaves the strings it did not recognize for the top-level parser.
_UNRECOGNIZED_ARGS_ATTR = '_unrecognized_args'


def _plural(singular, plural, n):
    return singular if n == 1 else plural


def _terminal_columns():
    # shutil.get_terminal_size(): $COLUMNS first, then the terminal, then 80.
    try:
        columns = int(_os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = _os.get_terminal_size()[0]
        except (AttributeError, ValueError, OSError):
            columns = 0
        if columns <= 0:
            columns = 80
    return columns


class _AttributeHolder(object):
    """Gives a subclass the repr `ClassName(attr=value, ...)`."""

    def __repr__(self):
        shown = [repr(value) for value in self._get_args()]
        # Names that could not be keywords are shown as a ** dict at the end.
        awkward = {}
        for name, value in self._get_kwargs():
            if not name.isidentifier():
                awkward[name] = value
                continue
            shown.append(f'{name}={value!r}')
        if awkward:
            shown.append(f'**{awkward!r}')
        return f"{type(self).__name__}({', '.join(shown)})"

    def _get_args(self):
        return []

    def _get_kwargs(self):
        return list(vars(self).items())


def _copy_items(items):
    """A copy of a list-valued default (or of its own kind for other containers), so that
    appending to it never changes the default itself."""
    if items is None:
        return []
    if type(items) is list:
        return list(items)
    from copy import copy
    return copy(items)


# ---------------------------------------------------------------------------------------------
# Formatting help


class HelpFormatter(object):
    """Lays out usage and help text. Help is built as a tree of sections, each a list of
    deferred calls, and rendered at the end, when the widest option invocation is known and the
    help column can be placed. Subclasses change the text through the underscored hooks
    (_split_lines, _fill_text, _get_help_string, _get_default_metavar_for_*)."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _terminal_columns() - 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position, max(width - 20, indent_increment * 2))
        self._width = width
        # Nesting depth, and the indent it gives (depth times the increment).
        self._level = self._current_indent = 0
        # The widest invocation seen so far, indent included: it places the help column.
        self._action_max_length = 0
        self._current_section = self._root_section = self._Section(self, None)
        self._whitespace_matcher = _re.compile(r'\s+', _re.ASCII)
        self._long_break_matcher = _re.compile(r'\n\n\n+')

    def _indent(self):
        self._level += 1
        self._current_indent = self._level * self._indent_increment

    def _dedent(self):
        self._level -= 1
        self._current_indent = self._level * self._indent_increment
        assert self._current_indent >= 0, 'Indent decreased below 0.'

    class _Section(object):
        """A heading and the deferred calls that render its items, one level deeper than its
        parent."""

        def __init__(self, formatter, parent, heading=None):
            self.formatter, self.parent, self.heading = formatter, parent, heading
            self.items = []  # (render function, its arguments)

        def format_help(self):
            formatter = self.formatter
            nested = self.parent is not None
            if nested:
                formatter._indent()
            body = formatter._join_parts([render(*args) for render, args in self.items])
            if nested:
                formatter._dedent()
            if not body:
                return ''  # a section with nothing to show has no heading either
            title = ''
            if self.heading is not None and self.heading is not SUPPRESS:
                title = f"{' ' * formatter._current_indent}{self.heading}:\n"
            return formatter._join_parts(['\n', title, body, '\n'])

    def _add_item(self, func, args):
        self._current_section.items.append((func, args))

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is SUPPRESS:
            return
        self._add_item(self._format_usage, [usage, actions, groups, prefix])

    def add_text(self, text):
        if text is None or text is SUPPRESS:
            return
        self._add_item(self._format_text, [text])

    def start_section(self, heading):
        self._indent()
        child = self._Section(self, self._current_section, heading)
        self._add_item(child.format_help, [])
        self._current_section = child

    def end_section(self):
        self._dedent()
        self._current_section = self._current_section.parent

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        # The widest invocation (subactions included, at their indent) places the help column.
        widest = len(self._format_action_invocation(action))
        for subaction in self._iter_indented_subactions(action):
            widest = max(widest, len(self._format_action_invocation(subaction)))
        self._action_max_length = max(self._action_max_length, widest + self._current_indent)
        self._add_item(self._format_action, [action])

    def add_arguments(self, actions):
        for one in actions:
            self.add_argument(one)

    def format_help(self):
        text = self._root_section.format_help()
        if not text:
            return text
        return self._long_break_matcher.sub('\n\n', text).strip('\n') + '\n'

    def _join_parts(self, part_strings):
        return ''.join([part for part in part_strings if part and part is not SUPPRESS])

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            usage = usage % dict(prog=self._prog)
        elif actions:
            usage = self._build_usage(actions, groups, prefix)
        else:
            usage = '%(prog)s' % dict(prog=self._prog)
        return f'{prefix}{usage}\n\n'

    def _build_usage(self, actions, groups, prefix):
        prog = '%(prog)s' % dict(prog=self._prog)
        optionals = [action for action in actions if action.option_strings]
        positionals = [action for action in actions if not action.option_strings]
        everything = self._format_actions_usage(optionals + positionals, groups)
        one_line = ' '.join(part for part in (prog, everything) if part)
        room = self._width - self._current_indent
        if len(prefix) + len(one_line) <= room:
            return one_line
        # Too long: wrap it at the boundaries of its parts, a bracketed group being one part.
        pieces = r'\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+'
        optional_text = self._format_actions_usage(optionals, groups)
        positional_text = self._format_actions_usage(positionals, groups)
        optional_parts = _re.findall(pieces, optional_text)
        positional_parts = _re.findall(pieces, positional_text)
        assert ' '.join(optional_parts) == optional_text
        assert ' '.join(positional_parts) == positional_text
        if len(prefix) + len(prog) <= 0.75 * room:
            # A short prog: the parts follow it and wrap to the column after it.
            indent = ' ' * (len(prefix) + len(prog) + 1)
            if optional_parts:
                lines = _wrap_usage([prog] + optional_parts, indent, room, len(prefix))
                lines += _wrap_usage(positional_parts, indent, room)
            elif positional_parts:
                lines = _wrap_usage([prog] + positional_parts, indent, room, len(prefix))
            else:
                lines = [prog]
            return '\n'.join(lines)
        # A long prog has its line; the parts wrap below it, under the prefix.
        indent = ' ' * len(prefix)
        lines = _wrap_usage(optional_parts + positional_parts, indent, room)
        if len(lines) > 1:
            lines = (_wrap_usage(optional_parts, indent, room)
                     + _wrap_usage(positional_parts, indent, room))
        return '\n'.join([prog] + lines)

    def _format_actions_usage(self, actions, groups):
        inserts, grouped = _group_marks(actions, groups)
        parts = []
        for index, action in enumerate(actions):
            if action.help is SUPPRESS:
                # A hidden member takes one of its group's separators with it.
                parts.append(None)
                if inserts.get(index) == '|':
                    del inserts[index]
                elif inserts.get(index + 1) == '|':
                    del inserts[index + 1]
            elif not action.option_strings:
                part = self._format_args(action, self._get_default_metavar_for_positional(action))
                if action in grouped and part[0] == '[' and part[-1] == ']':
                    part = part[1:-1]  # the group's brackets say it already
                parts.append(part)
            else:
                if action.nargs == 0:
                    part = action.format_usage()
                else:
                    metavar = self._get_default_metavar_for_optional(action)
                    part = f'{action.option_strings[0]} {self._format_args(action, metavar)}'
                if not action.required and action not in grouped:
                    part = f'[{part}]'
                parts.append(part)
        for index in sorted(inserts, reverse=True):
            parts[index:index] = [inserts[index]]
        text = ' '.join([part for part in parts if part is not None])
        # No space inside brackets, and no brackets left empty by hidden members.
        text = _re.sub(r'([\[(]) ', r'\1', text)
        text = _re.sub(r' ([\])])', r'\1', text)
        text = _re.sub(r'[\[(] *[\])]', r'', text)
        return text.strip()

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % dict(prog=self._prog)
        width = max(self._width - self._current_indent, 11)
        return self._fill_text(text, width, ' ' * self._current_indent) + '\n\n'

    def _format_action(self, action):
        help_column = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_column, 11)
        invocation_width = help_column - self._current_indent - 2
        invocation = self._format_action_invocation(action)
        margin = ' ' * self._current_indent
        first_help_indent = 0
        if not action.help:
            header = margin + invocation + '\n'
        elif len(invocation) <= invocation_width:
            # The help starts on the invocation's line, in the help column.
            header = margin + invocation.ljust(invocation_width) + '  '
        else:
            header = margin + invocation + '\n'
            first_help_indent = help_column
        parts = [header]
        if action.help and action.help.strip():
            text = self._expand_help(action)
            if text:
                lines = self._split_lines(text, help_width)
                parts.append(' ' * first_help_indent + f'{lines[0]}\n')
                parts.extend(' ' * help_column + f'{line}\n' for line in lines[1:])
        elif not header.endswith('\n'):
            parts.append('\n')
        parts.extend(self._format_action(sub) for sub in self._iter_indented_subactions(action))
        return self._join_parts(parts)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            fallback = self._get_default_metavar_for_positional(action)
            (shown,) = self._metavar_formatter(action, fallback)(1)
            return shown
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        args = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ', '.join([f'{option} {args}' for option in action.option_strings])

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            shown = action.metavar
        elif action.choices is not None:
            shown = '{%s}' % ','.join([str(choice) for choice in action.choices])
        else:
            shown = default_metavar

        def format(tuple_size):
            # A tuple metavar names each value; a single one is repeated.
            return shown if isinstance(shown, tuple) else (shown,) * tuple_size
        return format

    def _format_args(self, action, default_metavar):
        metavars = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % metavars(1)
        if nargs == OPTIONAL:
            return '[%s]' % metavars(1)
        if nargs == ZERO_OR_MORE:
            names = metavars(1)
            return '[%s [%s ...]]' % names if len(names) == 2 else '[%s ...]' % names
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % metavars(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % metavars(1)
        if nargs == SUPPRESS:
            return ''
        try:
            slots = ' '.join(['%s'] * nargs)
        except TypeError:
            raise ValueError("invalid nargs value") from None
        return slots % metavars(nargs)

    def _expand_help(self, action):
        # The help is a %-template over the action's attributes (and prog); SUPPRESS values are
        # left out, callables and classes appear by name, choices as a list.
        params = {name: value for name, value in dict(vars(action), prog=self._prog).items()
                  if value is not SUPPRESS}
        for name, value in params.items():
            if hasattr(value, '__name__'):
                params[name] = value.__name__
        if params.get('choices') is not None:
            params['choices'] = ', '.join([str(choice) for choice in params['choices']])
        return self._get_help_string(action) % params

    def _iter_indented_subactions(self, action):
        get_subactions = getattr(action, '_get_subactions', None)
        if get_subactions is None:
            return
        self._indent()
        for subaction in get_subactions():
            yield subaction
        self._dedent()

    def _split_lines(self, text, width):
        import textwrap
        return textwrap.wrap(self._whitespace_matcher.sub(' ', text).strip(), width)

    def _fill_text(self, text, width, indent):
        import textwrap
        return textwrap.fill(self._whitespace_matcher.sub(' ', text).strip(), width,
                             initial_indent=indent, subsequent_indent=indent)

    # Hooks for the formatter classes below.

    def _get_default_metavar_for_positional(self, action):
        return action.dest

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_help_string(self, action):
        return action.help


def _wrap_usage(parts, indent, room, prefix_length=None):
    """Usage parts joined by spaces into lines of at most `room` columns (a part longer than
    that stands alone), each line after `indent`. With a prefix length, the first line follows
    the 'usage: ' prefix instead of the indent."""
    lines = []
    line = []
    used = (prefix_length if prefix_length is not None else len(indent)) - 1
    for part in parts:
        if line and used + 1 + len(part) > room:
            lines.append(indent + ' '.join(line))
            line = []
            used = len(indent) - 1
        line.append(part)
        used += len(part) + 1
    if line:
        lines.append(indent + ' '.join(line))
    if prefix_length is not None:
        lines[0] = lines[0][len(indent):]
    return lines


def _group_marks(actions, groups):
    """For a usage line: {position among actions: text to insert there} (a group's opening
    and closing bracket, '|' between its members), and the set of actions in a group shown
    together. A group is shown only when its members stand together in `actions`."""
    inserts = {}
    grouped = set()
    for group in groups:
        members = group._group_actions
        if not members:
            raise ValueError(f'empty group {group}')
        try:
            start = actions.index(members[0])
        except ValueError:
            continue
        end = start + len(members)
        if actions[start:end] != members:
            continue
        grouped.update(members)
        visible = sum(1 for action in members if action.help is not SUPPRESS)
        # A required group needs its parentheses only to hold more than one visible member.
        if not group.required or visible > 1:
            opener, closer = ('(', ')') if group.required else ('[', ']')
            inserts[start] = inserts[start] + ' ' + opener if start in inserts else opener
            inserts[end] = inserts[end] + closer if end in inserts else closer
        for position in range(start + 1, end):
            inserts[position] = '|'
    return inserts, grouped


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the line breaks of descriptions and epilogs."""

    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps the line breaks of all help text."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Adds ' (default: ...)' to the help of arguments that have a default."""

    def _get_help_string(self, action):
        help = action.help
        if help is None:
            help = ''
        if '%(default)' not in help and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in [OPTIONAL, ZERO_OR_MORE]:
                help += ' (default: %(default)s)'
        return help


class MetavarTypeHelpFormatter(HelpFormatter):
    """Uses the name of an argument's type as its default metavar."""

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__


# ---------------------------------------------------------------------------------------------
# Arguments: naming, errors and the actions that store values


def _get_action_name(argument):
    """The name an error message gives an argument: its option strings joined with '/', else
    its metavar, its dest or its choices in braces; None when none of them is usable."""
    if argument is None:
        return None
    if argument.option_strings:
        return '/'.join(argument.option_strings)
    for label in (argument.metavar, argument.dest):
        if label is not None and label != SUPPRESS:
            return label
    if argument.choices:
        return '{%s}' % ','.join(argument.choices)
    return None


class ArgumentError(Exception):
    """A bad argument definition or a bad command line value. Its text starts with the name
    of the argument concerned, when the argument has one."""

    def __init__(self, argument, message):
        self.message = message
        self.argument_name = _get_action_name(argument)

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return f'argument {self.argument_name}: {self.message}'


class ArgumentTypeError(Exception):
    """Raised by a type= converter to reject a string with a message of its own."""


_ACTION_FIELDS = ('option_strings', 'dest', 'nargs', 'const', 'default', 'type', 'choices',
                  'required', 'help', 'metavar')


class Action(_AttributeHolder):
    """One argument of a parser. `option_strings` name it (empty for a positional), `nargs`
    says how many command line strings it takes and `dest` where its result goes. The parser
    calls it with the converted values; each subclass decides what to store."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        self.option_strings, self.dest, self.nargs = option_strings, dest, nargs
        self.const, self.default, self.type = const, default, type
        self.choices, self.required = choices, required
        self.help, self.metavar = help, metavar

    def _get_kwargs(self):
        return [(field, getattr(self, field)) for field in _ACTION_FIELDS]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


class BooleanOptionalAction(Action):
    """A switch with a negative spelling: every '--name' also gets '--no-name'; the first
    stores True, the second False."""

    def __init__(self, option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        spellings = []
        for option in option_strings:
            spellings.append(option)
            if option.startswith('--'):
                spellings.append('--no-' + option[2:])
        super().__init__(spellings, dest, 0, None, default, type, choices, required, help,
                         metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            negated = option_string.startswith('--no-')
            setattr(namespace, self.dest, not negated)

    def format_usage(self):
        return ' | '.join(self.option_strings)


_STORE_WITHOUT_VALUES = ('nargs for store actions must be != 0; if you have nothing to store, '
                         'actions such as store true or store const may be more appropriate')
_APPEND_WITHOUT_VALUES = ('nargs for append actions must be != 0; if arg strings are not '
                          'supplying the value to append, the append const action may be more '
                          'appropriate')


def _require_values(nargs, const, complaint):
    """An action that stores what the command line gives needs something to store, and a
    const only makes sense when the value itself is optional."""
    if nargs == 0:
        raise ValueError(complaint)
    if const is not None and nargs != OPTIONAL:
        raise ValueError(f'nargs must be {OPTIONAL!r} to supply const')


def _grow_list(namespace, dest, addition, how):
    """Stores at `dest` a copy of the list found there grown by `addition` (with the list
    method named by `how`); the copy keeps a default list shared between parses intact."""
    grown = _copy_items(getattr(namespace, dest, None))
    getattr(grown, how)(addition)
    setattr(namespace, dest, grown)


class _StoreAction(Action):
    """action='store' (the default): dest gets the converted value(s)."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        _require_values(nargs, const, _STORE_WITHOUT_VALUES)
        super().__init__(option_strings, dest, nargs, const, default, type, choices, required,
                         help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    """action='store_const': a flag that stores `const`."""

    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        # metavar is accepted for symmetry but a flag shows none.
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    """action='store_true'."""

    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings, dest, True, default, required, help)


class _StoreFalseAction(_StoreConstAction):
    """action='store_false'."""

    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings, dest, False, default, required, help)


class _AppendAction(Action):
    """action='append': each use adds its value(s) to a list."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        _require_values(nargs, const, _APPEND_WITHOUT_VALUES)
        super().__init__(option_strings, dest, nargs, const, default, type, choices, required,
                         help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        _grow_list(namespace, self.dest, values, 'append')


class _AppendConstAction(Action):
    """action='append_const': each use adds `const` to a list."""

    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        _grow_list(namespace, self.dest, self.const, 'append')


class _CountAction(Action):
    """action='count': the number of times the flag was given (added to its default)."""

    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, required=required,
                         help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        so_far = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, (0 if so_far is None else so_far) + 1)


class _HelpAction(Action):
    """action='help': prints the parser's help and exits."""

    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit(0)


class _VersionAction(Action):
    """action='version': prints the version text (this action's or the parser's) to stdout
    and exits."""

    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        text = parser.version if self.version is None else self.version
        formatter = parser._get_formatter()
        formatter.add_text(text)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class _SubParsersAction(Action):
    """The positional that picks a sub-command: its first string names a subparser (or an
    alias of one), which parses all the strings after it."""

    class _ChoicesPseudoAction(Action):
        """Stands for one sub-command in the help listing, aliases in parentheses."""

        def __init__(self, name, aliases, help):
            shown = f"{name} ({', '.join(aliases)})" if aliases else name
            super().__init__([], name, help=help, metavar=shown)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False,
                 help=None, metavar=None):
        self._prog_prefix, self._parser_class = prog, parser_class
        self._name_parser_map = {}
        self._choices_actions = []  # the entries of the help listing
        # The name->parser map doubles as the choices, so the help and checks see new names.
        super().__init__(option_strings, dest, nargs=PARSER, choices=self._name_parser_map,
                         required=required, help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = f'{self._prog_prefix} {name}'
        aliases = kwargs.pop('aliases', ())
        taken = self._name_parser_map
        if name in taken:
            raise ArgumentError(self, f'conflicting subparser: {name}')
        for alias in aliases:
            if alias in taken:
                raise ArgumentError(self, f'conflicting subparser alias: {alias}')
        if 'help' in kwargs:
            entry = self._ChoicesPseudoAction(name, aliases, kwargs.pop('help'))
            self._choices_actions.append(entry)
        subparser = self._parser_class(**kwargs)
        for key in (name, *aliases):
            taken[key] = subparser
        return subparser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        command, rest = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, command)
        subparser = self._name_parser_map.get(command)
        if subparser is None:
            known = ', '.join(self._name_parser_map)
            raise ArgumentError(self, f'unknown parser {command!r} (choices: {known})')
        # The subparser fills a fresh namespace and everything in it is copied over, so its
        # defaults override values the parent already set for the same dest.
        sub_namespace, leftovers = subparser.parse_known_args(rest, None)
        for key, value in vars(sub_namespace).items():
            setattr(namespace, key, value)
        if leftovers:
            # Handed up to the outermost parse_known_args through an attribute.
            pending = vars(namespace).setdefault(_UNRECOGNIZED_ARGS_ATTR, [])
            pending.extend(leftovers)


class _ExtendAction(_AppendAction):
    """action='extend': each use adds all of its values to one flat list."""

    def __call__(self, parser, namespace, values, option_string=None):
        _grow_list(namespace, self.dest, values, 'extend')


class FileType(object):
    """A type= converter that opens the named file with the given open() arguments; '-'
    means standard input or output, as the mode says."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode, self._bufsize = mode, bufsize
        self._encoding, self._errors = encoding, errors

    def __call__(self, string):
        mode = self._mode
        if string == '-':
            if 'r' in mode:
                stream = _sys.stdin
            elif any(letter in mode for letter in 'wax'):
                stream = _sys.stdout
            else:
                raise ValueError(f'argument "-" with mode {mode!r}')
            return stream.buffer if 'b' in mode else stream
        try:
            return open(string, mode, self._bufsize, self._encoding, self._errors)
        except OSError as failure:
            raise ArgumentTypeError(f"can't open '{string}': {failure}")

    def __repr__(self):
        shown = [repr(value) for value in (self._mode, self._bufsize) if value != -1]
        for keyword, value in (('encoding', self._encoding), ('errors', self._errors)):
            if value is not None:
                shown.append(f'{keyword}={value!r}')
        return f"{type(self).__name__}({', '.join(shown)})"


class Namespace(_AttributeHolder):
    """The object parse_args() returns: one attribute per dest. Two namespaces are equal
    when their attributes are; `'name' in ns` asks whether an attribute is set."""

    def __init__(self, **kwargs):
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __eq__(self, other):
        if isinstance(other, Namespace):
            return vars(self) == vars(other)
        return NotImplemented

    def __contains__(self, key):
        return key in self.__dict__


_ACTION_CLASSES = {
    None: _StoreAction,
    'store': _StoreAction,
    'store_const': _StoreConstAction,
    'store_true': _StoreTrueAction,
    'store_false': _StoreFalseAction,
    'append': _AppendAction,
    'append_const': _AppendConstAction,
    'count': _CountAction,
    'help': _HelpAction,
    'version': _VersionAction,
    'parsers': _SubParsersAction,
    'extend': _ExtendAction,
}

_NEGATIVE_NUMBER = _re.compile(r'^-\d+$|^-\d*\.\d+$')


# ---------------------------------------------------------------------------------------------
# Containers of arguments: parsers and their groups


class _ActionsContainer(object):
    """What parsers and argument groups share: add_argument() and the tables behind it.
    Groups alias their parser's tables, so an argument added to a group is the parser's."""

    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        super().__init__()
        self.description, self.argument_default = description, argument_default
        self.prefix_chars, self.conflict_handler = prefix_chars, conflict_handler
        self._registries = {'action': dict(_ACTION_CLASSES)}
        self._get_handler()  # rejects an unknown conflict_handler now
        self._actions = []  # every argument, in the order added
        self._option_string_actions = {}  # option string -> its action
        self._action_groups, self._mutually_exclusive_groups = [], []
        self._defaults = {}  # from set_defaults()
        self._negative_number_matcher = _NEGATIVE_NUMBER
        # A list rather than a bool so a group and its parser share one mutable flag: once an
        # option looks like a negative number, negative numbers are options.
        self._has_negative_number_optionals = []

    # Registries map names used in add_argument (action=..., type=...) to objects.

    def register(self, registry_name, value, object):
        self._registries.setdefault(registry_name, {})[value] = object

    def _registry_get(self, registry_name, value, default=None):
        return self._registries[registry_name].get(value, default)

    def set_defaults(self, **kwargs):
        # Existing arguments take the new defaults too; later ones find them in _defaults.
        for action in self._actions:
            action.default = kwargs.get(action.dest, action.default)
        self._defaults.update(kwargs)

    def get_default(self, dest):
        defaults = [action.default for action in self._actions
                    if action.dest == dest and action.default is not None]
        return defaults[0] if defaults else self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        """add_argument(dest, ..., name=value, ...)
        add_argument(option_string, option_string, ..., name=value, ...)

        Defines a positional (one name without a prefix character) or an option."""
        is_positional = not args or (len(args) == 1 and args[0][0] not in self.prefix_chars)
        if not is_positional:
            kwargs = self._get_optional_kwargs(*args, **kwargs)
        elif args and 'dest' in kwargs:
            raise ValueError('dest supplied twice for positional argument')
        else:
            kwargs = self._get_positional_kwargs(*args, **kwargs)
        if 'default' not in kwargs:
            # set_defaults() values first, then the parser-wide argument_default.
            if kwargs['dest'] in self._defaults:
                kwargs['default'] = self._defaults[kwargs['dest']]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default

        action_class = self._pop_action_class(kwargs)
        if callable(action_class):
            action = action_class(**kwargs)
        else:
            raise ValueError(f'unknown action "{action_class}"')

        converter = self._registry_get('type', action.type, action.type)
        if not callable(converter):
            raise ValueError(f'{converter!r} is not callable')
        if converter is FileType:
            raise ValueError(f'{converter!r} is a FileType class object, instance of it must '
                             'be passed')
        # Formatting the arguments once catches a metavar tuple of the wrong length now
        # rather than when help is first printed.
        if hasattr(self, '_get_formatter'):
            try:
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError('length of metavar tuple does not match nargs')
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        titled = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(titled)
        return titled

    def add_mutually_exclusive_group(self, **kwargs):
        exclusive = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(exclusive)
        return exclusive

    def _add_action(self, action):
        self._check_conflict(action)
        action.container = self  # where a 'resolve' conflict later removes it from
        self._actions.append(action)
        for option in action.option_strings:
            self._option_string_actions[option] = action
        looks_negative = any(self._negative_number_matcher.match(option)
                             for option in action.option_strings)
        if looks_negative and not self._has_negative_number_optionals:
            self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)  # its group (if any) forgets it in an override

    def _add_container_actions(self, container):
        """Copies a parent parser's arguments in, keeping its groups: titled groups merge
        with ours of the same title, mutually exclusive groups are recreated."""
        by_title = {}
        for group in self._action_groups:
            if group.title in by_title:
                raise ValueError(f'cannot merge actions - two groups are named {group.title!r}')
            by_title[group.title] = group
        home = {}
        for group in container._action_groups:
            if group.title not in by_title:
                by_title[group.title] = self.add_argument_group(
                    title=group.title, description=group.description,
                    conflict_handler=group.conflict_handler)
            home.update(dict.fromkeys(group._group_actions, by_title[group.title]))
        for group in container._mutually_exclusive_groups:
            copy = self.add_mutually_exclusive_group(required=group.required)
            home.update(dict.fromkeys(group._group_actions, copy))
        for action in container._actions:
            home.get(action, self)._add_action(action)

    def _get_positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        # A positional may be left out only with nargs '?', or '*' given a default.
        nargs = kwargs.get('nargs')
        optional = nargs == OPTIONAL or (nargs == ZERO_OR_MORE and 'default' in kwargs)
        if not optional:
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        chars = self.prefix_chars
        for option in args:
            if option[0] not in chars:
                raise ValueError(f'invalid option string {option!r}: must start with a '
                                 f'character {chars!r}')
        dest = kwargs.pop('dest', None)
        if dest is None:
            # The first long option names the dest; failing that, the first option.
            longs = [option for option in args if len(option) > 1 and option[1] in chars]
            dest = (longs or args)[0].lstrip(chars)
            if not dest:
                raise ValueError(f'dest= is required for options like {args[-1]!r}')
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=list(args))

    def _pop_action_class(self, kwargs, default=None):
        chosen = kwargs.pop('action', default)
        return self._registry_get('action', chosen, chosen)

    def _get_handler(self):
        handler = getattr(self, f'_handle_conflict_{self.conflict_handler}', None)
        if handler is None:
            raise ValueError(f'invalid conflict_resolution value: {self.conflict_handler!r}')
        return handler

    def _check_conflict(self, action):
        clashes = [(option, self._option_string_actions[option])
                   for option in action.option_strings if option in self._option_string_actions]
        if clashes:
            self._get_handler()(action, clashes)

    def _handle_conflict_error(self, action, conflicting_actions):
        options = ', '.join(option for option, _ in conflicting_actions)
        label = _plural('conflicting option string', 'conflicting option strings',
                        len(conflicting_actions))
        raise ArgumentError(action, f'{label}: {options}')

    def _handle_conflict_resolve(self, action, conflicting_actions):
        # The older argument gives up the clashing option strings; with none left it goes.
        for option, older in conflicting_actions:
            older.option_strings.remove(option)
            self._option_string_actions.pop(option, None)
            if not older.option_strings:
                older.container._remove_action(older)


class _ArgumentGroup(_ActionsContainer):
    """A titled section of the help; its arguments belong to the parser."""

    def __init__(self, container, title=None, description=None, **kwargs):
        for setting in ('conflict_handler', 'prefix_chars', 'argument_default'):
            kwargs.setdefault(setting, getattr(container, setting))
        super().__init__(description=description, **kwargs)
        self.title = title
        self._group_actions = []
        for shared in ('_registries', '_actions', '_option_string_actions', '_defaults',
                       '_has_negative_number_optionals', '_mutually_exclusive_groups'):
            setattr(self, shared, getattr(container, shared))

    def _add_action(self, action):
        action = super()._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)

    def add_argument_group(self, *args, **kwargs):
        import warnings
        warnings.warn('Nesting argument groups is deprecated.', category=DeprecationWarning,
                      stacklevel=2)
        return super().add_argument_group(*args, **kwargs)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    """Options of which one command line may use at most one (exactly one if required)."""

    def __init__(self, container, required=False):
        super().__init__(container)
        self._container = container  # the parser or titled group that shows the members
        self.required = required

    def _remove_action(self, action):
        self._group_actions.remove(action)
        self._container._remove_action(action)

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def add_mutually_exclusive_group(self, *args, **kwargs):
        import warnings
        warnings.warn('Nesting mutually exclusive groups is deprecated.',
                      category=DeprecationWarning, stacklevel=2)
        return super().add_mutually_exclusive_group(*args, **kwargs)


def _identity(string):
    return string


# How many strings an action takes is decided by a regular expression over a string of one
# letter per command line string: 'O' an option, 'A' an argument, '-' the first '--'. In these
# shapes 'g' marks where a positional may also swallow the '--'; an option never takes it.
_NARGS_SHAPES = {
    None: 'gAg',
    OPTIONAL: 'gA?g',
    ZERO_OR_MORE: 'g[A-]*',
    ONE_OR_MORE: 'gA[A-]*',
    REMAINDER: '[-AO]*',
    PARSER: 'gA[-AO]*',
    SUPPRESS: 'gg',
}

_NARGS_COMPLAINTS = {
    None: 'expected one argument',
    OPTIONAL: 'expected at most one argument',
    ONE_OR_MORE: 'expected at least one argument',
}


def _nargs_regex(nargs, for_option):
    if nargs in _NARGS_SHAPES:
        shape = _NARGS_SHAPES[nargs]
    else:
        shape = 'g' + 'g'.join('A' * nargs) + 'g'  # an int: that many arguments
    if for_option:
        return '(' + shape.replace('g', '').replace('-', '') + ')'
    return '(' + shape.replace('g', '-*') + ')'


class _Parse(object):
    """One pass of a parser over a command line. The strings are classified first; then,
    left to right, each option takes the arguments after it its nargs allows, and each run of
    plain arguments goes to the positionals still waiting, as many as can be satisfied."""

    def __init__(self, parser, strings, namespace):
        self.parser = parser
        self.strings = strings
        self.namespace = namespace
        self.extras = []
        self.seen = set()
        self.seen_non_default = set()
        self.waiting = parser._get_positional_actions()
        self.rivals = {}
        for group in parser._mutually_exclusive_groups:
            members = group._group_actions
            for action in members:
                self.rivals.setdefault(action, []).extend(
                    other for other in members if other is not action)
        self.options = {}  # index -> (action or None, option string, explicit argument)
        letters = []
        for index, string in enumerate(strings):
            if string == '--':
                letters.append('-')
                letters.extend('A' * (len(strings) - index - 1))
                break
            found = parser._parse_optional(string)
            if found is None:
                letters.append('A')
            else:
                self.options[index] = found
                letters.append('O')
        self.kinds = ''.join(letters)

    def run(self):
        position = 0
        option_indices = sorted(self.options)
        while True:
            upcoming = [index for index in option_indices if index >= position]
            if not upcoming:
                break
            next_option = upcoming[0]
            if position < next_option:
                reached = self.feed_positionals(position)
                if reached > position:
                    position = reached
                    continue
                # Arguments no positional wants are left over.
                self.extras.extend(self.strings[position:next_option])
                position = next_option
            position = self.take_option(position)
        reached = self.feed_positionals(position)
        self.extras.extend(self.strings[reached:])
        self.check_required()
        return self.namespace, self.extras

    def apply(self, action, strings, option_string=None):
        parser = self.parser
        self.seen.add(action)
        values = parser._get_values(action, strings)
        # Only a value other than the default itself counts against a mutually exclusive
        # rival (so an optional positional left empty does not).
        if values is not action.default:
            self.seen_non_default.add(action)
            for rival in self.rivals.get(action, ()):
                if rival in self.seen_non_default:
                    raise ArgumentError(
                        action, f'not allowed with argument {_get_action_name(rival)}')
        if values is not SUPPRESS:
            action(parser, self.namespace, values, option_string)

    def take_option(self, index):
        """Handles the option at `index`; returns the index of the first string it leaves."""
        action, option_string, attached = self.options[index]
        if action is None:
            self.extras.append(self.strings[index])
            return index + 1
        parser = self.parser
        calls = []
        # '-xyz' may be the flag -x followed by '-yz': peel flags off while they take nothing.
        while attached is not None:
            takes = parser._match_argument(action, 'A')
            if takes == 1:
                calls.append((action, [attached], option_string))
                end = index + 1
                break
            short = option_string[1] not in parser.prefix_chars
            if takes != 0 or not short or attached == '':
                raise ArgumentError(action, f'ignored explicit argument {attached!r}')
            calls.append((action, [], option_string))
            option_string = option_string[0] + attached[0]
            if option_string not in parser._option_string_actions:
                raise ArgumentError(action, f'ignored explicit argument {attached!r}')
            action = parser._option_string_actions[option_string]
            attached = attached[1:] or None
        else:
            first = index + 1
            end = first + parser._match_argument(action, self.kinds[first:])
            calls.append((action, self.strings[first:end], option_string))
        for call in calls:
            self.apply(*call)
        return end

    def feed_positionals(self, index):
        """Gives the strings from `index` on to as many waiting positionals as can match;
        returns where they stopped."""
        counts = self.parser._match_arguments_partial(self.waiting, self.kinds[index:])
        for action, count in zip(self.waiting, counts):
            self.apply(action, self.strings[index:index + count])
            index += count
        del self.waiting[:len(counts)]
        return index

    def check_required(self):
        parser, namespace = self.parser, self.namespace
        missing = []
        for action in parser._actions:
            if action in self.seen:
                continue
            if action.required:
                missing.append(_get_action_name(action))
            elif (isinstance(action.default, str) and hasattr(namespace, action.dest)
                  and getattr(namespace, action.dest) is action.default):
                # A string default still in place goes through type= now that it is used.
                setattr(namespace, action.dest, parser._get_value(action, action.default))
        if missing:
            parser.error('the following arguments are required: ' + ', '.join(missing))
        for group in parser._mutually_exclusive_groups:
            if not group.required:
                continue
            if any(action in self.seen_non_default for action in group._group_actions):
                continue
            names = [_get_action_name(action) for action in group._group_actions
                     if action.help is not SUPPRESS]
            parser.error('one of the arguments %s is required' % ' '.join(names))


class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Turns a command line into a Namespace, as described by add_argument() calls; prints
    help, usage and errors."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        super().__init__(description=description, prefix_chars=prefix_chars,
                         argument_default=argument_default, conflict_handler=conflict_handler)
        self.prog = _os.path.basename(_sys.argv[0]) if prog is None else prog
        self.usage, self.epilog = usage, epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help, self.allow_abbrev = add_help, allow_abbrev
        self.exit_on_error = exit_on_error

        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subparsers = None
        self.register('type', None, _identity)

        if add_help:
            char = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(char + 'h', char * 2 + 'help', action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            self._add_container_actions(parent)
            inherited = getattr(parent, '_defaults', None)
            if inherited is not None:
                self._defaults.update(inherited)

    def _get_kwargs(self):
        shown = ('prog', 'usage', 'description', 'formatter_class', 'conflict_handler',
                 'add_help')
        return [(name, getattr(self, name)) for name in shown]

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            title = kwargs.pop('title', 'subcommands')
            self._subparsers = self.add_argument_group(title, kwargs.pop('description', None))
        else:
            self._subparsers = self._positionals  # listed among the positionals
        if kwargs.get('prog') is None:
            # Subparsers are named after our usage up to the command: prog and the
            # positionals defined so far.
            formatter = self._get_formatter()
            formatter.add_usage(self.usage, self._get_positional_actions(),
                                self._mutually_exclusive_groups, '')
            kwargs['prog'] = formatter.format_help().strip()
        action_class = self._pop_action_class(kwargs, 'parsers')
        action = action_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _add_action(self, action):
        group = self._optionals if action.option_strings else self._positionals
        group._add_action(action)
        return action

    def _get_optional_actions(self):
        return [action for action in self._actions if action.option_strings]

    def _get_positional_actions(self):
        return [action for action in self._actions if not action.option_strings]

    # -----------------------------------------------------------------------------------------
    # Parsing

    def parse_args(self, args=None, namespace=None):
        namespace, leftovers = self.parse_known_args(args, namespace)
        if leftovers:
            self.error('unrecognized arguments: ' + ' '.join(leftovers))
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        args = _sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()
        # Defaults go in first, without replacing what the caller's namespace already has.
        for action in self._actions:
            if (action.dest is not SUPPRESS and action.default is not SUPPRESS
                    and not hasattr(namespace, action.dest)):
                setattr(namespace, action.dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        if not self.exit_on_error:
            namespace, args = self._parse_known_args(args, namespace)
        else:
            try:
                namespace, args = self._parse_known_args(args, namespace)
            except ArgumentError as problem:
                self.error(str(problem))
        if hasattr(namespace, _UNRECOGNIZED_ARGS_ATTR):
            # Strings a subparser could not use count as ours.
            args += getattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
            delattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
        return namespace, args

    def _parse_known_args(self, arg_strings, namespace):
        if self.fromfile_prefix_chars:
            arg_strings = self._read_args_from_files(arg_strings)
        return _Parse(self, arg_strings, namespace).run()

    def _read_args_from_files(self, arg_strings):
        """Replaces each '@file' (any of fromfile_prefix_chars) by the arguments in the file,
        one per line unless convert_arg_line_to_args says otherwise; files may nest."""
        expanded = []
        for string in arg_strings:
            if not string or string[0] not in self.fromfile_prefix_chars:
                expanded.append(string)
                continue
            try:
                with open(string[1:]) as source:
                    lines = source.read().splitlines()
            except OSError as problem:
                self.error(str(problem))
            else:
                found = [arg for line in lines for arg in self.convert_arg_line_to_args(line)]
                expanded.extend(self._read_args_from_files(found))
        return expanded

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _match_argument(self, action, arg_strings_pattern):
        """How many strings the option takes from the front of `arg_strings_pattern`."""
        found = _re.match(self._get_nargs_pattern(action), arg_strings_pattern)
        if found is not None:
            return len(found.group(1))
        complaint = _NARGS_COMPLAINTS.get(action.nargs)
        if complaint is None:
            nargs = action.nargs
            complaint = _plural(f'expected {nargs} argument', f'expected {nargs} arguments',
                                nargs)
        raise ArgumentError(action, complaint)

    def _match_arguments_partial(self, actions, arg_strings_pattern):
        """Strings taken by each of the longest run of `actions` (from the first) that can
        all be satisfied from the front of the pattern; greedy, earlier ones first."""
        shapes = [self._get_nargs_pattern(action) for action in actions]
        for count in range(len(actions), 0, -1):
            found = _re.match(''.join(shapes[:count]), arg_strings_pattern)
            if found is not None:
                return [len(group) for group in found.groups()]
        return []

    def _parse_optional(self, arg_string):
        """(action, option string, explicit argument) when the string is an option, action
        None when it is an unknown one; None when it is a plain argument."""
        if not arg_string or arg_string[0] not in self.prefix_chars:
            return None
        known = self._option_string_actions
        if arg_string in known:
            return known[arg_string], arg_string, None
        if len(arg_string) == 1:
            return None  # a lone '-' is an argument (often: standard input)
        name, equals, value = arg_string.partition('=')
        if equals and name in known:
            return known[name], name, value
        candidates = self._get_option_tuples(arg_string)
        if len(candidates) > 1:
            spellings = ', '.join(candidate[1] for candidate in candidates)
            self.error(f'ambiguous option: {arg_string} could match {spellings}')
        if candidates:
            return candidates[0]
        looks_negative = self._negative_number_matcher.match(arg_string) is not None
        if looks_negative and not self._has_negative_number_optionals:
            return None  # a negative number, since no option looks like one
        if ' ' in arg_string:
            return None  # something like '-x y' quoted as one string reads as an argument
        return None, arg_string, None

    def _get_option_tuples(self, option_string):
        """The options a string may abbreviate. A long option ('--fo', '--fo=1') matches the
        options it is a prefix of (when abbreviations are allowed); a short one ('-fx')
        matches '-f' with 'x' attached, and the options it is a prefix of."""
        chars = self.prefix_chars
        if option_string[0] not in chars:
            self.error(f'unexpected option string: {option_string}')
        matches = []
        if option_string[1] in chars:
            if not self.allow_abbrev:
                return matches
            prefix, equals, value = option_string.partition('=')
            attached = value if equals else None
            for known, action in self._option_string_actions.items():
                if known.startswith(prefix):
                    matches.append((action, known, attached))
            return matches
        head, tail = option_string[:2], option_string[2:]
        for known, action in self._option_string_actions.items():
            if known == head:
                matches.append((action, known, tail))
            elif known.startswith(option_string):
                matches.append((action, known, None))
        return matches

    def _get_nargs_pattern(self, action):
        return _nargs_regex(action.nargs, bool(action.option_strings))

    # Intermixed parsing: options first, with the positionals switched off; then the
    # positionals, from what the first pass left.

    def parse_intermixed_args(self, args=None, namespace=None):
        namespace, leftovers = self.parse_known_intermixed_args(args, namespace)
        if leftovers:
            self.error('unrecognized arguments: ' + ' '.join(leftovers))
        return namespace

    def parse_known_intermixed_args(self, args=None, namespace=None):
        positionals = self._get_positional_actions()
        for action in positionals:
            if action.nargs in (PARSER, REMAINDER):
                raise TypeError('parse_intermixed_args: positional arg with nargs=%s'
                                % action.nargs)
        for group in self._mutually_exclusive_groups:
            if any(action in positionals for action in group._group_actions):
                raise TypeError('parse_intermixed_args: positional in mutuallyExclusiveGroup')
        saved_usage = self.usage
        try:
            if self.usage is None:
                # Both passes must print the full usage, not one missing the switched-off.
                self.usage = self.format_usage()[len('usage: '):]
            namespace, remaining = self._options_pass(positionals, args, namespace)
            return self._positionals_pass(remaining, namespace)
        finally:
            self.usage = saved_usage

    def _options_pass(self, positionals, args, namespace):
        saved = [(action, action.nargs, action.default) for action in positionals]
        for action in positionals:
            action.nargs = action.default = SUPPRESS
        try:
            namespace, remaining = self.parse_known_args(args, namespace)
            for action in positionals:
                if getattr(namespace, action.dest, None) == []:
                    import warnings
                    warnings.warn(f'Do not expect {action.dest} in {namespace}')
                    delattr(namespace, action.dest)
        finally:
            for action, nargs, default in saved:
                action.nargs, action.default = nargs, default
        return namespace, remaining

    def _positionals_pass(self, remaining, namespace):
        # Required options were checked by the first pass.
        optionals = self._get_optional_actions()
        saved_actions = [(action, action.required) for action in optionals]
        saved_groups = [(group, group.required) for group in self._mutually_exclusive_groups]
        for holder, _ in saved_actions + saved_groups:
            holder.required = False
        try:
            return self.parse_known_args(remaining, namespace)
        finally:
            for holder, required in saved_actions + saved_groups:
                holder.required = required

    # Turning strings into values.

    def _get_values(self, action, arg_strings):
        nargs = action.nargs
        if nargs not in (PARSER, REMAINDER) and '--' in arg_strings:
            arg_strings.remove('--')  # the separator itself is no value
        convert = lambda string: self._get_value(action, string)
        if nargs == SUPPRESS:
            return SUPPRESS
        if nargs == REMAINDER:
            return [convert(string) for string in arg_strings]
        if nargs == PARSER:
            values = [convert(string) for string in arg_strings]
            self._check_value(action, values[0])  # only the command name is a choice
            return values
        if not arg_strings and nargs == OPTIONAL:
            # Absent: an option uses its const, a positional its default; strings go
            # through type= like a command line value would.
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = convert(value)
                self._check_value(action, value)
            return value
        if not arg_strings and nargs == ZERO_OR_MORE and not action.option_strings:
            value = arg_strings if action.default is None else action.default
            self._check_value(action, value)
            return value
        if len(arg_strings) == 1 and (nargs is None or nargs == OPTIONAL):
            value = convert(arg_strings[0])
            self._check_value(action, value)
            return value
        values = [convert(string) for string in arg_strings]
        for value in values:
            self._check_value(action, value)
        return values

    def _get_value(self, action, arg_string):
        converter = self._registry_get('type', action.type, action.type)
        if not callable(converter):
            raise ArgumentError(action, f'{converter!r} is not callable')
        try:
            return converter(arg_string)
        except ArgumentTypeError as problem:
            raise ArgumentError(action, str(problem))
        except (TypeError, ValueError):
            type_name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, f'invalid {type_name} value: {arg_string!r}')

    def _check_value(self, action, value):
        choices = action.choices
        if choices is not None and value not in choices:
            listed = ', '.join(repr(choice) for choice in choices)
            raise ArgumentError(action, f'invalid choice: {value!r} (choose from {listed})')

    # -----------------------------------------------------------------------------------------
    # Help and errors

    def _layout_with_usage(self):
        layout = self._get_formatter()
        layout.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return layout

    def format_usage(self):
        return self._layout_with_usage().format_help()

    def format_help(self):
        layout = self._layout_with_usage()
        layout.add_text(self.description)
        for group in self._action_groups:
            layout.start_section(group.title)
            layout.add_text(group.description)
            layout.add_arguments(group._group_actions)
            layout.end_section()
        layout.add_text(self.epilog)
        return layout.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)  # a fresh one: formatters keep state

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), _sys.stdout if file is None else file)

    def print_help(self, file=None):
        self._print_message(self.format_help(), _sys.stdout if file is None else file)

    def _print_message(self, message, file=None):
        if not message:
            return
        try:
            (file or _sys.stderr).write(message)
        except (AttributeError, OSError):
            pass  # no usable stream (e.g. stderr is None): stay quiet

    def error(self, message):
        """Prints the usage and `prog: error: message` to stderr and exits with status 2.
        An override must not return: it should exit or raise."""
        self.print_usage(_sys.stderr)
        self.exit(2, f'{self.prog}: error: {message}\n')

    def exit(self, status=0, message=None):
        """Ends the program with `status`, after writing `message` (if any) to stderr."""
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)
