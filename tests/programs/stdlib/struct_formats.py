import struct
def tryit(f, *a):
    try:
        print(f.__name__, a, '->', f(*a))
    except Exception as e:
        print(f.__name__, a, '!!', type(e).__name__, e)
for m in '<>@!=':
    for c in 'bBhHiIlLqQnN':
        for v in (2**70, 2**40, 2**33, 70000, 300, 100, 0, -1, -100, -2**40, -2**70):
            tryit(struct.pack, m + c, v)
for c in 'efd':
    for m in '<>':
        for v in (0.0, -0.0, 1.0, -1.5, 0.1, 1e-5, 1e-8, 1e-40, 5e-324, 65504.0, 65519.0, 65520.0, 3.4028235e38, 3.4028236e38, 1e300, float('inf'), -float('inf'), float('nan'), 3, 2**1023):
            tryit(struct.pack, m + c, v)
        for v in (0.1, 1e-5, 1e-40, 65504.0, 1/3, 123.456):
            try:
                print(struct.unpack(m + c, struct.pack(m + c, v)))
            except Exception as e:
                print('!!', e)
print(struct.unpack('<e', b'\x00\x7c'), struct.unpack('>d', b'\x7f\xf8' + bytes(6)), struct.unpack('<e', b'\x01\x00'), struct.unpack('<f', b'\x01\x00\x00\x00'))
tryit(struct.pack, '<d', 'x'); tryit(struct.pack, '<h', 1.0); tryit(struct.pack, '<h', 'x')
tryit(struct.pack, '<c', b'ab'); tryit(struct.pack, '<s', 1); tryit(struct.pack, '<n', 1); tryit(struct.pack, '<P', 1)
tryit(struct.pack, '<hh', 1); tryit(struct.pack, '3x', 1); tryit(struct.pack, 'zz'); tryit(struct.pack, '<2')
tryit(struct.pack, '5p', b'hello world'); tryit(struct.pack, '3s', b'a'); tryit(struct.pack, '3s', b'abcdef'); tryit(struct.pack, '0s', b'a'); tryit(struct.pack, '?', [])
tryit(struct.pack, '? ? ?', 2, 0, 'a'); tryit(struct.pack, '<3h2c', 1, 2, 3, b'x', b'y')
tryit(struct.unpack, '5p', b'\x09abcd'); tryit(struct.unpack, '<i', b'ab'); tryit(struct.unpack, '<3h2c', b'\x01\x00\x02\x00\x03\x00xy')
tryit(struct.unpack_from, '<i', b'abc', 1); tryit(struct.unpack_from, '<i', b'abc', 5); tryit(struct.unpack_from, '<i', b'abc', -5)
tryit(struct.unpack_from, '<h', b'abcdef', 2); tryit(struct.unpack_from, '<h', b'abcdef', -2); print(struct.unpack_from("<h", b"abcdef", offset=3))
ba = bytearray(8)
tryit(struct.pack_into, '<i', ba, 2, 1); print(ba); tryit(struct.pack_into, '<i', ba, 6, 1); tryit(struct.pack_into, '<h', ba, -2, -2); print(ba)
tryit(struct.pack_into, '<h', ba, -9, 1); tryit(struct.pack_into, '<i', ba, -2, 1)
print(list(struct.iter_unpack('<hb', b'\x01\x00\x02\x03\x00\x04')))
tryit(lambda: list(struct.iter_unpack('<i', b'abcde'))); tryit(lambda: list(struct.iter_unpack('', b'abcde')))
for f in ['', 'b', '@bi', '@bq0i', 'hb', '@ci', '@?q0l', '@e', '@3e2d', '<3e2d', 'xi', '@hxi', '=bq', '!lL', '@lL', '10s', '0p', ' i  h ', b'<hh']:
    tryit(struct.calcsize, f)
print(struct.pack('@ci', b'a', 1), struct.pack('@?q0l', 1, 2), struct.pack('<h', True), struct.pack('<d', 3), struct.pack(b'>H', 258))
s = struct.Struct('<hhd')
print(s.format, s.size, s.pack(1, -2, 2.5), s.unpack(s.pack(1, -2, 2.5)), struct.Struct(b'<i').format)
try:
    struct.pack('<b', 1000)
except struct.error as e:
    print('caught', type(e).__name__, isinstance(e, Exception), e.args)
