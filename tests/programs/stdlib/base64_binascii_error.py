# base64 raises binascii.Error (a ValueError subclass) as CPython's base64 does: it decodes with
# binascii, which computes base64 and its checksums without zlib.
import base64
import binascii
import io
import zlib

for s in ['a', 'ab', 'abc=', 'YQ', '=', 'YWJj!', 'Y===', 'YQ==YQ']:
    for validate in (False, True):
        try:
            print(repr(s), validate, base64.b64decode(s, validate=validate))
        except binascii.Error as e:
            print(repr(s), validate, 'binascii.Error:', e, isinstance(e, ValueError))

try:
    base64.b64decode('a')
except ValueError as e:
    print(type(e).__module__, type(e).__name__, type(e).__qualname__, type(e).__mro__[1].__name__)

print(base64.binascii is binascii, hasattr(base64, 'Error'), binascii.Error.__module__)
for bad in [lambda: base64.b32decode('MFRGG'), lambda: base64.b32decode('MFRG1==='),
            lambda: base64.b16decode('0g'), lambda: base64.b16decode('abc'),
            lambda: base64.urlsafe_b64decode('a'), lambda: base64.decodebytes(b'abcde'),
            lambda: binascii.a2b_base64(b'=abc', strict_mode=True), lambda: binascii.unhexlify(b'abc')]:
    try:
        print(bad())
    except binascii.Error as e:
        print('binascii.Error:', e)

# Encoding goes through binascii too.
print(base64.b64encode(b'\xfb\xff\xfe', altchars=b'-_'), base64.b64encode(bytearray(b'xy')), base64.b64encode(memoryview(b'xyz')))
print(base64.standard_b64encode(b''), base64.urlsafe_b64encode(b'\xff\xfe\xfd'), base64.b16encode(b'\x00\xab'))
print(base64.encodebytes(bytes(range(100))))
print(base64.decodebytes(base64.encodebytes(bytes(range(100)))) == bytes(range(100)))
print(binascii.b2a_base64(b'abcd'), binascii.b2a_base64(b'abcd', newline=False), binascii.a2b_base64('YWJj\n'))
src = io.BytesIO(bytes(range(200)))
dst = io.BytesIO()
base64.encode(src, dst)
print(dst.getvalue()[:40], len(dst.getvalue()))
back = io.BytesIO()
base64.decode(io.BytesIO(dst.getvalue()), back)
print(back.getvalue() == bytes(range(200)))
for bad in [lambda: base64.b64encode('str'), lambda: base64.encodebytes('str'), lambda: base64.b64decode(3)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)

# The checksums: binascii's and zlib's crc32 are the same function.
data = b'The quick brown fox jumps over the lazy dog'
print(binascii.crc32(data), zlib.crc32(data), binascii.crc32(b''), binascii.crc32(data, 12345), zlib.crc32(data, 2**40 + 5))
print(binascii.crc32(data, -1), binascii.crc32(bytearray(data)), binascii.crc32(memoryview(data)[4:9]))
print(binascii.crc_hqx(data, 0), binascii.crc_hqx(data, 0xffff), binascii.crc_hqx(b'', 7), binascii.crc_hqx(data, -1), binascii.crc_hqx(data, 2**20 + 3))
for bad in [lambda: binascii.crc32(data, 1.5), lambda: binascii.crc_hqx(data, '1'), lambda: binascii.crc32('text')]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
