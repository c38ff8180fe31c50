# The socket module without connections: constants and their enums, byte order and address
# conversions, getaddrinfo on numeric hosts and localhost, exception classes, argument errors.
import socket


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(socket.AF_INET, socket.AF_INET6, socket.SOCK_STREAM, socket.SOCK_DGRAM)
print(repr(socket.AF_INET), repr(socket.SOCK_STREAM), repr(socket.AF_INET6))
print(socket.AF_INET == 2, isinstance(socket.AF_INET, int), socket.AddressFamily.AF_INET is socket.AF_INET)
print(socket.SOL_SOCKET, socket.SO_REUSEADDR, socket.SO_KEEPALIVE, socket.IPPROTO_TCP, socket.TCP_NODELAY)
print(socket.SHUT_RD, socket.SHUT_WR, socket.SHUT_RDWR, socket.SOMAXCONN, socket.has_ipv6)
print(int(socket.MSG_PEEK), int(socket.AI_PASSIVE), socket.INADDR_ANY, socket.INADDR_LOOPBACK)
print(socket.AddressFamily(2) is socket.AF_INET, socket.SocketKind(1), repr(socket.SocketKind(2)))
print(socket.AF_INET.name, socket.AF_INET.value, f'{socket.AF_INET}', '%s %d' % (socket.AF_INET, socket.AF_INET))
print(socket.AF_INET + 1, socket.AF_INET == socket.AddressFamily.AF_INET, hash(socket.AF_INET) == hash(2))
attempt('AddressFamily(12345)', lambda: socket.AddressFamily(12345))
print(repr(socket.MSG_PEEK), repr(socket.AI_PASSIVE), str(socket.SOCK_DGRAM))
print(socket.timeout is TimeoutError, socket.error is OSError)
print(socket.gaierror.__mro__[1:])
print(socket.herror.__mro__[1:])
print(socket.gaierror.__name__, socket.gaierror.__module__, socket.herror.__module__)
print(socket.SocketType is socket._socket.socket if hasattr(socket, '_socket') else True)
print(issubclass(socket.socket, socket.SocketType))

print('byte order')
for fn, x in [(socket.htons, 1), (socket.htons, 0x1234), (socket.ntohs, 0x3412), (socket.htons, 0),
              (socket.htonl, 1), (socket.htonl, 0x12345678), (socket.ntohl, 0x78563412), (socket.htonl, 0xffffffff)]:
    print(fn.__name__, hex(x), hex(fn(x)))
attempt('htons(-1)', lambda: socket.htons(-1))
attempt('htons(70000)', lambda: socket.htons(70000))
attempt('htonl(2**32)', lambda: socket.htonl(2 ** 32))
attempt('htonl(-1)', lambda: socket.htonl(-1))
attempt('htons(1.5)', lambda: socket.htons(1.5))

print('addresses')
for text in ['127.0.0.1', '0.0.0.0', '255.255.255.255', '10.1', '1.2.3', '0x7f.1', '192.168.1.254']:
    packed = socket.inet_aton(text)
    print(text, packed, socket.inet_ntoa(packed))
for text in ['', 'x', '1.2.3.4.5', '256.1.1.1', '1.2.3.256']:
    attempt('inet_aton %r' % text, lambda: socket.inet_aton(text))
attempt('inet_ntoa short', lambda: socket.inet_ntoa(b'12'))
attempt('inet_ntoa str', lambda: socket.inet_ntoa('abcd'))
for text in ['::1', '::', 'fe80::1:2', '2001:db8::8:800:200c:417a', '::ffff:10.0.0.1', '1:2:3:4:5:6:7:8']:
    packed = socket.inet_pton(socket.AF_INET6, text)
    print(text, packed.hex(), socket.inet_ntop(socket.AF_INET6, packed))
print(socket.inet_pton(socket.AF_INET, '10.20.30.40'), socket.inet_ntop(socket.AF_INET, b'\x0a\x14\x1e\x28'))
attempt('inet_pton bad', lambda: socket.inet_pton(socket.AF_INET, '10.1'))
attempt('inet_ntop bad', lambda: socket.inet_ntop(socket.AF_INET, b'123'))

