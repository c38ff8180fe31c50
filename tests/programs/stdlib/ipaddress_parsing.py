# ipaddress: thousands of generated address strings (valid and broken), int/bytes construction,
# the printed forms, per-address properties, format() specs, arithmetic, ordering and hashing.
import ipaddress


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % (2 ** 64)
        return (self.state >> 17) % n

    def pick(self, items):
        return items[self.below(len(items))]


rng = Lcg(4093)


def outcome(make, text):
    try:
        return repr(make(text))
    except Exception as e:
        return f'{type(e).__name__}: {e}'


# --- IPv4-looking text ------------------------------------------------------------------------
octet_pieces = ['0', '1', '9', '00', '01', '007', '10', '99', '100', '127', '192', '199', '200',
                '249', '250', '255', '256', '300', '999', '1000', '0255', '', ' 1', '1 ', '+1',
                '-1', 'a', '0x1', '1e2', '\u0663', '\u00b2', '12a', '1_0']
seen = set()
for i in range(900):
    count = rng.pick([4, 4, 4, 4, 3, 5, 1, 2])
    fields = [rng.pick(octet_pieces) if rng.below(3) == 0 else str(rng.below(256))
              for _ in range(count)]
    text = '.'.join(fields)
    if rng.below(25) == 0:
        text = text + rng.pick(['/24', '/', '%eth0', ' ', '.'])
    if text in seen:
        continue
    seen.add(text)
    print(repr(text), '->', outcome(ipaddress.IPv4Address, text))
    if i % 3 == 0:
        print('   ip_address:', outcome(ipaddress.ip_address, text))

# --- IPv6-looking text ------------------------------------------------------------------------
hex_pieces = ['0', '1', 'a', 'F', 'ff', 'FFFF', 'ffff', '0000', '00000', '12345', 'db8', '2001',
              'fe80', 'ff02', 'g', 'x1', '', '', '', ' 1', '-1', '+a', '1.2.3.4', '10.0.0.256',
              '1.2.3', '01.2.3.4', '::', '\u0661']


def random_hextet():
    kind = rng.below(4)
    if kind == 0:
        return rng.pick(hex_pieces)
    if kind == 1:
        return '0'
    return format(rng.below(65536) >> (4 * rng.below(4)), rng.pick(['x', 'X', '04x']))


for i in range(1300):
    count = rng.pick([8, 8, 8, 7, 6, 5, 3, 2, 9, 10])
    fields = [random_hextet() for _ in range(count)]
    if rng.below(2):
        # make a '::' somewhere
        at = rng.below(count + 1)
        fields = fields[:at] + [''] + fields[at:]
        if at == 0:
            fields.insert(0, '')
        if at == count:
            fields.append('')
    text = ':'.join(fields)
    if rng.below(8) == 0:
        text += rng.pick(['%eth0', '%1', '%', '%a%b', '%%', '/64', '%en0/64'])
    if rng.below(10) == 0:
        text = rng.pick(['::ffff:', '::', '64:ff9b::', '1::']) + '.'.join(
            str(rng.below(300)) for _ in range(rng.pick([4, 4, 3])))
    if text in seen:
        continue
    seen.add(text)
    print(repr(text), '->', outcome(ipaddress.IPv6Address, text))
    if i % 4 == 0:
        print('   ip_address:', outcome(ipaddress.ip_address, text))

# fixed cases for every IPv6 rule
for text in ['::', '::1', '1::', '1::2', ':1', '1:', ':1::', '::1:', ':::', '1:::2', '1::2::3',
             '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7', '1:2:3:4:5:6:7:8:9', '::1:2:3:4:5:6:7',
             '1:2:3:4:5:6:7::', '::1:2:3:4:5:6:7:8', '1:2:3:4::5:6:7:8', '1:2:3:4:5:6::7',
             '1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:6:7:1.2.3.4', '::1.2.3.4', '::ffff:1.2.3.4',
             '1.2.3.4::', '::1.2.3.4:5', '::1.2.3.256', '::1.2.03.4', 'fe80::1%eth0', 'fe80::1%',
             'fe80::1%%', 'fe80::1%a%b', '::%1', '%1', '', ':', '1', 'ffff::fffff', 'gggg::',
             '12345::', '0000::0000', '1:0:0:2:0:0:0:3', '1:0:0:0:2:0:0:3', '0:0:1:0:0:0:0:0',
             '0:1:0:1:0:1:0:1', '1:0:1:0:1:0:1:0', '2001:DB8::ABCD', 'FE80::1%Eth0']:
    print(repr(text), '->', outcome(ipaddress.IPv6Address, text), '|',
          outcome(ipaddress.ip_address, text))

