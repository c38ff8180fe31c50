"""Extract, format and print the tracebacks of exceptions and the stack of running frames.

The formatting of exceptions and tracebacks themselves is native (_traceback, on top of the
runtime's traceback objects); this module adds the object model around it: FrameSummary for
one frame, StackSummary for a list of them, and TracebackException, a snapshot of an exception
with its chained exceptions that can be formatted later.

Frames here carry their code, line and callers, not their locals, so ``capture_locals`` finds
none, and no column positions, so no ``^^^^`` markers are drawn under source lines.
"""

import sys
import linecache

from _traceback import (
    format_exception, print_exception, format_exc, print_exc, format_exception_only, format_tb,
    print_tb,
)

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

# What counts as a sequence of notes (collections.abc.Sequence's usual members, without
# importing it for them).
_NOTE_SEQUENCES = (list, tuple, str, range, bytes)

# Runs of the same frame longer than this are shown once per frame up to it, then counted.
_SHOWN_REPEATS = 3

_CAUSE_HEADER = (
    "\nThe above exception was the direct cause of the following exception:\n\n")
_CONTEXT_HEADER = (
    "\nDuring handling of the above exception, another exception occurred:\n\n")


# ---------------------------------------------------------------------------------------------
# Walking frames


def walk_tb(tb):
    """Yield ``(frame, line)`` for each entry of traceback ``tb``, following tb_next."""
    entry = tb
    while entry is not None:
        yield entry.tb_frame, entry.tb_lineno
        entry = entry.tb_next


def walk_stack(f):
    """Yield ``(frame, line)`` from frame ``f`` out to the outermost one, following f_back.

    Without a frame, the walk starts four calls out from this generator's own frame, which is
    the caller of ``StackSummary.extract`` when that is what consumes it.
    """
    frame = f
    if frame is None:
        frame = sys._getframe()
        for _ in range(4):
            if frame is None:
                break
            frame = frame.f_back
    while frame is not None:
        yield frame, frame.f_lineno
        frame = frame.f_back


def clear_frames(tb):
    """Drop the local variables of the frames of ``tb`` (ours keep none, so only walk them)."""
    while tb is not None:
        clear = getattr(tb.tb_frame, 'clear', None)
        if clear is not None:
            try:
                clear()
            except RuntimeError:
                pass
        tb = tb.tb_next


# ---------------------------------------------------------------------------------------------
# One frame


def _text_of(value, what, show=str):
    try:
        return show(value)
    except Exception:
        return f'<{what} {show.__name__}() failed>'


