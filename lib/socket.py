"""This module provides socket operations and some related functions.

The sockets are the kernel's, made through the native `_socket` module (Linux; IPv4 and IPv6
stream and datagram sockets). Blocking calls block the program, a socket with a timeout raises
TimeoutError('timed out') when it runs out, and a non-blocking one raises BlockingIOError.

Functions:

socket() -- create a new socket object
create_connection() -- connects to an address, with an optional timeout
create_server() -- create a TCP socket and bind it to a specified address
getaddrinfo() -- resolve a host and port into address info entries
gethostname() -- return the current hostname
gethostbyname() -- map a hostname to its IP number
inet_aton(), inet_ntoa(), inet_pton(), inet_ntop() -- convert IP addresses
htons(), htonl(), ntohs(), ntohl() -- convert 16, 32 bit int between host and network order
getdefaulttimeout(), setdefaulttimeout() -- the timeout of new sockets
"""

import _socket
from _socket import *


EBADF = 9
EAGAIN = 11
EWOULDBLOCK = 11

__all__ = ["fromfd", "getfqdn", "create_connection", "create_server",
           "has_dualstack_ipv6", "AddressFamily", "SocketKind"]
__all__.extend(name for name in dir(_socket) if not name.startswith('_'))


class _IntConstants(int):
    """The named constants of one kind (AddressFamily, SocketKind, ...): ints with CPython's
    IntEnum repr (`<AddressFamily.AF_INET: 2>`) and str ('2'), looked up by value with
    `AddressFamily(2)`. CPython makes them with the enum module, whose import would cost a
    program that imports socket several times what the rest of the module does; these are
    ints as IntEnum members are, not enum members."""

    def __new__(cls, value):
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__)) from None

    def __repr__(self):
        return '<%s.%s: %d>' % (type(self).__name__, self._name_, int(self))

    __str__ = int.__repr__

    def __reduce_ex__(self, proto):
        return type(self), (int(self),)

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return int(self)


def _convert(name, predicate):
    """The constants of this module that `predicate` picks, as members of a new _IntConstants
    class, which then replace the plain ints as module attributes (CPython's IntEnum._convert_)."""
    source = globals()
    cls = type(name, (_IntConstants,), {'__module__': __name__, '__qualname__': name})
    cls._value2member_map_ = {}
    cls.__members__ = {}
    members = sorted(((key, value) for key, value in source.items() if predicate(key)),
                     key=lambda item: (item[1], item[0]))
    for key, value in members:
        member = cls._value2member_map_.get(value)
        if member is None:
            member = int.__new__(cls, value)
            member._name_ = key
            cls._value2member_map_[value] = member
        cls.__members__[key] = member
        setattr(cls, key, member)
    source.update(cls.__members__)
    return cls


AddressFamily = _convert('AddressFamily', lambda C: C.isupper() and C.startswith('AF_'))
SocketKind = _convert('SocketKind', lambda C: C.isupper() and C.startswith('SOCK_'))
MsgFlag = _convert('MsgFlag', lambda C: C.isupper() and C.startswith('MSG_'))
AddressInfo = _convert('AddressInfo', lambda C: C.isupper() and C.startswith('AI_'))

_LOCALHOST = '127.0.0.1'
_LOCALHOST_V6 = '::1'


def _intenum_converter(value, enum_klass):
    """Convert a numeric family value to an IntEnum member, if it is one."""
    try:
        return enum_klass(value)
    except ValueError:
        return value


