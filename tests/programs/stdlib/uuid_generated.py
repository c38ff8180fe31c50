# uuid3/uuid5 over generated names, UUID field/format round trips and constructor errors.
import uuid


def lcg(seed):
    state = seed
    while True:
        state = (state * 6364136223846793005 + 1442695040888963407) % (2 ** 64)
        yield state


gen = lcg(2024)
alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789.-_/é€😀'
namespaces = [uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500]
for i in range(40):
    length = next(gen) % 12
    name = ''.join(alphabet[next(gen) % len(alphabet)] for _ in range(length))
    ns = namespaces[i % 4]
    a, b = uuid.uuid3(ns, name), uuid.uuid5(ns, name)
    print(repr(name), a, b, a.version, b.version, a.variant == uuid.RFC_4122)

# round trips through every representation, for generated 128-bit ints
for i in range(40):
    value = (next(gen) << 64) | next(gen)
    if i % 5 == 0:
        value >>= next(gen) % 128
    u = uuid.UUID(int=value)
    same = [uuid.UUID(str(u)), uuid.UUID(u.hex), uuid.UUID(u.urn), uuid.UUID('{%s}' % u),
            uuid.UUID(bytes=u.bytes), uuid.UUID(bytes_le=u.bytes_le), uuid.UUID(fields=u.fields)]
    print(u, all(x == u for x in same), u.fields, u.time, u.clock_seq, u.variant, u.version)
    print('  ', u.bytes_le.hex(), int(u) == value, hash(u) == hash(value), u.urn[:13])
    for version in (1, 3, 4, 5):
        v = uuid.UUID(int=value, version=version)
        print('   v%d' % version, v, v.version, v.variant, v.clock_seq_hi_variant >> 6)

# ordering
items = [uuid.UUID(int=(next(gen) % 1000) << 100) for _ in range(8)]
print([str(x)[:4] for x in sorted(items)])
x, y = uuid.UUID(int=1), uuid.UUID(int=2)
print(x < y, x <= y, x > y, x >= y, x == y, x != y, x == 1, x.__lt__(1) is NotImplemented)
try:
    x < 5
except Exception as e:
    print(type(e).__name__, e)

# variants by the top bits of byte 8
for top in range(0, 256, 16):
    u = uuid.UUID(fields=(1, 2, 0x3000, top, 5, 6))
    print(hex(top), u.variant, u.version)

# errors
bad_calls = [
    dict(hex='12345678-1234-5678-1234-56781234567'),
    dict(hex='12345678-1234-5678-1234-5678123456789'),
    dict(hex='z2345678-1234-5678-1234-567812345678'),
    dict(bytes=b'\x00' * 15),
    dict(bytes=b'\x00' * 17),
    dict(bytes_le=b'\x00' * 3),
    dict(fields=(0, 0, 0, 0, 0)),
    dict(fields=(0, 0, 0, 0, 0, 0, 0)),
    dict(fields=(-1, 0, 0, 0, 0, 0)),
    dict(fields=(0, 1 << 16, 0, 0, 0, 0)),
    dict(fields=(0, 0, 1 << 16, 0, 0, 0)),
    dict(fields=(0, 0, 0, 256, 0, 0)),
    dict(fields=(0, 0, 0, 0, -1, 0)),
    dict(fields=(0, 0, 0, 0, 0, -1)),
    dict(int=-5),
    dict(int=1 << 128),
    dict(int=1, version=0),
    dict(int=1, version=6),
    dict(),
    dict(hex='00000000000000000000000000000000', int=0),
    dict(bytes=b'\x00' * 16, bytes_le=b'\x00' * 16),
]
for kw in bad_calls:
    try:
        print(uuid.UUID(**kw))
    except Exception as e:
        print(type(e).__name__, e)
u = uuid.UUID(int=77)
for attr in ('int', 'hex', 'other'):
    try:
        setattr(u, attr, 1)
    except Exception as e:
        print(type(e).__name__, e)
print(repr(u), uuid.SafeUUID.safe, uuid.SafeUUID.unknown.value, u.is_safe)
print(uuid.uuid4().version, uuid.uuid4().variant, uuid.uuid1().version, uuid.uuid1(node=5, clock_seq=77).clock_seq,
      uuid.uuid1(node=0xabc).node, uuid.uuid1() != uuid.uuid1())
