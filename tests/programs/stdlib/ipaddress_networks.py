# ipaddress networks and interfaces: generated networks of both versions (strict and not, prefix,
# netmask and hostmask forms), their attributes, hosts, subnets, supernets, exclusion,
# containment, collapse and summarize, and the special-range predicates.
import ipaddress
from itertools import islice


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % (2 ** 64)
        return (self.state >> 17) % n

    def pick(self, items):
        return items[self.below(len(items))]


rng = Lcg(77)


def outcome(make, *args):
    try:
        return repr(make(*args))
    except Exception as e:
        return f'{type(e).__name__}: {e}'


def v4_text(value):
    return '.'.join(str((value >> shift) & 255) for shift in (24, 16, 8, 0))


def random_v4_network():
    prefix = rng.pick([0, 1, 7, 8, 12, 16, 20, 23, 24, 25, 26, 28, 29, 30, 31, 32, 33, rng.below(33)])
    value = rng.below(2 ** 32)
    if rng.below(2):
        value &= (2 ** 32 - 1) ^ ((2 ** 32 - 1) >> min(prefix, 32))
    return value, prefix


def random_v6_network():
    prefix = rng.pick([0, 8, 10, 16, 32, 48, 56, 64, 96, 112, 120, 124, 126, 127, 128, 129,
                       rng.below(129)])
    value = 0
    for _ in range(8):
        value = (value << 16) | (0 if rng.below(2) else rng.below(65536))
    if rng.below(2):
        value &= (2 ** 128 - 1) ^ ((2 ** 128 - 1) >> min(prefix, 128))
    return value, prefix


# --- construction from generated text ------------------------------------------------------------
for i in range(260):
    value, prefix = random_v4_network()
    form = rng.below(5)
    if form == 0 and prefix <= 32:
        mask = v4_text((2 ** 32 - 1) ^ ((2 ** 32 - 1) >> prefix))     # netmask
    elif form == 1 and prefix <= 32:
        mask = v4_text((2 ** 32 - 1) >> prefix)                      # hostmask
    elif form == 2:
        mask = rng.pick(['255.0.255.0', '0.255.0.255', '24 ', ' 24', '+24', '-1', '', '08',
                         '1.2.3', 'x', '255.255.255.256', '0.0.0.0', '255.255.255.255'])
    else:
        mask = str(prefix)
    text = f'{v4_text(value)}/{mask}'
    print(repr(text), outcome(ipaddress.ip_network, text),
          outcome(ipaddress.IPv4Network, text, False), outcome(ipaddress.ip_interface, text))

for i in range(200):
    value, prefix = random_v6_network()
    address = str(ipaddress.IPv6Address(value))
    if rng.below(12) == 0:
        address += '%eth0'
    mask = str(prefix) if rng.below(8) else rng.pick(['ffff::', '', '64 ', '0x40', '/64'])
    text = f'{address}/{mask}'
    print(repr(text), outcome(ipaddress.ip_network, text),
          outcome(ipaddress.IPv6Network, text, False), outcome(ipaddress.ip_interface, text))

# other argument shapes
shapes = [('10.0.0.0', 8), ('10.0.0.0', '255.0.0.0'), ('10.0.0.0', '0.255.255.255'),
          (167772160, 8), (b'\n\x00\x00\x00', 8), ('10.0.0.1', 8), ('10.0.0.0',), (167772160,),
          ('::', 0), (2 ** 127, 1), ('10.0.0.0', 8, 1), ('10.0.0.0', 33), ('10.0.0.0', -1),
          167772160, b'\n\x00\x00\x01', 2 ** 40, b'\x01' * 16, '10.0.0.0/8/8', ' 10.0.0.0/8',
          '10.0.0.0 /8']
for shape in shapes:
    print(repr(shape), outcome(ipaddress.ip_network, shape),
          outcome(ipaddress.ip_network, shape, False), outcome(ipaddress.ip_interface, shape))

# --- attributes of generated valid networks ------------------------------------------------------
def describe(net):
    print(repr(net), net.prefixlen, net.num_addresses, net.version, net.max_prefixlen)
    print('   ', net.network_address, net.broadcast_address, net.netmask, net.hostmask)
    print('   ', net.with_prefixlen, net.with_netmask, net.with_hostmask)
    print('   ', net.compressed, outcome(lambda: net.exploded), net[0], net[-1],
          outcome(lambda: net[net.num_addresses]), outcome(lambda: net[-net.num_addresses - 1]))
    hosts = net.hosts()
    first = []
    for host in hosts:
        first.append(str(host))
        if len(first) == 3:
            break
    count = net.num_addresses - 2 if net.version == 4 else net.num_addresses - 1
    if net.prefixlen >= net.max_prefixlen - 1:
        count = len(list(net.hosts()))
    print('    hosts', first, count, net.network_address in net, net.broadcast_address in net,
          (net.broadcast_address + 1 if int(net.broadcast_address) < 2 ** net.max_prefixlen - 1
           else net.network_address) in net)
    if net.num_addresses <= 16:
        print('    all', [str(a) for a in net], len(list(net.hosts())))


