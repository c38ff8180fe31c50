"""The server loops: an event loop over every open connection for ``App.run``, and a blocking
per-connection loop for the test client.

``serve_forever`` keeps every accepted connection open at once and waits until one of them (or the
listener) is readable, so one keep-alive client never holds the others up. A request is handled
only once it is complete in the connection's buffer; clients are served one request per turn, in
the order they connected. Each connection has a deadline: the app's ``timeout`` while idle or while
a body stalls, ``header_timeout`` from the first byte of a request head to its end (a slow client
gets 408).

``serve_connection`` answers every request of one connection (keep-alive and pipelining included)
and is what the test client hands its in-memory connection. Neither raises: a broken request gets
its 4xx and the connection is closed, a client that goes away gets one log line, an idle client is
dropped after the app's timeout.
"""

import sys
import time

from .response import Response
from .status import reason_phrase
from .wire import (ClientGone, NeedMore, ParseError, Reader, SlowClient, read_request,
                   serialize_response, wants_keep_alive)

try:
    from memphis.net import wait_readable
except ImportError:
    from .net_fallback import wait_readable

_HEX = "0123456789abcdef"


def _printable(line):
    """The request line for the log, non-printable characters (controls included), quotes and
    backslashes escaped."""
    if line.isprintable() and '"' not in line and "\\" not in line:
        return line
    out = []
    for ch in line:
        if ch == '"' or ch == "\\":
            out.append("\\" + ch)
        elif ch.isprintable():
            out.append(ch)
        else:
            # C0 and C1 controls, DEL, line and paragraph separators, unassigned code points:
            # nothing that could move the terminal's cursor or fake a second log line
            out.append(_escaped(ord(ch)))
    return "".join(out)


def _escaped(code):
    """\\xhh below 256, \\uhhhh below 65536, \\Uhhhhhhhh above."""
    if code < 256:
        prefix, width = "\\x", 2
    elif code < 65536:
        prefix, width = "\\u", 4
    else:
        prefix, width = "\\U", 8
    digits = []
    for shift in range(4 * (width - 1), -1, -4):
        digits.append(_HEX[(code >> shift) & 15])
    return prefix + "".join(digits)


def format_duration(seconds):
    """Milliseconds with one decimal: 0.2ms."""
    tenths = int(seconds * 10000 + 0.5)
    return f"{tenths // 10}.{tenths % 10}ms"


def log_line(client, request_line, status, size, seconds, note=""):
    if request_line is None:
        request_line = "-"
    line = f'{client[0]} "{_printable(request_line)}" {status} {size} {format_duration(seconds)}'
    if note != "":
        line = line + " " + note
    print(line, flush=True)


def _error_response(status):
    return Response.text(f"{status} {reason_phrase(status)}", status)


def _linger(conn):
    """Read and drop what the client still sends before closing.

    Closing a socket with unread input makes the kernel send RST, and a client that receives RST
    may lose the error response it has not read yet. One second or 4 MB at most.
    """
    try:
        conn.settimeout(0.2)
        deadline = time.perf_counter() + 1.0
        total = 0
        while total < 4194304 and time.perf_counter() < deadline:
            data = conn.recv(65536)
            if len(data) == 0:
                break
            total += len(data)
    except OSError:
        pass


def _send_error(conn, reader, client, status, log, linger):
    response = _error_response(status)
    data, size = serialize_response(response, False, False, False)
    try:
        conn.send(data)
    except OSError:
        if log:
            log_line(client, reader.request_line, "-", "-",
                     time.perf_counter() - reader.started, "(client disconnected)")
        return
    if log:
        log_line(client, reader.request_line, status, size, time.perf_counter() - reader.started)
    if linger:
        _linger(conn)


def _respond(app, conn, reader, client, request, log):
    """Handle a complete request and send the answer; True if the connection stays open."""
    response = app.handle(request)
    keep_alive = wants_keep_alive(request)
    connection = response.headers.get("Connection")
    if connection is not None and connection.lower() == "close":
        keep_alive = False
    try:
        data, size = serialize_response(response, request.method == "HEAD", keep_alive,
                                        request.version == "HTTP/1.0")
    except Exception:
        # A response mangled after it was made (a body that is neither bytes nor str...).
        app.print_exception()
        response = _error_response(500)
        data, size = serialize_response(response, request.method == "HEAD", keep_alive,
                                        request.version == "HTTP/1.0")
    try:
        conn.send(data)
    except OSError:
        if log:
            log_line(client, reader.request_line, "-", "-",
                     time.perf_counter() - reader.started, "(client disconnected)")
        return False
    if log:
        log_line(client, reader.request_line, response.status, size,
                 time.perf_counter() - reader.started)
    return keep_alive


