import csv
import io
import os

print('--- writer to StringIO')
buf = io.StringIO()
w = csv.writer(buf)
print(w.writerow(['name', 'age', 'note']))
print(w.writerow(['Ann', 31, 'likes "quotes", commas']))
print(w.writerow(['Bob', None, 'multi\nline']))
print(w.writerow([]), w.writerow(['']), w.writerow([None]), w.writerow(('t', 1.5, True, 10**20, -0.0)))
print(w.writerows([[1, 2], (3, 4), 'ab', range(3)]))
print(repr(buf.getvalue()))
print(w.dialect.delimiter, repr(w.dialect.lineterminator), w.dialect.quoting, w.dialect.doublequote)
for kw in ({'quoting': csv.QUOTE_ALL}, {'quoting': csv.QUOTE_NONNUMERIC}, {'quoting': csv.QUOTE_NONE, 'escapechar': '\\'},
           {'delimiter': '\t', 'lineterminator': '\n'}, {'escapechar': '\\', 'doublequote': False}, {'quotechar': "'"}):
    buf = io.StringIO()
    csv.writer(buf, **kw).writerows([['a', 1, 2.5, None, '', 'x,y', 'q"q', "it's", 'tab\there', 'back\\slash']])
    print(kw, repr(buf.getvalue()))
print('--- errors')
for args, kw in [((io.StringIO(),), {'quoting': csv.QUOTE_NONE}), ((io.StringIO(),), {'doublequote': False})]:
    w = csv.writer(*args, **kw)
    for row in (['a,b'], ['q"'], [''], 5):
        try:
            w.writerow(row)
            print('ok', row)
        except csv.Error as e:
            print(type(e).__name__, type(e).__module__, e)
for kw in [dict(delimiter=''), dict(delimiter=1), dict(delimiter=None), dict(quotechar=''), dict(quotechar=1),
           dict(escapechar='ab'), dict(escapechar=3), dict(lineterminator=None), dict(lineterminator=1),
           dict(quoting=9), dict(quoting='a'), dict(quotechar=None), dict(quotechar=None, quoting=csv.QUOTE_ALL),
           dict(quotechar=None, dialect='excel'), dict(dialect='nope'), dict(foo=1), dict(strict='x')]:
    try:
        d = csv.reader([], **kw).dialect
        print(kw, 'ok', d.quoting, repr(d.quotechar), d.strict)
    except (TypeError, csv.Error) as e:
        print(kw, type(e).__name__, e)
for call in (lambda: csv.writer(1), lambda: csv.reader(1), lambda: csv.reader(), lambda: csv.reader([], 'excel', 'x'),
             lambda: csv.reader([], 'excel', dialect='excel'), lambda: next(csv.reader([b'a,b'])),
             lambda: next(csv.reader(['"abc'], strict=True)), lambda: next(csv.reader(['"a"b'], strict=True)),
             lambda: next(csv.reader(['a\rb'])), lambda: next(csv.reader(['1,x'], quoting=csv.QUOTE_NONNUMERIC))):
    try:
        print(call())
    except (TypeError, ValueError, csv.Error) as e:
        print(type(e).__name__, e)
print('--- reading')
text = 'name,age,note\r\nAnn,31,"likes ""quotes"", commas"\r\nBob,,"multi\nline"\r\n\r\n"last, one",7\r\n'
r = csv.reader(io.StringIO(text, newline=''))
for row in r:
    print(r.line_num, row)
