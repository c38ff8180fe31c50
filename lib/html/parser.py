"""HTMLParser: a tolerant, incremental tokenizer for HTML and XHTML.

Text is fed in pieces of any size; the parser reports what it recognises through handle_*
methods that a subclass overrides, and keeps whatever may still be cut in half (a tag, a
reference, a comment) until more text, or close(), arrives.
"""

import re
from html import unescape

__all__ = ['HTMLParser']


# The pieces of a start tag, as the HTML5 tokenizer roughly sees them. An attribute name must
# follow a quote, white space or '/', so `<a b"c>` has no attribute named `"c`.
_TAG_NAME = r"[a-zA-Z][^\t\n\r\f />\x00]*"
_ATTR_NAME = r"(?<=['\"\s/])[^\s/>][^\s/=>]*"
_ATTR_VALUE = r"'[^']*'|\"[^\"]*\"|(?!['\"])[^>\s]*"
_BETWEEN_ATTRS = r"(?:\s|/(?!>))*"

# How far a start tag reaches: its name, then attributes, each maybe with a value.
_START_TAG_EXTENT = re.compile(
    "<" + _TAG_NAME
    + r"(?:[\s/]*(?:" + _ATTR_NAME + r"(?:\s*=+\s*(?:" + _ATTR_VALUE + r")\s*)?"
    + _BETWEEN_ATTRS + r")*)?\s*")
_TAG_NAME_AT = re.compile("(" + _TAG_NAME + ")" + _BETWEEN_ATTRS)
_ATTRIBUTE_AT = re.compile(
    "(" + _ATTR_NAME + r")(\s*=+\s*(" + _ATTR_VALUE + "))?" + _BETWEEN_ATTRS)
_WELL_FORMED_END_TAG = re.compile(r"</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>")

# References. Both need one character after the name or number, so that a reference cut by the
# end of a fed piece is not reported early.
_NAMED_REF = re.compile(r"&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]")
_NUMERIC_REF = re.compile(r"&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]")
_REF_START = re.compile(r"&[a-zA-Z#]")

_MARKUP_START = re.compile(r"[&<]")
_COMMENT_END = re.compile(r"--\s*>")
_SECTION_END = re.compile(r"]\s*]\s*>")
_MS_SECTION_END = re.compile(r"]\s*>")
_DECL_NAME = re.compile(r"[a-zA-Z][-_.a-zA-Z0-9]*\s*")
_SPACE_OR_SEMICOLON = re.compile(r"[\s;]")

# Marked sections <![name ...]]>, and Microsoft Office's conditional <![if ...]> ones.
_SGML_SECTIONS = frozenset({"temp", "cdata", "ignore", "include", "rcdata"})
_MS_SECTIONS = frozenset({"if", "else", "endif"})

# Text after the end of a start tag's attributes that may still grow into more of the tag.
_TAG_MAY_CONTINUE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ=/")

# A named reference cut by the end of a piece is at most this far from it.
_LONGEST_REFERENCE = 34


def _strip_quotes(value):
    if len(value) >= 1 and value[0] in "'\"" and value[-1] == value[0]:
        return value[1:-1]
    return value


