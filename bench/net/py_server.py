# Hello-world HTTP server on CPython's blocking socket module (the reference for layer_server.mjs).
#   python3 bench/net/py_server.py <port>
import socket
import sys

KEEP = b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello"
CLOSE = b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello"

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # Node sets it too
server.bind(("127.0.0.1", int(sys.argv[1]) if len(sys.argv) > 1 else 8080))
server.listen(128)
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
