"""Elements, element trees, an XML 1.0 parser and serializer: the xml.etree.ElementTree API.

Documents are read by a parser of our own (no expat), which reports well-formedness
errors with expat's codes, messages and positions."""

import re
import sys

__all__ = [
    "Comment", "dump", "Element", "ElementTree", "fromstring", "fromstringlist",
    "indent", "iselement", "iterparse", "parse", "ParseError", "PI",
    "ProcessingInstruction", "QName", "SubElement", "tostring", "tostringlist",
    "TreeBuilder", "VERSION", "XML", "XMLID", "XMLParser", "XMLPullParser",
    "register_namespace",
]

VERSION = "1.3.0"


class ParseError(SyntaxError):
    """A document is not well-formed; `code` is expat's error number and `position` the
    (line, column) of the fault."""


def iselement(element):
    """Whether the object looks like an element (has a tag)."""
    return hasattr(element, "tag")


def _check_element(value, what):
    if not isinstance(value, Element):
        raise TypeError("%s must be xml.etree.ElementTree.Element, not %s"
                        % (what, type(value).__name__))


class Element:
    """A node of the tree: a tag, an attribute dict, text before the first child, tail text
    after the element's end, and an ordered list of children."""

    def __init__(self, tag, attrib={}, **extra):
        if not isinstance(attrib, dict):
            raise TypeError("Element() argument 2 must be dict, not %s" % type(attrib).__name__)
        self.tag = tag
        self.attrib = {**attrib, **extra}
        self.text = None
        self.tail = None
        self._children = []

    def __repr__(self):
        return "<%s %r at %s>" % (type(self).__name__, self.tag, hex(id(self)))

    def makeelement(self, tag, attrib):
        """A new element of this element's class (not attached to anything)."""
        return self.__class__(tag, attrib)

    def __copy__(self):
        twin = self.makeelement(self.tag, self.attrib)
        twin.text = self.text
        twin.tail = self.tail
        twin[:] = self
        return twin

    def __deepcopy__(self, memo):
        import copy
        twin = self.makeelement(copy.deepcopy(self.tag, memo), copy.deepcopy(self.attrib, memo))
        twin.text = copy.deepcopy(self.text, memo)
        twin.tail = copy.deepcopy(self.tail, memo)
        for child in self._children:
            twin._children.append(copy.deepcopy(child, memo))
        return twin

    def __len__(self):
        return len(self._children)

    def __bool__(self):
        return len(self._children) != 0

    def __iter__(self):
        return iter(self._children)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._children[index]
        try:
            return self._children[index]
        except IndexError:
            raise IndexError("child index out of range") from None

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            items = list(value)
            for item in items:
                if not isinstance(item, Element):
                    raise TypeError('expected an Element, not "%s"' % type(item).__name__)
            self._children[index] = items
            return
        _check_element(value, "__setitem__() argument")
        try:
            self._children[index] = value
        except IndexError:
            raise IndexError("child assignment index out of range") from None

    def __delitem__(self, index):
        try:
            del self._children[index]
        except IndexError:
            raise IndexError("child assignment index out of range") from None

    def append(self, subelement):
        _check_element(subelement, "append() argument")
        self._children.append(subelement)

    def extend(self, elements):
        for item in elements:
            if not isinstance(item, Element):
                raise TypeError('expected an Element, not "%s"' % type(item).__name__)
            self._children.append(item)

    def insert(self, index, subelement):
        _check_element(subelement, "insert() argument 2")
        self._children.insert(index, subelement)

    def remove(self, subelement):
        for position, child in enumerate(self._children):
            if child is subelement or child == subelement:
                del self._children[position]
                return
        raise ValueError("list.remove(x): x not in list")

    def clear(self):
        self.attrib.clear()
        self._children = []
        self.text = None
        self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return list(self.attrib)

    def items(self):
        return list(self.attrib.items())

    def iter(self, tag=None):
        """This element and its descendants in document order, those with the given tag
        only when one is given ('*' means all)."""
        if tag == "*":
            tag = None
        found = []
        _walk(self, tag, found)
        return iter(found)

    def itertext(self):
        """The text of this subtree in document order (element text and tails of
        children)."""
        pieces = []
        _gather_text(self, pieces)
        return iter(pieces)

    def find(self, path, namespaces=None):
        return next(_select(self, path, namespaces), None)

    def findall(self, path, namespaces=None):
        return list(_select(self, path, namespaces))

    def iterfind(self, path, namespaces=None):
        return _select(self, path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        found = next(_select(self, path, namespaces), None)
        if found is None:
            return default
        return found.text or ""


def _walk(elem, tag, found):
    if tag is None or elem.tag == tag:
        found.append(elem)
    for child in elem._children:
        _walk(child, tag, found)


def _gather_text(elem, pieces):
    # As CPython's accelerated Element does, comments and processing instructions give
    # their text too.
    if elem.text:
        pieces.append(elem.text)
    for child in elem._children:
        _gather_text(child, pieces)
        if child.tail:
            pieces.append(child.tail)


def SubElement(parent, tag, attrib={}, **extra):
    """Create an element with parent.makeelement and append it to parent."""
    if not isinstance(attrib, dict):
        raise TypeError("SubElement() argument 3 must be dict, not %s" % type(attrib).__name__)
    _check_element(parent, "SubElement() argument 1")
    child = parent.makeelement(tag, {**attrib, **extra})
    parent.append(child)
    return child


def Comment(text=None):
    """A comment element: its tag is this function, its text the comment's content."""
    node = Element(Comment)
    node.text = text
    return node


def ProcessingInstruction(target, text=None):
    """A processing-instruction element whose text is the target, then the data if any."""
    node = Element(ProcessingInstruction)
    node.text = target
    if text:
        node.text = target + " " + text
    return node


PI = ProcessingInstruction


class QName:
    """A qualified name, '{uri}local', usable as a tag, attribute name or value."""

    def __init__(self, text_or_uri, tag=None):
        self.text = "{%s}%s" % (text_or_uri, tag) if tag else text_or_uri

    def __repr__(self):
        return "<%s %r>" % (type(self).__name__, self.text)

    def __str__(self):
        return self.text

    def __hash__(self):
        return hash(self.text)

    def _key(self, other):
        return other.text if isinstance(other, QName) else other

    def __eq__(self, other):
        return self.text == self._key(other)

    def __ne__(self, other):
        return self.text != self._key(other)

    def __lt__(self, other):
        return self.text < self._key(other)

    def __le__(self, other):
        return self.text <= self._key(other)

    def __gt__(self, other):
        return self.text > self._key(other)

    def __ge__(self, other):
        return self.text >= self._key(other)


# ---------------------------------------------------------------------------------------
# Path queries (the subset of XPath that find/findall/findtext/iterfind understand)

_PATH_OPERATORS = "/.*:[]()@="


def _path_tokens(path):
    """('op', text), ('name', text) and ('lit', text) tokens of a path expression."""
    tokens = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c.isspace():
            i += 1
            continue
        if c == "'" or c == '"':
            close = path.find(c, i + 1)
            if close < 0:
                raise SyntaxError("invalid path")
            tokens.append(("lit", path[i + 1:close]))
            i = close + 1
            continue
        two = path[i:i + 2]
        if two in ("//", "..", "()", "!=", "::"):
            tokens.append(("op", two))
            i += 2
            continue
        if c in _PATH_OPERATORS:
            tokens.append(("op", c))
            i += 1
            continue
        j = i
        if c == "{":
            close = path.find("}", i + 1)
            if close > i + 1:
                j = close + 1
        while j < n and path[j] not in "/[]()@!=" and not path[j].isspace():
            j += 1
        tokens.append(("name", path[i:j]))
        i = j
    return tokens


def _expand_prefix(name, namespaces, is_attribute):
    if name[:1] == "{":
        return name
    if ":" in name:
        if namespaces is None:
            return name
        prefix, local = name.split(":", 1)
        if prefix not in namespaces:
            raise SyntaxError("prefix %r not found in prefix map" % prefix) from None
        return "{%s}%s" % (namespaces[prefix], local)
    if namespaces and not is_attribute and namespaces.get(""):
        return "{%s}%s" % (namespaces[""], name)
    return name


def _tag_matcher(name):
    """A predicate over tags for a step's name, with the '*' and '{*}' wildcards."""
    if name == "*":
        return lambda tag: True
    if name == "{*}*":
        return lambda tag: isinstance(tag, str)
    if name[:3] == "{*}":
        local = name[3:]
        tail = "}" + local
        return lambda tag: isinstance(tag, str) and (tag == local or tag.endswith(tail))
    if name[:2] == "{}" and name != "{}*":
        name = name[2:]
        return lambda tag: tag == name
    if name == "{}*":
        return lambda tag: isinstance(tag, str) and tag[:1] != "{"
    if name[:1] == "{" and name.endswith("}*"):
        head = name[:-1]
        return lambda tag: isinstance(tag, str) and tag.startswith(head)
    return lambda tag: tag == name


class _Query:
    """The elements a path selects, computed step by step over a list of context elements."""

    def __init__(self, root):
        self.root = root
        self._parents = None

    def parent_of(self, elem):
        if self._parents is None:
            self._parents = {}
            for node in self.root.iter():
                for child in node._children:
                    self._parents[id(child)] = node
        return self._parents.get(id(elem))


def _step_children(match):
    def run(query, context):
        for elem in context:
            for child in elem._children:
                if match(child.tag):
                    yield child
    return run


def _step_descendants(match):
    def run(query, context):
        for elem in context:
            for node in elem.iter():
                if node is not elem and match(node.tag):
                    yield node
    return run


def _step_self(query, context):
    return context


def _step_parent(query, context):
    seen = set()
    for elem in context:
        parent = query.parent_of(elem)
        if parent is not None and id(parent) not in seen:
            seen.add(id(parent))
            yield parent


def _filter(keep):
    def run(query, context):
        for elem in context:
            if keep(query, elem):
                yield elem
    return run


def _joined_text(elem):
    return "".join(elem.itertext())


def _position_filter(index):
    def keep(query, elem):
        parent = query.parent_of(elem)
        if parent is None:
            return False
        same = parent.findall(elem.tag)
        try:
            return same[index] is elem
        except IndexError:
            return False
    return _filter(keep)


def _parse_predicate(tokens, namespaces):
    """A filter step for the tokens between '[' and ']'."""
    kinds = [kind if kind != "op" else text for kind, text in tokens]
    values = [text for kind, text in tokens]
    if kinds == ["@", "name"]:
        key = _expand_prefix(values[1], namespaces, True)
        return _filter(lambda query, elem: elem.get(key) is not None)
    if kinds in (["@", "name", "=", "lit"], ["@", "name", "!=", "lit"]):
        key = _expand_prefix(values[1], namespaces, True)
        wanted = values[3]
        if kinds[2] == "=":
            return _filter(lambda query, elem: elem.get(key) == wanted)
        return _filter(lambda query, elem: elem.get(key) is not None and elem.get(key) != wanted)
    if kinds == ["name"] and re.fullmatch(r"-?\d+", values[0]):
        index = int(values[0]) - 1
        if index < 0:
            raise SyntaxError("XPath position >= 1 expected")
        return _position_filter(index)
    if kinds == ["name", "()"] and values[0] == "last":
        return _position_filter(-1)
    if kinds == ["name", "()", "name"] and values[0] == "last":
        try:
            offset = int(values[2])
        except ValueError:
            raise SyntaxError("unsupported expression") from None
        if offset >= 0:
            raise SyntaxError("XPath offset from last() must be negative")
        return _position_filter(offset - 1)
    if kinds == ["name"]:
        tag = _expand_prefix(values[0], namespaces, False)
        return _filter(lambda query, elem: elem.find(tag) is not None)
    if kinds in (["name", "=", "lit"], ["name", "!=", "lit"], [".", "=", "lit"],
                 [".", "!=", "lit"]):
        wanted = values[2]
        equal = kinds[1] == "="
        if kinds[0] == ".":
            if equal:
                return _filter(lambda query, elem: _joined_text(elem) == wanted)
            return _filter(lambda query, elem: _joined_text(elem) != wanted)
        tag = _expand_prefix(values[0], namespaces, False)

        def keep(query, elem):
            for child in elem.findall(tag):
                if (_joined_text(child) == wanted) == equal:
                    return True
            return False
        return _filter(keep)
    raise SyntaxError("invalid predicate")


def _compile_path(path, namespaces):
    tokens = _path_tokens(path)
    if tokens and tokens[0] in (("op", "/"), ("op", "//")):
        raise SyntaxError("cannot use absolute path on element")
    steps = []
    i = 0
    n = len(tokens)
    while i < n:
        kind, text = tokens[i]
        if kind == "op" and text == "//":
            i += 1
            if i >= n:
                steps.append(_step_descendants(_tag_matcher("*")))
                break
            kind, text = tokens[i]
            if kind == "name":
                steps.append(_step_descendants(_tag_matcher(_expand_prefix(text, namespaces, False))))
            elif kind == "op" and text == "*":
                steps.append(_step_descendants(_tag_matcher("*")))
            else:
                raise SyntaxError("invalid descendant")
            i += 1
        elif kind == "name":
            steps.append(_step_children(_tag_matcher(_expand_prefix(text, namespaces, False))))
            i += 1
        elif kind == "op" and text == "*":
            steps.append(_step_children(_tag_matcher("*")))
            i += 1
        elif kind == "op" and text == ".":
            steps.append(_step_self)
            i += 1
        elif kind == "op" and text == "..":
            steps.append(_step_parent)
            i += 1
        elif kind == "op" and text == "[":
            pass
        else:
            raise SyntaxError("invalid path")
        while i < n and tokens[i] == ("op", "["):
            close = i + 1
            while close < n and tokens[close] != ("op", "]"):
                close += 1
            if close >= n:
                raise SyntaxError("invalid predicate")
            steps.append(_parse_predicate(tokens[i + 1:close], namespaces))
            i = close + 1
        if i >= n:
            break
        if tokens[i] == ("op", "/"):
            i += 1
            if i >= n:
                steps.append(_step_children(_tag_matcher("*")))
        elif tokens[i] != ("op", "//"):
            raise SyntaxError("invalid path")
    return steps


_path_cache = {}


def _select(elem, path, namespaces):
    """An iterator over the elements the path selects below elem."""
    if not isinstance(path, str):
        raise TypeError("'%s' object is not subscriptable" % type(path).__name__)
    key = (path, tuple(sorted(namespaces.items())) if namespaces else None)
    steps = _path_cache.get(key)
    if steps is None:
        steps = _compile_path(path, namespaces)
        if len(_path_cache) > 200:
            _path_cache.clear()
        _path_cache[key] = steps
    if not steps:
        return iter(())
    query = _Query(elem)
    context = iter((elem,))
    for step in steps:
        context = step(query, context)
    return context


# ---------------------------------------------------------------------------------------
# Trees


class ElementTree:
    """A whole document: a root element plus file-level parsing and writing."""

    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        stream, owned = _open_for_reading(source)
        try:
            if parser is None:
                parser = XMLParser()
            while True:
                chunk = stream.read(65536)
                if not chunk:
                    break
                parser.feed(chunk)
            self._root = parser.close()
            return self._root
        finally:
            if owned:
                stream.close()

    def iter(self, tag=None):
        return self._root.iter(tag)

    def _relative(self, path):
        if path[:1] == "/":
            import warnings
            warnings.warn(
                "This search is broken in 1.3 and earlier, and will be fixed in a future "
                "version.  If you rely on the current behaviour, change it to %r" % ("." + path),
                FutureWarning, stacklevel=3)
            return "." + path
        return path

    def find(self, path, namespaces=None):
        return self._root.find(self._relative(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return self._root.findtext(self._relative(path), default, namespaces)

    def findall(self, path, namespaces=None):
        return self._root.findall(self._relative(path), namespaces)

    def iterfind(self, path, namespaces=None):
        return self._root.iterfind(self._relative(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None,
              default_namespace=None, method=None, *, short_empty_elements=True):
        pieces, encoding = _serialize(self._root, encoding, method, xml_declaration,
                                      default_namespace, short_empty_elements)
        if encoding.lower() == "unicode":
            payload = "".join(pieces)
        else:
            payload = "".join(pieces).encode(encoding, "xmlcharrefreplace")
        if hasattr(file_or_filename, "write"):
            file_or_filename.write(payload)
        else:
            mode = "w" if isinstance(payload, str) else "wb"
            if mode == "w":
                with open(file_or_filename, mode, encoding="utf-8") as out:
                    out.write(payload)
            else:
                with open(file_or_filename, mode) as out:
                    out.write(payload)


def _open_for_reading(source):
    if hasattr(source, "read"):
        return source, False
    return open(source, "rb"), True


# ---------------------------------------------------------------------------------------
# Serialization

# Well-known namespaces and the prefixes they are written with (uri -> prefix).
_namespace_map = {
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://purl.org/dc/elements/1.1/": "dc",
    "http://www.w3.org/1999/xhtml": "html",
    "http://www.w3.org/2001/XMLSchema": "xs",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
    "http://schemas.xmlsoap.org/wsdl/": "wsdl",
}


def register_namespace(prefix, uri):
    """Serialize names in namespace uri with the given prefix from now on."""
    if re.match(r"ns\d+$", prefix):
        raise ValueError("Prefix format reserved for internal use")
    for known_uri, known_prefix in list(_namespace_map.items()):
        if known_uri == uri or known_prefix == prefix:
            del _namespace_map[known_uri]
    _namespace_map[uri] = prefix


_HTML_VOID = {"area", "base", "basefont", "br", "col", "embed", "frame", "hr", "img", "input",
              "isindex", "link", "meta", "param", "source", "track", "wbr"}


def _cannot_serialize(value):
    raise TypeError("cannot serialize %r (type %s)" % (value, type(value).__name__))


_TEXT_ESCAPES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"))


def _escape_text(text):
    if not isinstance(text, str):
        _cannot_serialize(text)
    for raw, escaped in _TEXT_ESCAPES:
        if raw in text:
            text = text.replace(raw, escaped)
    return text


_ATTRIBUTE_XML_ESCAPES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"),
                          ("\r", "&#13;"), ("\n", "&#10;"), ("\t", "&#09;"))
_ATTRIBUTE_HTML_ESCAPES = (("&", "&amp;"), (">", "&gt;"), ('"', "&quot;"))


def _escape_attribute(value, table):
    if not isinstance(value, str):
        _cannot_serialize(value)
    for raw, escaped in table:
        if raw in value:
            value = value.replace(raw, escaped)
    return value


def _qualified_names(root, default_namespace):
    """(names, declarations): the serialized form of every tag and attribute name in the
    tree, and the namespace uri -> prefix declarations the root must carry."""
    names = {None: None}
    declared = {}
    if default_namespace:
        declared[default_namespace] = ""

    def qualify(name):
        if name in names:
            return
        if name[:1] == "{":
            uri, _, local = name[1:].partition("}")
            prefix = declared.get(uri)
            if prefix is None:
                prefix = _namespace_map.get(uri)
                if prefix is None:
                    prefix = "ns%d" % len(declared)
                if prefix != "xml":
                    declared[uri] = prefix
            names[name] = "%s:%s" % (prefix, local) if prefix else local
        else:
            if default_namespace:
                raise ValueError("cannot use non-qualified names with default_namespace option")
            names[name] = name

    for elem in root.iter():
        tag = elem.tag
        if isinstance(tag, QName):
            qualify(tag.text)
        elif isinstance(tag, str):
            qualify(tag)
        elif tag is not None and tag is not Comment and tag is not ProcessingInstruction:
            _cannot_serialize(tag)
        for key, value in elem.items():
            if isinstance(key, QName):
                key = key.text
            if not isinstance(key, str):
                _cannot_serialize(key)
            qualify(key)
            if isinstance(value, QName):
                qualify(value.text)
        if isinstance(elem.text, QName):
            qualify(elem.text.text)
    return names, declared


def _write_start_tag(write, elem, tag, names, declarations, escapes):
    """`<tag` with the namespace declarations and the attributes, values escaped by `escapes`
    (the element's closing `>` or ` />` is the caller's)."""
    write("<" + tag)
    if declarations:
        for uri, prefix in sorted(declarations.items(), key=lambda pair: pair[1]):
            write(' xmlns%s="%s"' % (":" + prefix if prefix else "",
                                     _escape_attribute(uri, _ATTRIBUTE_XML_ESCAPES)))
    for key, value in elem.attrib.items():
        if isinstance(key, QName):
            key = key.text
        if isinstance(value, QName):
            value = names[value.text]
        else:
            value = _escape_attribute(value, escapes)
        write(' %s="%s"' % (names[key], value))


def _write_xml(write, elem, names, declarations, short_empty):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write("<!--%s-->" % text)
    elif tag is ProcessingInstruction:
        write("<?%s?>" % text)
    else:
        tag = names[tag.text if isinstance(tag, QName) else tag]
        if tag is None:
            if text:
                write(_escape_text(text))
            for child in elem._children:
                _write_xml(write, child, names, None, short_empty)
        else:
            _write_start_tag(write, elem, tag, names, declarations, _ATTRIBUTE_XML_ESCAPES)
            if text or elem._children or not short_empty:
                write(">")
                if text:
                    write(_escape_text(text))
                for child in elem._children:
                    _write_xml(write, child, names, None, short_empty)
                write("</" + tag + ">")
            else:
                write(" />")
    if elem.tail:
        write(_escape_text(elem.tail))


def _write_html(write, elem, names, declarations, short_empty):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write("<!--%s-->" % _escape_text(text))
    elif tag is ProcessingInstruction:
        write("<?%s?>" % _escape_text(text))
    else:
        tag = names[tag.text if isinstance(tag, QName) else tag]
        if tag is None:
            if text:
                write(_escape_text(text))
            for child in elem._children:
                _write_html(write, child, names, None, short_empty)
        else:
            _write_start_tag(write, elem, tag, names, declarations, _ATTRIBUTE_HTML_ESCAPES)
            write(">")
            lowered = tag.lower()
            if text:
                if lowered == "script" or lowered == "style":
                    write(text)
                else:
                    write(_escape_text(text))
            for child in elem._children:
                _write_html(write, child, names, None, short_empty)
            if lowered not in _HTML_VOID:
                write("</" + tag + ">")
    if elem.tail:
        write(_escape_text(elem.tail))


def _serialize(root, encoding, method, xml_declaration, default_namespace, short_empty):
    """The text pieces of a document, in the order CPython writes them, and the effective
    encoding name."""
    if method is None:
        method = "xml"
    if method not in ("xml", "html", "text"):
        raise ValueError("unknown method %r" % method)
    if not encoding:
        encoding = "us-ascii"
    pieces = []
    write = pieces.append
    lowered = encoding.lower()
    if method == "xml" and (xml_declaration or (
            xml_declaration is None and lowered not in ("utf-8", "us-ascii", "unicode"))):
        declared = "utf-8" if lowered == "unicode" else encoding
        write("<?xml version='1.0' encoding='%s'?>\n" % declared)
    if method == "text":
        for part in root.itertext():
            write(part)
        if root.tail:
            write(root.tail)
    else:
        names, declarations = _qualified_names(root, default_namespace)
        writer = _write_xml if method == "xml" else _write_html
        writer(write, root, names, declarations, short_empty)
    return pieces, encoding


def tostring(element, encoding=None, method=None, *, xml_declaration=None,
             default_namespace=None, short_empty_elements=True):
    """The serialized element: a str for encoding='unicode', bytes otherwise."""
    pieces, encoding = _serialize(element, encoding, method, xml_declaration,
                                  default_namespace, short_empty_elements)
    if encoding.lower() == "unicode":
        return "".join(pieces)
    return "".join(pieces).encode(encoding, "xmlcharrefreplace")


def tostringlist(element, encoding=None, method=None, *, xml_declaration=None,
                 default_namespace=None, short_empty_elements=True):
    """tostring's result as a list of pieces."""
    pieces, encoding = _serialize(element, encoding, method, xml_declaration,
                                  default_namespace, short_empty_elements)
    if encoding.lower() == "unicode":
        return pieces
    return ["".join(pieces).encode(encoding, "xmlcharrefreplace")]


def dump(elem):
    """Write an element or tree to sys.stdout, ending with a newline."""
    tree = elem if isinstance(elem, ElementTree) else ElementTree(elem)
    tree.write(sys.stdout, encoding="unicode")
    if not (tree.getroot().tail or "").endswith("\n"):
        sys.stdout.write("\n")


def indent(tree, space="  ", level=0):
    """Add whitespace-only text and tails so the subtree prints one element per line."""
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError("Initial indentation level must be >= 0, got %d" % level)
    if len(tree):
        _indent_below(tree, space, level + 1)


def _blank(text):
    return not text or not text.strip()


def _indent_below(elem, space, depth):
    # Children sit on lines indented one step deeper than their parent; the last child's
    # tail brings the parent's end tag back to the parent's own depth.
    inner = "\n" + space * depth
    if _blank(elem.text):
        elem.text = inner
    last = None
    for child in elem._children:
        if len(child):
            _indent_below(child, space, depth + 1)
        if _blank(child.tail):
            child.tail = inner
        last = child
    if not last.tail.strip():
        last.tail = "\n" + space * (depth - 1)


# ---------------------------------------------------------------------------------------
# Building trees from parser events


class TreeBuilder:
    """A parser target that builds elements from start/data/end calls."""

    def __init__(self, element_factory=None, *, comment_factory=None, pi_factory=None,
                 insert_comments=False, insert_pis=False):
        self._open = []
        self._pending = []
        self._root = None
        self._last = None
        self._after_end = False
        self._factory = element_factory if element_factory is not None else Element
        self._comment_factory = comment_factory if comment_factory is not None else Comment
        self._pi_factory = pi_factory if pi_factory is not None else ProcessingInstruction
        self._insert_comments = insert_comments
        self._insert_pis = insert_pis

    def close(self):
        return self._root

    def _flush(self):
        if not self._pending:
            return
        if self._last is not None:
            text = "".join(self._pending)
            if self._after_end:
                if self._last.tail:
                    raise AssertionError("internal error (tail)")
                self._last.tail = text
            else:
                if self._last.text:
                    raise AssertionError("internal error (text)")
                self._last.text = text
        self._pending = []

    def data(self, data):
        self._pending.append(data)

    def start(self, tag, attrs):
        self._flush()
        elem = self._factory(tag, attrs)
        if self._open:
            self._open[-1].append(elem)
        elif self._root is None:
            self._root = elem
        self._open.append(elem)
        self._last = elem
        self._after_end = False
        return elem

    def end(self, tag):
        self._flush()
        self._last = self._open.pop()
        self._after_end = True
        return self._last

    def _single(self, factory, insert, *args):
        elem = factory(*args)
        if insert:
            self._flush()
            self._last = elem
            if self._open:
                self._open[-1].append(elem)
            self._after_end = True
        return elem

    def comment(self, text):
        return self._single(self._comment_factory, self._insert_comments, text)

    def pi(self, target, text=None):
        return self._single(self._pi_factory, self._insert_pis, target, text)


# ---------------------------------------------------------------------------------------
# The XML reader

_ERROR_TEXT = {
    2: "syntax error",
    3: "no element found",
    4: "not well-formed (invalid token)",
    5: "unclosed token",
    7: "mismatched tag",
    8: "duplicate attribute",
    9: "junk after document element",
    11: "undefined entity",
    14: "reference to invalid character number",
    17: "XML or text declaration not at start of entity",
    19: "encoding specified in XML declaration is incorrect",
    20: "unclosed CDATA section",
    27: "unbound prefix",
    28: "must not undeclare prefix",
    30: "XML declaration not well-formed",
    36: "parsing finished",
}

_NAME_START = ("A-Za-z_:\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff"
               "\u200c\u200d\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd"
               "\U00010000-\U000effff")
_NAME_START_RE = re.compile("[" + _NAME_START + "]")
_ASCII_NAME_START = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_:")
_ASCII_NAME_CHAR = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_:0123456789.-")
_NMTOKEN_RE = re.compile("[" + _NAME_START + "0-9.\\-\u00b7\u0300-\u036f\u203f\u2040]+")
_BAD_CHAR_RE = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_SPACE = " \t\n\r"
_PREDEFINED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}
_XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace"
_NEED_MORE = None


class _Reader:
    """Reads a document held as text that grows with each feed, reporting what it finds to
    a sink; tokens cut by the end of the text wait for more input unless it is final."""

    def __init__(self, sink):
        self.sink = sink
        self.text = ""
        self.pos = 0
        self.final = False
        self.phase = 0          # 0 before the root element, 1 inside it, 2 after it
        self.open_tags = []     # (name as written, expanded tag, prefixes it declared)
        self.scopes = [{"xml": _XML_NAMESPACE}]
        self.entities = {}
        self.external_dtd = False
        self.seen_doctype = False
        self.ampersand = (-1, -1)
        self.ampersand_from = 0

    # -- errors

    def location(self, offset):
        line = self.text.count("\n", 0, offset) + 1
        column = offset - (self.text.rfind("\n", 0, offset) + 1)
        return line, column

    def fail(self, code, offset, message=None):
        line, column = self.location(offset)
        err = ParseError("%s: line %d, column %d"
                         % (message or _ERROR_TEXT[code], line, column))
        err.code = code
        err.position = (line, column)
        raise err

    # -- driving

    def run(self):
        text = self.text
        while self.pos < len(text):
            start = self.pos
            if self.phase == 1:
                after = self.content_step(start)
            else:
                after = self.outside_step(start)
            if after is _NEED_MORE:
                if self.final:
                    self.fail(5, start)
                return
            self.pos = after
        if self.final and self.phase != 2:
            self.fail(3, len(text))

    def next_ampersand(self, i):
        """The first '&' at or after i, or -1; remembered, since a document may have none
        and asking again each time would rescan its whole rest."""
        found, searched_len = self.ampersand
        if found >= i or (found < 0 and searched_len == len(self.text) and self.ampersand_from <= i):
            return found
        found = self.text.find("&", i)
        self.ampersand = (found, len(self.text))
        self.ampersand_from = i
        return found

    def check_chars(self, start, end):
        bad = _BAD_CHAR_RE.search(self.text, start, end)
        if bad is not None:
            self.fail(4, bad.start())

    def name_at(self, offset):
        """The end of the name starting at offset, or -1 if no name starts there."""
        text = self.text
        n = len(text)
        if offset >= n:
            return -1
        c = text[offset]
        if c not in _ASCII_NAME_START and (c < "\x80" or not _NAME_START_RE.match(c)):
            return -1
        k = offset + 1
        while k < n:
            c = text[k]
            if c in _ASCII_NAME_CHAR or (c >= "\x80" and _NMTOKEN_RE.match(c)):
                k += 1
            else:
                break
        return k

    def qname_at(self, offset):
        """name_at for element and attribute names, which may hold one colon between two
        non-empty parts (expat reads documents with namespaces on)."""
        end = self.name_at(offset)
        if end < 0:
            return end
        name = self.text[offset:end]
        colon = name.find(":")
        if colon == 0:
            self.fail(4, offset)
        if colon > 0:
            after = offset + colon + 1
            if after >= len(self.text):
                return end
            if after >= end or not _NAME_START_RE.match(name, colon + 1) or name[colon + 1] == ":":
                self.fail(4, after)
            second = name.find(":", colon + 1)
            if second >= 0:
                self.fail(4, offset + second)
        return end

    def skip_space(self, offset):
        text = self.text
        while offset < len(text) and text[offset] in _SPACE:
            offset += 1
        return offset

    def emit_text(self, chunk):
        # Character data arrives in lines, each newline on its own, as expat reports it.
        data = self.sink.on_data
        begin = 0
        while True:
            newline = chunk.find("\n", begin)
            if newline < 0:
                if begin < len(chunk):
                    data(chunk[begin:])
                return
            if newline > begin:
                data(chunk[begin:newline])
            data("\n")
            begin = newline + 1

    # -- outside the root element

    def outside_step(self, i):
        text = self.text
        n = len(text)
        c = text[i]
        if c in _SPACE:
            return self.skip_space(i)
        if c == "\ufeff" and i == 0:
            return 1
        if c == "<":
            if i + 1 >= n:
                return _NEED_MORE
            nxt = text[i + 1]
            if nxt == "?":
                return self.processing_instruction(i)
            if nxt == "!":
                if text.startswith("<!--", i):
                    return self.comment(i)
                if i + 2 >= n:
                    return _NEED_MORE
                if not ("A" <= text[i + 2] <= "Z" or "a" <= text[i + 2] <= "z"):
                    return self.unknown_declaration(i, ("<!--",))
                keyword_end = i + 2
                while keyword_end < n and ("A" <= text[keyword_end] <= "Z"
                                           or "a" <= text[keyword_end] <= "z"):
                    keyword_end += 1
                if keyword_end >= n:
                    return _NEED_MORE
                if text[keyword_end] not in _SPACE:
                    self.fail(4, keyword_end)
                if self.phase == 0 and not self.seen_doctype and text[i + 2:keyword_end] == "DOCTYPE":
                    return self.doctype(i)
                self.fail(9 if self.phase == 2 else 2, i)
            if _NAME_START_RE.match(text, i + 1) and nxt != ":":
                if self.phase == 2:
                    self.fail(9, i)
                return self.start_tag(i)
            self.fail(4, i + 1)
        return self.stray_text(i)

    def stray_text(self, i):
        # Text outside the root element: what expat's prolog tokenizer makes of it decides
        # between "junk after document element", "syntax error" and "invalid token".
        text = self.text
        n = len(text)
        c = text[i]
        if c in "%#":
            if i + 1 >= n:
                return _NEED_MORE if not self.final else self.fail(5, i)
            if not _NAME_START_RE.match(text, i + 1) and text[i + 1] not in _SPACE:
                self.fail(4, i + 1)
            self.fail(9 if self.phase == 2 else 2, i)
        if c in "'\"":
            close = text.find(c, i + 1)
            if close < 0:
                return _NEED_MORE if not self.final else self.fail(5, i)
            token_end = close + 1
        elif _NMTOKEN_RE.match(text, i):
            token_end = _NMTOKEN_RE.match(text, i).end()
        elif c in "()[]|,>":
            token_end = i + 1
        else:
            self.fail(4, i)
        syntax = 9 if self.phase == 2 else 2
        if c in "()[]|,>":
            self.fail(syntax, i)
        if token_end >= n:
            if not self.final:
                return _NEED_MORE
            self.fail(syntax, i)
        if text[token_end] in _SPACE:
            self.fail(syntax, i)
        self.fail(4, token_end)

    def unknown_declaration(self, i, candidates):
        text = self.text
        n = len(text)
        if text.startswith("<![", i) and n < i + 9:
            # expat judges "CDATA[" only once all six characters are there.
            return _NEED_MORE
        longest = 0
        for word in candidates:
            k = 0
            while k < len(word) and i + k < n and text[i + k] == word[k]:
                k += 1
            if i + k >= n and k < len(word):
                return _NEED_MORE
            longest = max(longest, k)
        self.fail(4, i + longest)

    def doctype(self, i):
        text = self.text
        j = i + 9
        if j >= len(text):
            return _NEED_MORE
        if text[j] not in _SPACE:
            self.fail(2, j)
        j = self.skip_space(j)
        end = self.name_at(j)
        if end < 0:
            if j >= len(text):
                return _NEED_MORE
            self.fail(2, j)
        if end >= len(text):
            return _NEED_MORE
        name = text[j:end]
        j = self.skip_space(end)
        public = system = None
        for keyword in ("SYSTEM", "PUBLIC"):
            if text.startswith(keyword, j):
                literals = []
                j += 6
                for _ in range(2 if keyword == "PUBLIC" else 1):
                    j = self.skip_space(j)
                    if j >= len(text):
                        return _NEED_MORE
                    quote = text[j]
                    if quote not in "'\"":
                        self.fail(2, j)
                    close = text.find(quote, j + 1)
                    if close < 0:
                        return _NEED_MORE
                    literals.append(text[j + 1:close])
                    j = close + 1
                if keyword == "PUBLIC":
                    public, system = literals
                else:
                    system = literals[0]
                self.external_dtd = True
                j = self.skip_space(j)
        if j >= len(text):
            return _NEED_MORE
        if text[j] == "[":
            j = self.internal_subset(j + 1)
            if j is _NEED_MORE:
                return _NEED_MORE
            j = self.skip_space(j)
            if j >= len(text):
                return _NEED_MORE
        if text[j] != ">":
            self.fail(2, j)
        self.seen_doctype = True
        self.sink.on_doctype(name, public, system)
        return j + 1

    def internal_subset(self, j):
        """Skip the declarations of an internal DTD subset, keeping general entities."""
        text = self.text
        n = len(text)
        while True:
            j = self.skip_space(j)
            if j >= n:
                return _NEED_MORE
            if text[j] == "]":
                return j + 1
            if text.startswith("<!--", j):
                close = text.find("-->", j + 4)
                if close < 0:
                    return _NEED_MORE
                j = close + 3
            elif text.startswith("<?", j):
                close = text.find("?>", j + 2)
                if close < 0:
                    return _NEED_MORE
                j = close + 2
            elif text.startswith("<!", j):
                close = j + 2
                quote = None
                while close < n and (quote is not None or text[close] != ">"):
                    if quote is None and text[close] in "'\"":
                        quote = text[close]
                    elif quote is not None and text[close] == quote:
                        quote = None
                    close += 1
                if close >= n:
                    return _NEED_MORE
                self.entity_declaration(text[j:close])
                j = close + 1
            elif text[j] == "%":
                close = text.find(";", j)
                if close < 0:
                    return _NEED_MORE
                j = close + 1
            else:
                self.fail(2, j)

    def entity_declaration(self, declaration):
        found = re.match(r"<!ENTITY\s+([^\s%]+)\s+(\"[^\"]*\"|'[^']*')\s*$", declaration)
        if found is None:
            return
        value = found.group(2)[1:-1]
        value = re.sub(r"&#(x[0-9a-fA-F]+|[0-9]+);",
                       lambda m: chr(int(m.group(1)[1:], 16) if m.group(1)[0] == "x"
                                     else int(m.group(1))), value)
        self.entities.setdefault(found.group(1), value)

    # -- markup shared by both places

    def comment(self, i):
        text = self.text
        close = text.find("--", i + 4)
        if close < 0 or close + 2 >= len(text):
            self.check_chars(i + 4, len(text) if close < 0 else close)
            return _NEED_MORE
        self.check_chars(i + 4, close)
        if text[close + 2] != ">":
            self.fail(4, close + 2)
        self.sink.on_comment(text[i + 4:close])
        return close + 3

    def processing_instruction(self, i):
        text = self.text
        n = len(text)
        if i + 2 >= n:
            return _NEED_MORE
        end = self.name_at(i + 2)
        if end < 0:
            self.fail(4, i + 2)
        if end >= n:
            return _NEED_MORE
        target = text[i + 2:end]
        if ":" in target:
            self.fail(4, i + 2 + target.index(":"))
        if text[end] == "?":
            if end + 1 >= n:
                return _NEED_MORE
            if text[end + 1] != ">":
                self.fail(4, end + 1)
        elif text[end] not in _SPACE:
            self.fail(4, end)
        if target.lower() == "xml":
            if i != 0 and not (i == 1 and text[0] == "\ufeff"):
                if text.find("?>", end) < 0:
                    return _NEED_MORE
                self.fail(17, i)
            return self.xml_declaration(i, end)
        if text.startswith("?>", end):
            self.sink.on_pi(target, "")
            return end + 2
        if text[end] not in _SPACE:
            if text[end] == "?" and end + 1 >= n:
                return _NEED_MORE
            self.fail(4, end)
        body = self.skip_space(end)
        close = text.find("?>", body)
        if close < 0:
            self.check_chars(body, n)
            return _NEED_MORE
        self.check_chars(body, close)
        self.sink.on_pi(target, text[body:close])
        return close + 2

    def xml_declaration(self, i, end):
        text = self.text
        close = text.find("?>", end)
        if close < 0:
            return _NEED_MORE
        self.check_chars(end, close)
        # Pseudo-attributes are read and judged one at a time, as expat does, so the first
        # fault from the left is the one reported.
        expected = ["version", "encoding", "standalone"]
        k = end
        count = 0
        while True:
            j = self.skip_space(k)
            if j >= close:
                break
            if j == k and count:
                self.fail(30, j)
            name_at = j
            while True:
                if j >= close or ord(text[j]) > 127:
                    self.fail(30, j)
                if text[j] == "=" or text[j] in _SPACE:
                    break
                j += 1
            name = text[name_at:j]
            if not name:
                self.fail(30, name_at)
            j = self.skip_space(j)
            if text[j] != "=":
                self.fail(30, j)
            j = self.skip_space(j + 1)
            quote = text[j]
            if quote != "'" and quote != '"':
                self.fail(30, j)
            j += 1
            value_at = j
            while text[j] != quote:
                c = text[j]
                if not (c.isascii() and (c.isalnum() or c in "._-")):
                    self.fail(30, j)
                j += 1
            value = text[value_at:j]
            if name not in expected or (count == 0 and name != "version"):
                self.fail(30, name_at)
            expected = expected[expected.index(name) + 1:]
            if name == "encoding" and not re.fullmatch(r"[A-Za-z][A-Za-z0-9._\-]*", value):
                self.fail(30, value_at)
            if name == "standalone" and value not in ("yes", "no"):
                self.fail(30, value_at)
            count += 1
            k = j + 1
        if not count:
            self.fail(30, end)
        return close + 2

    # -- inside the root element

    def content_step(self, i):
        text = self.text
        n = len(text)
        c = text[i]
        if c == "<":
            if i + 1 >= n:
                return _NEED_MORE
            nxt = text[i + 1]
            if nxt == "/":
                return self.end_tag(i)
            if nxt == "!":
                if text.startswith("<!--", i):
                    return self.comment(i)
                if text.startswith("<![CDATA[", i):
                    return self.cdata(i)
                return self.unknown_declaration(i, ("<!--", "<![CDATA["))
            if nxt == "?":
                return self.processing_instruction(i)
            if _NAME_START_RE.match(text, i + 1):
                return self.start_tag(i)
            self.fail(4, i + 1)
        if c == "&":
            found = self.reference(i, n, None)
            if found is _NEED_MORE:
                return _NEED_MORE
            after, value = found
            self.sink.on_data(value)
            return after
        stop = text.find("<", i)
        if stop < 0:
            stop = n
        amp = self.next_ampersand(i)
        if 0 <= amp < stop:
            stop = amp
        self.check_chars(i, stop)
        run = text[i:stop]
        brackets = run.find("]]>")
        if brackets >= 0:
            self.fail(4, i + brackets + 2)
        if stop == n and not self.final:
            # Keep a possible start of ']]>' for the next round.
            keep = 0
            while keep < 2 and run[len(run) - 1 - keep:len(run) - keep] == "]":
                keep += 1
            if keep:
                run = run[:len(run) - keep]
                stop -= keep
                if not run:
                    return _NEED_MORE
        self.emit_text(run)
        return stop

    def reference(self, i, limit, tag_start, resolve=True):
        """(offset after, replacement text) of the reference at i; limit ends the text it
        may use, tag_start is set inside attribute values. Without resolve only the form
        is checked (the text is then empty)."""
        text = self.text
        j = i + 1
        if j >= limit:
            return self.cut_reference(limit, tag_start)
        if text[j] == "#":
            hexadecimal = j + 1 < limit and text[j + 1] == "x"
            digits = j + 2 if hexadecimal else j + 1
            allowed = "0123456789abcdefABCDEF" if hexadecimal else "0123456789"
            k = digits
            while k < limit and text[k] in allowed:
                k += 1
            if k >= limit:
                return self.cut_reference(limit, tag_start)
            if text[k] != ";" or k == digits:
                self.fail(4, k)
            if not resolve:
                return k + 1, ""
            code = int(text[digits:k], 16 if hexadecimal else 10)
            if code > 0x10FFFF or _BAD_CHAR_RE.match(chr(code)) or 0xD800 <= code <= 0xDFFF:
                self.fail(14, i)
            return k + 1, chr(code)
        if not _NAME_START_RE.match(text, j) or text[j] == ":":
            self.fail(4, j)
        end = min(self.name_at(j), limit)
        colon = text[j:end].find(":")
        if colon >= 0:
            self.fail(4, j + colon)
        if end >= limit:
            return self.cut_reference(limit, tag_start)
        if text[end] != ";":
            self.fail(4, end)
        name = text[j:end]
        if not resolve:
            return end + 1, ""
        if name in _PREDEFINED:
            return end + 1, _PREDEFINED[name]
        if name in self.entities:
            return end + 1, self.entities[name]
        if self.external_dtd:
            supplied = self.sink.entity.get(name)
            if supplied is not None:
                return end + 1, supplied
            self.fail(11, i, "undefined entity &%s;" % name)
        self.fail(11, i if tag_start is None else tag_start)

    def cut_reference(self, limit, tag_start):
        if tag_start is not None:
            self.fail(4, limit)
        return _NEED_MORE

    def cdata(self, i):
        text = self.text
        begin = i + 9
        close = text.find("]]>", begin)
        if close < 0:
            self.check_chars(begin, len(text))
            if self.final:
                self.fail(20, len(text))
            return _NEED_MORE
        self.check_chars(begin, close)
        if close > begin:
            self.emit_text(text[begin:close])
        return close + 3

    def start_tag(self, i):
        text = self.text
        n = len(text)
        name_end = self.qname_at(i + 1)
        if name_end >= n:
            return _NEED_MORE
        raw_name = text[i + 1:name_end]
        attributes = []   # (name, offset of name, value start, value end)
        j = name_end
        while True:
            k = self.skip_space(j)
            if k >= n:
                return _NEED_MORE
            c = text[k]
            if c == ">":
                empty = False
                after = k + 1
                break
            if c == "/":
                if k + 1 >= n:
                    return _NEED_MORE
                if text[k + 1] != ">":
                    self.fail(4, k + 1)
                empty = True
                after = k + 2
                break
            if k == j:
                self.fail(4, k)
            key_end = self.qname_at(k)
            if key_end < 0:
                self.fail(4, k)
            if key_end >= n:
                return _NEED_MORE
            eq = self.skip_space(key_end)
            if eq >= n:
                return _NEED_MORE
            if text[eq] != "=":
                self.fail(4, eq)
            quote_at = self.skip_space(eq + 1)
            if quote_at >= n:
                return _NEED_MORE
            quote = text[quote_at]
            if quote != '"' and quote != "'":
                self.fail(4, quote_at)
            close = text.find(quote, quote_at + 1)
            lt = text.find("<", quote_at + 1, close if close >= 0 else n)
            if close < 0:
                # Faults in the part already here are reported now, as expat does.
                self.check_value(quote_at + 1, n, i, True)
                return _NEED_MORE
            self.check_value(quote_at + 1, close, i)
            attributes.append((text[k:key_end], k, quote_at + 1, close))
            j = close + 1
        seen = set()
        for key, offset, _, _ in attributes:
            if key in seen:
                self.fail(8, offset)
            seen.add(key)
        values = [self.attribute_value(begin, end, i) for _, _, begin, end in attributes]
        self.open_element(i, raw_name, [(a[0], v) for a, v in zip(attributes, values)])
        if empty:
            self.close_element(i)
        return after

    def check_value(self, begin, end, tag_start, partial=False):
        """Fail on the first fault in an attribute value's text, left to right; a partial
        value may end inside a reference."""
        # Searches run on the value alone: a miss must not scan the rest of the document.
        value = self.text[begin:end]
        if "&" not in value and "<" not in value:
            self.check_chars(begin, end)
            return
        k = 0
        while True:
            amp = value.find("&", k)
            lt = value.find("<", k)
            stop = min(x for x in (amp, lt, len(value)) if x >= 0)
            self.check_chars(begin + k, begin + stop)
            if stop == len(value):
                return
            if stop == lt:
                self.fail(4, begin + lt)
            found = self.reference(begin + amp, end, None if partial else tag_start, False)
            if found is _NEED_MORE:
                return
            k = found[0] - begin

    def attribute_value(self, begin, end, tag_start):
        raw = self.text[begin:end]
        pieces = []
        k = 0
        while k < len(raw):
            amp = raw.find("&", k)
            stop = len(raw) if amp < 0 else amp
            if stop > k:
                chunk = raw[k:stop]
                for blank in "\t\n\r":
                    if blank in chunk:
                        chunk = chunk.replace(blank, " ")
                pieces.append(chunk)
            if amp < 0:
                break
            after, value = self.reference(begin + amp, end, tag_start)
            k = after - begin
            pieces.append(value)
        return "".join(pieces)

    def open_element(self, i, raw_name, attributes):
        # Namespace declarations are announced as they are read, before any name is
        # resolved, so a later fault still leaves their start-ns events behind.
        scope = self.scopes[-1]
        declared = []
        plain = []
        for key, value in attributes:
            if key == "xmlns" or key.startswith("xmlns:"):
                prefix = key[6:]
                if prefix and value == "":
                    self.fail(28, i)
                if not declared:
                    scope = dict(scope)
                scope[prefix] = value
                declared.append(prefix)
                self.sink.on_start_ns(prefix, value)
            else:
                plain.append((key, value))
        attrib = {}
        for key, value in plain:
            expanded = self.expand(key, scope, False, i)
            if expanded in attrib:
                self.fail(8, i)
            attrib[expanded] = value
        tag = self.expand(raw_name, scope, True, i)
        self.scopes.append(scope)
        self.open_tags.append((raw_name, tag, declared))
        self.phase = 1
        self.sink.on_start(tag, attrib)

    def expand(self, name, scope, is_element, i):
        if ":" in name:
            prefix, local = name.split(":", 1)
            uri = scope.get(prefix)
            if uri is None:
                self.fail(27, i)
            return "{%s}%s" % (uri, local)
        if is_element and scope.get(""):
            return "{%s}%s" % (scope[""], name)
        return name

    def close_element(self, i):
        raw_name, tag, prefixes = self.open_tags.pop()
        self.scopes.pop()
        self.sink.on_end(tag)
        for prefix in reversed(prefixes):
            self.sink.on_end_ns(prefix)
        if not self.open_tags:
            self.phase = 2

    def end_tag(self, i):
        text = self.text
        n = len(text)
        if i + 2 >= n:
            return _NEED_MORE
        end = self.name_at(i + 2)
        if end < 0 or text[i + 2] == ":":
            self.fail(4, i + 2)
        if end >= n:
            return _NEED_MORE
        k = self.skip_space(end)
        if k >= n:
            return _NEED_MORE
        if text[k] != ">":
            self.fail(4, k)
        if text[i + 2:end] != self.open_tags[-1][0]:
            self.fail(7, i + 2)
        self.close_element(i)
        return k + 1


_SINGLE_BYTE_NAMES = {"utf-8": "utf-8", "utf8": "utf-8", "iso-8859-1": "latin-1",
                      "iso8859-1": "latin-1", "latin-1": "latin-1", "latin1": "latin-1",
                      "us-ascii": "ascii", "ascii": "ascii"}


# CPython's codecs for East Asian multi-byte encodings (with or without a runtime codec
# here, a declaration naming one is refused as expat refuses it).
_MULTI_BYTE_CODECS = {"shiftjis", "sjis", "cp932", "ms932", "eucjp", "ujis", "eucjis2004",
                      "eucjisx0213", "shiftjis2004", "shiftjisx0213", "iso2022jp", "iso2022kr",
                      "gb2312", "gbk", "gb18030", "hz", "big5", "big5hkscs", "cp950", "euckr",
                      "cp949", "johab", "utf32", "utf32le", "utf32be", "utf7"}


class XMLParser:
    """An XML parser feeding a target (a TreeBuilder unless another is given)."""

    def __init__(self, *, target=None, encoding=None):
        if target is None:
            target = TreeBuilder()
        self.target = target
        self.entity = {}
        self.version = "Expat 2.5.0"
        self._forced_encoding = encoding
        self._encoding = None
        self._raw = b""
        self._given_bytes = False
        self._ended_with_cr = False
        self._reader = _Reader(self)
        self._events = None
        self._wanted = ()
        self._target_start = getattr(target, "start", None)
        self._target_end = getattr(target, "end", None)
        self._target_data = getattr(target, "data", None)
        self._target_comment = getattr(target, "comment", None)
        self._target_pi = getattr(target, "pi", None)
        self._target_start_ns = getattr(target, "start_ns", None)
        self._target_end_ns = getattr(target, "end_ns", None)
        self._target_doctype = getattr(target, "doctype", None)

    def _setevents(self, queue, events):
        wanted = set()
        for name in events:
            if name not in ("start", "end", "start-ns", "end-ns", "comment", "pi"):
                raise ValueError("unknown event %r" % (name,))
            wanted.add(name)
        self._events = queue
        self._wanted = wanted

    # -- callbacks from the reader

    def on_start(self, tag, attrib):
        elem = self._target_start(tag, attrib) if self._target_start else None
        if "start" in self._wanted:
            self._events.append(("start", elem))

    def on_end(self, tag):
        elem = self._target_end(tag) if self._target_end else None
        if "end" in self._wanted:
            self._events.append(("end", elem))

    def on_data(self, data):
        if self._target_data is not None:
            self._target_data(data)

    def on_comment(self, text):
        made = self._target_comment(text) if self._target_comment else None
        if "comment" in self._wanted:
            self._events.append(("comment", made))

    def on_pi(self, target, data):
        made = self._target_pi(target, data) if self._target_pi else None
        if "pi" in self._wanted:
            self._events.append(("pi", made))

    def on_start_ns(self, prefix, uri):
        if self._target_start_ns is not None:
            self._target_start_ns(prefix, uri)
        if "start-ns" in self._wanted:
            self._events.append(("start-ns", (prefix, uri)))

    def on_end_ns(self, prefix):
        if self._target_end_ns is not None:
            self._target_end_ns(prefix)
        if "end-ns" in self._wanted:
            self._events.append(("end-ns", None))

    def on_doctype(self, name, public, system):
        if self._target_doctype is not None:
            self._target_doctype(name, public, system)

    # -- input

    def _check_open(self):
        if self._reader.final:
            self._reader.fail(36, len(self._reader.text))

    def feed(self, data):
        """Parse more of the document."""
        self._check_open()
        if isinstance(data, str):
            self._push_text(data)
        else:
            self._given_bytes = True
            self._raw += bytes(data)
            self._decode(False)
        self._reader.run()

    def close(self):
        """Finish the document and return the target's result."""
        self._check_open()
        if self._given_bytes:
            self._decode(True)
        self._reader.final = True
        self._reader.run()
        closer = getattr(self.target, "close", None)
        return closer() if closer is not None else None

    def _push_text(self, text):
        # Line ends become "\n"; a "\r\n" cut between two pieces is still one line end.
        if not text:
            return
        if self._ended_with_cr and text[0] == "\n":
            text = text[1:]
        self._ended_with_cr = text.endswith("\r")
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        self._reader.text += text

    def _decode(self, final):
        if self._encoding is None:
            self._encoding = self._choose_encoding(final)
            if self._encoding is None:
                return
        raw = self._raw
        try:
            text = raw.decode(self._encoding)
            self._raw = b""
        except UnicodeDecodeError as exc:
            good = raw[:exc.start].decode(self._encoding)
            self._raw = raw[exc.start:]
            self._push_text(good)
            if exc.end >= len(raw) and not final:
                return
            self._reader.run()
            self._reader.fail(4, len(self._reader.text))
        self._push_text(text)

    def _choose_encoding(self, final):
        raw = self._raw
        if self._forced_encoding is not None:
            forced = self._forced_encoding.lower().replace("_", "-")
            if forced in ("utf-16", "utf16"):
                if len(raw) < 2 and not final:
                    return None
                if raw.startswith(b"\xff\xfe") or raw.startswith(b"\xfe\xff"):
                    self._raw = raw[2:]
                    return "utf-16-le" if raw[0] == 0xFF else "utf-16-be"
                return "utf-16-be"
            return self._codec(self._forced_encoding)
        if raw.startswith(b"\xef\xbb\xbf"):
            self._raw = raw[3:]
            return "utf-8"
        if raw.startswith(b"\xff\xfe"):
            self._raw = raw[2:]
            return "utf-16-le"
        if raw.startswith(b"\xfe\xff"):
            self._raw = raw[2:]
            return "utf-16-be"
        if raw.startswith(b"<\x00"):
            return "utf-16-le"
        if raw.startswith(b"\x00<"):
            return "utf-16-be"
        if len(raw) < 5 and not final and b"<?xml".startswith(raw):
            return None
        if not raw.startswith(b"<?xml"):
            return "utf-8"
        close = raw.find(b"?>")
        if close < 0:
            return None if not final else "utf-8"
        declaration = raw[:close].decode("latin-1")
        found = re.search(r"encoding\s*=\s*([\"'])([^\"']*)", declaration)
        if found is None:
            return "utf-8"
        name = found.group(2)
        if name.lower().startswith("utf-16"):
            err = ParseError("%s: line 1, column %d" % (_ERROR_TEXT[19], found.start(2)))
            err.code = 19
            err.position = (1, found.start(2))
            raise err
        return self._codec(name)

    def _codec(self, name):
        known = _SINGLE_BYTE_NAMES.get(name.lower())
        if known is not None:
            return known
        squashed = name.lower().replace("-", "").replace("_", "")
        if squashed in _MULTI_BYTE_CODECS:
            raise ValueError("multi-byte encodings are not supported")
        try:
            b"".decode(name)
        except LookupError:
            raise LookupError("unknown encoding: " + name) from None
        # Like expat, only encodings with one byte per character can be read this way.
        try:
            table = bytes(range(256)).decode(name, "replace")
        except Exception:
            table = ""
        if len(table) != 256:
            raise ValueError("multi-byte encodings are not supported")
        return name

    def flush(self):
        pass


class XMLPullParser:
    """A parser to feed piece by piece, whose results are read as (event, value) pairs."""

    def __init__(self, events=None, *, _parser=None):
        self._queue = []
        self._parser = _parser if _parser is not None else XMLParser(target=TreeBuilder())
        if events is None:
            events = ("end",)
        self._parser._setevents(self._queue, events)

    def feed(self, data):
        parser = self._parser
        if parser is None:
            raise ValueError("feed() called after end of stream")
        if not data:
            return
        try:
            parser.feed(data)
        except SyntaxError as exc:
            # Events before the fault are still read; the error comes after them.
            self._queue.append(exc)

    def _close_and_return_root(self):
        parser, self._parser = self._parser, None
        return parser.close()

    def close(self):
        self._close_and_return_root()

    def read_events(self):
        queue = self._queue
        while queue:
            item = queue.pop(0)
            if isinstance(item, Exception):
                raise item
            yield item

    def flush(self):
        pass


class _IterParser:
    """iterparse's iterator; `root` is set once the whole document has been read."""

    def __init__(self, pull, source, owned):
        self.root = None
        self._pull = pull
        self._source = source
        self._owned = owned
        self._events = self._produce()

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._events)

    def _produce(self):
        try:
            while True:
                yield from self._pull.read_events()
                chunk = self._source.read(16 * 1024)
                if not chunk:
                    break
                self._pull.feed(chunk)
            root = self._pull._close_and_return_root()
            yield from self._pull.read_events()
            self.root = root
        finally:
            if self._owned:
                self._source.close()


def iterparse(source, events=None, parser=None):
    """Parse a file (name or binary file object), yielding (event, element) pairs."""
    pull = XMLPullParser(events=events, _parser=parser)
    stream, owned = _open_for_reading(source)
    return _IterParser(pull, stream, owned)


def parse(source, parser=None):
    """An ElementTree of the document in a file (name or file object)."""
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


def XML(text, parser=None):
    """The root element of a document given as a string or bytes."""
    if parser is None:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


fromstring = XML


def XMLID(text, parser=None):
    """(root, {id attribute: element}) for a document given as a string."""
    if parser is None:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    root = parser.close()
    ids = {}
    for elem in root.iter():
        key = elem.get("id")
        if key:
            ids[key] = elem
    return root, ids


def fromstringlist(sequence, parser=None):
    """The root element of a document given as a sequence of pieces."""
    if parser is None:
        parser = XMLParser(target=TreeBuilder())
    for piece in sequence:
        parser.feed(piece)
    return parser.close()
