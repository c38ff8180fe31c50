# mimetypes: guess_type over paths and URLs (case, compression, suffix_map, data: URLs, strict),
# guess_extension / guess_all_extensions, add_type, the tables, init() and mime.types files.
import mimetypes
import os
import tempfile

# The machine's own mime.types files would change the answers: use the built-in tables only.
mimetypes.knownfiles = []

print(sorted(mimetypes.__all__))
print(len(mimetypes.types_map), len(mimetypes.common_types), mimetypes.inited)
print(mimetypes.suffix_map)
print(mimetypes.encodings_map)
print(list(mimetypes.types_map.items())[:8])
print(mimetypes.common_types)

db = mimetypes.MimeTypes()
print(mimetypes.inited, len(db.types_map[True]), len(db.types_map[False]), len(db.types_map_inv[True]))
print(list(db.types_map[True]) == list(mimetypes.types_map))


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return self.state % n

    def pick(self, seq):
        return seq[self.next(len(seq))]


rng = Lcg(2024)
exts = sorted(set(mimetypes.types_map) | set(mimetypes.common_types)) + ['.unknown', '', '.', '.GZ', '.Gz', '.TGZ']
encs = ['', '', '', '.gz', '.Z', '.z', '.bz2', '.xz', '.br', '.BZ2']
stems = ['file', 'a.b', 'archive.tar', '.hidden', 'dir/sub/x', 'my file', 'UPPER', 'x.y.z', '']
prefixes = ['', '/var/www/', 'http://example.com/', 'HTTP://Example.COM/a/', 'file:///tmp/', 'ftp://h/p;type=a/',
            's3:', 'C:\\dir\\', 'a:b/', 'x/y:z/']


def case(s):
    choice = rng.next(3)
    return s.upper() if choice == 0 else s.title() if choice == 1 else s


for i in range(700):
    path = rng.pick(prefixes) + rng.pick(stems) + case(rng.pick(exts)) + rng.pick(encs)
    strict = rng.next(2) == 0
    print(repr(path), strict, mimetypes.guess_type(path, strict), db.guess_type(path, not strict))

# Every extension, both ways, in both tables.
for ext in sorted(set(mimetypes.types_map) | set(mimetypes.common_types)):
    print(ext, mimetypes.guess_type('x' + ext), mimetypes.guess_type('x' + ext, strict=False),
          mimetypes.guess_type('x' + ext.upper() + '.gz'))
for mime in sorted(set(mimetypes.types_map.values()) | set(mimetypes.common_types.values())) + ['TEXT/HTML', 'nope/nope', '']:
    print(mimetypes.guess_extension(mimetypes.guess_type('x' + (mimetypes.guess_extension(mime) or ''))[0] or 'none/none'),
          mime, mimetypes.guess_extension(mime), mimetypes.guess_extension(mime, strict=False),
          mimetypes.guess_all_extensions(mime), mimetypes.guess_all_extensions(mime, False))

# Compression and the suffix abbreviations.
for name in ['x.txt.gz', 'x.tar.gz', 'x.tgz', 'x.TGZ', 'x.taz', 'x.tz', 'x.tbz2', 'x.txz', 'x.svgz', 'x.tar.Z',
             'x.tar.z', 'x.gz', 'x.Z', 'x.br', 'x.json.br', 'gz', '.gz', 'x.gz.gz', 'x.tgz.gz', 'x.html.xz',
             'x.unknown.bz2', 'x.ps.Z', 'archive.tar.bz2']:
    print(name, mimetypes.guess_type(name), mimetypes.guess_type(name, strict=False))

# data: URLs: the media type up to ';' or ',', text/plain by default, None when there is no comma.
for url in ['data:,Hello', 'data:text/html,<p>', 'data:image/png;base64,iVBOR', 'DATA:Text/CSV;charset=utf-8,a,b',
            'data:;base64,SGk=', 'data:charset=utf-8,x', 'data:text', 'data:', 'data:a/b=c,x', 'data:a/b;x=y',
            'data:application/json,{"a":1}.png', 'datax:foo.png', 'xdata:foo.png']:
    print(url, mimetypes.guess_type(url))

