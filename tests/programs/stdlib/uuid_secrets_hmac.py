import uuid, secrets, hmac, hashlib

u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(u, repr(u), u.hex, u.int, u.urn)
print(u.bytes, u.bytes_le)
print(u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node)
print(u.time, u.clock_seq, u.variant, u.version)
for form in ['{12345678-1234-5678-1234-567812345678}', '12345678123456781234567812345678',
             'urn:uuid:12345678-1234-5678-1234-567812345678', 'URN:UUID:12345678-1234-5678-1234-567812345678']:
    try:
        print(uuid.UUID(form) == u)
    except ValueError as e:
        print('ValueError', e)
print(uuid.UUID(bytes=b'\x12\x34\x56\x78' * 4))
print(uuid.UUID(bytes_le=b'\x78\x56\x34\x12\x34\x12\x78\x56' + b'\x12\x34\x56\x78\x12\x34\x56\x78'))
print(uuid.UUID(fields=(0x12345678, 0x1234, 0x5678, 0x12, 0x34, 0x567812345678)))
print(uuid.UUID(int=0x12345678123456781234567812345678))
print(uuid.UUID(int=0), uuid.UUID(int=(1 << 128) - 1), uuid.UUID(int=(1 << 128) - 1).variant)
print(uuid.UUID(int=5, version=4), uuid.UUID(int=5, version=4).version)
print(uuid.UUID('00000000-0000-0000-c000-000000000000').variant, uuid.UUID('00000000-0000-0000-e000-000000000000').variant)
for kw in [dict(hex='xyz'), dict(hex='1234567812345678123456781234567g'), dict(bytes=b'abc'), dict(bytes_le=b'a' * 17),
           dict(fields=(1, 2, 3)), dict(fields=(1 << 32, 0, 0, 0, 0, 0)), dict(fields=(0, 0, 0, 0, 256, 0)),
           dict(fields=(0, 0, 0, 0, 0, 1 << 48)), dict(int=-1), dict(int=1 << 128), dict(int=1, version=6), {},
           dict(int=1, hex='00')]:
    try:
        uuid.UUID(**kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    u.int = 5
except TypeError as e:
    print('TypeError', e)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid5(uuid.NAMESPACE_URL, 'https://example.com/é'), uuid.uuid3(uuid.NAMESPACE_OID, '1.2.3'), uuid.uuid5(uuid.NAMESPACE_X500, 'cn=x'))
try:
    uuid.uuid5(uuid.NAMESPACE_DNS, b'bytes')
except TypeError as e:
    print('TypeError', e)
r = uuid.uuid4()
print(type(r).__name__, r.version, r.variant, len(str(r)), len(r.hex), str(r)[14], r == uuid.UUID(str(r)), r != uuid.uuid4())
t = uuid.uuid1()
print(t.version, t.variant, 0 <= t.node < 1 << 48, t < uuid.uuid1(), t.node == uuid.uuid1().node)
print(uuid.uuid1(node=0x123456789abc, clock_seq=0x1234).node == 0x123456789abc, uuid.uuid1(node=1, clock_seq=0x1234).clock_seq)
a, b = uuid.UUID(int=1), uuid.UUID(int=2)
print(a < b, a <= b, a > b, a >= a, a == uuid.UUID(int=1), a == 1, sorted([b, a]), int(b), hash(a) == hash(uuid.UUID(int=1)))
print({a: 'x'}[uuid.UUID(int=1)], uuid.SafeUUID.unknown, a.is_safe, uuid.SafeUUID.safe.value)
print(uuid.RFC_4122, uuid.NAMESPACE_DNS)
try:
    a < 1
except TypeError as e:
    print('TypeError', e)

# secrets: only properties of random output.
tb = secrets.token_bytes(16)
print(type(tb).__name__, len(tb), len(secrets.token_bytes()), len(secrets.token_bytes(0)))
th = secrets.token_hex(8)
print(len(th), all(c in '0123456789abcdef' for c in th), len(secrets.token_hex()))
tu = secrets.token_urlsafe(16)
print(len(tu), all(c.isalnum() or c in '-_' for c in tu), len(secrets.token_urlsafe()), len(secrets.token_urlsafe(5)))
print(all(0 <= secrets.randbelow(10) < 10 for _ in range(200)), secrets.randbelow(1))
print(secrets.choice(['only']), secrets.choice('abc') in 'abc', 0 <= secrets.randbits(8) < 256, secrets.randbits(0))
for bad in [0, -5]:
    try:
        secrets.randbelow(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    secrets.choice([])
except IndexError as e:
    print('IndexError', e)
print(secrets.compare_digest('abc', 'abc'), secrets.compare_digest(b'abc', b'abd'), secrets.compare_digest(b'ab', b'abc'))
print(type(secrets.SystemRandom()).__name__, secrets.DEFAULT_ENTROPY)
for n in [-1, 2.5, '3']:
    try:
        secrets.token_bytes(n)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# hmac
key = b'key'
msg = b'The quick brown fox jumps over the lazy dog'
for mod in ['md5', 'sha1', 'sha256', 'sha512', hashlib.sha256, hashlib.sha384]:
    h = hmac.new(key, msg, mod)
    print(h.name, h.digest_size, h.block_size, h.hexdigest())
h = hmac.new(b'k' * 200, digestmod='sha256')
h.update(b'part one ')
c = h.copy()
h.update(b'part two')
print(h.hexdigest(), c.hexdigest(), hmac.new(b'', b'', 'sha1').hexdigest())
print(hmac.digest(key, msg, 'sha256') == hmac.new(key, msg, 'sha256').digest(), hmac.digest(key, msg, 'md5').hex())
print(hmac.new(bytearray(b'key'), msg, 'sha256').hexdigest() == hmac.new(key, msg, 'sha256').hexdigest())
for args in [('key', msg, 'sha256'), (key, msg), (key, 'text', 'sha256'), (key, msg, 'nope')]:
    try:
        hmac.new(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for a, b in [('a', b'a'), ('é', 'é'), (1, 2), (b'a', bytearray(b'a')), ('ab', 'ab'), ('a', 1), (b'x', 'x'), ('', '')]:
    try:
        print(hmac.compare_digest(a, b))
    except TypeError as e:
        print('TypeError', e)
print(hmac.digest_size, len(hmac.trans_5C), hmac.trans_36[:4])
for args in [(b'k', 'text', 'sha256'), (b'k', b'm', 'nope'), ('k', b'm', 'sha256'), (b'k', b'm', hashlib.md5)]:
    try:
        print(hmac.digest(*args).hex()[:16])
    except Exception as e:
        print(type(e).__name__, e)
h = hmac.new(b'k', None, 'sha1')
try:
    h.update('s')
except TypeError as e:
    print('TypeError', e)
h.update(bytearray(b'x')); h.update(memoryview(b'y'))
print(h.hexdigest(), h.copy().name)
print(hmac.new(b'k', b'm', hashlib.sha3_256).hexdigest()[:16], hmac.new(b'k', b'm', 'blake2b').block_size)
print(hmac.compare_digest(memoryview(b'ab'), b'ab'), hmac.compare_digest(bytearray(b'ab'), b'ac'))
