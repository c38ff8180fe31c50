"""IPv4 and IPv6 addresses, networks and interfaces, with the API of CPython's ipaddress module.

Every object holds its address as one int.  Text is turned into that int once, by the two
parsers below (which report problems with CPython's exact wording), and printed back from it.
What differs between the two versions (width, parser, printer, the IANA special-purpose
tables) lives in one ``_Family`` record per version that the public classes point at.
"""

__version__ = '1.0'

IPV4LENGTH = 32
IPV6LENGTH = 128


# The orderings functools.total_ordering derives from __lt__ and __eq__, shared by addresses and
# networks as CPython shares them (named like the methods they stand for).
def _gt_from_lt(self, other):
    less = self.__lt__(other)
    if less is NotImplemented:
        return NotImplemented
    return not less and self != other


def _le_from_lt(self, other):
    less = self.__lt__(other)
    if less is NotImplemented:
        return NotImplemented
    return less or self == other


def _ge_from_lt(self, other):
    less = self.__lt__(other)
    if less is NotImplemented:
        return NotImplemented
    return not less


_gt_from_lt.__name__, _le_from_lt.__name__, _ge_from_lt.__name__ = '__gt__', '__le__', '__ge__'


class AddressValueError(ValueError):
    """Raised for address text, ints or bytes that are not a valid address."""


class NetmaskValueError(ValueError):
    """Raised for a prefix length or mask that does not fit the address version."""


# ----------------------------------------------------------------------------------------------
# Text <-> int.  The field parsers raise a plain ValueError holding the bare reason; the whole-
# address parsers append " in '<text>'" and re-raise it as AddressValueError.

_DECIMAL_DIGITS = frozenset('0123456789')
_HEX_DIGITS = frozenset('0123456789abcdefABCDEF')


def _octet_value(field):
    if not field:
        raise ValueError('Empty octet not permitted')
    if not _DECIMAL_DIGITS.issuperset(field):
        raise ValueError(f'Only decimal digits permitted in {field!r}')
    # the character complaint wins over the length one: it tells the user more
    if len(field) > 3:
        raise ValueError(f'At most 3 characters permitted in {field!r}')
    # like inet_pton, a leading zero is refused rather than read as octal or decimal
    if len(field) > 1 and field[0] == '0':
        raise ValueError(f'Leading zeros are not permitted in {field!r}')
    value = int(field)
    if value > 255:
        raise ValueError(f'Octet {value} (> 255) not permitted')
    return value


def _parse_v4(text):
    """Dotted-quad text -> 32-bit int."""
    if not text:
        raise AddressValueError('Address cannot be empty')
    fields = text.split('.')
    if len(fields) != 4:
        raise AddressValueError(f'Expected 4 octets in {text!r}')
    value = 0
    try:
        for field in fields:
            value = (value << 8) | _octet_value(field)
    except ValueError as reason:
        raise AddressValueError(f'{reason} in {text!r}') from None
    return value


def _hextet_value(field):
    if not _HEX_DIGITS.issuperset(field):
        raise ValueError(f'Only hex digits permitted in {field!r}')
    if len(field) > 4:
        raise ValueError(f'At most 4 characters permitted in {field!r}')
    return int(field, 16)


def _hextets_value(fields):
    value = 0
    for field in fields:
        value = (value << 16) | _hextet_value(field)
    return value


def _v6_outer_fields(text, fields):
    """Split colon fields around the one '::' (if any): (before, number elided, after)."""
    leading = f"Leading ':' only permitted as part of '::' in {text!r}"
    trailing = f"Trailing ':' only permitted as part of '::' in {text!r}"
    last = len(fields) - 1
    gaps = [i for i in range(1, last) if not fields[i]]
    if len(gaps) > 1:
        raise AddressValueError(f"At most one '::' permitted in {text!r}")
    if not gaps:
        if len(fields) != 8:
            raise AddressValueError(f"Exactly 8 parts expected without '::' in {text!r}")
        if not fields[0]:
            raise AddressValueError(leading)
        if not fields[last]:
            raise AddressValueError(trailing)
        return fields, 0, []
    gap = gaps[0]
    before = fields[:gap]
    after = fields[gap + 1:]
    # an empty first (last) field is only the outer half of a '::' touching that end
    if not fields[0]:
        if gap != 1:
            raise AddressValueError(leading)
        before = []
    if not fields[last]:
        if gap != last - 1:
            raise AddressValueError(trailing)
        after = []
    elided = 8 - len(before) - len(after)
    if elided < 1:
        raise AddressValueError(f"Expected at most 7 other parts with '::' in {text!r}")
    return before, elided, after


