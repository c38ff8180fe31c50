# Hello-world HTTP server, one connection at a time: on CPython through the blocking socket module
# (the reference for layer_server.mjs), compiled by memphisc through memphis.net.
#   python3 bench/net/py_server.py <port>
#   node dist/compiler/cli.js bench/net/py_server.py -o x.mjs && node x.mjs <port>
import sys

try:
    import socket
except ImportError:
    socket = None  # compiled: memphisc has no socket module, and memphis.net serves instead

try:
    from memphis.net import listen
except ImportError:
    def listen(address, backlog):
        server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # memphis.net sets it too
        server.bind(address)
        server.listen(backlog)
        return server


KEEP = b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello"
CLOSE = b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello"

server = listen(("127.0.0.1", int(sys.argv[1]) if len(sys.argv) > 1 else 8080), 128)
print(f"PORT {server.getsockname()[1]}", flush=True)


def serve(conn):
    buf = b""
    while True:
        data = conn.recv(4096)
        if not data:
            return
        buf += data
        while b"\r\n\r\n" in buf:
            request, _, buf = buf.partition(b"\r\n\r\n")
            if b"onnection: close" in request:
                conn.sendall(CLOSE)
                return
            conn.sendall(KEEP)


while True:
    conn, addr = server.accept()
    try:
        serve(conn)
    except ConnectionError:
        pass  # the load generator resets its connections when it stops
    conn.close()
