# zlib and gzip compress to the same bytes as CPython's zlib at every level, window size and
# strategy, one-shot and through compressobj's calls and flushes; preset dictionaries.
import zlib, gzip, random
rnd = random.Random(5)
texts = [b"", b"a", b"hello world " * 200, bytes(rnd.getrandbits(8) for _ in range(3000)),
         " ".join(rnd.choice(["alpha", "beta", "gamma", "delta", "epsilon"]) for _ in range(4000)).encode()]
for i, data in enumerate(texts):
    for level in (-1, 0, 1, 5, 9):
        c = zlib.compress(data, level)
        print(i, level, len(c), zlib.crc32(c), zlib.decompress(c) == data)
    for wbits in (-15, 9, 31, -9):
        c = zlib.compress(data, 6, wbits)
        print(i, "wbits", wbits, len(c), zlib.crc32(c), zlib.decompress(c, wbits) == data)
    co = zlib.compressobj(7, zlib.DEFLATED, 12, 5, zlib.Z_FILTERED)
    parts = [co.compress(data[:100]), co.compress(data[100:1000]), co.flush(zlib.Z_SYNC_FLUSH), co.compress(data[1000:]), co.flush(zlib.Z_FULL_FLUSH), co.flush()]
    print(i, "obj", [len(p) for p in parts], zlib.crc32(b"".join(parts)), zlib.decompress(b"".join(parts), 12) == data)
co = zlib.compressobj(zdict=b"hello world ")
out = co.compress(b"hello world hello world") + co.flush()
print(out.hex(), zlib.decompressobj(zdict=b"hello world ").decompress(out))
print(gzip.compress(b"gzip me " * 50, mtime=0).hex())
print(gzip.compress(b"gzip me " * 50, compresslevel=1, mtime=0).hex()[:60])
