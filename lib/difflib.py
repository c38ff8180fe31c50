"""Differences between sequences: SequenceMatcher, Differ and ndiff, unified and context diffs,
get_close_matches.

SequenceMatcher finds the longest contiguous matching block that contains no "junk", then
recurses on the pieces to its left and right (Ratcliff/Obershelp "gestalt pattern matching");
everything else (opcodes, ratios, unified and context diffs, ndiff's intraline hints) is built
on its matching blocks; HtmlDiff lays ndiff's output out side by side as an HTML table. The
algorithms and every output format are CPython's.
"""

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher', 'Differ',
           'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff', 'unified_diff', 'diff_bytes',
           'HtmlDiff', 'Match']

import re
from heapq import nlargest as _nlargest
from collections import namedtuple as _namedtuple

Match = _namedtuple('Match', 'a b size')


def _calculate_ratio(matches, length):
    # Twice the matched elements over both lengths; two empty sequences are identical.
    return 2.0 * matches / length if length else 1.0


def _join_touching_blocks(blocks):
    """Sorted matching blocks with each one that continues the previous merged into it."""
    joined = []
    for i, j, k in blocks:
        if joined:
            last_i, last_j, last_k = joined[-1]
            if last_i + last_k == i and last_j + last_k == j:
                joined[-1] = Match(last_i, last_j, last_k + k)
                continue
        joined.append(Match(i, j, k))
    return joined


def _marked(prefix, lines):
    for line in lines:
        yield prefix + line