networks = []
for i in range(70):
    value, prefix = random_v4_network()
    networks.append(ipaddress.IPv4Network((value, min(prefix, 32)), strict=False))
    value, prefix = random_v6_network()
    networks.append(ipaddress.IPv6Network((value, min(prefix, 128)), strict=False))
for net in networks:
    describe(net)

# --- subnets and supernets ------------------------------------------------------------------------
for net in networks[:60]:
    width = net.max_prefixlen
    diff = rng.pick([0, 1, 2, 3, 4, -1, width])
    target = rng.pick([net.prefixlen, net.prefixlen + 1, net.prefixlen + 4, net.prefixlen - 1,
                       width, width + 1])
    parts = outcome(lambda: [str(s) for s in islice(net.subnets(diff), 6)])
    parts_new = outcome(lambda: [str(s) for s in islice(net.subnets(new_prefix=target), 6)])
    both = outcome(lambda: list(islice(net.subnets(2, new_prefix=target), 4)))
    print(net, 'subnets', diff, parts, target, parts_new, both)
    count = outcome(lambda: sum(1 for _ in net.subnets(new_prefix=min(width, net.prefixlen + 5))))
    print('   count', count, outcome(net.supernet), outcome(net.supernet, diff),
          outcome(lambda: net.supernet(new_prefix=target)),
          outcome(lambda: net.supernet(2, new_prefix=target)))
    up = net.supernet(min(net.prefixlen, 3))
    print('   up', up, net.subnet_of(up), up.supernet_of(net), up.subnet_of(net),
          net.overlaps(up), up.overlaps(net), net.compare_networks(up), up.compare_networks(net),
          net.compare_networks(net))

# --- address_exclude ---------------------------------------------------------------------------------
for i in range(40):
    value, prefix = random_v4_network()
    outer = ipaddress.IPv4Network((value, min(prefix, 26)), strict=False)
    inner_prefix = min(32, outer.prefixlen + rng.below(8))
    inner = ipaddress.IPv4Network((int(outer.network_address) + rng.below(outer.num_addresses),
                                   inner_prefix), strict=False)
    pieces = list(outer.address_exclude(inner))
    total = sum(p.num_addresses for p in pieces) + inner.num_addresses
    print(outer, '-', inner, '=', [str(p) for p in pieces[:8]], len(pieces),
          total == outer.num_addresses, any(p.overlaps(inner) for p in pieces))
for i in range(12):
    outer = ipaddress.IPv6Network((rng.below(2 ** 16) << 112, 16))
    inner = ipaddress.IPv6Network(((rng.below(2 ** 16) << 112) | rng.below(2 ** 64),
                                   rng.pick([17, 64, 100, 128])), strict=False)
    print(outer, inner, outcome(lambda: [str(p) for p in outer.address_exclude(inner)][:4]),
          outcome(lambda: len(list(outer.address_exclude(inner)))))
a = ipaddress.ip_network('10.0.0.0/8')
for other in [ipaddress.ip_network('10.0.0.0/8'), ipaddress.ip_network('11.0.0.0/8'),
              ipaddress.ip_network('0.0.0.0/0'), ipaddress.ip_network('::/0'),
              ipaddress.ip_address('10.0.0.1'), ipaddress.ip_interface('10.0.0.1/24')]:
    print(other, outcome(lambda: list(a.address_exclude(other))),
          outcome(a.subnet_of, other), outcome(a.supernet_of, other),
          outcome(a.compare_networks, other))

# --- collapse and summarize --------------------------------------------------------------------------
def covered(nets):
    spans = set()
    for net in nets:
        spans.update(range(int(net.network_address), int(net.broadcast_address) + 1))
    return spans


for i in range(45):
    base = rng.below(2 ** 24) << 8
    items = []
    for _ in range(rng.below(12) + 1):
        kind = rng.below(3)
        if kind == 0:
            items.append(ipaddress.IPv4Address(base + rng.below(1024)))
        else:
            items.append(ipaddress.IPv4Network((base + rng.below(1024), 22 + rng.below(11)),
                                               strict=False))
    result = list(ipaddress.collapse_addresses(items))
    expanded = []
    for item in items:
        expanded.append(item if isinstance(item, ipaddress.IPv4Network)
                        else ipaddress.IPv4Network(item))
    print(len(items), [str(n) for n in result], covered(result) == covered(expanded),
          result == sorted(result))
