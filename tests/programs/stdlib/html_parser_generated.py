# HTMLParser's event stream on many generated documents, fed whole and in random pieces.
from html.parser import HTMLParser


class Recorder(HTMLParser):
    def __init__(self, convert_charrefs=True):
        super().__init__(convert_charrefs=convert_charrefs)
        self.events = []

    def note(self, *event):
        self.events.append(event + (self.getpos(),))

    def handle_starttag(self, tag, attrs):
        self.note('start', tag, attrs, self.get_starttag_text())

    def handle_endtag(self, tag):
        self.note('end', tag)

    def handle_data(self, data):
        self.note('data', data)

    def handle_entityref(self, name):
        self.note('entity', name)

    def handle_charref(self, name):
        self.note('charref', name)

    def handle_comment(self, data):
        self.note('comment', data)

    def handle_decl(self, decl):
        self.note('decl', decl)

    def handle_pi(self, data):
        self.note('pi', data)

    def unknown_decl(self, data):
        self.note('unknown_decl', data)


class SelfClosing(Recorder):
    def handle_startendtag(self, tag, attrs):
        self.note('startend', tag, attrs, self.get_starttag_text())


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return self.state >> 8

    def below(self, n):
        return self.next() % n

    def pick(self, items):
        return items[self.below(len(items))]


TAGS = ['a', 'B', 'div', 'p', 'br', 'img', 'script', 'style', 'Span', 'x-y', 'h1', 'td']
ATTR_NAMES = ['href', 'ID', 'class', 'data-x', 'checked', 'on', 'a:b', 'v']
VALUES = ['x', 'a b', '&amp;', 'a&lt;b', '&#65;', '&#x42;c', '', "it's", 'say "hi"', '&copy',
          '&unknown;', '1>2', 'a/b']
TEXTS = ['hello', ' ', '\n', 'a\nb', 'x < y', 'AT&T', 'fish & chips', '&amp;', '&lt;tag&gt;',
         '&#169;', '&#xA9;', '&#x;', '&#;', '&copy', '&copy;', '&notin;', '&noti', '&', '&#',
         '&#12', 'tail&', 'q;', '\t', '>', '&#1234567890;', '&Amp;', 'é', '&#0;']
BROKEN = ['<', '</', '<!', '<!-', '<!--', '<?', '<a', '<a href', '<a href="x', "<a b='",
          '</a', '</ a>', '</>', '<!-- x --', '<!x', '</ 1>', '<1>', '< p>', '<a\n',
          '<a b=c/d>', '<a/>', '<a / >', '<a b c d>', '<a b="1"c="2">', '<a b=="x">', '&#x41',
          '<br/ >', '<a =x>', '</b c="d">', '<img src=x/>', '<a b"c>', '</div\n>']
OTHER = ['<!-- comment -->', '<!---->', '<!-- a -- b -->', '<!-- x --  >', '<!DOCTYPE html>',
         '<!doctype HTML PUBLIC "-//W3C//DTD HTML 4.01//EN">', '<?xml version="1.0"?>',
         '<?php echo 1 ?>', '<![CDATA[ raw <b> ]]>', '<![if !IE]>', '<![endif]>',
         '<!ELEMENT br EMPTY>', '<! bogus>', '<!>', '</ div>', '</DIV >', '</3>',
         '<!-- multi\nline -->']


def attribute(rng):
    name = rng.pick(ATTR_NAMES)
    style = rng.below(5)
    value = rng.pick(VALUES)
    if style == 0:
        return name
    if style == 1:
        return name + '="' + value.replace('"', '') + '"'
    if style == 2:
        return name + "='" + value.replace("'", '') + "'"
    if style == 3:
        return name + '=' + (value.replace(' ', '') or 'z')
    return name + ' = "' + value.replace('"', '') + '"'


def start_tag(rng):
    tag = rng.pick(TAGS)
    parts = [tag] + [attribute(rng) for _ in range(rng.below(4))]
    sep = rng.pick([' ', ' ', '\n', '  ', '\t'])
    close = rng.pick(['>', '>', '>', '/>', ' />', ' >'])
    return '<' + sep.join(parts) + close, tag


def document(rng):
    pieces = []
    open_tags = []
    for _ in range(3 + rng.below(14)):
        kind = rng.below(10)
        if kind < 3:
            pieces.append(rng.pick(TEXTS))
        elif kind < 5:
            text, tag = start_tag(rng)
            pieces.append(text)
            if tag.lower() in ('script', 'style'):
                body = rng.pick(['var a = "<b>&amp;</b>";', 'x < y && y > z', '</scrip',
                                 '<!-- no -->', 'a</p>b', '</' + tag + 'x>'])
                pieces.append(body)
                pieces.append(rng.pick(['</' + tag + '>', '</' + tag.upper() + ' >',
                                        '</ ' + tag + '>', '']))
            else:
                open_tags.append(tag)
        elif kind < 7 and open_tags:
            pieces.append('</' + open_tags.pop() + rng.pick(['>', ' >', '\n>']))
        elif kind < 8:
            pieces.append(rng.pick(OTHER))
        else:
            pieces.append(rng.pick(BROKEN))
    return ''.join(pieces)


