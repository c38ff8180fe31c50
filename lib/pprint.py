"""Pretty-printing of data structures: pprint, pformat, pp, PrettyPrinter, saferepr, isreadable,
isrecursive, laid out line for line as CPython 3.11 lays them out.

The layout works on one rule: an object whose one-line repr fits in the columns left (the width
minus the indentation and the `allowance`, the closing characters that must follow it on its
last line) is written as that repr; a container that does not fit is opened, and its items are
laid out one per line (or packed several per line when compact) with the same rule, each item
but the last keeping one column for its comma.

Two details follow this runtime rather than CPython's objects: the builtin scalar types are
told by identity (a bytearray is no more hashable here than there, but it cannot be a dict key
for a lookup either), and one layout serves bytes and bytearray. A
dataclass's generated __repr__ is recognised by being defined in the dataclasses module.
"""

import sys as _sys
import re
import types as _types
import dataclasses as _dataclasses
import collections as _collections

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Write object's pretty-printed text and a newline to stream (sys.stdout by default)."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                  sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """object's pretty-printed text."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                         sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint() that keeps dicts in their own order unless told otherwise."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def _one_line(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)


def saferepr(object):
    """repr() that survives recursive structures (and sorts dict keys)."""
    return _one_line(object)[0]


def isreadable(object):
    """True when saferepr(object) is text that eval() would turn back into an equal object."""
    return _one_line(object)[1]


def isrecursive(object):
    """True when object contains itself."""
    return _one_line(object)[2]


class _safe_key:
    """Sort key that orders anything: values that do not compare with each other (1 and 'a')
    fall back to their type's name, then their id, so a mixed set still prints."""

    __slots__ = ['obj']

    def __lt__(self, other):
        mine, theirs = self.obj, other.obj
        try:
            return mine < theirs
        except TypeError:
            return _fallback_rank(mine) < _fallback_rank(theirs)

    def __init__(self, obj):
        self.obj = obj


def _fallback_rank(value):
    # A total order of last resort: type name first, then identity.
    return str(type(value)), id(value)


def _safe_tuple(pair):
    return _safe_key(pair[0]), _safe_key(pair[1])


def _recursion(object):
    return f"<Recursion on {type(object).__name__} with id={id(object)}>"


class _Pieces:
    """The stream pformat writes to: its pieces, joined once at the end."""

    def __init__(self):
        self._parts = []
        self.write = self._parts.append

    def getvalue(self):
        return ''.join(self._parts)


_NoneType = type(None)
_SCALARS = (str, bytes, bytearray, float, bool, _NoneType)


def _is_builtin_scalar(typ):
    for scalar in _SCALARS:
        if typ is scalar:
            return True
    return False


def _has_generated_repr(object):
    # The flags are a tuple here, a _DataclassParams in CPython.
    params = object.__dataclass_params__
    wanted = params[1] if isinstance(params, tuple) else params.repr
    return wanted and getattr(type(object).__repr__, '__module__', None) == 'dataclasses'


def _wrap_bytes(data, width, allowance):
    """The reprs of the runs of `data`, cut on 4-byte boundaries, that fit in `width` columns
    (the last run in `width - allowance`)."""
    pieces = []
    run = b''
    last_start = len(data) // 4 * 4
    for start in range(0, len(data), 4):
        quad = data[start:start + 4]
        if start == last_start:
            width -= allowance
        if len(repr(run + quad)) > width:
            if run:
                pieces.append(repr(run))
            run = quad
        else:
            run += quad
    if run:
        pieces.append(repr(run))
    return pieces


def _wrap_words(line, width, last_width):
    """`line` cut after runs of whitespace into pieces whose reprs fit in `width` columns (the
    last piece in `last_width`); a single word longer than that stands alone."""
    words = re.findall(r'\S*\s*', line)[:-1]
    pieces = []
    held = ''
    for n, word in enumerate(words):
        limit = last_width if n == len(words) - 1 else width
        if len(repr(held + word)) > limit:
            if held:
                pieces.append(repr(held))
            held = word
        else:
            held += word
    if held:
        pieces.append(repr(held))
    return pieces


