# Pickled bytes of generated values for every protocol, and their round trips.
import pickle

state = 12345


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n


def checksum(data):
    total = 0
    for i, b in enumerate(data):
        total = (total * 31 + b + i) % 1000000007
    return total


def gen_int():
    bits = rnd(140)
    value = rnd(1 << min(bits, 30)) | (1 << bits) if bits else rnd(3)
    return -value if rnd(2) else value


ALPHABET = 'abcXYZ 09\\\n\r\0\x1a\xe9\u20ac\U0001f600"\''


def gen_str():
    return ''.join(ALPHABET[rnd(len(ALPHABET))] for _ in range(rnd(12)))


def gen_value(depth=0):
    kind = rnd(12 if depth < 3 else 6)
    if kind == 0:
        return gen_int()
    if kind == 1:
        return gen_str()
    if kind == 2:
        return [None, True, False][rnd(3)]
    if kind == 3:
        return (rnd(2000) - 1000) / 8
    if kind == 4:
        return bytes(rnd(256) for _ in range(rnd(6)))
    if kind == 5:
        return rnd(300)
    if kind == 6:
        return [gen_value(depth + 1) for _ in range(rnd(5))]
    if kind == 7:
        return tuple(gen_value(depth + 1) for _ in range(rnd(6)))
    if kind == 8:
        return {gen_str(): gen_value(depth + 1) for _ in range(rnd(4))}
    if kind == 9:
        return {rnd(50) for _ in range(rnd(5))}
    if kind == 10:
        return frozenset(gen_int() for _ in range(rnd(4)))
    return bytearray(rnd(256) for _ in range(rnd(5)))


fixed = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -256, 2**31 - 1, 2**31,
         -2**31, -2**31 - 1, 2**63, -2**64, 10**100, -10**300, 1.5, -0.0, 1e300, 0.1,
         float('inf'), 'abc', 'h\xe9llo \u20ac \U0001f600', '', 'a\\b\nc\0\r\x1a', b'',
         b'ab\x00', bytearray(b'xy'), bytearray(), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4),
         [], [1, [2]], {}, {'a': 1, 'b': [1, 2]}, set(), {1, 2}, frozenset(), frozenset({3}),
         'x' * 300, b'y' * 300, list(range(1500)), {i: str(i) for i in range(1200)},
         set(range(2100)), complex(1, 2), print, len, type(None), object, int, range(3),
         Ellipsis, NotImplemented, slice(1, 9, 2)]

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for value in fixed:
        data = pickle.dumps(value, proto)
        if len(data) < 120:
            print(proto, data)
        else:
            print(proto, len(data), checksum(data), data[:50], data[-30:])
        back = pickle.loads(data)
        print('  same' if back == value or back is value else '  DIFFERENT', type(back).__name__)

for round_no in range(150):
    value = gen_value()
    proto = round_no % 6
    data = pickle.dumps(value, proto)
    print(round_no, proto, data if len(data) < 150 else (len(data), checksum(data)))
    back = pickle.loads(data)
    print('  same' if back == value else '  DIFFERENT', repr(back)[:70])
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, pickle.dumps(1) == pickle.dumps(1, 4))