def _parse_v6(text):
    """Colon-hex text (no scope id) -> 128-bit int."""
    if not text:
        raise AddressValueError('Address cannot be empty')
    fields = text.split(':')
    if len(fields) < 3:
        raise AddressValueError(f'At least 3 parts expected in {text!r}')
    if '.' in fields[-1]:
        # an embedded dotted quad stands for the last two hextets
        try:
            low = _parse_v4(fields[-1])
        except AddressValueError as reason:
            raise AddressValueError(f'{reason} in {text!r}') from None
        fields[-1:] = [format(low >> 16, 'x'), format(low & 0xFFFF, 'x')]
    if len(fields) > 9:
        raise AddressValueError(f'At most 8 colons permitted in {text!r}')
    before, elided, after = _v6_outer_fields(text, fields)
    try:
        high = _hextets_value(before)
        low = _hextets_value(after)
    except ValueError as reason:
        raise AddressValueError(f'{reason} in {text!r}') from None
    return (((high << (16 * elided)) << (16 * len(after)))) | low


def _v4_text(value):
    return '.'.join(str((value >> shift) & 0xFF) for shift in (24, 16, 8, 0))


def _longest_zero_run(groups):
    """(start, length) of the first longest run of zero groups; length 0 when none."""
    best_start, best_length = 0, 0
    start = None
    for index, group in enumerate(groups + [1]):
        if group == 0:
            if start is None:
                start = index
        elif start is not None:
            if index - start > best_length:
                best_start, best_length = start, index - start
            start = None
    return best_start, best_length


def _v6_text(value):
    groups = [(value >> shift) & 0xFFFF for shift in range(112, -16, -16)]
    words = [format(group, 'x') for group in groups]
    start, length = _longest_zero_run(groups)
    if length < 2:   # a single zero group is written out, never shortened to '::'
        return ':'.join(words)
    return ':'.join(words[:start]) + '::' + ':'.join(words[start + length:])


def _v6_full_text(value):
    digits = format(value, '032x')
    return ':'.join(digits[i:i + 4] for i in range(0, 32, 4))


def _prefix_of_netmask(value, width):
    """The prefix length of a ones-then-zeros mask, or None for any other bit pattern."""
    host_bits = ~value & ((1 << width) - 1)
    if host_bits & (host_bits + 1):
        return None
    return width - host_bits.bit_length()


def _trailing_zero_bits(value, width):
    if value == 0:
        return width
    return (value & -value).bit_length() - 1


# ----------------------------------------------------------------------------------------------
# One record per IP version.

class _Family:
    def __init__(self, version, width, parse, text, reverse_suffix):
        self.version = version
        self.width = width
        self.all_ones = (1 << width) - 1
        self.parse = parse
        self.text = text
        self.reverse_suffix = reverse_suffix
        # filled in once the classes exist
        self.address_class = None
        self.network_class = None

    def mask(self, prefixlen):
        return self.all_ones ^ (self.all_ones >> prefixlen)

    def block(self, cidr):
        """'a/p' -> (first, last) ints of that block."""
        text, prefix = cidr.split('/')
        first = self.parse(text)
        return first, first | (self.all_ones >> int(prefix))

    def blocks(self, cidrs):
        return [self.block(cidr) for cidr in cidrs.split()]


def _within(value, blocks):
    for first, last in blocks:
        if first <= value <= last:
            return True
    return False


_V4 = _Family(4, IPV4LENGTH, _parse_v4, _v4_text, '.in-addr.arpa')
_V6 = _Family(6, IPV6LENGTH, _parse_v6, _v6_text, '.ip6.arpa')

# Python 3.11's view of the IANA special-purpose registries.
_V4_PRIVATE = _V4.blocks('0.0.0.0/8 10.0.0.0/8 127.0.0.0/8 169.254.0.0/16 172.16.0.0/12 '
                         '192.0.0.0/29 192.0.0.170/31 192.0.2.0/24 192.168.0.0/16 '
                         '198.18.0.0/15 198.51.100.0/24 203.0.113.0/24 240.0.0.0/4 '
                         '255.255.255.255/32')
_V4_SHARED = _V4.blocks('100.64.0.0/10')
_V4_MULTICAST = _V4.blocks('224.0.0.0/4')
_V4_LOOPBACK = _V4.blocks('127.0.0.0/8')
_V4_LINK_LOCAL = _V4.blocks('169.254.0.0/16')
_V4_RESERVED = _V4.blocks('240.0.0.0/4')

