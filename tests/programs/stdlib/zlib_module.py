import zlib

# Streams written by CPython's (stock) zlib.
z6 = bytes.fromhex('789ccb48cdc9c957c840903a0a553999498ac842a312a312a312435b828191899985958d9d83938b9b87978f5f4050485844544c5c42524a5a46564e5e4151495945554d5d43534b5b47574fdfc0d0c8d8c4d4ccdcc2d2cadac6d6cedec1d1c9d9c5d5cdddc3d3cbdbc7d7cf3f2030283824342c3c22322a3a26362e3e2131293925352d3d23332b3b27372fbfa0b0a8b8a4b4acbca2b2aabaa6b6aebea1b1a9b9a5b5adbda3b3abbba7b7af7fc2c44993a74c9d367dc6cc59b3e7cc9d377fc1c2458b972c5db67cc5ca55abd7ac5db77ec3c64d9bb76cddb67dc7ce5dbbf7ecddb7ffc0c143878f1c3d76fcc4c953a7cf9c3d77fec2c54b97af5cbd76fdc6cd5bb7efdcbd77ffc1c3478f9f3c7df6fcc5cb57afdfbc7df7fec3c74f9fbf7cfdf6fdc7cf5fbffffcfdf77fd4ff23dbff00c0d7dbaf')
z9raw = bytes.fromhex('cb48cdc9c957c840903a0a553999498ac842a312a312a312435b828191899985958d9d83938b9b87978f5f4050485844544c5c42524a5a46564e5e4151495945554d5d43534b5b47574fdfc0d0c8d8c4d4ccdcc2d2cadac6d6cedec1d1c9d9c5d5cdddc3d3cbdbc7d7cf3f2030283824342c3c22322a3a26362e3e2131293925352d3d23332b3b27372fbfa0b0a8b8a4b4acbca2b2aabaa6b6aebea1b1a9b9a5b5adbda3b3abbba7b7af7fc2c44993a74c9d367dc6cc59b3e7cc9d377fc1c2458b972c5db67cc5ca55abd7ac5db77ec3c64d9bb76cddb67dc7ce5dbbf7ecddb7ffc0c143878f1c3d76fcc4c953a7cf9c3d77fec2c54b97af5cbd76fdc6cd5bb7efdcbd77ffc1c3478f9f3c7df6fcc5cb57afdfbc7df7fec3c74f9fbf7cfdf6fdc7cf5fbffffcfdf77fd4ff23dbff00')
gz1 = bytes.fromhex('1f8b0800000000000403cb48cdc9c957c840903a0a553999498ac84210f6a80452288d06c9682a195219878191899985958d9d83938b9b87978f5f4050485844544c5c42524a5a46564e5e4151495945554d5d43534b5b47574fdfc0d0c8d8c4d4ccdcc2d2cadac6d6cedec1d1c9d9c5d5cdddc3d3cbdbc7d7cf3f2030283824342c3c22322a3a26362e3e2131293925352d3d23332b3b27372fbfa0b0a8b8a4b4acbca2b2aabaa6b6aebea1b1a9b9a5b5adbda3b3abbba7b7af7fc2c44993a74c9d367dc6cc59b3e7cc9d377fc1c2458b972c5db67cc5ca55abd7ac5db77ec3c64d9bb76cddb67dc7ce5dbbf7ecddb7ffc0c143878f1c3d76fcc4c953a7cf9c3d77fec2c54b97af5cbd76fdc6cd5bb7efdcbd77ffc1c3478f9f3c7df6fcc5cb57afdfbc7df7fec3c74f9fbf7cfdf6fdc7cf5fbffffcfdf77fd4ff233bfe01c6fb7ae0e8060000')
stream = bytes.fromhex('789cca48cdc9c957c840903a0a553999498ac842a312c34b02000000ffff1b951879120c8c4ccc2cac6cec1c9c5cdc3cbc7cfc028242c222a262e2129252d232b272f20a8a4aca2aaa6aea1a9a5ada3aba7afa068646c626a666e6169656d636b676f60e8e4ece2eae6eee1e9e5ede3ebe7efe018141c121a161e1119151d131b171f1098949c929a969e9199959d939b979f9058545c525a565e5159555d535b575f50d8d4dcd2dad6ded1d9d5ddd3dbd7dfd13264e9a3c65eab4e93366ce9a3d67eebcf90b162e5abc64e9b2e52b56ae5abd66edbaf51b366edabc65ebb6ed3b76eedabd67efbefd070e1e3a7ce4e8b1e3274e9e3a7de6ecb9f3172e5eba7ce5eab5eb376edeba7de7eebdfb0f1e3e7afce4e9b3e72f5ebe7afde6edbbf71f3e7efafce5ebb7ef3f7efefafde7efbfffa3fe1fd9fe0700c0d7dbaf')
cpython_dict = bytes.fromhex('78bb159503e6cb80b314104c00576207eb')

