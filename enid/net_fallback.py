"""The memphis.net API on top of CPython's socket module.

Under Memphis, ``memphis.net`` provides ``listen``; under CPython this module stands in for it with
the same small surface, which is all the server uses:

    listen((host, port)) -> Socket         bound, listening, SO_REUSEADDR
    Socket.accept() -> (Connection, (host, port))
    Socket.getsockname() -> (host, port)
    Connection.recv(n) -> bytes            b'' at end of stream
    Connection.send(data)                  sends all of it
    Connection.shutdown(how)               how = 1: send FIN, keep reading
    settimeout(seconds) on both            a timed-out call raises TimeoutError
    close() on both
    wait_readable(socks, timeout) -> list  those a recv or accept would not block on
"""

try:
    import select
    import socket
except ImportError:
    # Memphis has no socket module, and needs none: there enid uses memphis.net, and this
    # module is bundled but never called.
    select = None
    socket = None


class Connection:
    def __init__(self, sock):
        self._sock = sock

    def recv(self, n):
        return self._sock.recv(n)

    def send(self, data):
        self._sock.sendall(data)

    def settimeout(self, seconds):
        self._sock.settimeout(seconds)

    def shutdown(self, how):
        self._sock.shutdown(how)

    def fileno(self):
        return self._sock.fileno()

    def close(self):
        try:
            self._sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self._sock.close()


class Socket:
    def __init__(self, sock):
        self._sock = sock

    def accept(self):
        sock, address = self._sock.accept()
        return Connection(sock), (address[0], address[1])

    def fileno(self):
        return self._sock.fileno()

    def getsockname(self):
        address = self._sock.getsockname()
        return (address[0], address[1])

    def settimeout(self, seconds):
        self._sock.settimeout(seconds)

    def close(self):
        self._sock.close()


def listen(address, backlog=128):
    host = address[0]
    if not isinstance(host, str):
        # what the socket module says to a host it cannot use, rather than a failing `in` below
        raise TypeError(f"str, bytes or bytearray expected, not {type(host).__name__}")
    family = socket.AF_INET
    if ":" in host:
        family = socket.AF_INET6
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, address[1]))
        sock.listen(backlog)
    except OSError:
        sock.close()
        raise
    return Socket(sock)


def wait_readable(socks, timeout=None):
    """The sockets of `socks` a recv or accept would not block on, waiting up to `timeout` s."""
    poller = select.poll()
    by_fd = {}
    for sock in socks:
        fd = sock.fileno()
        by_fd[fd] = sock
        poller.register(fd, select.POLLIN)
    ms = None
    if timeout is not None:
        ms = int(timeout * 1000 + 0.999)
    ready = []
    for fd, _ in poller.poll(ms):
        ready.append(by_fd[fd])
    return ready