# --- printed forms of generated valid addresses -------------------------------------------------
def random_v6_int():
    groups = []
    for _ in range(8):
        groups.append(0 if rng.below(3) else rng.below(65536) >> (4 * rng.below(4)))
    value = 0
    for group in groups:
        value = (value << 16) | group
    return value


mismatches = 0
for i in range(700):
    if i % 2:
        address = ipaddress.IPv4Address(rng.below(2 ** 32) >> rng.below(32))
    else:
        address = ipaddress.IPv6Address(random_v6_int())
    again = ipaddress.ip_address(str(address))
    if again != address or ipaddress.ip_address(address.exploded) != address:
        mismatches += 1
    if i % 5 == 0:
        print(address, address.exploded, address.reverse_pointer if i % 10 == 0 else '',
              address.packed.hex(), int(address))
print('round trip mismatches:', mismatches)

# --- int and bytes construction ----------------------------------------------------------------
for value in [0, 1, 255, 2 ** 32 - 1, 2 ** 32, 2 ** 32 + 1, 2 ** 128 - 1, 2 ** 128, -1, -2 ** 40,
              True, False]:
    print(value, outcome(ipaddress.IPv4Address, value), outcome(ipaddress.IPv6Address, value),
          outcome(ipaddress.ip_address, value))
for data in [b'', b'\x01', b'\x7f\x00\x00\x01', b'\xff' * 4, b'\x00' * 5, b'\x20\x01' + b'\x00' * 14,
             b'\x01' * 16, b'\x01' * 17, bytearray(b'\x01\x02\x03\x04')]:
    print(data, outcome(ipaddress.IPv4Address, data), outcome(ipaddress.IPv6Address, data),
          outcome(ipaddress.ip_address, data))
for value in [0, 1, 2 ** 32 - 1, 2 ** 32, -1, 2 ** 128 - 1, 2 ** 128]:
    print(value, outcome(ipaddress.v4_int_to_packed, value),
          outcome(ipaddress.v6_int_to_packed, value))
for odd in [None, 1.5, [1], '1.2.3.4 ', ' ::1', '1.2.3.4\n']:
    print(repr(odd), outcome(ipaddress.ip_address, odd), outcome(ipaddress.IPv4Address, odd))

# --- properties of single addresses -------------------------------------------------------------
special = ['0.0.0.0', '0.1.2.3', '10.1.2.3', '100.64.0.1', '100.127.255.255', '127.0.0.1',
           '169.254.1.1', '172.16.0.1', '172.31.255.255', '172.32.0.0', '192.0.0.1', '192.0.0.8',
           '192.0.0.170', '192.0.0.171', '192.0.0.172', '192.0.2.1', '192.88.99.1',
           '192.168.0.1', '198.18.0.1', '198.19.255.255', '198.20.0.0', '198.51.100.7',
           '203.0.113.9', '224.0.0.1', '239.255.255.255', '240.0.0.1', '255.255.255.254',
           '255.255.255.255', '8.8.8.8', '1.1.1.1',
           '::', '::1', '::2', '::ffff:10.0.0.1', '::ffff:8.8.8.8', '::ffff:100.64.0.1',
           '100::1', '100::1:0:0:0', '2001::1', '2001:1ff::1', '2001:200::1', '2001:2::1',
           '2001:3::1', '2001:10::1', '2001:1f::1', '2001:20::1', '2001:db8::1', '2001:db9::1',
           '2002:c000:0204::1', '2001:0:4136:e378:8000:63bf:3fff:fdd2', 'fc00::1', 'fdff::1',
           'fe00::1', 'fe80::1', 'febf::1', 'fec0::1', 'feff::1', 'ff00::1', 'ff02::1',
           '2606:4700::1111', '4000::1', 'e000::1', 'f800::1', 'fe80::1%eth0']