_V6_PRIVATE = _V6.blocks('::1/128 ::/128 ::ffff:0:0/96 100::/64 2001::/23 2001:2::/48 '
                         '2001:db8::/32 2001:10::/28 fc00::/7 fe80::/10')
_V6_RESERVED = _V6.blocks('::/8 100::/8 200::/7 400::/6 800::/5 1000::/4 4000::/3 6000::/3 '
                          '8000::/3 a000::/3 c000::/3 e000::/4 f000::/5 f800::/6 fe00::/9')
_V6_MULTICAST = _V6.blocks('ff00::/8')
_V6_LINK_LOCAL = _V6.blocks('fe80::/10')
_V6_SITE_LOCAL = _V6.blocks('fec0::/10')


# ----------------------------------------------------------------------------------------------
# Factories and module functions

def _first_that_parses(address, makers, kind):
    for make in makers:
        try:
            return make(address)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 {kind}')


def ip_address(address):
    """An IPv4Address or IPv6Address from text, an int (IPv4 below 2**32) or packed bytes."""
    return _first_that_parses(address, (IPv4Address, IPv6Address), 'address')


def ip_network(address, strict=True):
    """An IPv4Network or IPv6Network; host bits set in the address are an error when strict."""
    return _first_that_parses(address, (lambda a: IPv4Network(a, strict),
                                        lambda a: IPv6Network(a, strict)), 'network')


def ip_interface(address):
    """An IPv4Interface or IPv6Interface: an address together with the network it sits on."""
    return _first_that_parses(address, (IPv4Interface, IPv6Interface), 'interface')


def _packed(address, size, version):
    try:
        return address.to_bytes(size, 'big')
    except OverflowError:
        raise ValueError(f'Address negative or too large for IPv{version}') from None


def v4_int_to_packed(address):
    """The 4 big-endian bytes of an IPv4 address given as an int."""
    return _packed(address, 4, 4)


def v6_int_to_packed(address):
    """The 16 big-endian bytes of an IPv6 address given as an int."""
    return _packed(address, 16, 6)


def _cidr_cover(family, first, last):
    """Yield the fewest aligned blocks, as networks, that exactly cover first..last (ints)."""
    network_class = family.network_class
    while first <= last:
        size_bits = min(_trailing_zero_bits(first, family.width),
                        (last - first + 1).bit_length() - 1)
        yield network_class((first, family.width - size_bits))
        first += 1 << size_bits
        if first > family.all_ones:
            return


def summarize_address_range(first, last):
    """Yield the networks that together cover exactly the addresses first..last."""
    if not (isinstance(first, _BaseAddress) and isinstance(last, _BaseAddress)):
        raise TypeError('first and last must be IP addresses, not networks')
    if first.version != last.version:
        raise TypeError(f'{first} and {last} are not of the same version')
    if first > last:
        raise ValueError('last IP address must be greater than first')
    yield from _cidr_cover(first._family, first._ip, last._ip)


def _merged_spans(spans):
    """Sorted (first, last) int pairs with overlapping or touching ones joined."""
    merged = []
    for first, last in sorted(spans):
        if merged and first <= merged[-1][1] + 1:
            if last > merged[-1][1]:
                merged[-1][1] = last
        else:
            merged.append([first, last])
    return merged


def _collapsed(family, spans, clash):
    if clash is not None:
        raise TypeError(f'{clash[0]} and {clash[1]} are not of the same version')
    for first, last in _merged_spans(spans):
        yield from _cidr_cover(family, first, last)


def collapse_addresses(addresses):
    """An iterator over the fewest networks covering every given address and network."""
    single = []      # addresses and one-address networks
    blocks = []      # larger networks
    for item in addresses:
        if isinstance(item, _BaseAddress) or item._prefixlen == item._family.width:
            if single and single[-1]._version != item._version:
                raise TypeError(f'{item} and {single[-1]} are not of the same version')
            single.append(item if isinstance(item, _BaseAddress) else item.network_address)
        else:
            if blocks and blocks[-1]._version != item._version:
                raise TypeError(f'{item} and {blocks[-1]} are not of the same version')
            blocks.append(item)
    spans = [(item._ip, item._ip) for item in single]
    spans += [(net._ip, net._ip | net._family.all_ones >> net._prefixlen) for net in blocks]
    clash = None
    if single and blocks and single[0]._version != blocks[0]._version:
        clash = (blocks[0], single[0])
    family = (single or blocks)[0]._family if (single or blocks) else _V4
    return _collapsed(family, spans, clash)


def get_mixed_type_key(obj):
    """A sort key under which addresses and networks of both versions can be ordered."""
    if isinstance(obj, _BaseNetwork):
        return (obj._version, obj.network_address, obj.netmask)
    if isinstance(obj, _BaseAddress):
        return (obj._version, obj)
    return NotImplemented


