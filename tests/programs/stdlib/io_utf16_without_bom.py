# A text file read as 'utf-16' or 'utf-32' goes through the incremental decoder: without a byte
# order mark it fails (a bad code unit first fails as such), while bytes.decode reads the same
# bytes little-endian.
import codecs
import os
import tempfile

CASES = [
    ('utf-16-le text', 'abc'.encode('utf-16-le')),
    ('utf-16-be text', 'abc'.encode('utf-16-be')),
    ('utf-16 with BOM', 'abc'.encode('utf-16')),
    ('utf-16-be BOM', codecs.BOM_UTF16_BE + 'hi'.encode('utf-16-be')),
    ('utf-8 BOM', codecs.BOM_UTF8 + b'abc'),
    ('empty', b''),
    ('one byte', b'a'),
    ('utf-32-le text', 'ab'.encode('utf-32-le')),
    ('utf-32 with BOM', 'ab'.encode('utf-32')),
    ('utf-32-be BOM', codecs.BOM_UTF32_BE + 'q'.encode('utf-32-be')),
    ('lone surrogate', b'\x00\xdc' + 'a'.encode('utf-16-le')),
]
READS = {
    'read': lambda f: f.read(),
    'readline': lambda f: f.readline(),
    'lines': lambda f: list(f),
    'read(1)': lambda f: f.read(1),
}
folder = tempfile.mkdtemp()
path = os.path.join(folder, 'data.txt')
for encoding in ('utf-16', 'utf-32', 'UTF_16', 'utf32'):
    for label, data in CASES:
        with open(path, 'wb') as f:
            f.write(data)
        for how, read in READS.items():
            for errors in ('strict', 'replace'):
                try:
                    with open(path, encoding=encoding, errors=errors) as f:
                        print(encoding, label, how, errors, repr(read(f)))
                except Exception as e:
                    print(encoding, label, how, errors, '!!', type(e).__name__, e)
        try:
            print(encoding, label, 'bytes.decode', repr(data.decode(encoding)))
        except Exception as e:
            print(encoding, label, 'bytes.decode', '!!', type(e).__name__, e)
os.remove(path)
os.rmdir(folder)
