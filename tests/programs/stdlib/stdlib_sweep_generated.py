# Generated inputs (seeded LCG) over csv, difflib, textwrap, urllib.parse, base64, pprint,
# typing, calendar, queue and gzip corner cases.
import base64
import calendar
import csv
import difflib
import gzip
import io
import pprint
import queue
import textwrap
import typing
from urllib.parse import parse_qs, parse_qsl, urlencode, urljoin, urlparse, urlsplit, quote_from_bytes


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 8) % bound

    def pick(self, items):
        return items[self.next(len(items))]


rng = Lcg(20261126)


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)


# --- csv DictReader / DictWriter
cells = ['a', 'b', '', 'x y', '1', 'q"t']
for case in range(12):
    rows = []
    for _ in range(rng.next(6)):
        if rng.next(4) == 0:
            rows.append('')
        else:
            rows.append(','.join(rng.pick(cells).replace('"', '') for _ in range(1 + rng.next(4))))
    text = '\n'.join(rows) + '\n'
    names = None if rng.next(2) else ['k1', 'k2', 'k3']
    reader = csv.DictReader(io.StringIO(text), fieldnames=names, restkey='REST', restval='-')
    got = []
    for record in reader:
        got.append((reader.line_num, record))
    print('dictreader', case, repr(text), reader.fieldnames, got)
out = io.StringIO()
w = csv.DictWriter(out, ['a', 'b'], restval='?')
w.writeheader()
w.writerows([{'a': 1}, {'b': 2}, {'a': 'x', 'b': 'y'}])
print(repr(out.getvalue()))
show('extras', lambda: w.writerow({'a': 1, 'zz': 2}))
show('extrasaction', lambda: csv.DictWriter(out, ['a'], extrasaction='bad'))
for name in ('excel', 'excel-tab', 'unix'):
    d = csv.get_dialect(name)
    print(name, repr(d.delimiter), repr(d.lineterminator), d.quoting, d.doublequote)


class Broken(csv.Dialect):
    delimiter = ','
show('broken dialect', lambda: Broken())
show('base dialect', lambda: csv.Dialect())
sniffed = csv.Sniffer().sniff('a;b;c\n1;2;3\n')
print('sniffed', repr(sniffed.delimiter), repr(sniffed.quotechar), sniffed.lineterminator == '\r\n')

# --- difflib
letters = 'abcd'
for case in range(25):
    a = [rng.pick(letters) for _ in range(rng.next(12))]
    b = [rng.pick(letters) for _ in range(rng.next(12))]
    sm = difflib.SequenceMatcher(None, a, b)
    print('blocks', ''.join(a), ''.join(b), [tuple(m) for m in sm.get_matching_blocks()])
    print('groups', list(sm.get_grouped_opcodes(rng.next(3))))
    print('opcodes after grouping', sm.get_opcodes())
    print('longest', tuple(sm.find_longest_match(0, len(a), 0, len(b))))
    al = [x + '\n' for x in a]
    bl = [x + '\n' for x in b]
    print(''.join(difflib.unified_diff(al, bl, 'f', 't', n=1)))
    print(''.join(difflib.ndiff(al, bl)))

# --- textwrap
words = ['one', 'two.', 'Three!', 'four?"', "five.'", 'six-seven', 'eightnineten', 'a.', 'B.']
for case in range(20):
    text = ' '.join(rng.pick(words) for _ in range(rng.next(14)))
    width = 4 + rng.next(16)
    print(textwrap.wrap(text, width, fix_sentence_endings=bool(rng.next(2))))
    print(repr(textwrap.fill(text, width, max_lines=1 + rng.next(3), placeholder=' ~')))
pads = ['', ' ', '  ', '\t', ' \t', '    ']
for case in range(20):
    lines = [rng.pick(pads) + rng.pick(['x', 'yy', '', ' ']) for _ in range(rng.next(5))]
    text = '\n'.join(lines)
    print('dedent', repr(text), repr(textwrap.dedent(text)))