class PrettyPrinter:
    """Pretty-prints with fixed settings: indent (columns per nesting level), width (columns to
    aim at), depth (levels shown before `...`), stream (sys.stdout when None), compact (several
    short items per line), sort_dicts, underscore_numbers (ints as 1_000)."""

    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        indent, width = int(indent), int(width)
        complaint = None
        if indent < 0:
            complaint = 'indent must be >= 0'
        elif depth is not None and depth <= 0:
            complaint = 'depth must be > 0'
        elif not width:
            complaint = 'width must be != 0'
        if complaint is not None:
            raise ValueError(complaint)
        self._stream = _sys.stdout if stream is None else stream
        self._width, self._depth = width, depth
        self._indent_per_level = indent
        self._sort_dicts = sort_dicts
        self._compact = bool(compact)
        self._underscore_numbers = underscore_numbers

    # --- the public interface

    def pprint(self, object):
        out = self._stream
        if out is None:
            return  # no console to write to (sys.stdout can be None)
        self._format(object, out, 0, 0, {}, 0)
        out.write("\n")

    def pformat(self, object):
        out = _Pieces()
        self._format(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(text, readable, recursive) of object on one line; `context` holds the ids of the
        containers being printed around it. Subclasses override this to print some objects
        their own way."""
        return self._safe_repr(object, context, maxlevels, level)

    # --- layout over several lines

    def _format(self, object, stream, indent, allowance, context, level):
        key = id(object)
        if key in context:
            stream.write(_recursion(object))
            self._readable, self._recursive = False, True
            return
        text = self._repr(object, context, level)
        if len(text) > self._width - indent - allowance:
            layout = self._layout_for(object)
            if layout is not None:
                context[key] = 1
                layout(self, object, stream, indent, allowance, context, level + 1)
                del context[key]
                return
        stream.write(text)

    def _layout_for(self, object):
        """The method that lays `object` out over several lines, None to keep its repr."""
        layout = self._dispatch.get(type(object).__repr__, None)
        if layout is not None:
            return layout
        if (_dataclasses.is_dataclass(object) and not isinstance(object, type)
                and _has_generated_repr(object)):
            return PrettyPrinter._pprint_dataclass
        return None

    def _repr(self, object, context, level):
        text, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if recursive:
            self._recursive = True
        if not readable:
            self._readable = False
        return text

    def _pad_after_opener(self, stream):
        # With indent > 1 the first item lines up with the ones below it.
        if self._indent_per_level > 1:
            stream.write(' ' * (self._indent_per_level - 1))

    def _format_items(self, items, stream, indent, allowance, context, level):
        """The items of a list-like display, one per line, or packed when compact."""
        indent += self._indent_per_level
        self._pad_after_opener(stream)
        newline = ',\n' + ' ' * indent
        items = iter(items)
        try:
            upcoming = next(items)
        except StopIteration:
            return
        full_width = room = self._width - indent + 1
        separator = ''
        while True:
            item = upcoming
            try:
                upcoming = next(items)
                last = False
            except StopIteration:
                last = True
                full_width -= allowance
                room -= allowance
            if self._compact:
                text = self._repr(item, context, level)
                needed = len(text) + 2
                if room < needed:
                    room = full_width
                    if separator:
                        separator = newline
                if room >= needed:
                    room -= needed
                    stream.write(separator)
                    stream.write(text)
                    separator = ', '
                    if last:
                        return
                    continue
            stream.write(separator)
            separator = newline
            self._format(item, stream, indent, allowance if last else 1, context, level)
            if last:
                return

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        newline = ',\n' + ' ' * indent
        last_index = len(items) - 1
        for n, (key, value) in enumerate(items):
            text = self._repr(key, context, level)
            stream.write(text)
            stream.write(': ')
            self._format(value, stream, indent + len(text) + 2,
                         allowance if n == last_index else 1, context, level)
            if n != last_index:
                stream.write(newline)

    def _format_namespace_items(self, items, stream, indent, allowance, context, level):
        newline = ',\n' + ' ' * indent
        last_index = len(items) - 1
        for n, (name, value) in enumerate(items):
            stream.write(name)
            stream.write('=')
            if id(value) in context:
                # As the generated repr of a dataclass that contains itself shows it.
                stream.write('...')
            else:
                self._format(value, stream, indent + len(name) + 1,
                             allowance if n == last_index else 1, context, level)
            if n != last_index:
                stream.write(newline)

    def _sorted_items(self, mapping):
        if self._sort_dicts:
            return sorted(mapping.items(), key=_safe_tuple)
        return mapping.items()

    # --- one layout per type, found by the type's __repr__

    _dispatch = {}

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write('{')
        self._pad_after_opener(stream)
        if len(object):
            self._format_dict_items(self._sorted_items(object), stream, indent, allowance + 1,
                                    context, level)
        stream.write('}')

    def _pprint_ordered_dict(self, object, stream, indent, allowance, context, level):
        if self._wrote_empty(object, stream):
            return
        name = type(object).__name__
        stream.write(name + '(')
        self._format(list(object.items()), stream, indent + len(name) + 1, allowance + 1,
                     context, level)
        stream.write(')')

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write(']')

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        closer = ',)' if len(object) == 1 else ')'
        stream.write('(')
        self._format_items(object, stream, indent, allowance + len(closer), context, level)
        stream.write(closer)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if self._wrote_empty(object, stream):
            return
        if type(object) is set:
            opener, closer = '{', '}'
        else:
            name = type(object).__name__
            opener, closer = name + '({', '})'
            indent += len(name) + 1
        stream.write(opener)
        self._format_items(sorted(object, key=_safe_key), stream, indent,
                           allowance + len(closer), context, level)
        stream.write(closer)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if self._wrote_empty(object, stream):
            return
        if level == 1:
            # A str at the top gets parentheses, so its pieces stay one expression.
            indent += 1
            allowance += 1
        width = self._width - indent
        lines = object.splitlines(True)
        pieces = []
        for n, line in enumerate(lines):
            is_last = n == len(lines) - 1
            text = repr(line)
            if len(text) <= (width - allowance if is_last else width):
                pieces.append(text)
            else:
                pieces.extend(_wrap_words(line, width,
                                          width - allowance if is_last else width))
        if len(pieces) == 1:
            stream.write(text)
            return
        if level == 1:
            stream.write('(')
        stream.write(('\n' + ' ' * indent).join(pieces))
        if level == 1:
            stream.write(')')

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        if isinstance(object, bytearray):
            stream.write('bytearray(')
            self._pprint_bytes(bytes(object), stream, indent + 10, allowance + 1, context,
                               level + 1)
            stream.write(')')
            return
        if len(object) <= 4:
            stream.write(repr(object))
            return
        top = level == 1
        if top:
            indent += 1
            allowance += 1
            stream.write('(')
        pieces = _wrap_bytes(object, self._width - indent, allowance)
        stream.write(('\n' + ' ' * indent).join(pieces))
        if top:
            stream.write(')')

    def _pprint_mappingproxy(self, object, stream, indent, allowance, context, level):
        stream.write('mappingproxy(')
        self._format(object.copy(), stream, indent + 13, allowance + 1, context, level)
        stream.write(')')

    def _pprint_simplenamespace(self, object, stream, indent, allowance, context, level):
        # SimpleNamespace itself shows as "namespace"; subclasses by their own name.
        if type(object) is _types.SimpleNamespace:
            name = 'namespace'
        else:
            name = type(object).__name__
        stream.write(name + '(')
        self._format_namespace_items(list(object.__dict__.items()), stream,
                                     indent + len(name) + 1, allowance, context, level)
        stream.write(')')

    def _pprint_dataclass(self, object, stream, indent, allowance, context, level):
        name = type(object).__name__
        fields = [(f.name, getattr(object, f.name))
                  for f in _dataclasses.fields(object) if f.repr]
        stream.write(name + '(')
        self._format_namespace_items(fields, stream, indent + len(name) + 1, allowance,
                                     context, level)
        stream.write(')')

    def _wrote_empty(self, object, stream):
        """An empty container keeps its one-line repr; True when that is what was written."""
        if len(object):
            return False
        stream.write(repr(object))
        return True

    def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
        if self._wrote_empty(object, stream):
            return
        factory = self._repr(object.default_factory, context, level)
        name = type(object).__name__
        indent += len(name) + 1
        stream.write(f"{name}({factory},\n{' ' * indent}")
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(')')

    def _pprint_counter(self, object, stream, indent, allowance, context, level):
        if self._wrote_empty(object, stream):
            return
        name = type(object).__name__
        stream.write(name + '({')
        self._pad_after_opener(stream)
        self._format_dict_items(object.most_common(), stream, indent + len(name) + 1,
                                allowance + 2, context, level)
        stream.write('})')

    def _pprint_chain_map(self, object, stream, indent, allowance, context, level):
        maps = object.maps
        if not len(maps):
            stream.write(repr(object))
            return
        name = type(object).__name__
        indent += len(name) + 1
        stream.write(name + '(')
        for mapping in maps[:-1]:
            self._format(mapping, stream, indent, 1, context, level)
            stream.write(',\n' + ' ' * indent)
        self._format(maps[-1], stream, indent, allowance + 1, context, level)
        stream.write(')')

    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        if self._wrote_empty(object, stream):
            return
        name = type(object).__name__
        indent += len(name) + 1
        stream.write(name + '([')
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context, level)
            stream.write('])')
        else:
            self._format_items(object, stream, indent, 2, context, level)
            maxlen = self._repr(object.maxlen, context, level)
            stream.write(f"],\n{' ' * indent}maxlen={maxlen})")

    def _pprint_user_wrapped(self, object, stream, indent, allowance, context, level):
        # UserDict, UserList and UserString print as the object they wrap.
        self._format(object.data, stream, indent, allowance, context, level - 1)

    for _type, _layout in [(dict, _pprint_dict),
                           (_collections.OrderedDict, _pprint_ordered_dict),
                           (list, _pprint_list),
                           (tuple, _pprint_tuple),
                           (set, _pprint_set),
                           (frozenset, _pprint_set),
                           (str, _pprint_str),
                           (bytes, _pprint_bytes),
                           (bytearray, _pprint_bytes),
                           (_types.MappingProxyType, _pprint_mappingproxy),
                           (_types.SimpleNamespace, _pprint_simplenamespace),
                           (_collections.defaultdict, _pprint_default_dict),
                           (_collections.Counter, _pprint_counter),
                           (_collections.ChainMap, _pprint_chain_map),
                           (_collections.deque, _pprint_deque),
                           (_collections.UserDict, _pprint_user_wrapped),
                           (_collections.UserList, _pprint_user_wrapped),
                           (_collections.UserString, _pprint_user_wrapped)]:
        _dispatch[_type.__repr__] = _layout
    del _type, _layout

    # --- one line

    def _safe_repr(self, object, context, maxlevels, level):
        """(text, readable, recursive) of object on one line, with dicts sorted as configured,
        `...` below maxlevels and a marker where a container contains itself."""
        typ = type(object)
        if _is_builtin_scalar(typ):
            return repr(object), True, False
        own_repr = getattr(typ, "__repr__", None)
        if issubclass(typ, int) and own_repr is int.__repr__:
            return (f"{object:_d}" if self._underscore_numbers else repr(object)), True, False
        if issubclass(typ, dict) and own_repr is dict.__repr__:
            if not object:
                return "{}", True, False
            return self._safe_container(object, '{%s}', self._sorted_items(object), True,
                                        context, maxlevels, level)
        if issubclass(typ, list) and own_repr is list.__repr__:
            if not object:
                return "[]", True, False
            return self._safe_container(object, '[%s]', object, False, context, maxlevels, level)
        if issubclass(typ, tuple) and own_repr is tuple.__repr__:
            if not object:
                return "()", True, False
            template = '(%s,)' if len(object) == 1 else '(%s)'
            return self._safe_container(object, template, object, False, context, maxlevels,
                                        level)
        text = repr(object)
        return text, bool(text) and not text.startswith('<'), False

    def _safe_container(self, object, template, items, pairs, context, maxlevels, level):
        key = id(object)
        if maxlevels and level >= maxlevels:
            return template % '...', False, key in context
        if key in context:
            return _recursion(object), False, True
        context[key] = 1
        readable, recursive = True, False
        shown = []
        for item in items:
            parts = item if pairs else (item,)
            texts = []
            for part in parts:
                text, part_readable, part_recursive = self.format(part, context, maxlevels,
                                                                  level + 1)
                texts.append(text)
                readable = readable and part_readable
                recursive = recursive or part_recursive
            shown.append(': '.join(texts))
        del context[key]
        return template % ', '.join(shown), readable, recursive