class socket(_socket.socket):

    """A subclass of _socket.socket adding the makefile() method."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None:
            if family == -1:
                family = AF_INET
            if type == -1:
                type = SOCK_STREAM
            if proto == -1:
                proto = 0
        _socket.socket.__init__(self, family, type, proto, fileno)
        self._io_refs = 0
        self._closed = False

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    def __repr__(self):
        """Wrap __repr__() to reveal the real class name and socket
        address(es).
        """
        closed = getattr(self, '_closed', False)
        s = "<%s.%s%s fd=%i, family=%s, type=%s, proto=%i" \
            % (self.__class__.__module__,
               self.__class__.__qualname__,
               " [closed]" if closed else "",
               self.fileno(),
               self.family,
               self.type,
               self.proto)
        if not closed:
            try:
                laddr = self.getsockname()
                if laddr:
                    s += ", laddr=%s" % str(laddr)
            except (error, AttributeError):
                pass
            try:
                raddr = self.getpeername()
                if raddr:
                    s += ", raddr=%s" % str(raddr)
            except (error, AttributeError):
                pass
        s += '>'
        return s

    def __getstate__(self):
        raise TypeError(f"cannot pickle {self.__class__.__name__!r} object")

    def dup(self):
        """dup() -> socket object

        Duplicate the socket. Return a new socket object connected to the same
        system resource. The new socket is non-inheritable.
        """
        fd = dup(self.fileno())
        sock = self.__class__(self.family, self.type, self.proto, fileno=fd)
        sock.settimeout(self.gettimeout())
        return sock

    def accept(self):
        """accept() -> (socket object, address info)

        Wait for an incoming connection.  Return a new socket
        representing the connection, and the address of the client.
        For IP sockets, the address info is a pair (hostaddr, port).
        """
        fd, addr = self._accept()
        sock = socket(self.family, self.type, self.proto, fileno=fd)
        if getdefaulttimeout() is None and self.gettimeout():
            sock.setblocking(True)
        return sock, addr

    def makefile(self, mode="r", buffering=None, *,
                 encoding=None, errors=None, newline=None):
        """makefile(...) -> an I/O stream connected to the socket

        The arguments are as for io.open() after the filename, except the only
        supported mode values are 'r' (default), 'w' and 'b'.
        """
        if not set(mode) <= {"r", "w", "b"}:
            raise ValueError("invalid mode %r (only r, w, b allowed)" % (mode,))
        import io
        writing = "w" in mode
        reading = "r" in mode or not writing
        binary = "b" in mode
        rawmode = ""
        if reading:
            rawmode += "r"
        if writing:
            rawmode += "w"
        raw = _socket_io()(self, rawmode)
        self._io_refs += 1
        if buffering is None:
            buffering = -1
        if buffering < 0:
            buffering = io.DEFAULT_BUFFER_SIZE
        if buffering == 0:
            if not binary:
                raise ValueError("unbuffered streams must be binary")
            return raw
        if reading and writing:
            buffer = io.BufferedRWPair(raw, raw, buffering)
        elif reading:
            buffer = io.BufferedReader(raw, buffering)
        else:
            buffer = io.BufferedWriter(raw, buffering)
        if binary:
            return buffer
        encoding = io.text_encoding(encoding)
        text = io.TextIOWrapper(buffer, encoding, errors, newline)
        text.mode = mode
        return text

    def sendfile(self, file, offset=0, count=None):
        """sendfile(file[, offset[, count]]) -> sent

        Send a file until EOF is reached, with plain send() calls.
        """
        if 'b' not in getattr(file, 'mode', 'b'):
            raise ValueError("file should be opened in binary mode")
        if not self.type & SOCK_STREAM:
            raise ValueError("only SOCK_STREAM type sockets are supported")
        if self.gettimeout() == 0:
            raise ValueError("non-blocking sockets are not supported")
        if count is not None:
            if not isinstance(count, int):
                raise TypeError(
                    "count must be a positive integer (got {!r})".format(count))
            if count <= 0:
                raise ValueError(
                    "count must be a positive integer (got {!r})".format(count))
        if offset:
            file.seek(offset)
        blocksize = min(count, 8192) if count else 8192
        total_sent = 0
        try:
            while True:
                if count:
                    blocksize = min(count - total_sent, blocksize)
                    if blocksize <= 0:
                        break
                data = memoryview(file.read(blocksize))
                if not data:
                    break
                while True:
                    try:
                        sent = self.send(data)
                    except BlockingIOError:
                        continue
                    else:
                        total_sent += sent
                        if sent < len(data):
                            data = data[sent:]
                        else:
                            break
            return total_sent
        finally:
            if total_sent > 0 and hasattr(file, 'seek'):
                file.seek(offset + total_sent)

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    def _real_close(self, _ss=_socket.socket):
        _ss.close(self)

    def close(self):
        self._closed = True
        if self._io_refs <= 0:
            self._real_close()

    def detach(self):
        """detach() -> file descriptor

        Close the socket object without closing the underlying file descriptor.
        The object cannot be used after this call, but the file descriptor
        can be reused for other purposes.  The file descriptor is returned.
        """
        self._closed = True
        return super().detach()

    @property
    def family(self):
        """Read-only access to the address family for this socket.
        """
        return _intenum_converter(super().family, AddressFamily)

    @property
    def type(self):
        """Read-only access to the socket type.
        """
        return _intenum_converter(super().type, SocketKind)


def fromfd(fd, family, type, proto=0):
    """ fromfd(fd, family, type[, proto]) -> socket object

    Create a socket object from a duplicate of the given file
    descriptor.  The remaining arguments are the same as for socket().
    """
    nfd = dup(fd)
    return socket(family, type, proto, nfd)


_blocking_errnos = {EAGAIN, EWOULDBLOCK}


def _socket_io():
    """SocketIO, made when first needed: it is an io class, and most programs that use sockets
    never import io."""
    global _SocketIO
    if _SocketIO is not None:
        return _SocketIO
    import io

    class SocketIO(io.RawIOBase):

        """Raw I/O implementation for stream sockets.

        This class supports the makefile() method on sockets.  It provides
        the raw I/O interface on top of a socket object.
        """

        def __init__(self, sock, mode):
            if mode not in ("r", "w", "rw", "rb", "wb", "rwb"):
                raise ValueError("invalid mode: %r" % mode)
            io.RawIOBase.__init__(self)
            self._sock = sock
            if "b" not in mode:
                mode += "b"
            self._mode = mode
            self._reading = "r" in mode
            self._writing = "w" in mode
            self._timeout_occurred = False

        def readinto(self, b):
            """Read up to len(b) bytes into the writable buffer *b* and return
            the number of bytes read.  If the socket is non-blocking and no bytes
            are available, None is returned.

            If *b* is non-empty, a 0 return value indicates that the connection
            was shutdown at the other end.
            """
            self._checkClosed()
            self._checkReadable()
            if self._timeout_occurred:
                raise OSError("cannot read from timed out object")
            while True:
                try:
                    return self._sock.recv_into(b)
                except timeout:
                    self._timeout_occurred = True
                    raise
                except error as e:
                    if e.errno in _blocking_errnos:
                        return None
                    raise

        def write(self, b):
            """Write the given bytes or bytearray object *b* to the socket
            and return the number of bytes written.  This can be less than
            len(b) if not all data could be written.  If the socket is
            non-blocking and no bytes could be written None is returned.
            """
            self._checkClosed()
            self._checkWritable()
            try:
                return self._sock.send(b)
            except error as e:
                if e.errno in _blocking_errnos:
                    return None
                raise

        def readable(self):
            """True if the SocketIO is open for reading.
            """
            if self.closed:
                raise ValueError("I/O operation on closed socket.")
            return self._reading

        def writable(self):
            """True if the SocketIO is open for writing.
            """
            if self.closed:
                raise ValueError("I/O operation on closed socket.")
            return self._writing

        def seekable(self):
            """True if the SocketIO is open for seeking.
            """
            if self.closed:
                raise ValueError("I/O operation on closed socket.")
            return super().seekable()

        def fileno(self):
            """Return the file descriptor of the underlying socket.
            """
            self._checkClosed()
            return self._sock.fileno()

        @property
        def name(self):
            if not self.closed:
                return self.fileno()
            else:
                return -1

        @property
        def mode(self):
            return self._mode

        def close(self):
            """Close the SocketIO object.  This doesn't close the underlying
            socket, except if all references to it have disappeared.
            """
            if self.closed:
                return
            io.RawIOBase.close(self)
            self._sock._decref_socketios()
            self._sock = None

    _SocketIO = SocketIO
    return SocketIO


_SocketIO = None


def __getattr__(name):
    if name == 'SocketIO':
        return _socket_io()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def getfqdn(name=''):
    """Get fully qualified domain name from name.

    An empty argument is interpreted as meaning the local host.
    """
    name = name.strip()
    if not name or name in ('0.0.0.0', '::'):
        name = gethostname()
    return name


_GLOBAL_DEFAULT_TIMEOUT = object()


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT,
                      source_address=None, *, all_errors=False):
    """Connect to *address* and return the socket object.

    Convenience function.  Connect to *address* (a 2-tuple ``(host,
    port)``) and return the socket object.  Passing the optional
    *timeout* parameter will set the timeout on the socket instance
    before attempting to connect.  If no *timeout* is supplied, the
    global default timeout setting returned by :func:`getdefaulttimeout`
    is used.  If *source_address* is set it must be a tuple of (host, port)
    for the socket to bind as a source address before making the connection.
    A host of '' or port 0 tells the OS to use the default. When a connection
    cannot be created, raises the last error if *all_errors* is False,
    and an ExceptionGroup of all errors if *all_errors* is True.
    """

    host, port = address
    exceptions = []
    for res in getaddrinfo(host, port, 0, SOCK_STREAM):
        af, socktype, proto, canonname, sa = res
        sock = None
        try:
            sock = socket(af, socktype, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sa)
            exceptions.clear()
            return sock

        except error as exc:
            if not all_errors:
                exceptions.clear()  # raise only the last error
            exceptions.append(exc)
            if sock is not None:
                sock.close()

    if len(exceptions):
        try:
            if not all_errors:
                raise exceptions[0]
            raise ExceptionGroup("create_connection failed", exceptions)
        finally:
            exceptions.clear()
    else:
        raise error("getaddrinfo returns an empty list")


def has_dualstack_ipv6():
    """Return True if the platform supports creating a SOCK_STREAM socket
    which can handle both AF_INET and AF_INET6 (IPv4 / IPv6) connections.
    """
    try:
        with socket(AF_INET6, SOCK_STREAM) as sock:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0)
            return True
    except error:
        return False


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False,
                  dualstack_ipv6=False):
    """Convenience function which creates a SOCK_STREAM type socket
    bound to *address* (a 2-tuple (host, port)) and return the socket
    object.

    *family* should be either AF_INET or AF_INET6.
    *backlog* is the queue size passed to socket.listen().
    *reuse_port* dictates whether to use the SO_REUSEPORT socket option.
    *dualstack_ipv6*: if true and the platform supports it, it will
    create an AF_INET6 socket able to accept both IPv4 or IPv6
    connections. When false it will explicitly disable this option on
    platforms that enable it by default (e.g. Linux).
    """
    if dualstack_ipv6:
        if not has_dualstack_ipv6():
            raise ValueError("dualstack_ipv6 not supported on this platform")
        if family != AF_INET6:
            raise ValueError("dualstack_ipv6 requires AF_INET6 family")
    sock = socket(family, SOCK_STREAM)
    try:
        try:
            sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        except error:
            # Fail later on bind(), for platforms which may not
            # support this option.
            pass
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        if family == AF_INET6:
            if dualstack_ipv6:
                sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0)
            else:
                sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 1)
        try:
            sock.bind(address)
        except error as err:
            msg = '%s (while attempting to bind on address %r)' % \
                (err.strerror, address)
            raise error(err.errno, msg) from None
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except error:
        sock.close()
        raise


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """Resolve host and port into list of address info entries.

    Translate the host/port argument into a sequence of 5-tuples that contain
    all the necessary arguments for creating a socket connected to that service.
    host is a domain name, a string representation of an IPv4/v6 address or
    None. port is a string service name such as 'http', a numeric port number or
    None. By passing None as the value of host and port, you can pass NULL to
    the underlying C API.

    The family, type and proto arguments can be optionally specified in order to
    narrow the list of addresses returned. Passing zero as a value for each of
    these arguments selects the full range of results.
    """
    addrlist = []
    for res in _socket.getaddrinfo(host, port, family, type, proto, flags):
        af, socktype, proto, canonname, sa = res
        addrlist.append((_intenum_converter(af, AddressFamily),
                         _intenum_converter(socktype, SocketKind),
                         proto, canonname, sa))
    return addrlist