class FrameSummary:
    """What a traceback shows of one frame: its file, line number, function and source line.

    It compares equal to the 4-tuple ``(filename, lineno, name, line)`` and unpacks like one.
    """

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None,
                 line=None, end_lineno=None, colno=None, end_colno=None):
        self.name = name
        self.filename, self.lineno, self.end_lineno = filename, lineno, end_lineno
        self.colno, self.end_colno = colno, end_colno
        self._line = line
        if locals:
            self.locals = {key: repr(value) for key, value in locals.items()}
        else:
            self.locals = None
        if lookup_line:
            self.line

    def _as_tuple(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return self._as_tuple() == other
        return NotImplemented

    __hash__ = None

    def __getitem__(self, pos):
        return self._as_tuple()[pos]

    def __iter__(self):
        return iter(self._as_tuple())

    def __len__(self):
        return 4

    def __repr__(self):
        return f'<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>'

    @property
    def line(self):
        """The frame's source line without its indentation, read from the file when first asked."""
        if self._line is None and self.lineno is not None:
            self._line = linecache.getline(self.filename, self.lineno)
        return None if self._line is None else self._line.strip()


# ---------------------------------------------------------------------------------------------
# A list of frames


def _limited(pairs, limit):
    """The first ``limit`` items of ``pairs`` (the last ``-limit`` for a negative limit)."""
    if limit is None:
        # sys.tracebacklimit, when a program sets it, stands in (a negative one shows nothing).
        default = getattr(sys, 'tracebacklimit', None)
        if default is None:
            return list(pairs)
        limit = max(default, 0)
    if limit >= 0:
        out = []
        if limit == 0:
            return out
        for item in pairs:
            out.append(item)
            if len(out) >= limit:
                break
        return out
    return list(pairs)[limit:]


class StackSummary(list):
    """A list of FrameSummary objects, outermost first, that formats like a traceback."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """A StackSummary of the ``(frame, line)`` pairs of ``frame_gen`` (walk_tb, walk_stack)."""
        # (walk_stack(None) counts on being consumed three calls below this one's caller.)
        return klass._from_pairs(frame_gen, limit, lookup_lines, capture_locals)

    @classmethod
    def _from_pairs(klass, pairs, limit, lookup_lines, capture_locals):
        summary = klass()
        filenames = set()
        for frame, line in _limited(pairs, limit):
            code = frame.f_code
            filenames.add(code.co_filename)
            frame_locals = getattr(frame, 'f_locals', None) if capture_locals else None
            summary.append(FrameSummary(code.co_filename, line, code.co_name,
                                        lookup_line=False, locals=frame_locals))
        for filename in filenames:
            linecache.checkcache(filename)
        if lookup_lines:
            for entry in summary:
                entry.line
        return summary

    @classmethod
    def from_list(klass, a_list):
        """A StackSummary of FrameSummary objects or ``(file, line, name, source)`` 4-tuples
        (a plain StackSummary, whatever class it is called on, as CPython's is)."""
        summary = StackSummary()
        for item in a_list:
            if isinstance(item, FrameSummary):
                summary.append(item)
            else:
                filename, lineno, name, line = item
                summary.append(FrameSummary(filename, lineno, name, line=line))
        return summary

    def format_frame_summary(self, frame_summary):
        """The lines one frame prints as: where it is, its source line, its captured locals."""
        text = '  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)
        source = frame_summary.line
        if source:
            text += '    {}\n'.format(source.strip())
        if frame_summary.locals:
            for key, value in sorted(frame_summary.locals.items()):
                text += '    {name} = {value}\n'.format(name=key, value=value)
        return text

    def format(self):
        """One string per frame, a run of one frame repeated being cut after a few."""
        lines = []
        previous = None
        run = 0
        for frame_summary in self:
            here = (frame_summary.filename, frame_summary.lineno, frame_summary.name)
            if here == previous:
                run += 1
                if run > _SHOWN_REPEATS:
                    continue
            else:
                lines.extend(_repeat_note(run))
                previous = here
                run = 1
            text = self.format_frame_summary(frame_summary)
            if text is not None:
                lines.append(text)
        lines.extend(_repeat_note(run))
        return lines


def _repeat_note(run):
    hidden = run - _SHOWN_REPEATS
    if hidden <= 0:
        return []
    return [f'  [Previous line repeated {hidden} more time{"s" if hidden > 1 else ""}]\n']


def extract_tb(tb, limit=None):
    """The frames of traceback ``tb`` as a StackSummary, outermost first."""
    return StackSummary._from_pairs(walk_tb(tb), limit, True, False)


def extract_stack(f=None, limit=None):
    """The frames running now (from ``f``, else the caller) as a StackSummary, outermost first."""
    if f is None:
        f = sys._getframe().f_back
    summary = StackSummary._from_pairs(walk_stack(f), limit, True, False)
    summary.reverse()
    return summary


def format_list(extracted_list):
    """The strings a traceback prints for these frames (FrameSummary objects or 4-tuples)."""
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    """Print the frames of ``extracted_list`` as a traceback lists them."""
    if file is None:
        file = sys.stderr
    for text in StackSummary.from_list(extracted_list).format():
        print(text, file=file, end='')


def format_stack(f=None, limit=None):
    """The frames running now (from ``f``, else the caller), formatted, outermost first."""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    """Print the frames running now (from ``f``, else the caller), outermost first."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def print_last(limit=None, file=None, chain=True):
    """Print the last uncaught exception of an interactive session (sys.last_type and co.)."""
    if not hasattr(sys, 'last_type'):
        raise ValueError('no last exception')
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)


# ---------------------------------------------------------------------------------------------
# Exceptions as data


class _Margin:
    """Where the output of a nested exception group goes: its depth, and a closing rule owed."""

    def __init__(self):
        self.depth = 0
        self.owes_close = False

    def pad(self):
        return ' ' * (2 * self.depth)

    def lines(self, texts, mark=None):
        """Each line of ``texts`` (a string or strings) behind this depth's margin."""
        if isinstance(texts, str):
            texts = [texts]
        prefix = self.pad()
        if self.depth:
            prefix += (mark or '|') + ' '
        out = []
        for text in texts:
            for line in text.splitlines(keepends=True):
                out.append(prefix + line)
        return out


class TracebackException:
    """An exception captured for formatting later: its type, message, frames and chain.

    ``__cause__`` and ``__context__`` are TracebackException objects of the chained exceptions,
    ``exceptions`` those of an exception group's members (None for other exceptions), ``stack``
    the StackSummary of its traceback.
    """

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        # The ids of the exceptions of the whole chain met so far: a cycle stops there.
        seen = set() if _seen is None else _seen
        seen.add(id(exc_value))
        _seen = seen
        self.max_group_depth, self.max_group_width = max_group_depth, max_group_width
        self.stack = StackSummary._from_pairs(walk_tb(exc_traceback), limit, lookup_lines,
                                              capture_locals)
        self.exc_type = exc_type
        self._str = _text_of(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            # Line numbers are kept as strings; the rest as the error has them.
            for field in ('lineno', 'end_lineno'):
                number = getattr(exc_value, field)
                setattr(self, field, None if number is None else str(number))
            for field in ('filename', 'text', 'offset', 'end_offset', 'msg'):
                setattr(self, field, getattr(exc_value, field))
            self._syntax_error = exc_value
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = (
            exc_value.__suppress_context__ if exc_value is not None else False)

        def chained(other):
            if other is None or id(other) in _seen:
                return None
            return TracebackException(
                type(other), other, other.__traceback__, limit=limit,
                lookup_lines=lookup_lines, capture_locals=capture_locals,
                max_group_width=max_group_width, max_group_depth=max_group_depth,
                _seen=_seen)

        cause = None if exc_value is None else exc_value.__cause__
        self.__cause__ = chained(cause)
        if compact:
            wants_context = self.__cause__ is None and not self.__suppress_context__
        else:
            wants_context = True
        context = None if exc_value is None else exc_value.__context__
        self.__context__ = chained(context) if wants_context else None
        if exc_value is not None and isinstance(exc_value, BaseExceptionGroup):
            self.exceptions = []
            for member in exc_value.exceptions:
                _seen.add(id(member))
                self.exceptions.append(TracebackException(
                    type(member), member, member.__traceback__, limit=limit,
                    lookup_lines=lookup_lines, capture_locals=capture_locals,
                    max_group_width=max_group_width, max_group_depth=max_group_depth,
                    _seen=_seen))
        else:
            self.exceptions = None

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """A TracebackException of ``exc``, with its own traceback."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for frame_summary in self.stack:
            frame_summary.line

    def __eq__(self, other):
        # Two snapshots are equal when everything they captured is.
        if not isinstance(other, TracebackException):
            return NotImplemented
        return vars(self) == vars(other)

    def __str__(self):
        """The exception's message (its str())."""
        return self._str

    def format_exception_only(self):
        """The lines of the exception's type and message (a SyntaxError's, where it is), then
        its notes."""
        if self.exc_type is None:
            yield f'None: {self._str}\n' if self._str else 'None\n'
            return
        name = self.exc_type.__qualname__
        module = self.exc_type.__module__
        if module not in ('__main__', 'builtins'):
            if not isinstance(module, str):
                module = '<unknown>'
            name = module + '.' + name
        if issubclass(self.exc_type, SyntaxError):
            yield from self._syntax_error_lines(name)
        else:
            yield f'{name}: {self._str}\n' if self._str else f'{name}\n'
        notes = self.__notes__
        if isinstance(notes, _NOTE_SEQUENCES):
            for note in notes:
                for line in _text_of(note, 'note').split('\n'):
                    yield line + '\n'
        elif notes is not None:
            yield _text_of(notes, '__notes__', repr) + '\n'

    def _syntax_error_lines(self, name):
        # Where a SyntaxError is, its line and markers, as the native formatting draws them,
        # without the notes, which follow here.
        error = getattr(self, '_syntax_error', None)
        if error is None:
            yield f'{name}: {self._str}\n'
            return
        lines = ''.join(format_exception_only(error)).splitlines(keepends=True)
        notes = getattr(error, '__notes__', None)
        if isinstance(notes, _NOTE_SEQUENCES):
            count = sum(len(_text_of(note, 'note').split('\n')) for note in notes)
            lines = lines[:len(lines) - count]
        yield from lines

    def _own_lines(self, margin, chain):
        """This exception's traceback and last lines, and a group's members under it."""
        if self.exceptions is None:
            out = []
            if self.stack:
                out += margin.lines('Traceback (most recent call last):\n')
                out += margin.lines(self.stack.format())
            out += margin.lines(list(self.format_exception_only()))
            return out
        if margin.depth > self.max_group_depth:
            return margin.lines(f'... (max_group_depth is {self.max_group_depth})\n')
        outermost = margin.depth == 0
        if outermost:
            margin.depth += 1
        out = []
        if self.stack:
            out += margin.lines('Exception Group Traceback (most recent call last):\n',
                                '+' if outermost else None)
            out += margin.lines(self.stack.format())
        out += margin.lines(list(self.format_exception_only()))
        members = self.exceptions
        width = self.max_group_width
        shown = len(members) if len(members) <= width else width + 1
        margin.owes_close = False
        for i in range(shown):
            last = i == shown - 1
            if last:
                margin.owes_close = True
            beyond = i >= width
            label = '...' if beyond else str(i + 1)
            out.append(margin.pad() + ('+-' if i == 0 else '  ')
                       + f'+---------------- {label} ----------------\n')
            margin.depth += 1
            if beyond:
                more = len(members) - width
                out += margin.lines(f'and {more} more exception{"s" if more > 1 else ""}\n')
            else:
                out += members[i]._lines(chain, margin)
            if last and margin.owes_close:
                out.append(margin.pad() + '+------------------------------------\n')
                margin.owes_close = False
            margin.depth -= 1
        if outermost:
            margin.depth = 0
        return out

    def _lines(self, chain, margin):
        # The chain is printed from its root: each exception after a header naming how the
        # next one came from it.
        links = []
        current = self
        header = None
        while current is not None:
            links.append((header, current))
            if not chain:
                break
            if current.__cause__ is not None:
                header, current = _CAUSE_HEADER, current.__cause__
            elif current.__context__ is not None and not current.__suppress_context__:
                header, current = _CONTEXT_HEADER, current.__context__
            else:
                current = None
        out = []
        for header, link in reversed(links):
            out += link._own_lines(margin, chain)
            if header is not None:
                out += margin.lines(header)
        return out

    def format(self, *, chain=True):
        """The lines of the exception as print_exception writes it, its chain first."""
        yield from self._lines(chain, _Margin())

    def print(self, *, file=None, chain=True):
        """Write the exception as print_exception does (to sys.stderr by default)."""
        if file is None:
            file = sys.stderr
        for text in self.format(chain=chain):
            print(text, file=file, end='')