# Path-like objects.
class P:
    def __fspath__(self):
        return '/srv/site/index.HTML'


print(mimetypes.guess_type(P()))
for bad in [None, 42]:
    try:
        mimetypes.guess_type(bad)
    except Exception as e:
        print(type(e).__name__, e)

# add_type: a new extension, a replaced type, the non-strict table; then init() drops them again.
mimetypes.add_type('application/x-memphis', '.mph')
mimetypes.add_type('text/x-custom', '.txt')
mimetypes.add_type('application/x-loose', '.loose', strict=False)
mimetypes.add_type('application/x-memphis', '.mph2')
mimetypes.add_type('application/x-memphis', '.mph')
print(mimetypes.guess_type('a.mph'), mimetypes.guess_type('a.MPH2'), mimetypes.guess_type('a.txt'))
print(mimetypes.guess_type('a.loose'), mimetypes.guess_type('a.loose', strict=False))
print(mimetypes.guess_all_extensions('application/x-memphis'), mimetypes.guess_all_extensions('text/plain'))
print(mimetypes.guess_all_extensions('text/x-custom'), mimetypes.guess_extension('application/x-loose', False))
print('.mph' in mimetypes.types_map, '.loose' in mimetypes.common_types)
mimetypes.init()
print(mimetypes.guess_type('a.mph'), mimetypes.guess_type('a.txt'), '.mph' in mimetypes.types_map)

# Instances are independent of each other and of the module.
a = mimetypes.MimeTypes()
b = mimetypes.MimeTypes()
a.add_type('image/x-a', '.aaa')
a.encodings_map['.zst'] = 'zstd'
a.suffix_map['.tzst'] = '.tar.zst'
print(a.guess_type('p.aaa'), b.guess_type('p.aaa'), mimetypes.guess_type('p.aaa'))
print(a.guess_type('p.tar.zst'), a.guess_type('p.tzst'), b.guess_type('p.tar.zst'))
print(a.types_map_inv[True]['image/x-a'], a.guess_extension('IMAGE/X-A'))

# mime.types files: read(), readfp(), read_mime_types(), MimeTypes(filenames), init(files).
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'mime.types')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('# a comment line\n\napplication/x-one one uno   # trailing comment\n'
                'text/x-two two\n  image/x-three three#notcomment thr #ee\nlonely/type\n'
                'text/plain txt text conf\n')
    got = mimetypes.read_mime_types(path)
    print(len(got), {k: v for k, v in got.items() if k in ('.one', '.uno', '.two', '.three#notcomment', '.thr', '.ee', '.conf', '.txt')})
    print(mimetypes.read_mime_types(os.path.join(d, 'missing.types')))
    c = mimetypes.MimeTypes([path])
    print(c.guess_type('f.uno'), c.guess_type('f.thr'), c.guess_all_extensions('text/plain'), c.guess_extension('lonely/type'))
    e = mimetypes.MimeTypes([path], strict=False)
    print(e.guess_type('f.uno'), e.guess_type('f.uno', strict=False), e.guess_all_extensions('application/x-one', False))
    f2 = mimetypes.MimeTypes()
    f2.read(path, strict=False)
    print(f2.guess_type('x.two', False), f2.guess_type('x.two'))
    mimetypes.init([path, os.path.join(d, 'missing.types')])
    print(mimetypes.guess_type('y.one'), mimetypes.guess_extension('text/x-two'), '.uno' in mimetypes.types_map)
    mimetypes.add_type('a/b', '.ab')
    mimetypes.init([path])
    print(mimetypes.guess_type('q.ab'), mimetypes.guess_type('q.two'))
    mimetypes.init()
    print(mimetypes.guess_type('q.ab'), mimetypes.guess_type('q.two'))