text = b'hello hello hello, zlib! ' * 40 + bytes(range(256)) * 3
samples = [b'', b'a', b'hello hello hello', text, 'na\u00efve \u2603'.encode() * 50]


def t(f):
    try:
        r = f()
        print(repr(r) if not isinstance(r, bytes) or len(r) < 80 else (len(r), r[:40].hex(), r[-16:].hex()))
    except Exception as e:
        print(type(e).__name__, e)


for s in samples:
    for level in (-1, 0, 1, 6, 9):
        c = zlib.compress(s, level)
        assert zlib.decompress(c) == s
        # Node's zlib finds other matches than stock zlib: only stored blocks are byte-equal.
        print(level, len(s), c.hex() if level == 0 and len(c) < 60 else (zlib.crc32(c) if level == 0 else c[:2].hex()))
for wbits in (9, 12, 15, -9, -15, 25, 31):
    c = zlib.compress(text, 6, wbits)
    print(wbits, c[:10].hex() if wbits > 16 else c[:2].hex() if wbits > 0 else '', zlib.decompress(c, wbits) == text)
c31 = zlib.compress(text, wbits=31)
c15 = zlib.compress(text)
print(zlib.decompress(c31, 47) == text, zlib.decompress(c15, 47) == text, zlib.decompress(c15, 0) == text, zlib.decompress(c15, wbits=15, bufsize=1) == text)
print(zlib.decompress(c15 + b'trailing junk') == text, zlib.decompress(bytearray(c15)) == text, zlib.decompress(memoryview(c15)) == text)

for f in (lambda: zlib.compress(b'x', 10), lambda: zlib.compress(b'x', -2), lambda: zlib.compress(b'x', wbits=7),
          lambda: zlib.compress(b'x', wbits=16), lambda: zlib.compress(b'x', wbits=-8), lambda: zlib.decompress(b'x', wbits=7),
          lambda: zlib.decompress(b'x', wbits=100), lambda: zlib.decompress(b''), lambda: zlib.decompress('abc'),
          lambda: zlib.compress('abc'), lambda: zlib.decompress(b'garbage!'), lambda: zlib.decompress(c15[:20]),
          lambda: zlib.decompress(c15, -15), lambda: zlib.decompress(c31), lambda: zlib.decompress(c15, 31),
          lambda: zlib.compressobj(10), lambda: zlib.compressobj(method=9), lambda: zlib.compressobj(memLevel=10),
          lambda: zlib.compressobj(strategy=5), lambda: zlib.decompressobj(wbits=7),
          lambda: zlib.decompressobj().decompress(b'x', -1), lambda: zlib.decompressobj().flush(0),
          lambda: zlib.crc32('x'), lambda: zlib.decompress(c15, bufsize=-1)):
    t(f)

print(zlib.crc32(b''), zlib.crc32(b'hello'), zlib.crc32(b'hello', 12345), zlib.crc32(b'x', -1), zlib.crc32(b'x', 2 ** 40), zlib.crc32(text))
print(zlib.adler32(b''), zlib.adler32(b'hello'), zlib.adler32(b'hello', 7), zlib.adler32(b'', 2 ** 33 + 5), zlib.adler32(text * 50), zlib.adler32(b'\xff' * 100000))
crc = 0
for i in range(0, len(text), 7):
    crc = zlib.crc32(text[i:i + 7], crc)
print(crc == zlib.crc32(text), zlib.crc32(bytearray(b'abc')), zlib.crc32(memoryview(b'abc')))