print('getaddrinfo')
print(socket.getaddrinfo('127.0.0.1', 80, socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo('localhost', 8080, socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo('127.0.0.1', '443', type=socket.SOCK_STREAM))
print(socket.getaddrinfo('::1', 22, socket.AF_INET6, socket.SOCK_STREAM))
print(socket.getaddrinfo(None, 0, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE))
print(socket.getaddrinfo('127.0.0.1', None, socket.AF_INET, socket.SOCK_DGRAM))
attempt('getaddrinfo bad name', lambda: socket.getaddrinfo('no-such-host.invalid', 80))
attempt('getaddrinfo numeric only', lambda: socket.getaddrinfo('localhost', 80, flags=socket.AI_NUMERICHOST))
attempt('gethostbyname', lambda: socket.gethostbyname('127.0.0.1'))
attempt('gethostbyname localhost', lambda: socket.gethostbyname('localhost'))
attempt('gethostbyname bad', lambda: socket.gethostbyname('no-such-host.invalid'))
print(isinstance(socket.gethostname(), str), socket.gethostname() != '')
try:
    socket.getaddrinfo('no-such-host.invalid', 80)
except socket.gaierror as e:
    print('caught gaierror', e.errno, e.strerror, isinstance(e, OSError))

print('default timeout')
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(2.5)
print(socket.getdefaulttimeout())
s = socket.socket()
print(s.gettimeout(), s.getblocking(), s.timeout)
s.close()
socket.setdefaulttimeout(None)
attempt('setdefaulttimeout(-1)', lambda: socket.setdefaulttimeout(-1))
print(socket.getdefaulttimeout())

print('a fresh socket')
with socket.socket() as s:
    print(s.family, s.type, s.proto, repr(s.family), repr(s.type))
    print(s.gettimeout(), s.getblocking(), s.fileno() >= 0)
    print(s.getsockname())
    s.settimeout(1)
    print(s.gettimeout(), s.getblocking())
    s.settimeout(0)
    print(s.gettimeout(), s.getblocking())
    s.setblocking(True)
    print(s.gettimeout(), s.getblocking())
    s.setblocking(False)
    print(s.gettimeout(), s.getblocking())
    attempt('settimeout -1', lambda: s.settimeout(-1))
    attempt('settimeout str', lambda: s.settimeout('a'))
    print(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    print(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, True)
    print(s.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE) != 0)
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    print(s.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0)
    print(s.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE), s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
    print(len(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 4)))
    attempt('getsockopt buflen', lambda: s.getsockopt(1, 2, -1))
    attempt('setsockopt str', lambda: s.setsockopt(1, 2, 'x'))
    attempt('bind str', lambda: s.bind('x'))
    attempt('bind 1-tuple', lambda: s.bind(('a',)))
    attempt('bind int host', lambda: s.bind((1, 2)))
    attempt('bind str port', lambda: s.bind(('', 'x')))
    attempt('bind big port', lambda: s.bind(('', 70000)))
    attempt('bind neg port', lambda: s.bind(('', -1)))
    attempt('connect_ex port', lambda: s.connect_ex(('', -1)))
    attempt('connect big port', lambda: s.connect(('127.0.0.1', 65536)))
    attempt('recv -1', lambda: s.recv(-1))
    attempt('recv str', lambda: s.recv('x'))
    attempt('recv_into bytes', lambda: s.recv_into(b'abc'))
    attempt('recv_into small', lambda: s.recv_into(bytearray(2), 5))
    attempt('send str', lambda: s.send('x'))
    attempt('sendall str', lambda: s.sendall('x'))
    attempt('listen str', lambda: s.listen('x'))
    attempt('shutdown 5', lambda: s.shutdown(5))
    attempt('getpeername', lambda: s.getpeername())
    attempt('recv unconnected', lambda: s.recv(1))
    attempt('send unconnected', lambda: s.send(b'x'))
    attempt('bind bad host', lambda: s.bind(('no-such-host.invalid', 0)))
attempt('fileno=-1', lambda: socket.socket(fileno=-1))
attempt('family 99', lambda: socket.socket(99))
attempt('type 99', lambda: socket.socket(socket.AF_INET, 99))
with socket.socket(socket.AF_INET6) as s6:
    print(s6.family, repr(s6.family))
    attempt('bind v6 1-tuple', lambda: s6.bind(('::1',)))
    attempt('bind v6 str', lambda: s6.bind('x'))
    attempt('bind v6 flowinfo', lambda: s6.bind(('::1', 1, 2 ** 21)))
    s6.bind(('::1', 0))
    host, port, flowinfo, scope = s6.getsockname()
    print(host, port > 0, flowinfo, scope)

print('after close')
s = socket.socket()
s.close()
print(repr(s))
print(s.fileno(), s.gettimeout())
s.close()
for name, call in [('recv', lambda: s.recv(1)), ('send', lambda: s.send(b'x')),
                   ('getsockname', s.getsockname), ('settimeout', lambda: s.settimeout(1)),
                   ('bind', lambda: s.bind(('127.0.0.1', 0))), ('listen', s.listen),
                   ('accept', s.accept), ('connect', lambda: s.connect(('127.0.0.1', 1))),
                   ('setsockopt', lambda: s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)),
                   ('shutdown', lambda: s.shutdown(socket.SHUT_RDWR))]:
    attempt(name, call)