# ----------------------------------------------------------------------------------------------
# Shared behaviour

def _version_clash(a, b):
    return TypeError(f'{a} and {b} are not of the same version')


class _IPAddressBase:
    """What addresses, interfaces and networks of both versions have in common."""

    __slots__ = ()

    @property
    def version(self):
        return self._family.version

    @property
    def _version(self):
        return self._family.version

    @property
    def max_prefixlen(self):
        return self._family.width

    @property
    def _max_prefixlen(self):
        return self._family.width

    @property
    def _ALL_ONES(self):
        return self._family.all_ones

    @property
    def compressed(self):
        return str(self)

    @property
    def exploded(self):
        if self._family is _V4:
            return str(self)
        # the address part is printed and re-read, so a scope id in it is refused here
        if isinstance(self, _BaseNetwork):
            text = str(self.network_address)
        elif isinstance(self, _InterfaceMixin):
            text = str(self.ip)
        else:
            text = str(self)
        full = _v6_full_text(_parse_v6(text))
        if isinstance(self, (_BaseNetwork, _InterfaceMixin)):
            return f'{full}/{self._prefixlen}'
        return full

    @property
    def reverse_pointer(self):
        """The name of the PTR record for this address in the reverse DNS tree."""
        if self._family is _V4:
            labels = str(self).split('.')[::-1]
        else:
            labels = list(self.exploded.replace(':', '')[::-1])
        return '.'.join(labels) + self._family.reverse_suffix

    def __reduce__(self):
        return self.__class__, (str(self),)


def _address_int(family, address):
    """The int an address constructor argument stands for (int, packed bytes or text)."""
    version = family.version
    if isinstance(address, int):
        if address < 0:
            raise AddressValueError(f'{address} (< 0) is not permitted as an IPv{version} address')
        if address > family.all_ones:
            raise AddressValueError(f'{address} (>= 2**{family.width}) is not permitted as an '
                                    f'IPv{version} address')
        return address
    if isinstance(address, bytes):
        size = family.width // 8
        if len(address) != size:
            raise AddressValueError(f'{address!r} (len {len(address)} != {size}) is not '
                                    f'permitted as an IPv{version} address')
        return int.from_bytes(address, 'big')