def run(parser_class, text, chunks, convert):
    parser = parser_class(convert)
    try:
        if chunks is None:
            parser.feed(text)
        else:
            for piece in chunks:
                parser.feed(piece)
        parser.close()
    except Exception as e:
        parser.events.append(('error', type(e).__name__, str(e)))
    return parser.events


def split(rng, text):
    cuts = sorted(rng.below(len(text) + 1) for _ in range(rng.below(6)))
    pieces = []
    last = 0
    for cut in cuts + [len(text)]:
        pieces.append(text[last:cut])
        last = cut
    return pieces


def one_by_one(text):
    return list(text)


def show(events):
    for event in events:
        print('   ', event)


def check_documents(seed, count):
    rng = Lcg(seed)
    for number in range(count):
        text = document(rng)
        convert = rng.below(2) == 0
        parser_class = SelfClosing if rng.below(3) == 0 else Recorder
        print('doc', number, repr(text), 'convert' if convert else 'raw', parser_class.__name__)
        whole = run(parser_class, text, None, convert)
        show(whole)
        pieces = split(rng, text)
        chunked = run(parser_class, text, pieces, convert)
        if chunked != whole:
            print('  pieces', pieces)
            show(chunked)
        if number % 4 == 0:
            single = run(parser_class, text, one_by_one(text), convert)
            if single != whole:
                print('  char by char')
                show(single)


def check_specific():
    cases = [
        '<a href="x&amp;y" TITLE=\'T\' checked>link</A>',
        '<p>one<br/>two<br />three</p>',
        '<script>if (a < b && c > d) { x = "</div>"; }</script>after',
        '<style>p { color: red }</STYLE>',
        '<script>never closed',
        'text &amp &gt; &#60; &#x3c; &#x3C; &bogus; end',
        '<!DOCTYPE html><html><!-- c --><?pi?></html>',
        '<![CDATA[x]]><![if IE]>y<![endif]>',
        'a\nb\n<c\nd="e">\nf',
        '&',
        '&x',
        '&#',
        '&#;',
        '<',
        '<a',
        '</a',
        '<!--',
        '<!',
        '<?x',
        '<a b="c',
        '<![foo]>',
        '<![ x',
        'x&#65x&#x41;y&#x4G',
        '<img src="a.png" alt="A &lt; B"/><input value=\'&quot;\'>',
        '<a b=c/>',
        '<div class=x/>',
        '</ a>',
        '<a b c=d e="f" g=\'h\'>',
        '<script/>x</script>',
        '<script >a<b>&amp;</script >tail',
        '<style>&amp;<!-- x --></style><p>&amp;',
        'a<b\n c="d\ne"\n>\n&lt;\n</b\n>',
        '<!DOCTYPE html',
        '<!doctype>',
        '<?',
        '<a\x00b>',
        '<a b=\'c\' d="e"f=g>',
        '&#x110000;&#xD800;&#128;&#0;&nbsp;&nbspx&amp;&ampx',
        '<p title="&#39;&quot;&gt;&#x27;">',
        '<![CDATA[<a>]]',
        '<![endif]-->',
        '</script>',
        '<title>&lt;not a tag&gt;</title>',
    ]
    for text in cases:
        for convert in (True, False):
            print(repr(text), convert)
            show(run(Recorder, text, None, convert))
            pieces = one_by_one(text)
            chunked = run(Recorder, text, pieces, convert)
            if chunked != run(Recorder, text, None, convert):
                print('  char by char')
                show(chunked)


def check_api():
    parser = Recorder()
    print(parser.getpos(), parser.get_starttag_text(), parser.lasttag)
    parser.feed('<b x=1>bold')
    print(parser.getpos(), parser.get_starttag_text(), parser.lasttag, repr(parser.rawdata))
    parser.reset()
    print(parser.getpos(), repr(parser.rawdata), parser.cdata_elem)
    parser.feed('<script>')
    print(parser.cdata_elem)
    parser.close()
    print(parser.events)
    plain = HTMLParser()
    plain.feed('<a>x</a><br/>&amp;')
    plain.close()
    print(plain.getpos(), HTMLParser.CDATA_CONTENT_ELEMENTS)
    try:
        HTMLParser(False)
    except Exception as e:
        print(type(e).__name__)


check_api()
check_specific()
check_documents(2024, 220)
check_documents(7, 100)