def _serve_one(app, conn, reader, client, log):
    """Answer one request; True if the connection stays open for another."""
    reader.begin()
    try:
        request = read_request(reader, conn, client, app.max_body, app.header_timeout)
    except ClientGone:
        if reader.partial and log:
            log_line(client, reader.line_so_far(), "-", "-",
                     time.perf_counter() - reader.started, "(client disconnected)")
        return False
    except SlowClient:
        _send_error(conn, reader, client, 408, log, False)
        return False
    except TimeoutError:
        if reader.partial:
            _send_error(conn, reader, client, 408, log, False)
        return False
    except ParseError as error:
        _send_error(conn, reader, client, error.status, log, True)
        return False
    except OSError:
        if reader.partial and log:
            log_line(client, reader.line_so_far(), "-", "-",
                     time.perf_counter() - reader.started, "(client disconnected)")
        return False
    return _respond(app, conn, reader, client, request, log)


def serve_connection(app, conn, client, log=True):
    """Serve every request arriving on `conn`, then close it."""
    try:
        conn.settimeout(app.timeout)
        reader = Reader(conn)
        while _serve_one(app, conn, reader, client, log):
            pass
    except Exception:
        # Nothing above should raise; if something does, the process keeps serving.
        print("enid: error while serving a connection:", file=sys.stderr)
        app.print_exception()
    finally:
        try:
            conn.close()
        except OSError:
            pass


def _client_address(address):
    # memphis.net may report the peer as "host:port"; the fallback reports (host, port).
    if isinstance(address, str):
        host, _, port = address.rpartition(":")
        if host.startswith("[") and host.endswith("]"):
            host = host[1:-1]
        try:
            return (host, int(port))
        except ValueError:
            return (address, 0)
    return (address[0], address[1])


# How long a connection that got an error answer is still read (and its input dropped) before
# it is closed, and how much is read at most: see _linger.
_DRAIN_SECONDS = 1.0
_DRAIN_BYTES = 4194304
# Connections accepted per turn of the event loop, so a burst of connects can't starve the others.
_ACCEPT_BATCH = 64


class _Client:
    """One open connection of the event loop."""

    def __init__(self, conn, address, now):
        self.conn = conn
        self.address = address
        self.reader = Reader(conn, False)
        self.last_active = now
        # Whether the buffer may hold a request not yet tried (new bytes, or pipelined input).
        self.try_parse = False
        # After an error answer: the time to stop reading and close, else None.
        self.drain_until = None
        self.drained = 0
        # The client half-closed (recv gave b"") with input still buffered: the complete requests
        # in the buffer are answered before the connection is closed, and nothing more is read.
        self.ended = False

    def deadline(self, app):
        if self.drain_until is not None:
            return self.drain_until
        reader = self.reader
        if not reader.partial:
            return self.last_active + app.timeout
        if not reader.head_complete:
            return min(reader.started + app.header_timeout, self.last_active + app.timeout)
        return self.last_active + app.timeout


def _close(client):
    try:
        client.conn.close()
    except OSError:
        pass


def _start_draining(client, now):
    """Answered with an error: send FIN, then read and drop what comes until EOF or a second."""
    client.drain_until = now + _DRAIN_SECONDS
    client.reader.buf = b""
    try:
        client.conn.shutdown(1)
    except (OSError, AttributeError):
        pass


def _fail(client, status, now, log):
    """Answer `status` and stop reading requests from `client`; False if it is closed already."""
    reader = client.reader
    data, size = serialize_response(_error_response(status), False, False, False)
    try:
        client.conn.send(data)
    except OSError:
        if log:
            log_line(client.address, reader.request_line, "-", "-",
                     now - reader.started, "(client disconnected)")
        return False
    if log:
        log_line(client.address, reader.request_line, status, size, now - reader.started)
    _start_draining(client, now)
    return True


def _disconnected(client, now, log):
    reader = client.reader
    if reader.partial and log:
        log_line(client.address, reader.line_so_far(), "-", "-", now - reader.started,
                 "(client disconnected)")