# --- urllib.parse
pieces = ['http:', '//h', '/a', '/b;p', '?q=1', '#f', ';x', '../', 'g', '%41', '+', '&k=v', '=', '&']
for case in range(30):
    url = ''.join(rng.pick(pieces) for _ in range(rng.next(6)))
    other = ''.join(rng.pick(pieces) for _ in range(rng.next(6)))
    print('url', repr(url), tuple(urlparse(url)), tuple(urlsplit(url, allow_fragments=False)))
    print('join', repr(other), repr(urljoin(url, other)))
    strict = bool(rng.next(2))
    blanks = bool(rng.next(2))
    show('qsl', lambda: parse_qsl(url, blanks, strict, max_num_fields=rng.pick([None, 1, 3])))
    print('qs', parse_qs(url, keep_blank_values=True))
show('ipv6', lambda: urlsplit('http://[::1/x'))
for q in ({'a': 1, 'b': [1, 2]}, [('x', 'y')], [], 'ab', 3, [1]):
    show('urlencode', lambda: urlencode(q, doseq=True))
print(quote_from_bytes(b'a b/c\xff~', safe='é /'), quote_from_bytes(b'', safe=3))

# --- base64
for case in range(20):
    data = bytes(rng.pick([0, 0, 32, 65, 200, rng.next(256)]) for _ in range(rng.next(20)))
    kw = dict(adobe=bool(rng.next(2)), wrapcol=rng.next(8), foldspaces=bool(rng.next(2)))
    print('a85', data, kw, base64.a85encode(data, **kw))
    enc = base64.b32encode(data)
    print('b32', enc, base64.b32decode(enc.lower(), casefold=True) == data,
          base64.b32decode(enc.replace(b'O', b'0'), map01=b'L') == data)
for bad in ('é', 3, 'abc', b'AAAAAAA='):
    show('b32decode', lambda: base64.b32decode(bad))

# --- pprint
mixed = {1, 'a', 2.5, (1,), None}
print(pprint.pformat(sorted(mixed, key=repr)))
print(pprint.pformat({3: 'x', 'b': 1, (2,): [1] * 30}, width=30))
for kw in ({'indent': -1}, {'depth': 0}, {'width': 0}, {'indent': 'x'}):
    show('printer', lambda: pprint.PrettyPrinter(**kw))

# --- typing
T = typing.TypeVar('T')
print(repr(T), repr(typing.TypeVar('C', covariant=True)), repr(typing.TypeVar('D', contravariant=True)))
f1, f2 = typing.ForwardRef('int'), typing.ForwardRef('int')
print(f1 == f2, hash(f1) == hash(f2), f1 == typing.ForwardRef('str'), repr(f1 | None))
print(repr(int | typing.ForwardRef('X')))
show('namedtuple', lambda: typing.NamedTuple('P', [('a', int)])._fields)
try:
    class Bad(typing.NamedTuple):
        a: int = 1
        b: str
except TypeError as e:
    print('TypeError', e)
print(typing.Union[int, str] == typing.Union[str, int], hash(typing.Union[int, str]) == hash(typing.Union[str, int]))

# --- calendar
for bad in (7, -1, 'x'):
    show('setfirstweekday', lambda: calendar.setfirstweekday(bad))
show('monthrange', lambda: calendar.monthrange(2024, 13))
cal = calendar.Calendar(9)
print(cal.firstweekday, cal.getfirstweekday(), list(cal.iterweekdays()))
print(calendar.HTMLCalendar().cssclass_year_head, calendar.HTMLCalendar.cssclasses_weekday_head)
print(calendar.LocaleTextCalendar(locale='C').formatmonthname(2024, 2, 20))
print(calendar.day_abbr[0], calendar.month_name[2], calendar.weekheader(3))

# --- queue
for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls()
    for _ in range(8):
        q.put(rng.next(50))
    print(cls.__name__, [q.get() for _ in range(8)], q.empty())
show('get_nowait', lambda: queue.Queue().get_nowait())

# --- gzip
for mode in ('rt', 'rU', 'zz'):
    show('gzip mode', lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode=mode))
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode='w', mtime=0) as g:
    print(g.writable(), g.readable())
    g.write(b'hello ' * 5)
reader = gzip.GzipFile(fileobj=io.BytesIO(buf.getvalue()))
print(reader.readable(), reader.writable(), reader.read())
