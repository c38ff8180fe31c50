"""Text wrapping and filling, after CPython's textwrap module.

Text is cut into chunks (whitespace runs, words, word pieces that end at a break point) by the
class attributes wordsep_re / wordsep_simple_re, which subclasses may replace, and the chunks are
then packed into lines.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

import re

_whitespace = '\t\n\x0b\x0c\r '


def _chunk_patterns():
    """The two chunking patterns: (hyphen- and dash-aware, whitespace only).

    The first yields whitespace runs; dashes of two or more hyphens that follow a word
    character or punctuation and precede a word character; and words, each ending at
    whitespace, at the end of the text, before such a dash, or just after a hyphen that
    has two letters (or letter, hyphen, letter) before it and letter, optional hyphen,
    letter after it. "Letter" means a word character that is not a digit.
    """
    space = '[' + re.escape(_whitespace) + ']'
    solid = '[^' + re.escape(_whitespace) + ']'
    alpha = r'[^\W\d]'
    wordish = '[\\w!"\'&.,?]'
    after_hyphen_break = ('-(?:(?<=' + alpha + alpha + '-)|(?<=' + alpha + '-' + alpha + '-))'
                          '(?=' + alpha + '-?' + alpha + ')')
    word_end = '(?=' + space + r'|\Z)'
    before_dash = '(?<=' + wordish + ')(?=-{2,}\\w)'
    dash = '(?<=' + wordish + ')-{2,}(?=\\w)'
    word = solid + '+?(?:' + '|'.join([after_hyphen_break, word_end, before_dash]) + ')'
    full = '(' + '|'.join([space + '+', dash, word]) + ')'
    return re.compile(full), re.compile('(' + space + '+)')


class TextWrapper:
    """Object for wrapping/filling text."""

    # Chunking, used by _split (break_on_hyphens true or false).
    wordsep_re, wordsep_simple_re = _chunk_patterns()
    # A chunk that ends a sentence: lower-case ASCII letter, stop mark, optional closing quote.
    sentence_end_re = re.compile('[a-z][.!?][\'"]?\\Z')
    # _munge_whitespace's table: each whitespace character becomes a space.
    unicode_whitespace_trans = {ord(c): ord(' ') for c in _whitespace}
    uspace = ord(' ')

    def __init__(self, width=70, initial_indent='', subsequent_indent='', expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        # The shape of the output.
        self.width, self.max_lines, self.placeholder = width, max_lines, placeholder
        self.initial_indent, self.subsequent_indent = initial_indent, subsequent_indent
        # How the text is cleaned up before it is cut into chunks.
        self.expand_tabs, self.tabsize = expand_tabs, tabsize
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        # Where lines may break, and what happens to the spaces at the breaks.
        self.break_long_words, self.break_on_hyphens = break_long_words, break_on_hyphens
        self.drop_whitespace = drop_whitespace

    def _munge_whitespace(self, text):
        # Tabs to spaces first (their width depends on the column), then every other
        # whitespace character to one space.
        expanded = text.expandtabs(self.tabsize) if self.expand_tabs else text
        if not self.replace_whitespace:
            return expanded
        return expanded.translate(self.unicode_whitespace_trans)

    def _split(self, text):
        # Cut at the separators found by the pattern; the pattern's group keeps the pieces.
        if self.break_on_hyphens is True:
            pattern = self.wordsep_re
        else:
            pattern = self.wordsep_simple_re
        return [piece for piece in pattern.split(text) if piece]

    def _fix_sentence_endings(self, chunks):
        # A single space after a chunk that ends a sentence becomes two.
        ends_sentence = self.sentence_end_re.search
        position = 0
        while position < len(chunks) - 1:
            gap = position + 1
            if chunks[gap] == ' ' and ends_sentence(chunks[position]):
                chunks[gap] = '  '
                position = gap + 1  # the widened gap itself cannot end a sentence
            else:
                position = gap

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        # A chunk longer than a whole line: cut it to the room left (after its last hyphen
        # within that room, when hyphens may break), or put it whole on an empty line.
        room = max(width - cur_len, 0) if width >= 1 else 1
        if not self.break_long_words:
            if not cur_line:
                cur_line.append(reversed_chunks.pop())
            return
        chunk = reversed_chunks[-1]
        cut = room
        if self.break_on_hyphens and len(chunk) > room:
            hyphen = chunk.rfind('-', 0, room)
            if hyphen > 0 and chunk[:hyphen].strip('-'):
                cut = hyphen + 1
        cur_line.append(chunk[:cut])
        reversed_chunks[-1] = chunk[cut:]

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        if self.max_lines is not None:
            last_indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(last_indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')
        lines = []
        pending = chunks[::-1]  # the next chunk is at the end
        while pending:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            # Whitespace does not start a line after the first.
            if lines and self.drop_whitespace and not pending[-1].strip():
                pending.pop()
            line = []
            used = 0
            while pending and used + len(pending[-1]) <= width:
                used += len(pending[-1])
                line.append(pending.pop())
            if pending and len(pending[-1]) > width:
                self._handle_long_word(pending, line, used, width)
                used = sum(len(piece) for piece in line)
            # Nor does it end one.
            if self.drop_whitespace and line and not line[-1].strip():
                used -= len(line[-1])
                line.pop()
            if not line:
                continue
            if self._fits_in_max_lines(lines, pending, used, width):
                lines.append(indent + ''.join(line))
                continue
            self._end_with_placeholder(lines, line, used, width, indent)
            break
        return lines

    def _fits_in_max_lines(self, lines, pending, used, width):
        # The line may be written as it is: no line limit, not the last allowed line, or the
        # last text of all (whitespace aside) and short enough.
        if self.max_lines is None or len(lines) + 1 < self.max_lines:
            return True
        rest_is_blank = not pending or (self.drop_whitespace and len(pending) == 1
                                        and not pending[0].strip())
        return rest_is_blank and used <= width

    def _end_with_placeholder(self, lines, line, used, width, indent):
        # The last allowed line: drop chunks from its end until the placeholder fits after a
        # word; with no word left, put it on the previous line, or alone on this one.
        while line:
            if line[-1].strip() and used + len(self.placeholder) <= width:
                lines.append(indent + ''.join(line) + self.placeholder)
                return
            used -= len(line.pop())
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(self.placeholder) <= self.width:
                lines[-1] = previous + self.placeholder
                return
        lines.append(indent + self.placeholder.lstrip())

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """The lines of one paragraph of text, each at most self.width columns."""
        pieces = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(pieces)
        return self._wrap_chunks(pieces)

    def fill(self, text):
        """wrap()'s lines joined by newlines."""
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """The lines of one paragraph of text, at most width columns each (see TextWrapper)."""
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def _leading_blank(line):
    i = 0
    while i < len(line) and line[i] in ' \t':
        i += 1
    return line[:i]


def _shared_start(first, second):
    """The longest common prefix of two strings."""
    limit = min(len(first), len(second))
    n = 0
    while n < limit and first[n] == second[n]:
        n += 1
    return first[:n]


def dedent(text):
    """Remove any common leading whitespace from every line in `text`."""
    lines = text.split('\n')
    for i, line in enumerate(lines):
        if line and line.strip(' \t') == '':
            lines[i] = ''
    margin = None
    for line in lines:
        indent = _leading_blank(line)
        if len(indent) == len(line):
            continue
        margin = indent if margin is None else _shared_start(margin, indent)
    if margin:
        n = len(margin)
        lines = [line[n:] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Adds 'prefix' to the beginning of selected lines in 'text'."""
    out = []
    for line in text.splitlines(True):
        if (line.strip() if predicate is None else predicate(line)):
            out.append(prefix + line)
        else:
            out.append(line)
    return ''.join(out)
