# hashlib.pbkdf2_hmac and hashlib.scrypt over generated passwords, salts and parameters, with
# every argument check and error message.
import hashlib
import hmac

state = 2024


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
        print(r.hex() if isinstance(r, bytes) else r)
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, ValueError))


def pbkdf2_by_hand(name, password, salt, iterations, dklen):
    """PBKDF2 (RFC 8018) over hmac, to check pbkdf2_hmac against."""
    size = hashlib.new(name).digest_size
    out = b''
    block = 1
    while len(out) < dklen:
        u = hmac.new(password, salt + block.to_bytes(4, 'big'), name).digest()
        t = int.from_bytes(u, 'big')
        for _ in range(iterations - 1):
            u = hmac.new(password, u, name).digest()
            t ^= int.from_bytes(u, 'big')
        out += t.to_bytes(size, 'big')
        block += 1
    return out[:dklen]


# pbkdf2_hmac over generated inputs, every digest, default and explicit dklen
NAMES = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512_224', 'sha512_256',
         'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'blake2b', 'blake2s', 'SHA256', 'sha-1']
for name in NAMES:
    for _ in range(3):
        password = rand_bytes(rand(90))
        salt = rand_bytes(rand(40))
        iterations = 1 + rand(40)
        dklen = None if rand(3) == 0 else 1 + rand(100)
        out = hashlib.pbkdf2_hmac(name, password, salt, iterations, dklen)
        print(name, len(password), len(salt), iterations, dklen, len(out), out.hex()[:40])
    check = hashlib.pbkdf2_hmac(name, b'password', b'salt', 3, 70)
    if name.islower() and '-' not in name:
        print(name, check == pbkdf2_by_hand(name, b'password', b'salt', 3, 70))

# bytes-like arguments and keywords
show(lambda: hashlib.pbkdf2_hmac('sha1', bytearray(b'pw'), memoryview(b'salt'), 2))
show(lambda: hashlib.pbkdf2_hmac(hash_name='sha1', password=b'pw', salt=b's', iterations=2, dklen=5))
show(lambda: hashlib.pbkdf2_hmac('sha1', b'pw', b's', True))
show(lambda: hashlib.pbkdf2_hmac('sha256', b'', b'', 1))

# pbkdf2_hmac errors
for args in [('sha256', b'pw', b'salt', 0), ('sha256', b'pw', b'salt', -1),
             ('sha256', b'pw', b'salt', 2 ** 31), ('sha256', b'pw', b'salt', 2 ** 32),
             ('sha256', b'pw', b'salt', 2 ** 64), ('sha256', b'pw', b'salt', 1, 0),
             ('sha256', b'pw', b'salt', 1, -1), ('sha256', b'pw', b'salt', 1, 2 ** 31),
             ('sha256', b'pw', b'salt', 1.0), ('sha256', b'pw', b'salt', 1, 1.0),
             ('sha256', 'pw', b'salt', 1), ('sha256', b'pw', 'salt', 1), ('sha256', 5, b'salt', 1),
             ('sha256', b'pw', None, 1), (b'sha256', b'pw', b'salt', 1), ('nope', b'pw', b'salt', 1),
             ('nope', b'pw', b'salt', 0), ('shake_128', b'pw', b'salt', 1),
             ('sha256', b'pw', b'salt'), ('sha256', b'pw')]:
    show(lambda: hashlib.pbkdf2_hmac(*args))
show(lambda: hashlib.pbkdf2_hmac('sha1', b'pw', b's', 1, foo=2))
show(lambda: hashlib.pbkdf2_hmac('sha1', b'pw', b's', 1, 20, 5))

# scrypt over generated small parameters
for _ in range(30):
    password = rand_bytes(rand(50))
    salt = rand_bytes(rand(30))
    n = 2 ** (1 + rand(8))
    r = 1 + rand(4)
    p = 1 + rand(3)
    dklen = 1 + rand(90)
    out = hashlib.scrypt(password, salt=salt, n=n, r=r, p=p, dklen=dklen)
    print(len(password), len(salt), n, r, p, dklen, out.hex()[:40])
show(lambda: hashlib.scrypt(b'password', salt=b'NaCl', n=1024, r=8, p=16, dklen=64))
show(lambda: hashlib.scrypt(b'', salt=b'', n=16, r=1, p=1))
show(lambda: hashlib.scrypt(password=b'pw', salt=bytearray(b's'), n=16, r=1, p=1, maxmem=2 ** 20))
show(lambda: hashlib.scrypt(b'pw', salt=b's', n=16, r=1, p=1, maxmem=2 ** 31 - 1, dklen=3))

# scrypt errors
CASES = [dict(n=15, r=1, p=1), dict(n=1, r=1, p=1), dict(n=0, r=1, p=1), dict(n=-2, r=1, p=1),
         dict(n=16, r=0, p=1), dict(n=16, r=1, p=0), dict(n=16, r=-1, p=1), dict(n=16, r=1, p=-1),
         dict(n=16, r=1, p=1, dklen=0), dict(n=16, r=1, p=1, dklen=-1),
         dict(n=16, r=1, p=1, dklen=2 ** 31), dict(n=2 ** 20, r=8, p=1),
         dict(n=2 ** 14, r=8, p=1, maxmem=1000), dict(n=16, r=1, p=1, maxmem=-1),
         dict(n=16, r=1, p=1, maxmem=2 ** 31), dict(n=16, r=1), dict(r=1, p=1), dict(n=16, p=1),
         dict(n=None, r=1, p=1), dict(n=16, r=None, p=1), dict(n=16, r=1, p=1.0),
         dict(n=16.0, r=1, p=1), dict(n=2 ** 64, r=1, p=1), dict(n=16, r=2 ** 32, p=1),
         dict(n=16, r=1, p=2 ** 32), dict(n=16, r=2 ** 31, p=1), dict(n=2 ** 16, r=1, p=1, maxmem=2 ** 31 - 1),
         dict(n=2 ** 40, r=1, p=1), dict(n=16, r=1, p=1, foo=1)]
for params in CASES:
    show(lambda: hashlib.scrypt(b'pw', salt=b'salt', **params))
show(lambda: hashlib.scrypt(b'pw', n=16, r=1, p=1))
show(lambda: hashlib.scrypt(b'pw', salt=None, n=16, r=1, p=1))
show(lambda: hashlib.scrypt('pw', salt=b's', n=16, r=1, p=1))
show(lambda: hashlib.scrypt(b'pw', salt='s', n=16, r=1, p=1))
show(lambda: hashlib.scrypt(b'pw', b'salt', 16, 1, 1))
show(lambda: hashlib.scrypt())
show(lambda: hashlib.scrypt(b'pw', salt=b's', n=15, r=1, p=1, dklen=1.5))
show(lambda: hashlib.scrypt(b'pw', n=15, r=1, p=1, maxmem='x'))
show(lambda: hashlib.scrypt(b'pw', salt=5, n=15))
show(lambda: hashlib.scrypt(b'pw', salt=b's', n=15, r=1, p=1, dklen=2 ** 64))