class SequenceMatcher:
    """Compares pairs of sequences of any hashable type."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.a = self.b = None
        self.isjunk, self.autojunk = isjunk, autojunk
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        """Set the two sequences to be compared."""
        self.set_seq1(a)
        self.set_seq2(b)

    def _drop_cached_results(self):
        self.opcodes = None
        self.matching_blocks = None

    def set_seq1(self, a):
        """Set the first sequence to be compared."""
        # Passing the very same object again keeps the cached results.
        if a is not self.a:
            self.a = a
            self._drop_cached_results()

    def set_seq2(self, b):
        """Set the second sequence to be compared (the one the index is built for)."""
        if b is not self.b:
            self.b = b
            self._drop_cached_results()
            self.fullbcount = None
            self._chain_b()

    def _chain_b(self):
        # b2j maps each element of b to the indices where it occurs, leaving out junk and, with
        # autojunk on a b of 200 or more items, the "popular" elements (more than 1% of b).
        b = self.b
        self.b2j = b2j = {}
        for index, elt in enumerate(b):
            b2j.setdefault(elt, []).append(index)
        self.bjunk = set(filter(self.isjunk, b2j)) if self.isjunk else set()
        self.bpopular = set()
        if self.autojunk and len(b) >= 200:
            limit = len(b) // 100 + 1
            self.bpopular = {elt for elt, where in b2j.items()
                             if elt not in self.bjunk and len(where) > limit}
        for elt in self.bjunk | self.bpopular:
            del b2j[elt]

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """Find the longest matching block in a[alo:ahi] and b[blo:bhi].

        Of the longest ones, the one that starts earliest in a, and of those the one that starts
        earliest in b; the block is then extended by equal junk on both sides.
        """
        a, b, b2j, bjunk = self.a, self.b, self.b2j, self.bjunk
        ahi = len(a) if ahi is None else ahi
        bhi = len(b) if bhi is None else bhi
        besti, bestj, bestsize = alo, blo, 0
        # run_before[j]: length of the common run that ends at a[i-1] and b[j]. Only strictly
        # longer runs replace the best, so ties go to the earliest start in a, then in b.
        run_before = {}
        for i in range(alo, ahi):
            run_here = {}
            for j in b2j.get(a[i], ()):
                if j >= bhi:
                    break  # the index lists are ascending
                if j >= blo:
                    k = run_here[j] = run_before.get(j - 1, 0) + 1
                    if k > bestsize:
                        besti, bestj, bestsize = i + 1 - k, j + 1 - k, k
            run_before = run_here

        # Extend with equal non-junk that popularity kept out of b2j, then with equal junk.
        while (besti > alo and bestj > blo and b[bestj - 1] not in bjunk
               and a[besti - 1] == b[bestj - 1]):
            besti, bestj, bestsize = besti - 1, bestj - 1, bestsize + 1
        while (besti + bestsize < ahi and bestj + bestsize < bhi
               and b[bestj + bestsize] not in bjunk
               and a[besti + bestsize] == b[bestj + bestsize]):
            bestsize += 1
        while (besti > alo and bestj > blo and b[bestj - 1] in bjunk
               and a[besti - 1] == b[bestj - 1]):
            besti, bestj, bestsize = besti - 1, bestj - 1, bestsize + 1
        while (besti + bestsize < ahi and bestj + bestsize < bhi
               and b[bestj + bestsize] in bjunk
               and a[besti + bestsize] == b[bestj + bestsize]):
            bestsize = bestsize + 1
        return Match(besti, bestj, bestsize)

    def get_matching_blocks(self):
        """Return the list of triples (i, j, n) with a[i:i+n] == b[j:j+n], ending (len(a), len(b), 0)."""
        if self.matching_blocks is None:
            blocks = _join_touching_blocks(sorted(self._longest_matches()))
            blocks.append(Match(len(self.a), len(self.b), 0))
            self.matching_blocks = blocks
        return self.matching_blocks

    def _longest_matches(self):
        # Split around the longest match and repeat on both sides; an explicit work list
        # instead of recursion keeps long inputs from running out of stack.
        found = []
        todo = [(0, len(self.a), 0, len(self.b))]
        while todo:
            alo, ahi, blo, bhi = todo.pop()
            match = self.find_longest_match(alo, ahi, blo, bhi)
            start_a, start_b, size = match
            if not size:
                continue
            found.append(match)
            if start_a > alo and start_b > blo:
                todo.append((alo, start_a, blo, start_b))
            end_a, end_b = start_a + size, start_b + size
            if end_a < ahi and end_b < bhi:
                todo.append((end_a, ahi, end_b, bhi))
        return found

    def get_opcodes(self):
        """The 5-tuples (tag, i1, i2, j1, j2) that turn a into b: 'equal' for the matching
        blocks, 'replace', 'delete' or 'insert' for the gaps between them."""
        if self.opcodes is None:
            self.opcodes = []
            i = j = 0
            for ai, bj, size in self.get_matching_blocks():
                gap = _gap_tag(ai - i, bj - j)
                if gap:
                    self.opcodes.append((gap, i, ai, j, bj))
                i, j = ai + size, bj + size
                if size:
                    self.opcodes.append(('equal', ai, i, bj, j))
        return self.opcodes

    def get_grouped_opcodes(self, n=3):
        """Isolate change clusters, with up to n lines of context around each."""
        # The cached opcode list itself is trimmed, as CPython does.
        codes = self.get_opcodes() or [("equal", 0, 1, 0, 1)]
        # Keep at most n lines of a leading and of a trailing 'equal'.
        head = codes[0]
        if head[0] == 'equal':
            codes[0] = (head[0], max(head[1], head[2] - n), head[2],
                        max(head[3], head[4] - n), head[4])
        tail = codes[-1]
        if tail[0] == 'equal':
            codes[-1] = (tail[0], tail[1], min(tail[2], tail[1] + n),
                         tail[3], min(tail[4], tail[3] + n))

        nn = n + n
        group = []
        for tag, i1, i2, j1, j2 in codes:
            # A long equal run ends one group and starts the next.
            if tag == 'equal' and i2 - i1 > nn:
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            yield group

    def ratio(self):
        """Return a measure of the sequences' similarity, a float in [0, 1]."""
        matches = sum(triple[-1] for triple in self.get_matching_blocks())
        return _calculate_ratio(matches, len(self.a) + len(self.b))

    def quick_ratio(self):
        """An upper bound on ratio(): how many elements the two sequences share as multisets."""
        if self.fullbcount is None:
            counts = {}
            for elt in self.b:
                counts[elt] = counts.get(elt, 0) + 1
            self.fullbcount = counts
        left = {}  # how many of each element of b are still unmatched
        shared = 0
        for elt in self.a:
            remaining = left[elt] if elt in left else self.fullbcount.get(elt, 0)
            left[elt] = remaining - 1
            if remaining > 0:
                shared += 1
        return _calculate_ratio(shared, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """Return an upper bound on ratio() very quickly (from the lengths alone)."""
        la, lb = len(self.a), len(self.b)
        return _calculate_ratio(min(la, lb), la + lb)


def _gap_tag(a_length, b_length):
    if a_length and b_length:
        return 'replace'
    if a_length:
        return 'delete'
    return 'insert' if b_length else ''


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """The best (at most n) "good enough" matches for word among possibilities, best first."""
    if not n > 0:
        raise ValueError(f"n must be > 0: {n!r}")
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError(f"cutoff must be in [0.0, 1.0]: {cutoff!r}")
    matcher = SequenceMatcher()
    matcher.set_seq2(word)
    scored = []
    for candidate in possibilities:
        matcher.set_seq1(candidate)
        # The cheap upper bounds first: most candidates fail them.
        if (matcher.real_quick_ratio() >= cutoff and matcher.quick_ratio() >= cutoff
                and matcher.ratio() >= cutoff):
            scored.append((matcher.ratio(), candidate))
    return [candidate for _, candidate in _nlargest(n, scored)]


def _keep_original_ws(s, tag_s):
    """Replace the blanks of tag_s by the whitespace characters of s at the same places."""
    return ''.join(c if tag_c == " " and c.isspace() else tag_c for c, tag_c in zip(s, tag_s))


class Differ:
    """Compares sequences of lines of text and produces human-readable differences."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        """The delta from lines a to lines b: '  ' common, '- ' only in a, '+ ' only in b,
        '? ' marks under the characters that differ in a changed line."""
        for tag, alo, ahi, blo, bhi in SequenceMatcher(self.linejunk, a, b).get_opcodes():
            if tag == 'replace':
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                yield from self._dump('-', a, alo, ahi)
            elif tag == 'insert':
                yield from self._dump('+', b, blo, bhi)
            elif tag == 'equal':
                yield from self._dump(' ', a, alo, ahi)
            else:
                raise ValueError(f'unknown tag {tag!r}')

    def _dump(self, tag, x, lo, hi):
        for line in x[lo:hi]:
            yield f'{tag} {line}'

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        assert alo < ahi and blo < bhi
        removed = self._dump('-', a, alo, ahi)
        added = self._dump('+', b, blo, bhi)
        # The shorter block goes first (removals on a tie), which reads better.
        yield from (added if bhi - blo < ahi - alo else removed)
        yield from (removed if bhi - blo < ahi - alo else added)

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        # A replaced block: its closest pair of lines is shown as a change with marks under the
        # characters that differ, and the lines before and after the pair are diffed the same
        # way; a block with no close pair is a plain replace.
        pair = self._closest_pair(a, alo, ahi, b, blo, bhi)
        if pair is None:
            yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
            return
        i, j, identical = pair
        yield from self._fancy_helper(a, alo, i, b, blo, j)
        if identical:
            yield '  ' + a[i]
        else:
            yield from self._qformat(a[i], b[j], *_intraline_tags(a[i], b[j], self.charjunk))
        yield from self._fancy_helper(a, i + 1, ahi, b, j + 1, bhi)

    def _closest_pair(self, a, alo, ahi, b, blo, bhi):
        """(i, j, identical): the most similar pair of different lines when their similarity
        ratio reaches 0.75 (the first found wins ties), else the first identical pair, else
        None. The cheap upper bounds of the ratio are tried before the ratio itself."""
        matcher = SequenceMatcher(self.charjunk)
        best_ratio, best = 0.74, None
        first_identical = None
        for j in range(blo, bhi):
            matcher.set_seq2(b[j])
            for i in range(alo, ahi):
                if a[i] == b[j]:
                    if first_identical is None:
                        first_identical = (i, j, True)
                    continue
                matcher.set_seq1(a[i])
                if (matcher.real_quick_ratio() > best_ratio
                        and matcher.quick_ratio() > best_ratio
                        and matcher.ratio() > best_ratio):
                    best_ratio, best = matcher.ratio(), (i, j, False)
        return best if best_ratio >= 0.75 else first_identical

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi and blo < bhi:
            yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
        elif alo < ahi:
            yield from self._dump('-', a, alo, ahi)
        elif blo < bhi:
            yield from self._dump('+', b, blo, bhi)

    def _qformat(self, aline, bline, atags, btags):
        # Each line, then its marks (trailing blanks dropped, tabs kept under tabs).
        for prefix, line, tags in (("- ", aline, atags), ("+ ", bline, btags)):
            yield prefix + line
            tags = _keep_original_ws(line, tags).rstrip()
            if tags:
                yield f"? {tags}\n"


_INTRALINE_MARKS = {'replace': ('^', '^'), 'delete': ('-', ''), 'insert': ('', '+'),
                    'equal': (' ', ' ')}


def _intraline_tags(aline, bline, charjunk):
    """The mark lines under a changed pair: ^ replaced, - deleted, + inserted characters."""
    atags, btags = [], []
    for tag, i1, i2, j1, j2 in SequenceMatcher(charjunk, aline, bline).get_opcodes():
        amark, bmark = _INTRALINE_MARKS[tag]
        atags.append(amark * (i2 - i1))
        btags.append(bmark * (j2 - j1))
    return ''.join(atags), ''.join(btags)


def IS_LINE_JUNK(line, pat=re.compile(r"\s*(?:#\s*)?$").match):
    """True for a line that is blank or holds only a '#'."""
    return pat(line) is not None


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    """True for a space or a tab."""
    return ch in ws


def _format_range_unified(start, stop):
    """A range in the unified diff format: 'start,length', or 'start' for one line."""
    first = start + 1
    length = stop - start
    if length == 1:
        return f'{first}'
    if not length:
        first -= 1  # an empty range is named by the line before it
    return f'{first},{length}'


def _format_range_context(start, stop):
    """A range in the context diff format: 'first,last', or 'first' for one line."""
    first = start + 1
    length = stop - start
    if not length:
        first -= 1
    if length <= 1:
        return f'{first}'
    return f'{first},{first + length - 1}'


def _file_line(marker, name, date, lineterm):
    dated = f'\t{date}' if date else ''
    return f'{marker} {name}{dated}{lineterm}'


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3,
                 lineterm='\n'):
    """The differences between two lists of lines as a unified diff, with n lines of context."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    groups = SequenceMatcher(None, a, b).get_grouped_opcodes(n)
    for number, group in enumerate(groups):
        if number == 0:
            yield _file_line('---', fromfile, fromfiledate, lineterm)
            yield _file_line('+++', tofile, tofiledate, lineterm)
        first, last = group[0], group[-1]
        old_range = _format_range_unified(first[1], last[2])
        new_range = _format_range_unified(first[3], last[4])
        yield f'@@ -{old_range} +{new_range} @@{lineterm}'
        for tag, i1, i2, j1, j2 in group:
            if tag == 'equal':
                yield from _marked(' ', a[i1:i2])
            else:
                if tag in ('replace', 'delete'):
                    yield from _marked('-', a[i1:i2])
                if tag in ('replace', 'insert'):
                    yield from _marked('+', b[j1:j2])


_CONTEXT_PREFIX = {'insert': '+ ', 'delete': '- ', 'replace': '! ', 'equal': '  '}


def context_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3,
                 lineterm='\n'):
    """The differences between two lists of lines as a context diff, with n lines of context."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    groups = SequenceMatcher(None, a, b).get_grouped_opcodes(n)
    for number, group in enumerate(groups):
        if number == 0:
            yield _file_line('***', fromfile, fromfiledate, lineterm)
            yield _file_line('---', tofile, tofiledate, lineterm)
        first, last = group[0], group[-1]
        yield '***************' + lineterm
        yield f'*** {_format_range_context(first[1], last[2])} ****{lineterm}'
        # Each side lists its lines only when it has changes of its own.
        if any(op[0] in ('replace', 'delete') for op in group):
            for tag, i1, i2, _, _ in group:
                if tag != 'insert':
                    for line in a[i1:i2]:
                        yield _CONTEXT_PREFIX[tag] + line
        yield f'--- {_format_range_context(first[3], last[4])} ----{lineterm}'
        if any(op[0] in ('replace', 'insert') for op in group):
            for tag, _, _, j1, j2 in group:
                if tag != 'delete':
                    for line in b[j1:j2]:
                        yield _CONTEXT_PREFIX[tag] + line


def _check_types(a, b, *args):
    # bytes lines would make a diff of their reprs: refuse them at once.
    for lines in (a, b):
        if lines and not isinstance(lines[0], str):
            raise TypeError(f'lines to compare must be str, not {type(lines[0]).__name__} '
                            f'({lines[0]!r})')
    for arg in args:
        if not isinstance(arg, str):
            raise TypeError(f'all arguments must be str, not: {arg!r}')


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'', tofiledate=b'', n=3,
               lineterm=b'\n'):
    """dfunc (unified_diff or context_diff) over bytes: decoded as ASCII with surrogateescape,
    which gives every byte back unchanged when the result is encoded the same way."""
    def as_text(value):
        try:
            return value.decode('ascii', 'surrogateescape')
        except AttributeError as err:
            raise TypeError(f'all arguments must be bytes, not {type(value).__name__} '
                            f'({value!r})') from err
    a = [as_text(line) for line in a]
    b = [as_text(line) for line in b]
    names = [as_text(value) for value in (fromfile, tofile, fromfiledate, tofiledate, lineterm)]
    for line in dfunc(a, b, *names[:4], n, names[4]):
        yield line.encode('ascii', 'surrogateescape')


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """The Differ delta (lines prefixed '- ', '+ ', '  ', '? ') between two lists of lines."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """The lines of sequence 1 or 2 that a Differ delta was made from."""
    try:
        tag = {1: "- ", 2: "+ "}[int(which)]
    except KeyError:
        raise ValueError(f'unknown delta choice (must be 1 or 2): {which!r}') from None
    for line in delta:
        if line[:2] in ("  ", tag):
            yield line[2:]


# ---------------------------------------------------------------------------------------------
# Side-by-side differences (HtmlDiff)

_CHANGE_RUN = re.compile(r'(\++|-+|\^+)')


class _SideBySide:
    """The rows of a side-by-side view read off ndiff's delta: (from cell, to cell, changed),
    a cell being (line number, text) or None. Changed text is bracketed by '\0' plus the kind
    ('+', '-', '^') and '\1'. Where one side has lines the other lacks, blank cells
    ('', '\n') are put in so that the unchanged lines after them face each other again."""

    def __init__(self, a, b, linejunk, charjunk):
        self._delta = ndiff(a, b, linejunk, charjunk)
        self._ahead = []
        self._numbers = [0, 0]

    def _look_ahead(self):
        """The first characters of the next four delta lines ('X' past the end)."""
        while len(self._ahead) < 4:
            self._ahead.append(next(self._delta, 'X'))
        return ''.join(line[0] for line in self._ahead)

    def _take(self, side, mark, lines=None):
        """The next cell of `side`, taken from `lines` (the look-ahead by default). `mark` is
        None for text shown as it is, '?' for a line whose hint line follows it, or the kind
        of a line added or deleted as a whole."""
        source = self._ahead if lines is None else lines
        self._numbers[side] += 1
        line = source.pop(0)
        if mark is None:
            return self._numbers[side], line[2:]
        if mark == '?':
            hints = source.pop(0)
            # From the right, so that the earlier positions stay valid.
            for run in reversed(list(_CHANGE_RUN.finditer(hints))):
                start, end = run.span()
                line = f'{line[:start]}\0{run.group(1)[0]}{line[start:end]}\1{line[end:]}'
            return self._numbers[side], line[2:]
        return self._numbers[side], '\0' + mark + (line[2:] or ' ') + '\1'

    def rows(self):
        owed = 0  # blank cells the other side will need: < 0 on the to side, > 0 on the from side
        while True:
            kinds = self._look_ahead()
            settle = 0
            last = None
            if kinds.startswith('X'):
                settle = owed
            elif kinds.startswith('-?+?'):
                yield self._take(0, '?'), self._take(1, '?'), True
                continue
            elif kinds.startswith('--++'):
                owed -= 1
                yield self._take(0, '-'), None, True
                continue
            elif kinds.startswith(('--?+', '--+', '- ')):
                last = (self._take(0, '-'), None)
                settle, owed = owed - 1, 0
            elif kinds.startswith('-+?'):
                yield self._take(0, None), self._take(1, '?'), True
                continue
            elif kinds.startswith('-?+'):
                yield self._take(0, '?'), self._take(1, None), True
                continue
            elif kinds.startswith('-'):
                owed -= 1
                yield self._take(0, '-'), None, True
                continue
            elif kinds.startswith('+--'):
                owed += 1
                yield None, self._take(1, '+'), True
                continue
            elif kinds.startswith(('+ ', '+-')):
                last = (None, self._take(1, '+'))
                settle, owed = owed + 1, 0
            elif kinds.startswith('+'):
                owed += 1
                yield None, self._take(1, '+'), True
                continue
            elif kinds.startswith(' '):
                # Both sides show the same line: read it once for each.
                yield self._take(0, None, list(self._ahead)), self._take(1, None), False
                continue
            for _ in range(-settle):
                yield None, ('', '\n'), True
            for _ in range(settle):
                yield ('', '\n'), None, True
            if last is None:
                return
            yield last[0], last[1], True

    def pairs(self):
        """The rows with both cells filled: each side's cells in order, paired up."""
        left, right = [], []
        source = self.rows()
        while True:
            while not left or not right:
                row = next(source, None)
                if row is None:
                    return
                if row[0] is not None:
                    left.append((row[0], row[2]))
                if row[1] is not None:
                    right.append((row[1], row[2]))
            (a, a_changed), (b, b_changed) = left.pop(0), right.pop(0)
            yield a, b, a_changed or b_changed