class _BaseAddress(_IPAddressBase):
    """One address; ``_ip`` is its int."""

    __slots__ = ()

    def __eq__(self, other):
        try:
            theirs = (other._ip, other._version)
        except AttributeError:
            return NotImplemented
        return (self._ip, self._version) == theirs

    def __int__(self):
        return self._ip

    def __ne__(self, other):
        equal = self.__eq__(other)
        if equal is NotImplemented:
            return NotImplemented
        return not equal

    def __lt__(self, other):
        if isinstance(other, _BaseAddress):
            if other._version == self._version:
                return self._ip < other._ip
            raise _version_clash(self, other)
        return NotImplemented

    # The other three orderings follow from __lt__ and __eq__ (so interfaces, which redefine
    # both, get matching ones).
    __gt__, __le__, __ge__ = _gt_from_lt, _le_from_lt, _ge_from_lt

    def __hash__(self):
        return hash((self._version, self._ip))

    # Stepping an address by an int; two addresses are never added together.
    def __add__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(self._ip + other)

    def __sub__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(self._ip - other)

    def __repr__(self):
        return f'{type(self).__name__}({str(self)!r})'

    def __str__(self):
        return self._family.text(self._ip)

    def __reduce__(self):
        return self.__class__, (self._ip,)

    @property
    def packed(self):
        return _packed(self._ip, self._family.width // 8, self._version)

    def __format__(self, fmt):
        if not fmt or fmt[-1] == 's':
            return format(str(self), fmt)
        digits = _address_digits(self._ip, self._family, fmt)
        if digits is None:
            return object.__format__(self, fmt)
        return digits


def _address_digits(value, family, fmt):
    """An address int as a zero-padded binary or hex string for the '[#][_](b|x|X|n)' specs.

    None for any other spec.  'n' is binary for IPv4 and hex for IPv6; '_' puts an underscore
    between every four digits; '#' adds the 0b/0x/0X prefix.
    """
    alternate = fmt.startswith('#')
    rest = fmt[1:] if alternate else fmt
    grouped = rest.startswith('_')
    kind = rest[1:] if grouped else rest
    if kind not in ('b', 'x', 'X', 'n'):
        return None
    if kind == 'n':
        kind = 'b' if family.version == 4 else 'x'
    width = family.width if kind == 'b' else family.width // 4
    digits = format(value, f'0{width}{kind}')
    if grouped:
        digits = '_'.join(digits[i:i + 4] for i in range(0, width, 4))
    if alternate:
        digits = '0' + ('b' if kind == 'b' else kind) + digits
    return digits


class _InterfaceMixin:
    """An address that also knows the network it was given with ('192.0.2.5/24')."""

    @property
    def hostmask(self):
        return self.network.hostmask

    @property
    def ip(self):
        return self._family.address_class(self._ip)

    def __str__(self):
        return f'{self._address_text()}/{self._prefixlen}'

    @property
    def with_prefixlen(self):
        return f'{self._family.text(self._ip)}/{self._prefixlen}'

    @property
    def with_netmask(self):
        return f'{self._family.text(self._ip)}/{self.netmask}'

    @property
    def with_hostmask(self):
        return f'{self._family.text(self._ip)}/{self.hostmask}'

    def __eq__(self, other):
        same_address = self._family.address_class.__eq__(self, other)
        if same_address is NotImplemented or not same_address:
            return same_address
        try:
            return self.network == other.network
        except AttributeError:
            # a bare address is never equal to an interface (their hashes differ too)
            return False

    def __lt__(self, other):
        address_less = self._family.address_class.__lt__(self, other)
        if address_less is NotImplemented:
            return NotImplemented
        try:
            return (self.network < other.network
                    or self.network == other.network and address_less)
        except AttributeError:
            # sorting mixes of addresses and interfaces is allowed; addresses come first
            return False

    def __hash__(self):
        return hash((self._ip, self._prefixlen, self.network._ip))

    def __reduce__(self):
        return self.__class__, (str(self),)


def _split_address_and_mask(address, width):
    """A network/interface constructor argument -> (address part, mask part)."""
    if isinstance(address, (bytes, int)):
        return address, width
    if isinstance(address, tuple):
        if len(address) > 1:
            return address
        return address[0], width
    pieces = str(address).split('/')
    if len(pieces) > 2:
        raise AddressValueError(f"Only one '/' permitted in {address!r}")
    if len(pieces) > 1:
        return pieces
    return pieces[0], width


def _bad_netmask(mask):
    return NetmaskValueError(f'{mask!r} is not a valid netmask')


def _prefix_from_digits(text, width):
    """A prefix length written as plain ASCII decimal digits, or None."""
    if not (text.isascii() and text.isdigit()):
        return None
    prefixlen = int(text)
    if prefixlen > width:
        return None
    return prefixlen


def _prefixlen_of(family, mask):
    """The prefix length meant by a network's mask part (int, digit string or, for IPv4, a
    dotted netmask or hostmask)."""
    if isinstance(mask, int):
        if not 0 <= mask <= family.width:
            raise _bad_netmask(mask)
        return mask
    prefixlen = _prefix_from_digits(mask, family.width)
    if prefixlen is not None:
        return prefixlen
    if family is _V6:
        raise _bad_netmask(mask)
    try:
        value = family.parse(mask)
    except AddressValueError:
        raise _bad_netmask(mask) from None
    # all-ones and all-zeros read as netmasks (/32 and /0), anything else may be a hostmask
    prefixlen = _prefix_of_netmask(value, family.width)
    if prefixlen is None:
        prefixlen = _prefix_of_netmask(value ^ family.all_ones, family.width)
    if prefixlen is None:
        raise _bad_netmask(mask)
    return prefixlen


def _prefix_change(current, prefixlen_diff, new_prefix, longer):
    """How many bits subnets() (longer=True) or supernet() moves the prefix by."""
    if new_prefix is None:
        return prefixlen_diff
    wrong_way = new_prefix < current if longer else new_prefix > current
    if wrong_way:
        raise ValueError(f"new prefix must be {'longer' if longer else 'shorter'}")
    if prefixlen_diff != 1:
        raise ValueError('cannot set prefixlen_diff and new_prefix')
    return abs(new_prefix - current)


class _BaseNetwork(_IPAddressBase):
    """A block of addresses: ``network_address`` plus ``prefixlen`` leading fixed bits."""

    def _setup_network(self, address, strict):
        family = self._family
        host, mask = _split_address_and_mask(address, family.width)
        self.network_address = family.address_class(host)
        self._prefixlen = _prefixlen_of(family, mask)
        self.netmask = family.address_class(family.mask(self._prefixlen))
        start = self.network_address._ip
        if start & self.netmask._ip != start:
            if strict:
                raise ValueError(f'{self} has host bits set')
            self.network_address = family.address_class(start & self.netmask._ip)
        # a one-address network's only host is the address exactly as it was given
        self._given_address = host
        self._broadcast = None

    @property
    def _ip(self):
        return self.network_address._ip

    @property
    def prefixlen(self):
        return self._prefixlen

    @property
    def _address_class(self):
        return self._family.address_class

    @property
    def broadcast_address(self):
        if self._broadcast is None:
            self._broadcast = self._family.address_class(self._last_int())
        return self._broadcast

    def _last_int(self):
        return self.network_address._ip | (self._family.all_ones >> self._prefixlen)

    @property
    def hostmask(self):
        return self._family.address_class(self._family.all_ones >> self._prefixlen)

    @property
    def num_addresses(self):
        return 1 << (self._family.width - self._prefixlen)

    @property
    def with_prefixlen(self):
        return f'{self.network_address}/{self._prefixlen}'

    @property
    def with_netmask(self):
        return f'{self.network_address}/{self.netmask}'

    @property
    def with_hostmask(self):
        return f'{self.network_address}/{self.hostmask}'

    def __repr__(self):
        return f'{type(self).__name__}({str(self)!r})'

    def __str__(self):
        return f'{self.network_address}/{self._prefixlen:d}'

    def _addresses(self, first, stop):
        # a counting loop rather than range(): IPv6 bounds are far past 2**53
        make = self._family.address_class
        value = first
        while value < stop:
            yield make(value)
            value += 1

    def __iter__(self):
        return self._addresses(self._ip, self._last_int() + 1)

    def hosts(self):
        """The usable host addresses of the network."""
        width = self._family.width
        if self._prefixlen == width:
            return [self._family.address_class(self._given_address)]
        if self._prefixlen == width - 1:
            return iter(self)
        return self._addresses(self._ip + 1, self._last_int() + self._family.last_host_offset)

    def __getitem__(self, n):
        first = self._ip
        last = self._last_int()
        if n >= 0:
            if first + n > last:
                raise IndexError('address out of range')
            return self._family.address_class(first + n)
        if last + n + 1 < first:
            raise IndexError('address out of range')
        return self._family.address_class(last + n + 1)

    def __contains__(self, other):
        # only addresses (and interfaces) of the same version can be members
        if other._version != self._version or isinstance(other, _BaseNetwork):
            return False
        return other._ip & self.netmask._ip == self._ip

    def __eq__(self, other):
        try:
            return (self._version == other._version
                    and self.network_address == other.network_address
                    and int(self.netmask) == int(other.netmask))
        except AttributeError:
            return NotImplemented

    def __ne__(self, other):
        equal = self.__eq__(other)
        if equal is NotImplemented:
            return NotImplemented
        return not equal

    def __lt__(self, other):
        if not isinstance(other, _BaseNetwork):
            return NotImplemented
        if self._version != other._version:
            raise _version_clash(self, other)
        if self.network_address != other.network_address:
            return self.network_address < other.network_address
        return self._prefixlen < other._prefixlen

    __gt__, __le__, __ge__ = _gt_from_lt, _le_from_lt, _ge_from_lt

    def __hash__(self):
        return hash(self._ip ^ self.netmask._ip)

    def overlaps(self, other):
        """Whether the two networks share at least one address."""
        return (self.network_address in other or self.broadcast_address in other
                or other.network_address in self or other.broadcast_address in self)

    def compare_networks(self, other):
        """-1, 0 or 1 by network address, then by netmask; host bits play no part."""
        if self._version != other._version:
            raise TypeError(f'{self} and {other} are not of the same type')
        theirs = (other.network_address._ip, other.netmask._ip)
        mine = (self._ip, self.netmask._ip)
        if mine == theirs:
            return 0
        return -1 if mine < theirs else 1

    def _get_networks_key(self):
        return (self._version, self.network_address, self.netmask)

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        """Yield the networks that split this one into 2**prefixlen_diff equal parts."""
        width = self._family.width
        if self._prefixlen == width:
            yield self
            return
        prefixlen_diff = _prefix_change(self._prefixlen, prefixlen_diff, new_prefix, True)
        if prefixlen_diff < 0:
            raise ValueError('prefix length diff must be > 0')
        target = self._prefixlen + prefixlen_diff
        if target > width:
            raise ValueError(f'prefix length diff {target} is invalid for netblock {self}')
        step = 1 << (width - target)
        start, last = self._ip, self._last_int()
        while start <= last:
            yield self.__class__((start, target))
            start += step

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        """The network prefixlen_diff bits shorter that contains this one."""
        if self._prefixlen == 0:
            return self
        prefixlen_diff = _prefix_change(self._prefixlen, prefixlen_diff, new_prefix, False)
        target = self._prefixlen - prefixlen_diff
        if target < 0:
            raise ValueError(f'current prefixlen is {self._prefixlen}, cannot have a '
                             f'prefixlen_diff of {prefixlen_diff}')
        start = self._ip & (self.netmask._ip << prefixlen_diff)
        return self.__class__((start, target))

    def address_exclude(self, other):
        """Yield the networks covering this one minus ``other``, largest first."""
        if self._version != other._version:
            raise TypeError(f'{self} and {other} are not of the same version')
        if not isinstance(other, _BaseNetwork):
            raise TypeError(f'{other} is not a network object')
        if not other.subnet_of(self):
            raise ValueError(f'{other} not contained in {self}')
        if other == self:
            return
        target = (other._ip, other._prefixlen)
        current = self
        while (current._ip, current._prefixlen) != target:
            lower, upper = current.subnets()
            # keep halving the half that holds `other`; the other half is part of the answer
            if other._ip <= lower._last_int():
                yield upper
                current = lower
            else:
                yield lower
                current = upper

    @staticmethod
    def _is_subnet_of(inner, outer):
        try:
            if inner._version != outer._version:
                raise TypeError(f'{inner} and {outer} are not of the same version')
            return (outer.network_address <= inner.network_address
                    and outer.broadcast_address >= inner.broadcast_address)
        except AttributeError:
            raise TypeError(f'Unable to test subnet containment between {inner} and {outer}') \
                from None

    def subnet_of(self, other):
        """Whether every address of this network is in ``other``."""
        return self._is_subnet_of(self, other)

    def supernet_of(self, other):
        """Whether every address of ``other`` is in this network."""
        return self._is_subnet_of(other, self)

    # Special-purpose ranges: a network has a property when both its ends have it.
    def _both_ends(self, name):
        return (getattr(self.network_address, name)
                and getattr(self.broadcast_address, name))

    def _inside_one_of(self, blocks):
        first, last = self._ip, self._last_int()
        for low, high in blocks:
            if low <= first and last <= high:
                return True
        return False

    @property
    def is_multicast(self):
        return self._both_ends('is_multicast')

    @property
    def is_reserved(self):
        return self._both_ends('is_reserved')

    @property
    def is_link_local(self):
        return self._both_ends('is_link_local')

    @property
    def is_unspecified(self):
        return self._both_ends('is_unspecified')

    @property
    def is_loopback(self):
        return self._both_ends('is_loopback')

    @property
    def is_private(self):
        return self._inside_one_of(self._family.private_blocks)

    @property
    def is_global(self):
        return not self.is_private


# ----------------------------------------------------------------------------------------------
# IPv4

class IPv4Address(_BaseAddress):
    """A 32-bit IPv4 address."""

    __slots__ = ('_ip',)
    _family = _V4

    def __init__(self, address):
        if isinstance(address, (int, bytes)):
            self._ip = _address_int(_V4, address)
            return
        text = str(address)
        if '/' in text:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        self._ip = _parse_v4(text)

    @property
    def is_private(self):
        return _within(self._ip, _V4_PRIVATE)

    @property
    def is_global(self):
        return not _within(self._ip, _V4_SHARED) and not self.is_private

    @property
    def is_multicast(self):
        return _within(self._ip, _V4_MULTICAST)

    @property
    def is_reserved(self):
        return _within(self._ip, _V4_RESERVED)

    @property
    def is_loopback(self):
        return _within(self._ip, _V4_LOOPBACK)

    @property
    def is_link_local(self):
        return _within(self._ip, _V4_LINK_LOCAL)

    @property
    def is_unspecified(self):
        # an equality test, so an interface (never equal to a bare address) is not unspecified
        return self == _V4_UNSPECIFIED


_V4_UNSPECIFIED = IPv4Address(0)


class IPv4Interface(_InterfaceMixin, IPv4Address):
    """An IPv4 address on a network, e.g. IPv4Interface('192.0.2.5/24')."""

    def __init__(self, address):
        host, mask = _split_address_and_mask(address, IPV4LENGTH)
        IPv4Address.__init__(self, host)
        self.network = IPv4Network((host, mask), strict=False)
        self.netmask = self.network.netmask
        self._prefixlen = self.network._prefixlen

    def _address_text(self):
        return _v4_text(self._ip)


class IPv4Network(_BaseNetwork):
    """A block of IPv4 addresses, e.g. IPv4Network('192.0.2.0/24')."""

    _family = _V4

    def __init__(self, address, strict=True):
        self._setup_network(address, strict)

    @property
    def is_global(self):
        return (not self._inside_one_of(_V4_SHARED)) and not self.is_private


# ----------------------------------------------------------------------------------------------
# IPv6

def _split_scope(text):
    """'fe80::1%eth0' -> ('fe80::1', 'eth0'); the scope is None when there is no '%'."""
    address, percent, scope = text.partition('%')
    if not percent:
        return address, None
    if not scope or '%' in scope:
        raise AddressValueError(f'Invalid IPv6 address: "{text!r}"')
    return address, scope


class IPv6Address(_BaseAddress):
    """A 128-bit IPv6 address, optionally with a zone (scope id) as in 'fe80::1%eth0'."""

    __slots__ = ('_ip', '_scope_id')
    _family = _V6

    def __init__(self, address):
        if isinstance(address, (int, bytes)):
            self._ip = _address_int(_V6, address)
            self._scope_id = None
            return
        text = str(address)
        if '/' in text:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        text, self._scope_id = _split_scope(text)
        self._ip = _parse_v6(text)

    def _address_text(self):
        text = _v6_text(self._ip)
        if self._scope_id:
            return f'{text}%{self._scope_id}'
        return text

    def __str__(self):
        return self._address_text()

    def __hash__(self):
        return hash((self._ip, self._scope_id))

    def __eq__(self, other):
        same = _BaseAddress.__eq__(self, other)
        if same is NotImplemented or not same:
            return same
        return self._scope_id == getattr(other, '_scope_id', None)

    def __reduce__(self):
        return self.__class__, (str(self),)

    @property
    def scope_id(self):
        """The zone the address belongs to (the part after '%'), or None."""
        return self._scope_id

    @property
    def ipv4_mapped(self):
        """The IPv4 address inside ::ffff:0:0/96, or None."""
        if self._ip >> 32 == 0xFFFF:
            return IPv4Address(self._ip & 0xFFFFFFFF)
        return None

    @property
    def teredo(self):
        """(server, client) IPv4 addresses of a Teredo address (2001::/32), or None."""
        if self._ip >> 96 != 0x20010000:
            return None
        server = (self._ip >> 64) & 0xFFFFFFFF
        client = ~self._ip & 0xFFFFFFFF   # stored with its bits flipped
        return IPv4Address(server), IPv4Address(client)

    @property
    def sixtofour(self):
        """The IPv4 address inside a 6to4 address (2002::/16), or None."""
        if self._ip >> 112 != 0x2002:
            return None
        return IPv4Address((self._ip >> 80) & 0xFFFFFFFF)

    @property
    def is_private(self):
        mapped = self.ipv4_mapped
        if mapped is not None:
            return mapped.is_private
        return _within(self._ip, _V6_PRIVATE)

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_multicast(self):
        return _within(self._ip, _V6_MULTICAST)

    @property
    def is_reserved(self):
        return _within(self._ip, _V6_RESERVED)

    @property
    def is_link_local(self):
        return _within(self._ip, _V6_LINK_LOCAL)

    @property
    def is_site_local(self):
        return _within(self._ip, _V6_SITE_LOCAL)

    @property
    def is_loopback(self):
        return self._ip == 1

    @property
    def is_unspecified(self):
        return self._ip == 0


class IPv6Interface(_InterfaceMixin, IPv6Address):
    """An IPv6 address on a network, e.g. IPv6Interface('2001:db8::5/64')."""

    def __init__(self, address):
        host, mask = _split_address_and_mask(address, IPV6LENGTH)
        IPv6Address.__init__(self, host)
        self.network = IPv6Network((host, mask), strict=False)
        self.netmask = self.network.netmask
        self._prefixlen = self.network._prefixlen

    # unlike IPv4's, these two also look at the network: '::1/64' is not a loopback interface
    @property
    def is_loopback(self):
        return self.network.is_loopback and self._ip == 1

    @property
    def is_unspecified(self):
        return self.network.is_unspecified and self._ip == 0


class IPv6Network(_BaseNetwork):
    """A block of IPv6 addresses, e.g. IPv6Network('2001:db8::/32')."""

    _family = _V6

    def __init__(self, address, strict=True):
        self._setup_network(address, strict)

    @property
    def is_site_local(self):
        return self._both_ends('is_site_local')


_V4.address_class, _V4.network_class = IPv4Address, IPv4Network
_V6.address_class, _V6.network_class = IPv6Address, IPv6Network
_V4.private_blocks, _V6.private_blocks = _V4_PRIVATE, _V6_PRIVATE
# IPv4 hosts() leaves out the broadcast address; IPv6 has none and keeps the last address.
_V4.last_host_offset, _V6.last_host_offset = 0, 1
