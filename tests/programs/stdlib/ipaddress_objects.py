# ipaddress object behaviour: class relations, which calls are lazy, equality between addresses
# and interfaces, copies, immutability of addresses, odd argument types and exception details.
import copy
import ipaddress


def outcome(make, *args):
    try:
        return repr(make(*args))
    except Exception as e:
        return f'{type(e).__name__}: {e}'


v4, v6 = ipaddress.ip_address('192.0.2.1'), ipaddress.ip_address('2001:db8::1')
i4, i6 = ipaddress.ip_interface('192.0.2.1/24'), ipaddress.ip_interface('2001:db8::1/64')
n4, n6 = ipaddress.ip_network('192.0.2.0/24'), ipaddress.ip_network('2001:db8::/64')

# class relations and names
for obj in [v4, v6, i4, i6, n4, n6]:
    kind = type(obj)
    print(kind.__name__, isinstance(obj, ipaddress.IPv4Address), isinstance(obj, ipaddress.IPv6Address),
          isinstance(obj, (ipaddress.IPv4Network, ipaddress.IPv6Network)),
          issubclass(kind, (ipaddress.IPv4Address, ipaddress.IPv6Address)))

# lazy versus eager errors
gen = ipaddress.summarize_address_range(v4, v6)
print('summarize made', type(gen).__name__ == 'generator')
print(outcome(list, gen))
print(outcome(list, n4.subnets(new_prefix=8)), outcome(list, n4.address_exclude(n6)))
print(outcome(ipaddress.collapse_addresses, [v4, v6]))
print(type(ipaddress.summarize_address_range(n4, n4)).__name__)
print(outcome(list, ipaddress.summarize_address_range(n4, n4)))

# addresses and interfaces side by side
print(v4 == i4, i4 == v4, v4 != i4, i4 != v4, v4 == i4.ip, i4.ip == v4, hash(v4) == hash(i4.ip))
print(i4 < v4, i4 > v4, v4 < i4 + 1 or True, sorted([i4, ipaddress.ip_interface('192.0.2.1/16')]))
print(i6 == ipaddress.ip_interface('2001:db8::1/64'), i6 == ipaddress.ip_interface('2001:db8::1/65'),
      len({i6, ipaddress.ip_interface('2001:db8::1/64'), i6.ip}))
print(v4 == n4, n4 == v4, n4 == i4, i4 == n4, n4 == i4.network, v4 in n4, i4 in n4, n4 in n4)

# copies keep value, kind and scope
scoped = ipaddress.ip_address('fe80::1%eth1')
for obj in [v4, v6, i4, i6, n4, n6, scoped, ipaddress.ip_interface('fe80::1%eth1/64')]:
    shallow, deep = copy.copy(obj), copy.deepcopy(obj)
    print(repr(shallow), repr(deep), shallow == obj, deep == obj, type(deep) is type(obj))

# addresses have no attribute dict
for obj in [v4, v6]:
    try:
        obj.extra = 1
        print('assigned')
    except AttributeError as e:
        print('AttributeError', type(obj).__name__)

# odd argument types
class Text(str):
    pass


class Showy:
    def __str__(self):
        return '10.0.0.1'


for arg in [Text('10.0.0.1'), Text('::1'), Showy(), 3.0, None, ['10.0.0.1'], ('10.0.0.1',),
            True, b'\x0a\x00\x00\x01', bytearray(4)]:
    print(type(arg).__name__, outcome(ipaddress.ip_address, arg),
          outcome(ipaddress.IPv4Address, arg), outcome(ipaddress.ip_network, arg))
print(outcome(lambda: ipaddress.ip_network('10.0.0.1/8', strict=False)),
      outcome(lambda: ipaddress.IPv4Network('10.0.0.1/8', strict=False)),
      outcome(lambda: ipaddress.IPv6Network('::1/8', strict=False)),
      outcome(ipaddress.IPv4Network, ('10.0.0.1', '8'), False))
print(outcome(ipaddress.IPv4Network, ()), outcome(ipaddress.IPv4Network, ('1.2.3.4', 8, 9)))

# exception details
try:
    ipaddress.IPv4Address('1.2.3.999')
except ipaddress.AddressValueError as e:
    print(repr(e), e.args, e.__cause__, e.__suppress_context__)
try:
    ipaddress.ip_address('nope')
except ValueError as e:
    print(type(e).__name__, e.args, e.__suppress_context__)
try:
    ipaddress.IPv4Network('1.2.3.0/99')
except ipaddress.NetmaskValueError as e:
    print(repr(e), isinstance(e, ValueError), e.__suppress_context__)

# hosts() shapes and membership with foreign values
print(type(ipaddress.ip_network('10.0.0.1/32').hosts()).__name__,
      list(ipaddress.ip_network(('10.0.0.1', 32)).hosts()),
      list(ipaddress.IPv6Network('fe80::1%eth0/128').hosts()),
      list(ipaddress.ip_network(167772161).hosts()))
print(outcome(lambda: 'x' in n4), outcome(lambda: None in n4), outcome(lambda: n4[1:3]))
print(outcome(lambda: n4.overlaps(v4)), outcome(lambda: n4.subnet_of(v4)),
      outcome(lambda: n4.supernet_of(i4)))
print(n4.supernet(prefixlen_diff=0), list(n4.subnets(prefixlen_diff=0)),
      outcome(lambda: n4.supernet(prefixlen_diff=-1)), outcome(lambda: n4.supernet(-30)))
print(ipaddress.ip_network('0.0.0.0/0').supernet(), list(ipaddress.ip_network('1.1.1.1/32').subnets()),
      list(ipaddress.ip_network('1.1.1.1/32').subnets(new_prefix=2)))
print(ipaddress.v4_int_to_packed(3232235521), ipaddress.v6_int_to_packed(1),
      outcome(ipaddress.v4_int_to_packed, '1'), ipaddress.__version__)