r = csv.reader(text.splitlines(True))
print([row for row in r], r.line_num)
print(list(csv.reader(['a, b,  "c"'], skipinitialspace=True)), list(csv.reader(['a, b,  "c"'])))
print(list(csv.reader(['1,2.5,"x",,-3e2'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a\\,b,c\\"d'], escapechar='\\')), list(csv.reader(['"a\\"b",c'], escapechar='\\', doublequote=False)))
print(list(csv.reader(['a;b;"c;d"'], delimiter=';')), list(csv.reader(["'a,b',c"], quotechar="'")))
print(list(csv.reader(['"unterminated', 'continues', 'here"', 'x'])), list(csv.reader(['"open'])))
print(list(csv.reader(['a"b"c,"d"e'])), list(csv.reader(['"a"  ,b'])))
print(list(csv.reader(['x\ty'], 'excel-tab')), list(csv.reader(['"a","b"'], quoting=csv.QUOTE_NONE)))
print('--- dialects')
print(sorted(csv.list_dialects()))
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL, lineterminator='\n')
d = csv.get_dialect('pipes')
print(d.delimiter, d.quoting, repr(d.lineterminator), d.quotechar, d.escapechar, d.skipinitialspace, d.strict, d.doublequote)
buf = io.StringIO()
csv.writer(buf, 'pipes').writerow(['a', 1])
csv.writer(buf, dialect='pipes', delimiter=':').writerow(['b', 2])
print(repr(buf.getvalue()), list(csv.reader(['"a"|"1"'], 'pipes')))


class Semi(csv.Dialect):
    delimiter = ';'
    quotechar = '"'
    doublequote = True
    skipinitialspace = True
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL


csv.register_dialect('semi', Semi)
print(list(csv.reader(['a; b;"c;d"'], 'semi')), list(csv.reader(['a; b'], Semi)), list(csv.reader(['a; b'], Semi())))
print(csv.get_dialect('semi').skipinitialspace, csv.excel.delimiter, csv.excel_tab.delimiter, csv.unix_dialect.quoting)
csv.unregister_dialect('semi')
print(sorted(csv.list_dialects()))
for call in (lambda: csv.get_dialect('semi'), lambda: csv.unregister_dialect('semi'), lambda: csv.register_dialect(1),
             lambda: csv.register_dialect('bad', delimiter=''), lambda: csv.Dialect(), lambda: setattr(d, 'delimiter', ';')):
    try:
        call()
        print('ok')
    except (TypeError, AttributeError, csv.Error) as e:
        print(type(e).__name__, e)


class Broken(csv.Dialect):
    delimiter = ','
    quotechar = None
    lineterminator = '\n'
    quoting = csv.QUOTE_ALL


try:
    Broken()
except csv.Error as e:
    print('Error', e)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.__version__)
print(issubclass(csv.Error, Exception), csv.Error.__name__)
print('--- field_size_limit')
old = csv.field_size_limit()
print(old, csv.field_size_limit(10), csv.field_size_limit())
for line in ('x' * 10, 'x' * 11, '"' + 'x' * 11 + '"'):
    try:
        print(list(csv.reader([line])))
    except csv.Error as e:
        print('Error', e)
csv.field_size_limit(old)
try:
    csv.field_size_limit('x')
except TypeError as e:
    print(e)
print('--- DictReader / DictWriter')
data = 'id,name,score\n1,Ann,9.5\n2,Bob\n\n3,Cy,7,extra,more\n'
dr = csv.DictReader(io.StringIO(data))
print(dr.fieldnames, dr.line_num)
for row in dr:
    print(dr.line_num, row)
dr = csv.DictReader(data.splitlines(), fieldnames=['a', 'b'], restkey='rest', restval='?')
print(list(dr))
print(list(csv.DictReader([])), csv.DictReader([]).fieldnames)
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=['id', 'name', 'score'], restval='-')
print(dw.writeheader())
dw.writerow({'id': 1, 'name': 'Ann, Jr.', 'score': 9.5})
dw.writerows([{'id': 2}, {'name': 'x', 'id': 3, 'score': None}])
try:
    dw.writerow({'id': 4, 'oops': 1, 'bad': 2})
except ValueError as e:
    print('ValueError', e)
csv.DictWriter(out, ['id'], extrasaction='ignore').writerow({'id': 5, 'other': 6})
try:
    csv.DictWriter(out, ['id'], extrasaction='nope')
except ValueError as e:
    print('ValueError', e)
print(repr(out.getvalue()))
print('--- files')
path = 'csv_module.data.tmp'
with open(path, 'w', newline='') as f:
    w = csv.writer(f)
    w.writerow(['h1', 'h2'])
    w.writerows([[i, 'v%d' % i] for i in range(3)])
    w.writerow(['has\nnewline', 'ü'])
with open(path, 'rb') as f:
    print(f.read())
with open(path, newline='') as f:
    print(list(csv.reader(f)))
with open(path, newline='') as f:
    print(list(csv.DictReader(f)))
with open(path) as f:
    print(list(csv.reader(f)))
with open(path, 'w') as f:
    csv.writer(f, lineterminator='\n').writerow(['plain', 'lf'])
with open(path) as f:
    print(repr(f.read()))
os.remove(path)
print('--- Sniffer')
sn = csv.Sniffer()
sample = 'a;b;c\n1;2;3\n4;5;6\n'
dia = sn.sniff(sample)
print(repr(dia.delimiter), dia.quotechar, dia.doublequote, dia.skipinitialspace, repr(dia.lineterminator))
print(sn.has_header('name,age\nAnn,31\nBob,42\n'), sn.has_header('1,2\n3,4\n'))
dia = sn.sniff('"a","b"\n"c, d","e"\n')
print(repr(dia.delimiter), repr(dia.quotechar), dia.doublequote)
dia = sn.sniff('x|y|z\n1|2|3\n', delimiters='|')
print(repr(dia.delimiter))
try:
    sn.sniff('')
except csv.Error as e:
    print('Error', e)
