# Parsing: generated well-formed documents re-serialized, a table of broken documents with
# expat's error codes, messages and positions, incremental feeding, targets and iterparse.
import io
import xml.etree.ElementTree as ET

state = [987654]


def rand(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return (state[0] >> 8) % n


NAMES = ["a", "b", "item", "x-y", "p.q", "_u", "n1", "\xe9l"]
TEXT_BITS = ["hello", " ", "\n", "&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#65;", "&#x263A;",
             "<![CDATA[<raw> & ]]>", "<!-- note -->", "<?pi data?>", "\xe9", "\r\n", "\t", "]]", "x > y"]
ATTR_BITS = ["v", " ", "&amp;", "&lt;", "&#10;", "\n", "\t", "&quot;", "'", "\xfc", "&#x41;"]


def gen_text():
    return "".join(TEXT_BITS[rand(len(TEXT_BITS))] for _ in range(rand(4)))


def gen_attrs(ns_ok):
    out = []
    used = set()
    for _ in range(rand(3)):
        key = NAMES[rand(len(NAMES))]
        if ns_ok and rand(4) == 0:
            key = "p:" + key
        if key in used:
            continue
        used.add(key)
        value = "".join(ATTR_BITS[rand(len(ATTR_BITS))] for _ in range(rand(4)))
        if rand(2):
            out.append(' %s="%s"' % (key, value.replace('"', "&quot;")))
        else:
            out.append(" %s='%s'" % (key, value.replace("'", "&apos;")))
    return "".join(out)


def gen_element(depth, ns_ok):
    name = NAMES[rand(len(NAMES))]
    if ns_ok and rand(5) == 0:
        name = "p:" + name
    attrs = gen_attrs(ns_ok)
    if depth == 0 or rand(4) == 0:
        return "<%s%s/>" % (name, attrs)
    body = [gen_text()]
    for _ in range(rand(4)):
        body.append(gen_element(depth - 1, ns_ok))
        body.append(gen_text())
    space = " " * rand(2)
    return "<%s%s>%s</%s%s>" % (name, attrs, "".join(body), name, space)


def gen_document(i):
    ns = rand(3)
    decl = "xmlns:p='urn:p'" if ns else ""
    if ns == 2:
        decl += " xmlns='urn:default'"
    root_body = gen_element(3, bool(ns))
    prolog = ["", "<?xml version='1.0'?>\n", '<?xml version="1.0" encoding="UTF-8"?>', "<!-- lead -->\n"][rand(4)]
    return prolog + "<root %s>%s</root>%s" % (decl, root_body, ["", "\n", "<!-- end -->", " <?end?>"][rand(4)])


def describe(elem):
    return ET.tostring(elem, encoding="unicode")


for i in range(60):
    doc = gen_document(i)
    print("== doc", i)
    print(repr(doc))
    try:
        root = ET.fromstring(doc)
        print(describe(root))
        print([(e.tag, e.attrib) for e in root.iter()][:5])
        again = ET.fromstring(ET.tostring(root, encoding="utf-8"))
        print("round trip", describe(again) == describe(root))
        pull = ET.XMLPullParser(events=("start", "end", "start-ns", "end-ns", "comment", "pi"))
        events = []
        for k in range(0, len(doc), 7):
            pull.feed(doc[k:k + 7])
            for ev, obj in pull.read_events():
                events.append((ev, obj if ev in ("start-ns", "end-ns") else obj.tag if isinstance(obj.tag, str) else obj.text))
        pull.close()
        for ev, obj in pull.read_events():
            events.append((ev, obj.tag))
        print(events[:12], len(events))
        raw = doc.encode("utf-8")
        print("bytes", describe(ET.fromstring(raw)) == describe(root))
        parser = ET.XMLParser()
        for k in range(0, len(raw), 5):
            parser.feed(raw[k:k + 5])
        print("bytes fed", describe(parser.close()) == describe(root))
    except ET.ParseError as e:
        print("ParseError", e.code, e.position, e)
    # damaged copies: a character dropped, or a markup character put in
    for _ in range(6):
        at = rand(len(doc))
        if rand(2):
            damaged = doc[:at] + doc[at + 1:]
        else:
            damaged = doc[:at] + "<&>\"'/]=;!-?x \x01"[rand(15)] + doc[at:]
        try:
            print("damaged OK", describe(ET.fromstring(damaged))[:60])
        except ET.ParseError as e:
            print("damaged", e.code, e.position, e)
        # the same document fed in small random pieces: the error comes with the same piece
        pull = ET.XMLPullParser(events=("start", "end", "comment", "pi", "start-ns", "end-ns"))
        seen = []
        k = 0
        try:
            while k < len(damaged):
                step = 1 + rand(9)
                pull.feed(damaged[k:k + step])
                k += step
                for ev, obj in pull.read_events():
                    seen.append(ev)
            pull.close()
            for ev, obj in pull.read_events():
                seen.append(ev)
            print("pulled OK", len(seen), seen[-3:])
        except ET.ParseError as e:
            print("pulled", k, len(seen), e.code, e.position)

BROKEN = [
    "", "   ", "<a>", "<a></b>", "<a>x</a><b/>", "<a>x</a>junk", "<a x='1' x='2'/>",
    "<a>&foo;</a>", "<a", "<a b>", "<a b=1/>", "<a>&#0;</a>", "<a>&#xD800;</a>", "<1a/>",
    "<a></a", "<a><!-- x</a>", "<a><![CDATA[x</a>", "<?xml version='1.0'?>", "<a/>\n<b/>",
    "\n\n  <a>\n<b></c></a>", "<a>\xe9</b>", "<\xe9>\xe9</b>", "<a>&lt</a>", "<a>&#xZZ;</a>",
    "<a b='<'/>", "<a>x & y</a>", "<a>]]></a>", " <?xml version='1.0'?><a/>",
    "<a><?xml version='1.0'?></a>", "<x:a/>", "<a><b></a>", "<a>\x01</a>", "<a b='1'c='2'/>",
    "<a>&amp</a>", "<a>&#65</a>", '<a b="&"/>', "<a>--</a><!-- a -- b -->",
    "<a><!-- a -- b --></a>", "< a/>", "<a/ >", "<a>\n\n</a>\n</b>", "abc", "<a>text",
    "<a><b>", "<a>&unknown;</a>", "<a>&#1114112;</a>", "<a b='&foo;'/>", "<a b='&#0;'/>",
    "</a>", "x<a/>", "<a/>&amp;", "<a/>x", "&amp;", "<!-- c --", "<a><!x></a>", "<a>&#;</a>",
    "<a>&;</a>", "<?xml?><a/>", "<?pi x><a/>", "<a><?1pi?></a>",
    "<!DOCTYPE a SYSTEM 'x'><a>&e;</a>", "<a xmlns:p=''/>", "<a p:b='1'/>",
    "<a xmlns:p='u' p:b='1' xmlns:q='u' q:b='2'/>", "<a>\ufffe</a>", "<a b='1' b='1'></a>",
    "<a>\n<b>\n</a>", "<a></a><a>", "<a/><!--", "<r>\r\n<a>\r\n</b></r>", "<a>\t\t</a >x",
]
for doc in BROKEN:
    try:
        root = ET.fromstring(doc)
        print(repr(doc), "OK", describe(root))
    except ET.ParseError as e:
        print(repr(doc), e.code, e.position, e, isinstance(e, SyntaxError))

FINE = [
    "<a/><!-- c -->", "<a/><?pi x?>", "<!DOCTYPE a><a/>", "<a></a >", "<a\tb='1'\n/>",
    "<?xml version='1.0' encoding='utf-8' standalone='yes'?><a/>", "<?xmlfoo x?><a/>",
    "<?pi?><a/>", "<!DOCTYPE a [<!ENTITY e 'val'>]><a>&e;</a>", "\ufeff<a/>", "<a>]]</a>",
    "<a>]></a>", "<a  b = 'x\ty\nz' c='&#10;' d='&#9;'/>", "<a>x\r\ny\rz</a>",
    "<a xmlns='u'><b xmlns=''><c/></b></a>", "<a xmlns:x='u' x:k='1' k='2'><x:b/></a>",
    "<a xml:lang='en'/>", "<a><![CDATA[]]></a>", "<a>&#x10000;&#55295;</a>",
]
for doc in FINE:
    try:
        root = ET.fromstring(doc)
        print(repr(doc), "OK", describe(root), [(e.tag, e.attrib, e.text, e.tail) for e in root.iter()])
    except ET.ParseError as e:
        print(repr(doc), e.code, e.position, e)

# encodings of byte input
for raw in [b"<a>\xc3\xa9</a>", b"\xef\xbb\xbf<a>\xc3\xa9</a>", "<a>\xe9\u20ac</a>".encode("utf-16"),
            "<a>\xe9</a>".encode("utf-16-le"), "<a>\xe9</a>".encode("utf-16-be"),
            b"<?xml version='1.0' encoding='latin-1'?><a>\xe9</a>",
            b"<?xml version='1.0' encoding='ISO-8859-1'?><a b='\xe9'>\xe9</a>",
            b"<?xml version='1.0' encoding='foo'?><a/>", b"<a>\xe9</a>",
            b"<?xml version='1.0' encoding='utf-16'?><a/>",
            b"<?xml version='1.0' encoding='iso-8859-1'?>\n<a>\xe9</b>",
            b"<?xml version='1.0' encoding='us-ascii'?><a>\xe9</a>", b"<a>\xc3</a>"]:
    try:
        root = ET.fromstring(raw)
        print(raw[:12], "OK", repr(root.text), root.attrib)
    except Exception as e:
        print(raw[:12], type(e).__name__, getattr(e, "code", None), e)
print(ET.XMLParser(encoding="latin-1").feed(b"<a>\xe9</a>"))

# a custom target sees every callback
class Target:
    def __init__(self):
        self.log = []

    def start(self, tag, attrib):
        self.log.append(("start", tag, sorted(attrib.items())))

    def end(self, tag):
        self.log.append(("end", tag))

    def data(self, data):
        self.log.append(("data", data))

    def comment(self, text):
        self.log.append(("comment", text))

    def pi(self, target, data):
        self.log.append(("pi", target, data))

    def start_ns(self, prefix, uri):
        self.log.append(("start_ns", prefix, uri))

    def end_ns(self, prefix):
        self.log.append(("end_ns", prefix))

    def doctype(self, name, pubid, system):
        self.log.append(("doctype", name, pubid, system))

    def close(self):
        return self.log


doc = ("<?xml version='1.0'?>\n<!DOCTYPE r PUBLIC 'pub' 'x.dtd'>\n<!--c0--><r xmlns='u' xmlns:p='v' p:a='1' b='2'>"
       "ab&amp;c&#65;d\n\nx<![CDATA[<y>\n]]>z<?pi  some data ?><!-- c --><p:s/>\r\n</r><!--after--><?p2?>")
parser = ET.XMLParser(target=Target())
parser.feed(doc)
for entry in parser.close():
    print(entry)


class Minimal:
    def start(self, tag, attrib):
        print("minimal start", tag)

    def close(self):
        return "closed"


parser = ET.XMLParser(target=Minimal())
parser.feed("<a><b>text</b></a>")
print(parser.close())

# TreeBuilder options
builder = ET.TreeBuilder(insert_comments=True, insert_pis=True)
parser = ET.XMLParser(target=builder)
parser.feed("<!--top--><a>x<!--c-->y<?p q?>z<b/>w</a>")
root = parser.close()
print(ET.tostring(root), [(e.text, e.tail) for e in root])
tb = ET.TreeBuilder()
tb.start("a", {"k": "v"})
tb.data("hello")
tb.start("b", {})
tb.end("b")
tb.data("tail")
tb.end("a")
print(ET.tostring(tb.close()))


def factory(tag, attrib):
    elem = ET.Element(tag.upper(), attrib)
    return elem


parser = ET.XMLParser(target=ET.TreeBuilder(element_factory=factory))
parser.feed("<a><b c='1'/></a>")
print(ET.tostring(parser.close()))

# iterparse over files and streams
data = b"<root xmlns:n='urn:n'><n:a k='1'>one</n:a><!--c--><b><c/>t</b><?pi x?></root>"
for events in [None, ("start", "end"), ("start-ns", "end-ns", "start", "end", "comment", "pi")]:
    it = ET.iterparse(io.BytesIO(data), events=events)
    out = []
    for ev, obj in it:
        if ev in ("start", "end"):
            out.append((ev, obj.tag))
        elif ev in ("comment", "pi"):
            out.append((ev, obj.text))
        else:
            out.append((ev, obj))
    print(out, it.root.tag)
it = ET.iterparse(io.BytesIO(b"<a><b/><c></a>"), events=("start", "end"))
try:
    for ev, obj in it:
        print("event", ev, obj.tag)
except ET.ParseError as e:
    print("iterparse error", e, e.position)
try:
    ET.XMLPullParser(events=("start", "bogus"))
except ValueError as e:
    print("ValueError", e)
pull = ET.XMLPullParser(events=("start", "end"))
pull.feed("<a><b>")
print([(ev, el.tag) for ev, el in pull.read_events()])
pull.feed("x</b><c/")
print([(ev, el.tag) for ev, el in pull.read_events()])
pull.feed("></a>")
print([(ev, el.tag) for ev, el in pull.read_events()])
pull.close()
try:
    pull.feed("<more/>")
except ValueError as e:
    print("ValueError", e)

# files by name
import os
import tempfile
with tempfile.TemporaryDirectory() as folder:
    name = os.path.join(folder, "doc.xml")
    tree = ET.ElementTree(ET.fromstring("<doc a='1'><p>\xe9t\xe9</p><q/></doc>"))
    tree.write(name, encoding="utf-8", xml_declaration=True)
    with open(name, "rb") as f:
        print(f.read())
    again = ET.parse(name)
    print(again.getroot().tag, again.findtext("p"), [e.tag for e in again.iter()])
    print([(ev, el.tag) for ev, el in ET.iterparse(name, events=("start", "end"))])
    tree.write(name)
    with open(name, "rb") as f:
        print(f.read())
    tree.write(name, encoding="unicode")
    with open(name, encoding="utf-8") as f:
        print(f.read())
    with open(name, "rb") as f:
        print(ET.parse(f).getroot().attrib)

# ElementTree.parse, XMLID, fromstringlist
tree = ET.parse(io.BytesIO(b"<doc><p id='one'>1</p><p id='two'>2</p><q/></doc>"))
print(tree.getroot().tag, [e.text for e in tree.findall("p")], tree.findtext("p"))
root, ids = ET.XMLID("<doc><p id='one'>1</p><p id='two'>2</p><q/></doc>")
print(root.tag, sorted(ids), ids["two"].text)
print(ET.tostring(ET.fromstringlist(["<a>", "te", "xt<b", "/></a>"])))
print(ET.tostring(ET.fromstringlist([b"<a>", b"\xc3", b"\xa9</a>"]), encoding="unicode"))
ns_doc = ET.fromstring("<r xmlns='urn:d' xmlns:x='urn:x'><x:i>1</x:i><i>2</i><x:i>3</x:i></r>")
print([e.text for e in ns_doc.findall("x:i", {"x": "urn:x"})], [e.text for e in ns_doc.findall("i", {"": "urn:d"})],
      [e.text for e in ns_doc.findall("{urn:d}i")], [e.text for e in ns_doc.findall("{*}i")])
try:
    ns_doc.findall("y:i", {"x": "urn:x"})
except SyntaxError as e:
    print("SyntaxError", e)
print(ET.tostring(ns_doc))

# a parser is done once closed
p = ET.XMLParser()
p.feed("<a/>")
print(p.close().tag)
for action in [lambda: p.feed("<b/>"), lambda: p.close()]:
    try:
        action()
    except ET.ParseError as e:
        print("ParseError", e.code, e.position, e)
try:
    ET.fromstring("<a></b>")
except ET.ParseError as e:
    print(e.args, e.msg, e.lineno, e.offset, e.filename, e.text)

# declared and forced encodings: single-byte codecs are read, multi-byte ones refused
for raw in [b"<?xml version='1.0' encoding='shift_jis'?><a>x</a>", b"<?xml version='1.0' encoding='cp1252'?><a>\x80</a>",
            b"<?xml version='1.0' encoding='utf-32'?><a/>", b"<?xml version='1.0' encoding='koi8-r'?><a>\xc1</a>",
            b"<?xml version='1.0' encoding='iso-8859-15'?><a>\xa4</a>"]:
    try:
        print(repr(ET.fromstring(raw).text))
    except Exception as e:
        print(type(e).__name__, e)
for enc, raw in [("utf-16", "<a>\xe9</a>".encode("utf-16")), ("UTF-16", "<a>\xe9</a>".encode("utf-16-be")),
                 ("utf-16-le", "<a>\xe9</a>".encode("utf-16-le")), ("latin-1", b"<a>\xe9</a>"), ("ascii", b"<a>x</a>"),
                 ("cp1252", b"<a>\x80</a>")]:
    p = ET.XMLParser(encoding=enc)
    try:
        for k in range(0, len(raw), 3):
            p.feed(raw[k:k + 3])
        print(enc, repr(p.close().text))
    except Exception as e:
        print(enc, type(e).__name__, e)
