# base64: b64decode's non-strict and validate=True paths follow binascii's state machine and its
# messages; Base32hex, Ascii85 and Base85.
import base64

for s in ['ab!c', 'YQ==YQ==', '=YQ==', 'YQ=a', 'YQ=', 'YQ', 'Y', 'YQ===', 'YWJj\n', ' YWJj', 'YW Jj',
          'YQ==\n', 'YWJ=', 'YW==', '', '====', 'YQ=\n=', 'YWJj=', 'YWJjZA=', 'YWJjZA=x', 'YWJjZGVmZ2g']:
    for validate in (False, True):
        try:
            print(repr(s), validate, base64.b64decode(s, validate=validate))
        except ValueError as e:
            print(repr(s), validate, type(e).__name__, e)
print(base64.b64decode(b'-_8=', altchars=b'-_'), base64.urlsafe_b64decode('-_8='), base64.b64encode(b'\xfb\xff', altchars=b'-_'))
print(base64.b85encode(b'hello world'), base64.b85decode(b'Xk~0{Zy<MXa%^M'), base64.b85encode(b'\x00\x00', pad=True))
print(base64.a85encode(b'hello world'), base64.a85decode(b'BOu!rD]j7BEbo7'), base64.a85encode(b'\x00\x00\x00\x00 ', foldspaces=True, adobe=True))
print(base64.a85encode(b'x' * 40, wrapcol=20), base64.a85decode(b'<~87cURD]i,"Ebo80~>', adobe=True), base64.b85decode(base64.b85encode(bytes(range(20)))))
print(base64.b32decode('MFRGG==='), base64.b32hexencode(b'abc'), base64.b32hexdecode(b'C5H66==='), base64.b32encode(b'hello!'), base64.b32decode('mfrgg===', casefold=True))
print(base64.b16decode('01AB'), base64.encodebytes(b'x' * 60), base64.decodebytes(b'eHh4\n'), base64.b32decode('ME======', map01=None))
for bad in [lambda: base64.b32decode('MFRGG'), lambda: base64.b32decode('MFRG1==='), lambda: base64.b85decode(b'|||||'),
            lambda: base64.a85decode(b'<~abc'), lambda: base64.b16decode('0g'), lambda: base64.b64decode('\xe9')]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