props = ['is_private', 'is_global', 'is_loopback', 'is_multicast', 'is_reserved',
         'is_link_local', 'is_unspecified', 'is_site_local', 'ipv4_mapped', 'sixtofour', 'teredo',
         'scope_id']
for text in special:
    address = ipaddress.ip_address(text)
    shown = []
    for name in props:
        try:
            shown.append(f'{name}={getattr(address, name)}')
        except AttributeError:
            shown.append(f'{name}=-')
    print(repr(address), address.version, address.max_prefixlen, ' '.join(shown))
    for name in ['exploded', 'compressed', 'reverse_pointer']:
        print('   ', name, outcome(lambda a: getattr(a, name), address))

# --- format() -----------------------------------------------------------------------------------
specs = ['', 's', '>22s', '<22', '^9s', 'b', 'x', 'X', 'n', '#b', '#x', '#X', '#n', '_b', '_x',
         '_X', '_n', '#_b', '#_x', '#_X', '#_n', 'd', 'o', '#o', '_', '#', '20b', 'x_', '_#x',
         '08x', ',', 'c']
formatted = [ipaddress.ip_address('192.0.2.1'), ipaddress.ip_address('0.0.0.1'),
             ipaddress.ip_address('2001:db8::ff00:42:8329'), ipaddress.ip_address('fe80::1%7'),
             ipaddress.ip_interface('10.9.8.7/16')]
for spec in specs:
    for address in formatted:
        print(repr(spec), outcome(lambda a: format(a, spec), address))
print(f'{formatted[0]:#_b} {formatted[2]:_x} [{formatted[0]:>12s}]')

# --- arithmetic, ordering, hashing --------------------------------------------------------------
a4, b4 = ipaddress.ip_address('10.0.0.1'), ipaddress.ip_address('10.0.0.2')
a6 = ipaddress.ip_address('::1')
print(a4 + 1, a4 - 1, b4 - 2, a6 + 2 ** 64, a6 - 1, repr(a4 + 0))
for bad in [lambda: ipaddress.ip_address('255.255.255.255') + 1,
            lambda: ipaddress.ip_address('0.0.0.0') - 1,
            lambda: ipaddress.ip_address('ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff') + 1,
            lambda: a4 + '1', lambda: 1 + a4, lambda: a4 + b4, lambda: a4 - b4, lambda: a4 * 2,
            lambda: a4 < a6, lambda: a6 >= a4, lambda: a4 < 1, lambda: a4 <= '10.0.0.1',
            lambda: a4 < ipaddress.ip_network('10.0.0.0/8'), lambda: int(a6), lambda: hex(a4)]:
    print(outcome(lambda _: bad(), None))
print(a4 < b4, a4 <= b4, a4 > b4, a4 >= b4, a4 == b4, a4 != b4, a4 == a4 + 0, a4 != a4 + 0)
print(a4 == a6, a4 == 167772161, a4 == '10.0.0.1', ipaddress.ip_address('::a00:1') == a4)
scoped = ipaddress.ip_address('fe80::1%eth0')
plain = ipaddress.ip_address('fe80::1')
print(scoped == plain, scoped != plain, scoped < plain, plain < scoped, scoped == plain + 0,
      scoped == ipaddress.ip_address('fe80::1%eth0'), len({scoped, plain}), (scoped + 1).scope_id)
pool = [ipaddress.ip_address(rng.below(2 ** 32)) for _ in range(30)]
pool += [ipaddress.ip_address(str(address)) for address in pool[:10]]
print(len(pool), len(set(pool)), sorted(pool)[:3], max(pool), min(pool))
table = {address: i for i, address in enumerate(pool)}
print(len(table), table[ipaddress.ip_address(str(pool[3]))])
six = sorted(ipaddress.IPv6Address(random_v6_int()) for _ in range(12))
print([str(x) for x in six])
print(ipaddress.ip_address('1.2.3.4').__lt__(5) is NotImplemented,
      ipaddress.ip_address('1.2.3.4').__eq__(5) is NotImplemented)
print(isinstance(ipaddress.AddressValueError('x'), ValueError),
      issubclass(ipaddress.NetmaskValueError, ValueError), ipaddress.IPV4LENGTH,
      ipaddress.IPV6LENGTH)
