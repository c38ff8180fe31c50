# Every hashlib algorithm over generated inputs: one-shot and chunked hashing, copy() then more
# update(), shake output lengths, blake2 parameter combinations, names, sizes and error messages.
import hashlib
import io
import hmac

state = 12345


def rand(n):
    """A small deterministic generator (an LCG): an int in range(n)."""
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n


def rand_bytes(n):
    return bytes(rand(256) for _ in range(n))


def show(f):
    try:
        r = f()
        if isinstance(r, bytes):
            print(r.hex())
        elif hasattr(r, 'hexdigest'):
            size = r.digest_size
            print(type(r).__name__, r.name, size, r.block_size, r.hexdigest() if size else r.hexdigest(8))
        else:
            print(r)
    except Exception as e:
        print(type(e).__name__, e)


FIXED = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256',
         'sha3_384', 'sha3_512', 'blake2b', 'blake2s']
EXTRA = ['sha512_224', 'sha512_256']
XOF = ['shake_128', 'shake_256']

print(sorted(hashlib.algorithms_guaranteed))
print(type(hashlib.algorithms_guaranteed).__name__, hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
print(all(n in hashlib.algorithms_available for n in EXTRA))
print(hashlib.__all__)

# sizes and names through the constructors and new()
for name in FIXED + XOF:
    h = getattr(hashlib, name)()
    g = hashlib.new(name)
    print(name, h.name, h.digest_size, h.block_size, g.name, g.digest_size, g.block_size)
for name in EXTRA:
    g = hashlib.new(name, usedforsecurity=False)
    print(name, g.name, g.digest_size, g.block_size, g.hexdigest())

# one-shot against chunked hashing, over generated lengths around the block sizes
for name in FIXED + EXTRA:
    for length in [0, 1, 55, 56, 63, 64, 65, 111, 112, 127, 128, 129, 135, 136, 137, 143, 144, 200, rand(600)]:
        data = rand_bytes(length)
        whole = hashlib.new(name, data).hexdigest()
        h = hashlib.new(name)
        at = 0
        while at < length:
            step = 1 + rand(70)
            h.update(data[at:at + step])
            at += step
        assert h.hexdigest() == whole, (name, length)
        assert h.digest() == bytes.fromhex(whole)
        print(name, length, whole[:24])

# copy() keeps the state; both sides continue on their own
for name in FIXED + EXTRA + XOF:
    h = hashlib.new(name, b'prefix-')
    c = h.copy()
    c.update(b'copy side')
    h.update(b'original side')
    d = c.copy()
    d.update(rand_bytes(rand(300)))
    if name in XOF:
        print(name, h.hexdigest(10), c.hexdigest(10), d.hexdigest(10))
    else:
        print(name, h.hexdigest()[:16], c.hexdigest()[:16], d.hexdigest()[:16])
        before = h.digest()
        h.update(b'')
        print(h.digest() == before, h.hexdigest() == before.hex())

# shake output of generated lengths, digest and hexdigest agree, longer outputs extend shorter ones
for name in XOF:
    data = rand_bytes(rand(400))
    h = hashlib.new(name, data)
    longest = h.digest(300)
    for length in [0, 1, 2, 16, 31, 32, 33, 64, 167, 168, 169, rand(300)]:
        out = h.digest(length)
        assert out == longest[:length]
        assert h.hexdigest(length) == out.hex()
        print(name, length, out.hex()[:32])
    show(lambda: h.digest())
    show(lambda: h.hexdigest())
    show(lambda: h.digest(1.5))
    show(lambda: h.digest(length=3))
    show(lambda: h.digest(True))

# blake2 with generated parameter combinations
for kind in (hashlib.blake2b, hashlib.blake2s):
    print(kind.__name__, kind.SALT_SIZE, kind.PERSON_SIZE, kind.MAX_KEY_SIZE, kind.MAX_DIGEST_SIZE)
    for _ in range(40):
        params = {}
        if rand(2):
            params['digest_size'] = 1 + rand(kind.MAX_DIGEST_SIZE)
        if rand(2):
            params['key'] = rand_bytes(rand(kind.MAX_KEY_SIZE + 1))
        if rand(2):
            params['salt'] = rand_bytes(rand(kind.SALT_SIZE + 1))
        if rand(2):
            params['person'] = rand_bytes(rand(kind.PERSON_SIZE + 1))
        if rand(3) == 0:
            params['fanout'] = rand(256)
            params['depth'] = 1 + rand(255)
            params['leaf_size'] = rand(2 ** 32)
            params['node_offset'] = rand(2 ** 31) * rand(2 ** 17)
            params['node_depth'] = rand(256)
            params['inner_size'] = rand(kind.MAX_DIGEST_SIZE + 1)
            params['last_node'] = bool(rand(2))
        data = rand_bytes(rand(300))
        h = kind(data, **params)
        g = kind(**params)
        g.update(data[:7])
        g.update(data[7:])
        assert g.digest() == h.digest()
        print(kind.__name__, sorted(params), h.digest_size, h.hexdigest())
    show(lambda: kind(b'x' * 1000, key=b'k' * kind.MAX_KEY_SIZE))
    show(lambda: kind(last_node=True, node_offset=5))
    show(lambda: kind(fanout=0))

# blake2 parameter errors
for kind in (hashlib.blake2b, hashlib.blake2s):
    big = kind.MAX_DIGEST_SIZE
    for params in [dict(digest_size=0), dict(digest_size=big + 1), dict(key=b'k' * (big + 1)),
                   dict(salt=b's' * (kind.SALT_SIZE + 1)), dict(person=b'p' * (kind.PERSON_SIZE + 1)),
                   dict(fanout=-1), dict(fanout=256), dict(depth=0), dict(depth=256),
                   dict(leaf_size=-1), dict(leaf_size=2 ** 32), dict(node_offset=-1),
                   dict(node_offset=2 ** 64), dict(node_depth=-1), dict(node_depth=256),
                   dict(inner_size=-1), dict(inner_size=big + 1), dict(key='text'), dict(salt=5),
                   dict(digest_size=1.5), dict(digest_size='1'), dict(foo=1), dict(data=b'x'),
                   dict(string=b'x')]:
        show(lambda: kind(**params))
    show(lambda: kind(b'a', b'b'))
    show(lambda: kind('text'))
    show(lambda: kind(5))
    show(lambda: kind().update('text'))
    show(lambda: kind().update())
    show(lambda: kind().digest(3))
show(lambda: hashlib.blake2s(node_offset=2 ** 48))
show(lambda: hashlib.blake2s(leaf_size=2 ** 64))
show(lambda: hashlib.blake2s(digest_size=2 ** 40))
show(lambda: hashlib.blake2b(fanout=-2 ** 63))

# which of two bad parameters is reported: conversions first, then the ranges, the key last,
# and the data after all of them
for kind in (hashlib.blake2b, hashlib.blake2s):
    big = kind.MAX_DIGEST_SIZE
    bad = dict(digest_size=0, key=b'k' * (big + 1), salt=b's' * (kind.SALT_SIZE + 1),
               person=b'p' * (kind.PERSON_SIZE + 1), fanout=256, depth=0, leaf_size=-1,
               node_offset=-1, node_depth=256, inner_size=big + 1, last_node=1)
    names = list(bad)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            show(lambda: kind(**{a: bad[a], b: bad[b]}))
            show(lambda: kind('text', **{a: bad[a], b: bad[b]}))
    show(lambda: kind('text', key='k', digest_size=0))
    show(lambda: kind(5, digest_size=0))
show(lambda: hashlib.blake2b(node_offset=2 ** 48))

# new() with every name form CPython accepts, and the ones it refuses
for name in ['SHA256', 'sha-256', 'Sha256', 'sha3-256', 'SHA3_256', 'SHA2-256', 'sha-1', 'SHA1',
             'MD5', 'sha512-224', 'SHA-512/224', 'sha512_256', 'shake128', 'SHAKE256',
             'SHAKE_128', 'blake2b512', 'blake2s256', 'BLAKE2B', 'sha_1', 'md4', '', 'whirlpool']:
    show(lambda: hashlib.new(name, b'abc'))
show(lambda: hashlib.new('blake2b', b'x', digest_size=10))
show(lambda: hashlib.new('blake2s', data=b'x', key=b'k', digest_size=5))
show(lambda: hashlib.new('blake2b', string=b'x'))
show(lambda: hashlib.new('blake2b512', b'x', digest_size=10))
show(lambda: hashlib.new('sha256', data=b'x'))
show(lambda: hashlib.new('sha256', string=b'x'))
show(lambda: hashlib.new('sha256', b'x', usedforsecurity=False))
show(lambda: hashlib.new('sha256', b'x', foo=1))
show(lambda: hashlib.new('nope', b'x', foo=1))
show(lambda: hashlib.new(name='md5', data=b'x'))
for bad in [1, None, b'sha1']:
    show(lambda: hashlib.new(bad))

# data and argument errors of the OpenSSL constructors and methods
show(lambda: hashlib.sha256('text'))
show(lambda: hashlib.sha256(5))
show(lambda: hashlib.sha256(None))
show(lambda: hashlib.new('sha256', 'text'))
show(lambda: hashlib.sha256(string=b'a'))
show(lambda: hashlib.sha256(data=b'a'))
show(lambda: hashlib.sha256(b'a', b'b'))
show(lambda: hashlib.md5(b'a', usedforsecurity=False))
show(lambda: hashlib.sha1(memoryview(b'abc')))
show(lambda: hashlib.sha3_512(bytearray(b'abc')))
show(lambda: hashlib.sha256().update('s'))
show(lambda: hashlib.sha256().update(None))
show(lambda: hashlib.sha256().update())
show(lambda: hashlib.sha256().digest(1))
show(lambda: hashlib.shake_128(b'abc').hexdigest(12))
print(hashlib.sha256.__name__, hashlib.new.__name__, hashlib.shake_256.__name__)
print(type(hashlib.sha256()).__name__, type(hashlib.shake_128()).__name__, type(hashlib.blake2b()).__name__)
print(type(hashlib.blake2b).__name__, hashlib.blake2b.__module__, hashlib.blake2s.__name__)
print(isinstance(hashlib.shake_128(), type(hashlib.md5())))

# file_digest over binary buffers and file-like objects
class Reader:
    """A binary reader without getbuffer(): file_digest must use readinto()."""

    def __init__(self, data):
        self.data = data
        self.calls = 0

    def readable(self):
        return True

    def readinto(self, buf):
        self.calls += 1
        n = min(len(buf), len(self.data))
        buf[:n] = self.data[:n]
        self.data = self.data[n:]
        return n


payload = rand_bytes(5000)
for digest in ['sha256', 'md5', hashlib.sha1, lambda: hashlib.blake2b(digest_size=16), 'shake_128']:
    h = hashlib.file_digest(io.BytesIO(payload), digest)
    r = Reader(payload)
    g = hashlib.file_digest(r, digest)
    if h.digest_size:
        print(h.name, h.hexdigest(), g.hexdigest() == h.hexdigest(), r.calls > 0)
    else:
        print(h.name, h.hexdigest(16), g.hexdigest(16) == h.hexdigest(16))


class NotReadable(Reader):
    def readable(self):
        return False

    def __repr__(self):
        return 'NotReadable()'


show(lambda: hashlib.file_digest(NotReadable(b'x'), 'sha256'))
class Plain:
    def __repr__(self):
        return 'Plain()'


show(lambda: hashlib.file_digest(Plain(), 'sha256'))
show(lambda: hashlib.file_digest(io.BytesIO(b'x'), 'nope'))

# hmac on every algorithm, by name and by constructor
for name in FIXED + EXTRA:
    key = rand_bytes(rand(200))
    msg = rand_bytes(rand(300))
    by_name = hmac.new(key, msg, name)
    print(name, by_name.name, by_name.digest_size, by_name.block_size, by_name.hexdigest()[:32],
          hmac.digest(key, msg, name) == by_name.digest())
    if hasattr(hashlib, name):
        by_ctor = hmac.new(key, msg, getattr(hashlib, name))
        print(by_ctor.hexdigest() == by_name.hexdigest(), hmac.compare_digest(by_ctor.digest(), by_name.digest()))
