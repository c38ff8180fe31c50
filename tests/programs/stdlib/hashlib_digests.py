import hashlib

print(hashlib.md5(b'hello').hexdigest())
print(hashlib.sha1(b'hello').hexdigest())
print(hashlib.sha256(b'hello').hexdigest())
print(hashlib.sha512(b'').hexdigest()[:32], hashlib.sha224(b'x').hexdigest(), hashlib.sha384(b'x').hexdigest()[:20])
h = hashlib.sha256()
h.update(b'hel')
h.update(b'lo')
print(h.hexdigest(), h.digest()[:4], len(h.digest()), h.name, h.digest_size, h.block_size)
c = h.copy()
c.update(b'!')
print(h.hexdigest()[:16], c.hexdigest()[:16])
print(hashlib.new('md5', b'abc').hexdigest(), hashlib.new('sha1').name)
print(hashlib.md5('héllo'.encode()).hexdigest(), hashlib.sha256(bytearray(b'ab')).hexdigest()[:8])
print(hashlib.sha3_256(b'abc').hexdigest()[:16], hashlib.blake2b(b'abc').hexdigest()[:16])
try:
    hashlib.md5('text')
except TypeError as e:
    print('TypeError:', e)
try:
    hashlib.new('nope')
except ValueError as e:
    print('ValueError:', e)