def _receive(client, now, log):
    """Read what the readable connection has; False once it is closed or gone."""
    if client.drain_until is not None:
        try:
            data = client.conn.recv(65536)
        except OSError:
            return False
        client.drained += len(data)
        return len(data) > 0 and client.drained < _DRAIN_BYTES
    try:
        client.reader.receive()
    except ClientGone:
        if len(client.reader.buf) > 0:
            # A client may send its last requests and its FIN together (`nc -N`).
            client.ended = True
            client.try_parse = True
            return True
        _disconnected(client, now, log)
        return False
    except OSError:
        _disconnected(client, now, log)
        return False
    client.last_active = now
    client.try_parse = True
    return True


def _advance(app, client, log):
    """Answer the next request if it is complete in the buffer; False once the connection is done."""
    reader = client.reader
    client.try_parse = False
    saved = reader.buf
    reader.head_complete = False
    try:
        request = read_request(reader, client.conn, client.address, app.max_body,
                               app.header_timeout)
    except NeedMore:
        reader.buf = saved
        if client.ended:
            # The rest of this request can't come any more.
            _disconnected(client, time.perf_counter(), log)
            return False
        return True
    except ParseError as error:
        # A client that half-closed has nothing left to drain: close once the answer is sent.
        return _fail(client, error.status, time.perf_counter(), log) and not client.ended
    except OSError:
        _disconnected(client, time.perf_counter(), log)
        return False
    keep_alive = _respond(app, client.conn, reader, client.address, request, log)
    now = time.perf_counter()
    client.last_active = now
    reader.begin(now)
    # Pipelined requests may already be waiting in the buffer.
    client.try_parse = len(reader.buf) > 0
    if client.ended and not client.try_parse:
        return False
    return keep_alive


def _expire(client, now, log):
    """The client's deadline passed: 408 for a request in progress, else close quietly."""
    if client.drain_until is None and client.reader.partial:
        _fail(client, 408, now, log)
        # No grace period after a timeout.
        client.drain_until = now


def _accept(app, sock, clients, now):
    count = 0
    while count < _ACCEPT_BATCH:
        if count > 0 and len(wait_readable([sock], 0)) == 0:
            return
        try:
            conn, address = sock.accept()
        except OSError:
            # Nothing to accept after all (EAGAIN), EMFILE, ECONNABORTED...: try on a later turn.
            return
        try:
            # Only sends can block here (a client that does not read fills its socket buffer).
            conn.settimeout(app.timeout)
        except OSError:
            pass
        clients.append(_Client(conn, _client_address(address), now))
        count += 1


def _turn(app, sock, clients, log):
    """One turn of the event loop: wait for input, then serve one request per ready client."""
    now = time.perf_counter()
    wait = 1.0
    for client in clients:
        if client.try_parse:
            wait = 0
            break
        left = client.deadline(app) - now
        if left < wait:
            wait = left
    if wait < 0:
        wait = 0
    waiting = [sock]
    for client in clients:
        # A half-closed connection stays readable (at end of stream) and has nothing more to give.
        if not client.ended:
            waiting.append(client.conn)
    ready = wait_readable(waiting, wait)
    now = time.perf_counter()
    ready_ids = {}
    accept = False
    for conn in ready:
        if conn is sock:
            accept = True
        else:
            ready_ids[id(conn)] = True
    alive = []
    for client in clients:
        keep = True
        try:
            if id(client.conn) in ready_ids:
                keep = _receive(client, now, log)
            if keep and client.try_parse and client.drain_until is None:
                keep = _advance(app, client, log)
                now = time.perf_counter()
            if keep and client.deadline(app) <= now:
                _expire(client, now, log)
                keep = client.drain_until is not None and client.drain_until > now
        except Exception:
            # Nothing above should raise; if something does, drop the connection, keep serving.
            print("enid: error while serving a connection:", file=sys.stderr)
            app.print_exception()
            keep = False
        if keep:
            alive.append(client)
        else:
            _close(client)
    if accept:
        _accept(app, sock, alive, now)
    return alive


def serve_forever(app, sock):
    # accept runs only once the listener is readable, but a connection can vanish in between:
    # a non-blocking accept then fails instead of holding the loop.
    sock.settimeout(0)
    clients = []
    log = True
    while True:
        clients = _turn(app, sock, clients, log)