# Streaming compression gives CPython's bytes at each call.
for level, wbits, strategy in ((6, 15, 0), (9, -15, 0), (1, 31, 0), (6, 15, zlib.Z_FILTERED), (6, 15, zlib.Z_HUFFMAN_ONLY), (6, 15, zlib.Z_RLE), (6, 15, zlib.Z_FIXED)):
    co = zlib.compressobj(level, zlib.DEFLATED, wbits, 8, strategy)
    parts = [co.compress(text[:100]), co.compress(text[100:1000]), co.flush(zlib.Z_SYNC_FLUSH), co.compress(text[1000:]),
             co.flush(zlib.Z_FULL_FLUSH), co.compress(b'tail'), co.flush(zlib.Z_NO_FLUSH), co.flush()]
    print(level, wbits, strategy, [p.hex() if len(p) < 12 else p[-4:].hex() if p.endswith(b'\x00\x00\xff\xff') else len(p) > 0 for p in parts[:3]])
    whole = b''.join(parts)
    print(zlib.decompress(whole, wbits) == text + b'tail')
    t(lambda: co.compress(b'more'))
    t(lambda: co.flush())
co = zlib.compressobj(memLevel=1)
print(co.compress(text).hex()[:4], co.flush()[-4:] == zlib.adler32(text).to_bytes(4, 'big'))
co = zlib.compressobj(zdict=b'hello zlib')
withdict = co.compress(b'hello zlib hello zlib') + co.flush()
print(withdict[:6].hex(), zlib.decompressobj(zdict=b'hello zlib').decompress(cpython_dict))
t(lambda: zlib.decompress(withdict))

# Streaming decompression: unused_data, eof, max_length and unconsumed_tail.
do = zlib.decompressobj()
out = b''
for i in range(0, len(c15), 50):
    out += do.decompress(c15[i:i + 50])
print(out == text, do.eof, do.unused_data, do.unconsumed_tail)
do = zlib.decompressobj()
print(do.eof, do.decompress(c15[:10]), do.eof)
print(len(do.decompress(c15[10:] + b'extra bytes')), do.eof, do.unused_data, do.unconsumed_tail)
print(do.decompress(b'more'), do.unused_data, do.flush())
do = zlib.decompressobj()
chunk = do.decompress(c15, 100)
print(len(chunk), chunk == text[:100], len(do.unconsumed_tail) > 0, do.eof)
out = chunk
while do.unconsumed_tail:
    out += do.decompress(do.unconsumed_tail, 333)
print(out == text, do.eof, do.flush())
do = zlib.decompressobj()
part = do.decompress(c15, 10)
print(part, (part + do.flush()) == text, do.eof)
for wbits, data in ((-15, zlib.compress(text, wbits=-15)), (31, c31), (47, c31), (47, c15)):
    do = zlib.decompressobj(wbits)
    print(wbits, do.decompress(data) == text, do.eof)
do = zlib.decompressobj(zdict=b'hello zlib')
print(do.decompress(withdict), do.eof)
do = zlib.decompressobj()
t(lambda: do.decompress(b'garbage!!'))
for name, data, wbits in (('z6', z6, 15), ('z9raw', z9raw, -15), ('gz1', gz1, 31), ('gz1', gz1, 47), ('stream', stream, 15), ('z6', z6, 47)):
    print(name, zlib.decompress(data, wbits) == text)
    do = zlib.decompressobj(wbits)
    got = b''.join(do.decompress(data[i:i + 97], 50) + do.decompress(do.unconsumed_tail) for i in range(0, len(data), 97))
    print(got == text, do.eof, do.unused_data)
for bad in (z6[:-1] + bytes([z6[-1] ^ 1]), z6[:2] + bytes([z6[2] ^ 0x40]) + z6[3:]):
    t(lambda: zlib.decompress(bad))
t(lambda: zlib.decompress(gz1[:-5], 31))
t(lambda: zlib.decompress(gz1[:-8] + b'\0\0\0\0' + gz1[-4:], 31))
print(zlib.error, zlib.error.__mro__[1], zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_BEST_COMPRESSION, zlib.Z_SYNC_FLUSH, zlib.Z_FINISH, zlib.Z_BLOCK)
print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__)
