# TCP over loopback with server and client in one thread: create_server on port 0,
# create_connection, accept, exchange, half-close and EOF, recv_into, flags, timeouts,
# non-blocking calls, refused connections, address in use, reprs, and errors after close.
import socket


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


def masked(sock, *ports):
    text = repr(sock).replace('fd=%d,' % sock.fileno(), 'fd=N,')
    for port in ports:
        text = text.replace(str(port), 'PORT')
    return text


server = socket.create_server(('127.0.0.1', 0))
host, port = server.getsockname()
print('server', host, 0 < port < 65536, server.gettimeout())
print(masked(server, port))
client = socket.create_connection(('127.0.0.1', port), timeout=5)
conn, addr = server.accept()
cport = client.getsockname()[1]
print('accepted', addr[0], addr[1] == cport, conn.getpeername() == client.getsockname())
print(conn.getsockname() == ('127.0.0.1', port), client.getpeername() == ('127.0.0.1', port))
print(masked(conn, port, cport))
print(masked(client, port, cport))
print(type(conn).__name__, conn.family, conn.type, conn.proto, conn.gettimeout(), client.gettimeout())

print('exchange')
print(client.send(b'hello'))
print(conn.recv(100))
client.sendall(b'x' * 100000)
got = bytearray()
while len(got) < 100000:
    got += conn.recv(65536)
print(len(got), got == b'x' * 100000)
conn.sendall(bytearray(b'back'))
print(client.recv(2), client.recv(10))
conn.sendall(memoryview(b'view of bytes')[8:])
buf = bytearray(10)
n = client.recv_into(buf)
print(n, buf)
conn.sendall(b'0123456789')
view = memoryview(bytearray(20))
print(client.recv_into(view[5:], 4), bytes(view))
print(client.recv(6, socket.MSG_PEEK), client.recv(6))

print('timeouts')
client.settimeout(0.05)
attempt('recv with timeout', lambda: client.recv(10))
try:
    client.recv(10)
except socket.timeout as e:
    print('socket.timeout caught', type(e).__name__, e.args, e.errno)
client.setblocking(False)
attempt('non-blocking recv', lambda: client.recv(10))
try:
    client.recv(10)
except BlockingIOError as e:
    print('BlockingIOError', e.errno, e.strerror)
buf = bytearray(4)
attempt('non-blocking recv_into', lambda: client.recv_into(buf))
client.setblocking(True)
server.settimeout(0.05)
attempt('accept with timeout', server.accept)
server.setblocking(False)
attempt('non-blocking accept', server.accept)
server.settimeout(None)

print('half-close')
conn.sendall(b'last words')
conn.shutdown(socket.SHUT_WR)
print(client.recv(100), client.recv(100), client.recv(100))
client.sendall(b'still open that way')
print(conn.recv(100))
client.shutdown(socket.SHUT_RDWR)
print(conn.recv(100))
attempt('send after shutdown', lambda: client.send(b'x'))
client.close()
conn.close()

print('makefile')
client = socket.create_connection(('localhost', port))
conn, _ = server.accept()
wfile = client.makefile('wb')
wfile.write(b'GET / HTTP/1.0\r\nHost: example\r\n\r\n')
wfile.flush()
rfile = conn.makefile('rb')
while True:
    line = rfile.readline()
    print(line)
    if line in (b'\r\n', b''):
        break
out = conn.makefile('w', encoding='utf-8', newline='\r\n')
out.write('status: ok\nline two \u00e9\n')
out.close()
reader = client.makefile('r', encoding='utf-8', newline='')
conn.shutdown(socket.SHUT_WR)
print(reader.readlines())
print(reader.mode, rfile.mode, wfile.mode, out.closed)
rw = client.makefile('rwb', buffering=0)
print(type(rw).__name__, rw.readable(), rw.writable())
rw.close()
wfile.close()
rfile.close()
reader.close()
print(conn.fileno() >= 0)
conn.close()
client.close()
attempt('makefile mode', lambda: server.makefile('rx'))

print('refused and in use')
probe = socket.socket()
probe.bind(('127.0.0.1', 0))
closed_port = probe.getsockname()[1]
probe.close()
attempt('connect refused', lambda: socket.create_connection(('127.0.0.1', closed_port)))
s = socket.socket()
print('connect_ex', s.connect_ex(('127.0.0.1', closed_port)))
s.close()
try:
    socket.create_connection(('127.0.0.1', closed_port))
except ConnectionRefusedError as e:
    print('ConnectionRefusedError', e.errno, e.strerror)
other = socket.socket()
try:
    other.bind(('127.0.0.1', port))
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
other.close()
try:
    socket.create_server(('127.0.0.1', port))
except OSError as e:
    print(type(e).__name__, e.errno, str(e).replace(str(port), 'PORT'))

print('connect_ex and bare sockets')
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
print(s.connect_ex(('127.0.0.1', port)))
c2, a2 = server.accept()
print(a2 == s.getsockname(), c2.getpeername() == s.getsockname())
s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
print(s.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0)
attempt('connect again', lambda: s.connect(('127.0.0.1', port)))
fd = s.detach()
print(s.fileno(), repr(s).startswith('<socket.socket [closed] fd=-1'))
again = socket.socket(fileno=fd)
print(again.family, again.type, again.proto, again.getpeername() == c2.getsockname())
again.sendall(b'through the same descriptor')
print(c2.recv(100))
again.close()
print(c2.recv(100))
c2.close()

print('dup and fromfd')
with socket.create_connection(('127.0.0.1', port)) as original:
    peer, _ = server.accept()
    original.settimeout(3)
    copy = original.dup()
    print(copy.fileno() != original.fileno(), copy.gettimeout(), copy.getpeername() == original.getpeername())
    original.close()
    copy.sendall(b'sent through the copy')
    print(peer.recv(100))
    third = socket.fromfd(copy.fileno(), socket.AF_INET, socket.SOCK_STREAM)
    copy.close()
    print(third.family, third.type, third.gettimeout())
    third.shutdown(socket.SHUT_WR)
    print(peer.recv(100))
    third.close()
    peer.close()

print('context managers')
with socket.create_connection(('127.0.0.1', port)) as c3:
    c4, _ = server.accept()
    with c4:
        c3.sendall(b'ping')
        print(c4.recv(4))
    print(c4.fileno())
    print(c3.recv(4))
print(c3.fileno())
print(repr(c3))

print('errors after close')
server.close()
print(repr(server))
for name, call in [('accept', server.accept), ('getsockname', server.getsockname),
                   ('recv', lambda: c3.recv(1)), ('sendall', lambda: c3.sendall(b'x')),
                   ('getpeername', c3.getpeername), ('shutdown', lambda: c3.shutdown(socket.SHUT_WR)),
                   ('recv_into', lambda: c3.recv_into(bytearray(1))), ('connect_ex', lambda: c3.connect_ex(('127.0.0.1', 1)))]:
    attempt(name, call)
print(server.fileno(), c3.fileno())

print('ipv6')
with socket.create_server(('::1', 0), family=socket.AF_INET6) as s6:
    port6 = s6.getsockname()[1]
    with socket.create_connection(('::1', port6)) as c6:
        conn6, addr6 = s6.accept()
        print(addr6[0], len(addr6), addr6[1] == c6.getsockname()[1], addr6[2:])
        c6.sendall(b'over ipv6')
        print(conn6.recv(20))
        print(masked(conn6, port6, addr6[1]))
        conn6.close()
