"""The server loop: one connection at a time, one request at a time, blocking.

``serve_connection`` answers every request of one connection (keep-alive and pipelining included)
and is shared by ``App.run`` and the test client, which hands it an in-memory connection. It never
raises: a broken request gets its 4xx and the connection is closed, a client that goes away gets
one log line, an idle client is dropped after the app's timeout.
"""

import sys
import time

from .response import Response
from .status import reason_phrase
from .wire import (ClientGone, ParseError, Reader, SlowClient, read_request, serialize_response,
                   wants_keep_alive)

_HEX = "0123456789abcdef"


def _printable(line):
    """The request line for the log, control characters, quotes and backslashes escaped."""
    out = []
    for ch in line:
        code = ord(ch)
        if code < 32 or code == 127:
            out.append("\\x" + _HEX[code >> 4] + _HEX[code & 15])
        elif ch == '"' or ch == "\\":
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


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


def _serve_one(app, conn, reader, client, log):
    """Answer one request; True if the connection stays open for another."""
    reader.begin()
    try:
        request = read_request(reader, conn, client, app.max_body, app.timeout)
    except ClientGone:
        if reader.partial and log:
            log_line(client, reader.request_line, "-", "-",
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
            log_line(client, reader.request_line, "-", "-",
                     time.perf_counter() - reader.started, "(client disconnected)")
        return False

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


def serve_forever(app, sock):
    while True:
        try:
            conn, address = sock.accept()
        except TimeoutError:
            continue
        except OSError:
            # EMFILE, ECONNABORTED...: wait a little and accept again.
            time.sleep(0.05)
            continue
        serve_connection(app, conn, _client_address(address), True)
