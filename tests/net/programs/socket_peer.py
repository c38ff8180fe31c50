# Scenarios for tests/net/socket.test.ts: a program using the standard socket module, talking to
# a Node peer over real TCP. argv[1] chooses the scenario; servers print "PORT <n>" once they
# listen, clients take the peer's port as argv[2].

import socket
import sys


def line_server():
    """Answer each line of each client with its upper-case form, until a client sends 'quit'."""
    with socket.create_server(("127.0.0.1", 0)) as server:
        print("PORT", server.getsockname()[1], flush=True)
        while True:
            conn, address = server.accept()
            with conn:
                print("client", address[0], flush=True)
                rfile = conn.makefile("r", encoding="utf-8", newline="\n")
                wfile = conn.makefile("w", encoding="utf-8", newline="\n")
                for line in rfile:
                    if line.strip() == "quit":
                        wfile.write("bye\n")
                        wfile.close()
                        rfile.close()
                        print("done", flush=True)
                        return
                    wfile.write(line.upper())
                    wfile.flush()
                rfile.close()
                wfile.close()
            print("eof", flush=True)


def echo_bytes():
    """Echo one connection's bytes until EOF with recv_into and sendall, then close."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", 0))
    server.listen()
    print("PORT", server.getsockname()[1], flush=True)
    conn, _ = server.accept()
    conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    buf = bytearray(65536)
    view = memoryview(buf)
    total = 0
    while True:
        n = conn.recv_into(buf)
        if n == 0:
            break
        conn.sendall(view[:n])
        total += n
    conn.shutdown(socket.SHUT_WR)
    conn.close()
    server.close()
    print("echoed", total, flush=True)


def client():
    """Send a request, half-close, print everything the peer answers."""
    port = int(sys.argv[2])
    with socket.create_connection(("localhost", port), timeout=5) as sock:
        print("peer", sock.getpeername() == ("127.0.0.1", port))
        sock.sendall(b"hello from python\n")
        sock.shutdown(socket.SHUT_WR)
        chunks = []
        while True:
            data = sock.recv(4096)
            if not data:
                break
            chunks.append(data)
        print("got", b"".join(chunks).decode())


def silent_peer():
    """A peer that never answers: recv times out."""
    port = int(sys.argv[2])
    sock = socket.create_connection(("127.0.0.1", port))
    sock.settimeout(0.2)
    try:
        sock.recv(10)
    except TimeoutError as e:
        print("timeout", type(e).__name__, e, isinstance(e, socket.timeout))
    sock.setblocking(False)
    try:
        sock.recv(10)
    except BlockingIOError as e:
        print("nonblocking", e.errno)
    sock.close()


def wait_forever():
    """Block in accept until Ctrl-C."""
    server = socket.create_server(("127.0.0.1", 0))
    print("PORT", server.getsockname()[1], flush=True)
    try:
        server.accept()
    finally:
        print("closing", flush=True)
        server.close()


def make_socket():
    try:
        sock = socket.socket()
    except OSError as e:
        print("OSError", e)
    else:
        print("made", sock.family)
        sock.close()
    print("constants still work", socket.AF_INET, socket.htons(1))


{
    "line_server": line_server,
    "echo_bytes": echo_bytes,
    "client": client,
    "silent_peer": silent_peer,
    "wait_forever": wait_forever,
    "make_socket": make_socket,
}[sys.argv[1]]()
