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
    """Test whether FILENAME matches PATTERN (after os.path.normcase, a no-op on POSIX)."""
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
    """Return the list of those NAMES that match PAT."""
    pat = os.path.normcase(pat)
    match = _compile_pattern(pat)
    return [name for name in names if match(os.path.normcase(name))]


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case."""
    match = _compile_pattern(pat)
    return match(name) is not None


def translate(pat):
    """Translate a shell PATTERN to a regular expression (CPython's text)."""
    return r'(?s:%s)\Z' % _join_pieces(_translate_pieces(pat), '(?>.*?%s)')


def _matcher_source(pat):
    return r'%s\Z' % _join_pieces(_translate_pieces(pat), '(?:.*?%s)')


def _join_pieces(pieces, interior_star):
    # Fixed pieces first, then `* fixed` pairs: an interior one is a minimal match of the
    # fixed text, the last `*` (or one before the final fixed text) is a greedy `.*`.
    res = []
    i, n = 0, len(pieces)
    while i < n and pieces[i] is not _STAR:
        res.append(pieces[i])
        i += 1
    while i < n:
        i += 1
        if i == n:
            res.append('.*')
            break
        fixed = []
        while i < n and pieces[i] is not _STAR:
            fixed.append(pieces[i])
            i += 1
        fixed = ''.join(fixed)
        if i == n:
            res.append('.*')
            res.append(fixed)
        else:
            res.append(interior_star % fixed)
    return ''.join(res)


def _translate_pieces(pat):
    res = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i = i + 1
        if c == '*':
            if not res or res[-1] is not _STAR:
                res.append(_STAR)
        elif c == '?':
            res.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j = j + 1
            if j < n and pat[j] == ']':
                j = j + 1
            while j < n and pat[j] != ']':
                j = j + 1
            if j >= n:
                res.append('\\[')
            else:
                res.append(_translate_set(pat, i, j))
                i = j + 1
        else:
            res.append(re.escape(c))
    return res


def _translate_set(pat, i, j):
    """The regex for the set pat[i:j] (between `[` and `]`)."""
    stuff = pat[i:j]
    if '-' not in stuff:
        stuff = stuff.replace('\\', r'\\')
    else:
        # Split at the hyphens that make ranges, so the others can be escaped.
        chunks = []
        k = i + 2 if pat[i] == '!' else i + 1
        while True:
            k = pat.find('-', k, j)
            if k < 0:
                break
            chunks.append(pat[i:k])
            i = k + 1
            k = k + 3
        chunk = pat[i:j]
        if chunk:
            chunks.append(chunk)
        else:
            chunks[-1] += '-'
        # An empty range (z-a) is invalid in a regex: drop it.
        for k in range(len(chunks) - 1, 0, -1):
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
        stuff = '-'.join(s.replace('\\', r'\\').replace('-', r'\-') for s in chunks)
    # Escape what a future re would read as set operations (&&, ~~, ||).
    stuff = re.sub(r'([&~|])', r'\\\1', stuff)
    if not stuff:
        return '(?!)'
    if stuff == '!':
        return '.'
    if stuff[0] == '!':
        stuff = '^' + stuff[1:]
    elif stuff[0] in ('^', '['):
        stuff = '\\' + stuff
    return '[%s]' % stuff
