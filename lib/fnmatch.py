"""Shell-style filename matching, after CPython's fnmatch module.

A pattern becomes a regular expression: `*` any run of characters, `?` one character, `[seq]`
and `[!seq]` a character set. translate() returns CPython's exact text, `(?s:...)\\Z` with each
interior `*fixed` as the atomic group `(?>.*?fixed)`. The matcher compiles the same pieces with
re.DOTALL and a plain group instead: the rest of the pattern after an interior `*fixed` starts
with another `*`, so taking the first `fixed` can never lose a match and the atomic group changes
nothing but speed.
"""

import os
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

# Stands for a run of `*` among the translated pieces.
_STAR = object()

_cache = {}
_CACHE_LIMIT = 32768


def fnmatch(name, pat):
    """Whether the file name matches the shell pattern, both put through os.path.normcase
    (which changes nothing on POSIX)."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def _compile_pattern(pat):
    key = (type(pat), pat)
    match = _cache.get(key)
    if match is None:
        if isinstance(pat, bytes):
            # Bytes match as the latin-1 text that has the same code points.
            str_match = re.compile(_matcher_source(str(pat, 'ISO-8859-1')), re.DOTALL).match

            def match(name):
                return str_match(str(name, 'ISO-8859-1'))
        else:
            match = re.compile(_matcher_source(pat), re.DOTALL).match
        if len(_cache) >= _CACHE_LIMIT:
            _cache.clear()
        _cache[key] = match
    return match


def filter(names, pat):
    """The names that match the pattern, in their order."""
    pat = os.path.normcase(pat)
    match = _compile_pattern(pat)
    return [name for name in names if match(os.path.normcase(name))]


def fnmatchcase(name, pat):
    """Whether the file name matches the shell pattern, taken exactly as they are."""
    match = _compile_pattern(pat)
    return match(name) is not None


def translate(pat):
    """The regular expression (as text, exactly CPython's) equivalent to the shell pattern."""
    return r'(?s:%s)\Z' % _join_pieces(_translate_pieces(pat), '(?>.*?%s)')


def _matcher_source(pat):
    return r'%s\Z' % _join_pieces(_translate_pieces(pat), '(?:.*?%s)')


def _join_pieces(pieces, interior_star):
    # The fixed text between the stars: what precedes the first star is matched as it is, an
    # interior `*fixed` by `interior_star`, and the last star is a greedy `.*`.
    runs = [[]]
    for piece in pieces:
        if piece is _STAR:
            runs.append([])
        else:
            runs[-1].append(piece)
    head, *after_stars = [''.join(run) for run in runs]
    if not after_stars:
        return head
    *interior, tail = after_stars
    return head + ''.join(interior_star % text for text in interior) + '.*' + tail


def _translate_pieces(pat):
    """The pattern as regex pieces, with _STAR for each run of `*`."""
    pieces = []
    pos = 0
    while pos < len(pat):
        ch = pat[pos]
        pos += 1
        if ch == '*':
            if not (pieces and pieces[-1] is _STAR):
                pieces.append(_STAR)
        elif ch == '?':
            pieces.append('.')
        elif ch == '[':
            end = _set_end(pat, pos)
            if end < 0:
                pieces.append('\\[')  # never closed: a literal bracket
            else:
                pieces.append(_translate_set(pat[pos:end]))
                pos = end + 1
        else:
            pieces.append(re.escape(ch))
    return pieces


def _set_end(pat, start):
    """Index of the `]` that closes a set whose body begins at `start`, -1 if none does. A `]`
    right after `[` or `[!` belongs to the set."""
    at = start + 1 if pat.startswith('!', start) else start
    if pat.startswith(']', at):
        at += 1
    return pat.find(']', at)


def _range_hyphens(body):
    """Where the hyphens that join the two ends of a range are in a set body. A hyphen that
    comes first (after any `!`) is a member, as is one right after a range's end."""
    found = []
    at = body.find('-', 2 if body.startswith('!') else 1)
    while at >= 0:
        found.append(at)
        at = body.find('-', at + 3)
    return found


def _translate_set(body):
    """The regex for a set, given the text between its brackets."""
    if '-' in body:
        bounds = [-1] + _range_hyphens(body) + [len(body)]
        parts = [body[left + 1:right] for left, right in zip(bounds, bounds[1:])]
        if not parts[-1]:
            # The body ended with a range hyphen: it is a member after all.
            parts.pop()
            parts[-1] += '-'
        # A reversed range such as z-a matches nothing and is an error for re: drop it, with
        # the two characters that made it.
        for k in reversed(range(1, len(parts))):
            before, after = parts[k - 1], parts[k]
            if before[-1] > after[0]:
                parts[k - 1:k + 1] = [before[:-1] + after[1:]]
        text = '-'.join(part.replace('\\', r'\\').replace('-', r'\-') for part in parts)
    else:
        text = body.replace('\\', r'\\')
    # Characters that a later re may read as set operators (&&, ~~, ||) are escaped.
    text = re.sub(r'([&~|])', r'\\\1', text)
    if not text:
        return '(?!)'  # every member was dropped: can never match
    if text == '!':
        return '.'
    if text.startswith('!'):
        return '[^' + text[1:] + ']'
    if text.startswith(('^', '[')):
        return '[\\' + text + ']'
    return '[' + text + ']'
