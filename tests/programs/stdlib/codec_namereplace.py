# namereplace: \N{NAME} escapes for what an encoder refuses (the names come from unicodedata).
import codecs
import unicodedata

TEXTS = ['a\xe9\u20ac\u4e2d\U0001f600\udc80\u0378b', '\u2603\u00a0\u0416\u05d0\u0e01', 'plain', '\x80\x9f\xad',
         '\uac00\ud7a3\u1100', '\U000e0001\U0010ffff\ufeff']
for codec in ['ascii', 'latin-1', 'utf-8', 'cp1252', 'utf-16-le', 'koi8-r', 'cp437', 'iso8859-7']:
    for text in TEXTS:
        try:
            print(codec, text.encode(codec, 'namereplace'))
        except Exception as e:
            print(codec, type(e).__name__, e)
print(codecs.namereplace_errors(UnicodeEncodeError('ascii', '\xe9\u0416x', 0, 2, 'r')))
print(codecs.encode('\u2603', 'ascii', 'namereplace'))
for bad in [UnicodeDecodeError('ascii', b'\xff', 0, 1, 'r'), ValueError('x')]:
    try:
        codecs.namereplace_errors(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    b'\xff'.decode('cp1252', 'namereplace')
    b'\x81'.decode('cp1252', 'namereplace')
except Exception as e:
    print(type(e).__name__, e)