class HTMLParser:
    """Finds tags, text, references, comments and declarations in HTML fed to it.

    Subclass it and override the handle_* methods; call feed() with text as often as needed
    and close() at the end. With convert_charrefs true (the default) character references in
    text are replaced before handle_data() sees it; otherwise they are reported through
    handle_entityref() and handle_charref().
    """

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Forget all state, including text not yet processed."""
        self.rawdata = ''
        self.lasttag = '???'
        self.interesting = _MARKUP_START
        self.cdata_elem = None
        self.lineno = 1
        self.offset = 0
        self._starttag_text = None

    def feed(self, data):
        """Add text to the input and process as much of it as can be decided."""
        self.rawdata = self.rawdata + data
        self.goahead(0)

    def close(self):
        """Process everything left, as if the input ended here."""
        self.goahead(1)

    def getpos(self):
        """(line, column) of the start of what is being reported; lines count from 1."""
        return self.lineno, self.offset

    def get_starttag_text(self):
        """The source text of the most recent start tag, or None."""
        return self._starttag_text

    def set_cdata_mode(self, elem):
        # Inside <script> and <style> only the matching end tag is markup.
        name = elem.lower()
        self.interesting = re.compile(r'</\s*' + name + r'\s*>', re.I)
        self.cdata_elem = name

    def clear_cdata_mode(self):
        self.cdata_elem = None
        self.interesting = _MARKUP_START

    def updatepos(self, i, j):
        """Move the reported position over rawdata[i:j]; returns j."""
        if i >= j:
            return j
        newlines = self.rawdata.count("\n", i, j)
        if newlines:
            self.lineno += newlines
            self.offset = j - (self.rawdata.rindex("\n", i, j) + 1)
        else:
            self.offset += j - i
        return j

    # -- the main loop ------------------------------------------------------------------------

    def _emit_text(self, text):
        # Inside <script> and <style> references stay as written.
        if self.convert_charrefs and not self.cdata_elem:
            text = unescape(text)
        self.handle_data(text)

    def _next_markup(self, i):
        """Where the run of plain text starting at i ends, or -1 to wait for more input."""
        raw = self.rawdata
        if self.convert_charrefs and not self.cdata_elem:
            lt = raw.find('<', i)
            if lt >= 0:
                return lt
            # Everything left is text, but a reference near its end may be incomplete: hold
            # it all back unless the last '&' is already followed by a space or ';'.
            amp = raw.rfind('&', max(i, len(raw) - _LONGEST_REFERENCE))
            if amp >= 0 and not _SPACE_OR_SEMICOLON.search(raw, amp):
                return -1
            return len(raw)
        found = self.interesting.search(raw, i)
        if found:
            return found.start()
        return -1 if self.cdata_elem else len(raw)

    def goahead(self, end):
        raw = self.rawdata
        n = len(raw)
        i = 0
        while i < n:
            j = self._next_markup(i)
            if j < 0:
                break
            if i < j:
                self._emit_text(raw[i:j])
            i = self.updatepos(i, j)
            if i == n:
                break
            if raw[i] == '<':
                k = self._markup_at(i)
                if k is None or (k < 0 and not end):
                    break
                if k < 0:
                    k = self._unfinished_markup_end(i)
                    self._emit_text(raw[i:k])
                i = self.updatepos(i, k)
            elif raw.startswith('&#', i):
                found = _NUMERIC_REF.match(raw, i)
                if not found:
                    # Not a number: give up on '&#' as text once the input shows it never
                    # will be one.
                    if ';' in raw[i:]:
                        self.handle_data(raw[i:i + 2])
                        i = self.updatepos(i, i + 2)
                    break
                self.handle_charref(found.group()[2:-1])
                i = self.updatepos(i, self._reference_end(found))
            else:
                found = _NAMED_REF.match(raw, i)
                if found:
                    self.handle_entityref(found.group(1))
                    i = self.updatepos(i, self._reference_end(found))
                    continue
                started = _REF_START.match(raw, i)
                if started:
                    if end and started.group() == raw[i:]:
                        i = self.updatepos(i, i + 1)
                    break
                if i + 1 >= n:
                    break
                self.handle_data('&')
                i = self.updatepos(i, i + 1)
        if end and i < n and not self.cdata_elem:
            self._emit_text(raw[i:n])
            i = self.updatepos(i, n)
        self.rawdata = raw[i:]

    def _reference_end(self, found):
        # The character that closed the reference belongs to it only when it is ';'.
        stop = found.end()
        return stop if self.rawdata[stop - 1] == ';' else stop - 1

    def _markup_at(self, i):
        """Parse the markup starting with '<' at i: its end, -1 when cut off, None when a
        lone '<' ends the input."""
        raw = self.rawdata
        after = raw[i + 1:i + 2]
        if after.isascii() and after.isalpha():
            return self.parse_starttag(i)
        if after == '/':
            return self.parse_endtag(i)
        if raw.startswith('<!--', i):
            return self.parse_comment(i)
        if after == '?':
            return self.parse_pi(i)
        if after == '!':
            return self.parse_html_declaration(i)
        if i + 1 < len(raw):
            self.handle_data('<')
            return i + 1
        return None

    def _unfinished_markup_end(self, i):
        # At the end of input, broken markup becomes text up to the next '>' (inclusive), or
        # else up to the next '<', or else just the '<' itself.
        raw = self.rawdata
        gt = raw.find('>', i + 1)
        if gt >= 0:
            return gt + 1
        lt = raw.find('<', i + 1)
        return lt if lt >= 0 else i + 1

    # -- markup constructs: each returns the index after it, or -1 when it is cut off --------

    def parse_starttag(self, i):
        self._starttag_text = None
        stop = self.check_for_whole_start_tag(i)
        if stop < 0:
            return stop
        raw = self.rawdata
        self._starttag_text = raw[i:stop]
        name_match = _TAG_NAME_AT.match(raw, i + 1)
        tag = name_match.group(1).lower()
        self.lasttag = tag
        attrs, k = self._read_attributes(name_match.end(), stop)
        closing = raw[k:stop].strip()
        if closing == ">":
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        elif closing == "/>":
            self.handle_startendtag(tag, attrs)
        else:
            # Junk before the '>' makes the whole tag text.
            self.handle_data(raw[i:stop])
        return stop

    def _read_attributes(self, k, stop):
        raw = self.rawdata
        attrs = []
        while k < stop:
            found = _ATTRIBUTE_AT.match(raw, k)
            if not found:
                break
            name, assignment, value = found.group(1, 2, 3)
            if not assignment:
                value = None
            else:
                value = _strip_quotes(value)
                if value:
                    value = unescape(value)
            attrs.append((name.lower(), value))
            k = found.end()
        return attrs, k

    def check_for_whole_start_tag(self, i):
        raw = self.rawdata
        j = _START_TAG_EXTENT.match(raw, i).end()
        following = raw[j:j + 1]
        if following == ">":
            return j + 1
        if following == "/":
            if raw.startswith("/>", j):
                return j + 2
            return -1
        if following == "" or following in _TAG_MAY_CONTINUE:
            return -1
        return j if j > i else i + 1

    def parse_endtag(self, i):
        raw = self.rawdata
        gt = raw.find('>', i + 1)
        if gt < 0:
            return -1
        stop = gt + 1
        proper = _WELL_FORMED_END_TAG.match(raw, i)
        if proper:
            tag = proper.group(1).lower()
            if self.cdata_elem is not None and tag != self.cdata_elem:
                self.handle_data(raw[i:stop])
                return stop
            self.handle_endtag(tag)
            self.clear_cdata_mode()
            return stop
        if self.cdata_elem is not None:
            self.handle_data(raw[i:stop])
            return stop
        named = _TAG_NAME_AT.match(raw, i + 2)
        if not named:
            if raw.startswith('</>', i):
                return i + 3
            return self.parse_bogus_comment(i)
        # Whatever follows the name up to the next '>' is dropped.
        self.handle_endtag(named.group(1).lower())
        return raw.find('>', named.end()) + 1

    def parse_comment(self, i, report=1):
        raw = self.rawdata
        if not raw.startswith('<!--', i):
            raise AssertionError('unexpected call to parse_comment()')
        close = _COMMENT_END.search(raw, i + 4)
        if not close:
            return -1
        if report:
            self.handle_comment(raw[i + 4:close.start()])
        return close.end()

    def parse_bogus_comment(self, i, report=1):
        raw = self.rawdata
        gt = raw.find('>', i + 2)
        if gt < 0:
            return -1
        if report:
            self.handle_comment(raw[i + 2:gt])
        return gt + 1

    def parse_pi(self, i):
        raw = self.rawdata
        gt = raw.find('>', i + 2)
        if gt < 0:
            return -1
        self.handle_pi(raw[i + 2:gt])
        return gt + 1

    def parse_html_declaration(self, i):
        raw = self.rawdata
        if raw.startswith('<!--', i):
            return self.parse_comment(i)
        if raw.startswith('<![', i):
            return self.parse_marked_section(i)
        if raw[i:i + 9].lower() == '<!doctype':
            gt = raw.find('>', i + 9)
            if gt < 0:
                return -1
            self.handle_decl(raw[i + 2:gt])
            return gt + 1
        return self.parse_bogus_comment(i)

    def parse_marked_section(self, i, report=1):
        raw = self.rawdata
        keyword, j = self._scan_name(i + 3, i)
        if j < 0:
            return j
        if keyword in _SGML_SECTIONS:
            close = _SECTION_END.search(raw, i + 3)
        elif keyword in _MS_SECTIONS:
            close = _MS_SECTION_END.search(raw, i + 3)
        else:
            raise AssertionError(
                'unknown status keyword %r in marked section' % raw[i + 3:j])
        if not close:
            return -1
        if report:
            self.unknown_decl(raw[i + 3:close.start()])
        return close.end()

    def _scan_name(self, i, decl_start):
        """The lower-cased name at i and the index after it and any white space; (None, -1)
        when the input ends before the name is known to be complete."""
        raw = self.rawdata
        if i == len(raw):
            return None, -1
        found = _DECL_NAME.match(raw, i)
        if not found:
            self.updatepos(decl_start, i)
            raise AssertionError(
                "expected name token at %r" % raw[decl_start:decl_start + 20])
        if found.end() == len(raw):
            return None, -1
        return found.group().strip().lower(), found.end()

    # -- handlers for subclasses to override ----------------------------------------------------

    def handle_startendtag(self, tag, attrs):
        """An XHTML-style empty element <tag ... />: by default a start and an end tag."""
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        """A start tag: its lower-cased name and a list of (name, value) pairs; value is None
        for an attribute written without one."""

    def handle_endtag(self, tag):
        """An end tag, its name lower-cased."""

    def handle_charref(self, name):
        """A numeric reference &#NNN; or &#xNNN; (only when convert_charrefs is false)."""

    def handle_entityref(self, name):
        """A named reference &name; (only when convert_charrefs is false)."""

    def handle_data(self, data):
        """A run of text."""

    def handle_comment(self, data):
        """The text inside <!--...-->, or of a bogus comment such as <!x> or </1>."""

    def handle_decl(self, decl):
        """The text inside <!DOCTYPE ...>."""

    def handle_pi(self, data):
        """The text inside a processing instruction <?...>."""

    def unknown_decl(self, data):
        """The text of a marked section such as <![CDATA[...]]>."""