six = [ipaddress.ip_network('2001:db8::/127'), ipaddress.ip_network('2001:db8::2/127'),
       ipaddress.ip_address('2001:db8::4'), ipaddress.ip_address('2001:db8::5'),
       ipaddress.ip_network('2001:db8::6/127'), ipaddress.ip_network('2001:db8::/126')]
print(list(ipaddress.collapse_addresses(six)))
print(list(ipaddress.collapse_addresses([])))
print(list(ipaddress.collapse_addresses(iter([ipaddress.ip_interface('1.1.1.1/24'),
                                              ipaddress.ip_interface('1.1.1.0/24')]))))
for mixed in [[ipaddress.ip_address('1.1.1.1'), ipaddress.ip_address('::1')],
              [ipaddress.ip_network('1.1.1.0/24'), ipaddress.ip_network('::/64')],
              [ipaddress.ip_network('1.1.1.1/32'), ipaddress.ip_network('::1/128')]]:
    print(outcome(ipaddress.collapse_addresses, mixed))

for i in range(40):
    if i % 3:
        first = rng.below(2 ** 32)
        last = min(2 ** 32 - 1, first + rng.below(2 ** rng.below(20)))
        lo, hi = ipaddress.IPv4Address(first), ipaddress.IPv4Address(last)
    else:
        first = rng.below(2 ** 128)
        last = min(2 ** 128 - 1, first + rng.below(2 ** rng.below(100)))
        lo, hi = ipaddress.IPv6Address(first), ipaddress.IPv6Address(last)
    nets = list(ipaddress.summarize_address_range(lo, hi))
    print(lo, hi, [str(n) for n in nets[:6]], len(nets),
          sum(n.num_addresses for n in nets) == last - first + 1)
print(list(ipaddress.summarize_address_range(ipaddress.ip_address('0.0.0.0'),
                                             ipaddress.ip_address('255.255.255.255'))))
print(list(ipaddress.summarize_address_range(ipaddress.ip_address('255.255.255.254'),
                                             ipaddress.ip_address('255.255.255.255'))))
print(list(ipaddress.summarize_address_range(ipaddress.ip_address('::'),
                                             ipaddress.ip_address('ffff::'))))
for lo, hi in [('1.1.1.2', '1.1.1.1'), ('1.1.1.1', '::1'), ('1.1.1.1/32', '1.1.1.2/32')]:
    try:
        first = ipaddress.ip_address(lo) if '/' not in lo else ipaddress.ip_network(lo)
        last = ipaddress.ip_address(hi) if '/' not in hi else ipaddress.ip_network(hi)
        print(list(ipaddress.summarize_address_range(first, last)))
    except Exception as e:
        print(type(e).__name__, e)

# --- predicates over special ranges ------------------------------------------------------------------
special_networks = ['0.0.0.0/8', '0.0.0.0/32', '10.0.0.0/8', '10.0.0.0/7', '100.64.0.0/10',
                    '100.64.0.0/11', '100.0.0.0/8', '127.0.0.0/8', '127.0.0.0/16',
                    '169.254.0.0/16', '169.254.0.0/15', '172.16.0.0/12', '172.0.0.0/10',
                    '192.0.0.0/24', '192.0.0.0/29', '192.0.0.170/31', '192.0.2.0/24',
                    '192.168.0.0/16', '192.168.0.0/15', '198.18.0.0/15', '198.51.100.0/24',
                    '203.0.113.0/24', '224.0.0.0/4', '224.0.0.0/3', '239.0.0.0/8',
                    '240.0.0.0/4', '255.255.255.255/32', '8.8.8.0/24', '0.0.0.0/0',
                    '::/128', '::1/128', '::/8', '::/0', '::ffff:0:0/96', '100::/64',
                    '2001::/23', '2001::/16', '2001:2::/48', '2001:db8::/32', '2001:10::/28',
                    'fc00::/7', 'fe80::/10', 'fe80::/9', 'fec0::/10', 'ff00::/8', 'ff02::/16',
                    '2000::/3', '4000::/2', 'fe00::/9', 'f000::/4']
net_props = ['is_private', 'is_global', 'is_loopback', 'is_multicast', 'is_reserved',
             'is_link_local', 'is_unspecified', 'is_site_local']
for text in special_networks:
    net = ipaddress.ip_network(text)
    flags = []
    for name in net_props:
        try:
            flags.append(name[3:] if getattr(net, name) else '-')
        except AttributeError:
            flags.append('n/a')
    print(f'{text:18s}', ' '.join(flags))