def _around_changes(pairs, numlines):
    """Only the rows within `numlines` of a change, a (None, None, None) row before each run
    that does not start at the top."""
    keep = numlines + 1
    while True:
        recent = []
        seen = 0
        changed = False
        while not changed:
            row = next(pairs, None)
            if row is None:
                return
            changed = row[2]
            recent.append(row)
            seen += 1
            if len(recent) > keep:
                recent.pop(0)
        if seen > keep:
            yield None, None, None
        yield from recent
        left = keep - 1
        while left:
            row = next(pairs, None)
            if row is None:
                return
            left = keep - 1 if row[2] else left - 1
            yield row


def _mdiff(fromlines, tolines, context=None, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Side-by-side rows for two lists of lines, all of them or (context=n) those within n
    lines of a change."""
    pairs = _SideBySide(fromlines, tolines, linejunk, charjunk).pairs()
    if context is None:
        return pairs
    return _around_changes(pairs, context)


def _escape_cell_text(text):
    text = text.replace('&', '&amp;').replace('>', '&gt;').replace('<', '&lt;')
    return text.replace(' ', '&nbsp;').rstrip()


class HtmlDiff:
    """Side-by-side HTML tables (make_table) and whole pages (make_file) showing the line and
    intraline differences between two lists of lines, with links to the next change."""

    _file_template = '\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"\n          "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n\n<html>\n\n<head>\n    <meta http-equiv="Content-Type"\n          content="text/html; charset=%(charset)s" />\n    <title></title>\n    <style type="text/css">%(styles)s\n    </style>\n</head>\n\n<body>\n    %(table)s%(legend)s\n</body>\n\n</html>'
    _styles = '\n        table.diff {font-family:Courier; border:medium;}\n        .diff_header {background-color:#e0e0e0}\n        td.diff_header {text-align:right}\n        .diff_next {background-color:#c0c0c0}\n        .diff_add {background-color:#aaffaa}\n        .diff_chg {background-color:#ffff77}\n        .diff_sub {background-color:#ffaaaa}'
    _table_template = '\n    <table class="diff" id="difflib_chg_%(prefix)s_top"\n           cellspacing="0" cellpadding="0" rules="groups" >\n        <colgroup></colgroup> <colgroup></colgroup> <colgroup></colgroup>\n        <colgroup></colgroup> <colgroup></colgroup> <colgroup></colgroup>\n        %(header_row)s\n        <tbody>\n%(data_rows)s        </tbody>\n    </table>'
    _legend = '\n    <table class="diff" summary="Legends">\n        <tr> <th colspan="2"> Legends </th> </tr>\n        <tr> <td> <table border="" summary="Colors">\n                      <tr><th> Colors </th> </tr>\n                      <tr><td class="diff_add">&nbsp;Added&nbsp;</td></tr>\n                      <tr><td class="diff_chg">Changed</td> </tr>\n                      <tr><td class="diff_sub">Deleted</td> </tr>\n                  </table></td>\n             <td> <table border="" summary="Links">\n                      <tr><th colspan="2"> Links </th> </tr>\n                      <tr><td>(f)irst change</td> </tr>\n                      <tr><td>(n)ext change</td> </tr>\n                      <tr><td>(t)op</td> </tr>\n                  </table></td> </tr>\n    </table>'
    # Every table gets its own anchor prefixes (from0_/to0_, from1_/to1_, ...).
    _default_prefix = 0

    def __init__(self, tabsize=8, wrapcolumn=None, linejunk=None, charjunk=IS_CHARACTER_JUNK):
        self._linejunk, self._charjunk = linejunk, charjunk
        self._tabsize = tabsize
        self._wrapcolumn = wrapcolumn

    def make_file(self, fromlines, tolines, fromdesc='', todesc='', context=False, numlines=5,
                  *, charset='utf-8'):
        """A complete HTML page with the table of make_table and a legend."""
        table = self.make_table(fromlines, tolines, fromdesc, todesc, context=context,
                                numlines=numlines)
        page = self._file_template % {'styles': self._styles, 'legend': self._legend,
                                      'table': table, 'charset': charset}
        # Characters the charset cannot hold become character references.
        return page.encode(charset, 'xmlcharrefreplace').decode(charset)

    def _expand_tabs(self, line):
        # Spaces that were in the text stay spaces; those a tab expands into become tabs,
        # shown as &nbsp; once the differences are found.
        widened = line.replace(' ', '\0').expandtabs(self._tabsize)
        return widened.replace(' ', '\t').replace('\0', ' ').rstrip('\n')

    def _split_line(self, out, number, text):
        """Append (number, text) to out, cut into pieces of wrapcolumn characters (markup not
        counted); the continuation pieces are numbered '>'."""
        width = self._wrapcolumn
        if not number or len(text) <= width or len(text) - 3 * text.count('\0') <= width:
            out.append((number, text))
            return
        at = shown = 0
        kind = ''
        while shown < width and at < len(text):
            ch = text[at]
            if ch == '\0':
                kind = text[at + 1]
                at += 2
            elif ch == '\1':
                kind = ''
                at += 1
            else:
                at += 1
                shown += 1
        head, tail = text[:at], text[at:]
        if kind:
            # A change cut in two is closed on this piece and opened again on the next.
            head += '\1'
            tail = '\0' + kind + tail
        out.append((number, head))
        self._split_line(out, '>', tail)

    def _wrapped(self, rows):
        for left, right, changed in rows:
            if changed is None:
                yield left, right, changed
                continue
            left_parts, right_parts = [], []
            self._split_line(left_parts, *left)
            self._split_line(right_parts, *right)
            while left_parts or right_parts:
                a = left_parts.pop(0) if left_parts else ('', ' ')
                b = right_parts.pop(0) if right_parts else ('', ' ')
                yield a, b, changed

    def _cell(self, side, number, text):
        if isinstance(number, int):
            number = '%d' % number
            anchor = f' id="{self._prefix[side]}{number}"'
        else:
            anchor = ''
        return f'<td class="diff_header"{anchor}>{number}</td><td nowrap="nowrap">{_escape_cell_text(text)}</td>'

    def _new_prefixes(self):
        serial = HtmlDiff._default_prefix
        HtmlDiff._default_prefix += 1
        self._prefix = [f'from{serial}_', f'to{serial}_']

    def _navigation(self, flags, context, numlines):
        """The anchors (ids) and links of each row: an anchor numlines rows before each run
        of changes, a link to the next change on the run's first row, 'f' on the first row
        when it is no change, 't' (to the top) after the last change."""
        to = self._prefix[1]
        ids = [''] * len(flags)
        links = [''] * len(flags)
        changes = 0
        inside = False
        last = 0
        for i, flag in enumerate(flags):
            if not flag:
                inside = False
                continue
            if inside:
                continue
            inside = True
            last = i
            ids[max(0, i - numlines)] = f' id="difflib_chg_{to}_{changes}"'
            changes += 1
            links[i] = f'<a href="#difflib_chg_{to}_{changes}">n</a>'
        return ids, links, last

    def make_table(self, fromlines, tolines, fromdesc='', todesc='', context=False, numlines=5):
        """An HTML table comparing the two lists of lines side by side, every line or
        (context=True) those within numlines of a change."""
        self._new_prefixes()
        a = [self._expand_tabs(line) for line in fromlines]
        b = [self._expand_tabs(line) for line in tolines]
        rows = _mdiff(a, b, numlines if context else None, linejunk=self._linejunk,
                      charjunk=self._charjunk)
        if self._wrapcolumn:
            rows = self._wrapped(rows)
        left, right, flags = [], [], []
        for from_cell, to_cell, flag in rows:
            if flag is None:
                left.append(None)
                right.append(None)
            else:
                left.append(self._cell(0, *from_cell))
                right.append(self._cell(1, *to_cell))
            flags.append(flag)
        ids, links, last = self._navigation(flags, context, numlines)
        if not flags:
            flags, ids, links, last = [False], [''], [''], 0
            message = 'No Differences Found' if context else 'Empty File'
            left = right = [f'<td></td><td>&nbsp;{message}&nbsp;</td>']
        to = self._prefix[1]
        if not flags[0]:
            links[0] = f'<a href="#difflib_chg_{to}_0">f</a>'
        links[last] = f'<a href="#difflib_chg_{to}_top">t</a>'
        body = []
        for i, flag in enumerate(flags):
            if flag is None:
                # A separator between hunks (none before the first).
                if i > 0:
                    body.append('        </tbody>        \n        <tbody>\n')
                continue
            body.append(f'            <tr><td class="diff_next"{ids[i]}>{links[i]}</td>{left[i]}'
                        f'<td class="diff_next">{links[i]}</td>{right[i]}</tr>\n')
        header = ''
        if fromdesc or todesc:
            header = ('<thead><tr><th class="diff_next"><br /></th>'
                      f'<th colspan="2" class="diff_header">{fromdesc}</th>'
                      '<th class="diff_next"><br /></th>'
                      f'<th colspan="2" class="diff_header">{todesc}</th></tr></thead>')
        table = self._table_template % {'data_rows': ''.join(body), 'header_row': header,
                                        'prefix': to}
        for marker, markup in (('\0+', '<span class="diff_add">'), ('\0-', '<span class="diff_sub">'),
                               ('\0^', '<span class="diff_chg">'), ('\1', '</span>'),
                               ('\t', '&nbsp;')):
            table = table.replace(marker, markup)
        return table