# --- interfaces ---------------------------------------------------------------------------------------
interfaces = ['192.0.2.5/24', '10.1.2.3/255.255.0.0', '10.1.2.3/0.0.255.255', '127.0.0.1/8',
              '0.0.0.0/8', '0.0.0.0/32', '1.2.3.4', '1.2.3.4/32', '1.2.3.4/31', '2001:db8::5/64',
              '::1/128', '::1/64', '::/128', '::/64', 'fe80::1%eth0/64', 'fe80::%eth0/64',
              '::ffff:10.0.0.1/120']
for text in interfaces:
    iface = ipaddress.ip_interface(text)
    print(repr(iface), iface, iface.ip, repr(iface.network), iface.netmask, iface.hostmask)
    print('   ', iface.with_prefixlen, iface.with_netmask, iface.with_hostmask, iface.compressed,
          outcome(lambda: iface.exploded), outcome(lambda: iface.reverse_pointer))
    print('   ', iface.is_private, iface.is_global, iface.is_loopback, iface.is_unspecified,
          iface.is_link_local, iface.is_multicast, iface == iface.ip, iface.ip == iface,
          iface == ipaddress.ip_interface(text), iface.network.network_address == iface.ip,
          repr(iface + 1), format(iface, '#x'), iface.version, int(iface))
i1, i2 = ipaddress.ip_interface('10.0.0.5/24'), ipaddress.ip_interface('10.0.0.5/16')
i3 = ipaddress.ip_interface('10.0.0.6/24')
print(i1 == i2, i1 < i2, i2 < i1, i1 < i3, i3 < i1, i1 <= i3, i1 > i3, sorted([i3, i2, i1]))
print(len({i1, i2, i3, ipaddress.ip_interface('10.0.0.5/24')}), i1 in i1.network, i1.ip in i2.network)
print(outcome(lambda: i1 < ipaddress.ip_interface('::1/64')), outcome(lambda: i1 < 5))

# --- comparisons, hashing, membership, iteration ----------------------------------------------------
n1, n2, n3 = (ipaddress.ip_network('10.0.0.0/24'), ipaddress.ip_network('10.0.0.0/25'),
              ipaddress.ip_network('10.0.1.0/24'))
n6 = ipaddress.ip_network('2001:db8::/32')
print(n1 < n2, n2 < n1, n1 < n3, n1 <= n1, n1 >= n2, n1 > n3, n1 == n2, n1 != n3,
      n1 == ipaddress.ip_network('10.0.0.0/255.255.255.0'), n1 == '10.0.0.0/24')
print(sorted([n3, n2, n1]), len({n1, n2, n3, ipaddress.ip_network('10.0.0.0/24')}))
for bad in [lambda: n1 < n6, lambda: n1 < ipaddress.ip_address('10.0.0.1'),
            lambda: n1.compare_networks(n6), lambda: n1.subnet_of(n6), lambda: n1.overlaps(n6),
            lambda: 5 in n1, lambda: n1[2 ** 40], lambda: len(n1), lambda: n1 + 1,
            lambda: ipaddress.ip_address('10.0.0.1') in n1, lambda: n2 in n1,
            lambda: ipaddress.ip_address('::1') in n1, lambda: n1.supernet(prefixlen_diff=30),
            lambda: list(n1.subnets(prefixlen_diff=9))]:
    print(outcome(bad))
mixed = [n3, ipaddress.ip_address('10.0.0.7'), n6, ipaddress.ip_address('::1'), n1,
         ipaddress.ip_address('10.0.0.0'), n2]
print(sorted(mixed, key=ipaddress.get_mixed_type_key))
print(ipaddress.get_mixed_type_key(n1), ipaddress.get_mixed_type_key(mixed[1]),
      ipaddress.get_mixed_type_key('x'))
walk = ipaddress.ip_network('192.0.2.8/29')
print([str(a) for a in walk], [str(a) for a in walk.hosts()], walk[3], walk[-3],
      list(ipaddress.ip_network('192.0.2.8/31').hosts()),
      list(ipaddress.ip_network('192.0.2.8/32').hosts()),
      list(ipaddress.ip_network('2001:db8::/126').hosts()),
      list(ipaddress.ip_network('2001:db8::/127').hosts()),
      list(ipaddress.ip_network('2001:db8::/128').hosts()))
scoped = ipaddress.IPv6Network('fe80::%eth0/64')
print(repr(scoped), scoped.network_address, scoped.network_address.scope_id,
      scoped == ipaddress.IPv6Network('fe80::/64'), outcome(lambda: scoped.exploded),
      scoped.with_netmask, scoped.broadcast_address)
