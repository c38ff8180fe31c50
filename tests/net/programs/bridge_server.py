# Scenarios for tests/net/bridge.test.ts: a memphis.net server doing one thing, chosen by argv[1].
# It prints "PORT <n>" once it listens, so the test knows where to connect.

import sys
import time
from memphis import net

HELLO = b"HTTP/1.1 200 OK\r\n\r\nHello from Memphis!"


def serve(port=0):
    sock = net.listen(("127.0.0.1", port))
    print("PORT", sock.getsockname()[1], flush=True)
    return sock


def hello(count):
    sock = serve()
    for _ in range(count):
        conn, address = sock.accept()
        assert isinstance(address, tuple) and address[0] == "127.0.0.1", address
        conn.recv(1024)
        conn.send(HELLO)
        conn.close()
    sock.close()


def echo():
    with serve() as sock:
        conn, _ = sock.accept()
        with conn:
            total = 0
            buf = bytearray(0)
            while True:
                data = conn.recv(65536)
                if not data:
                    break
                total += len(data)
                # Alternate bytes, bytearray and memoryview: send takes all three.
                if total % 3 == 0:
                    conn.send(data)
                elif total % 3 == 1:
                    conn.send(bytearray(data))
                else:
                    conn.send(memoryview(data))
        print("ECHOED", total)


def halfclose():
    sock = serve()
    conn, _ = sock.accept()
    got = b""
    while True:
        data = conn.recv(7)
        if data == b"":
            break
        got += data
    # The client has shut its side; ours still works.
    conn.send(b"got " + str(len(got)).encode() + b": " + got.upper())
    conn.close()
    print("DONE")


def reset():
    sock = serve()
    conn, _ = sock.accept()
    print("ACCEPTED", flush=True)
    try:
        while True:
            data = conn.recv(1024)
            if not data:
                print("EOF")
                break
            conn.send(data)
    except ConnectionResetError as e:
        print(type(e).__name__, e.errno, e)
    # Writing to a reset connection fails too, with an OSError.
    try:
        for _ in range(100):
            conn.send(b"x" * 65536)
            time.sleep(0.01)
        print("no error")
    except OSError as e:
        print("send", isinstance(e, (BrokenPipeError, ConnectionResetError)))
    conn.close()


def in_use(port):
    try:
        net.listen(("127.0.0.1", int(port)))
    except OSError as e:
        print(type(e).__name__, e.errno, e)


def timeouts():
    sock = serve()
    sock.settimeout(0.2)
    started = time.monotonic()
    try:
        sock.accept()
    except TimeoutError as e:
        print("accept", type(e).__name__, e, round(time.monotonic() - started, 1))
    sock.settimeout(None)
    print("READY", flush=True)
    conn, _ = sock.accept()
    conn.settimeout(0.3)
    print("gettimeout", conn.gettimeout())
    try:
        conn.recv(10)
    except OSError as e:
        print("recv", type(e).__name__, e)
    conn.send(b"bye")
    conn.close()


class LoggingConnection(net.Connection):
    def __init__(self, conn, log):
        super().__init__(conn)
        self.log = log

    def send(self, data):
        self.log.append(len(data))
        return super().send(data)


def subclass():
    sock = serve()
    conn, _ = sock.accept()
    conn = LoggingConnection(conn, [])
    print(type(conn).__name__, isinstance(conn, net.Connection), repr(conn).startswith("<__main__.LoggingConnection laddr="))
    conn.recv(100)
    conn.send(b"one ")
    conn.send(b"three")
    print("log", conn.log)
    conn.close()
    print(repr(conn))


def _names(ready, conns):
    """The positions in `conns` of the objects in `ready` (by identity), or '?' for another."""
    out = []
    for x in ready:
        found = "?"
        for i in range(len(conns)):
            if conns[i] is x:
                found = str(i)
                break
        out.append(found)
    return " ".join(out)


def waitlist():
    """wait_readable over short and long lists, with a connection listed twice or wrapped twice:
    every listed object of a ready connection comes back, grouped by connection."""
    sock = serve()
    conns = []
    for _ in range(20):
        conn, _ = sock.accept()
        conns.append(conn)
    print("ACCEPTED", flush=True)
    # The client writes to connections 3, 7 and 18; wait until all three have something.
    while len(net.wait_readable(conns, 1.0)) < 3:
        pass
    print("LONG", _names(net.wait_readable(conns, 0), conns))
    extra = net.Connection(conns[3])
    both = conns + [conns[7], extra, sock]
    print("LONG+", _names(net.wait_readable(both, 0), both))
    short = [conns[18], conns[2], conns[3], conns[18]]
    print("SHORT", _names(net.wait_readable(short, 0), short))
    one = [conns[5], conns[7], conns[9]]
    print("ONE", _names(net.wait_readable(one, 0), one))
    wrapped = [conns[3], net.Connection(conns[3])]
    print("WRAPPED", _names(net.wait_readable(wrapped, 0), wrapped))
    print("NONE", net.wait_readable([conns[0], conns[1]], 0))
    print("EMPTY", net.wait_readable([], 0))
    ready = net.wait_readable(tuple(conns), 0)
    print("TUPLE", type(ready).__name__, _names(ready, conns))
    conns[1].close()
    try:
        net.wait_readable([conns[0], conns[1]], 0)
    except Exception as e:
        print("CLOSED", type(e).__name__, e)
    try:
        net.wait_readable([conns[0], "x"], 0)
    except Exception as e:
        print("BAD", type(e).__name__, e)
    for i in (3, 7, 18):
        print("DATA", i, conns[i].recv(100))
    # The local address of an accepted connection, asked for after it has been used.
    local = conns[4].getsockname()
    print("LADDR", local[0], local[1] == sock.getsockname()[1], local == conns[4].getsockname())
    print("REPR", repr(conns[2]) == f"<memphis.net.Connection laddr={local!r} raddr={conns[2].getpeername()!r}>")
    try:
        conns[1].getsockname()
    except Exception as e:
        print("CLOSED NAME", type(e).__name__, e)
    for conn in conns:
        conn.close()
    sock.close()
    print("DONE", flush=True)


def interrupt(catch):
    sock = serve()
    try:
        if catch == "catch":
            try:
                sock.accept()
            except KeyboardInterrupt:
                print("caught KeyboardInterrupt")
        else:
            sock.accept()
    finally:
        sock.close()
        print("finally ran")


def interrupt_recv():
    # Ctrl-C while blocked in recv on an accepted connection.
    sock = serve()
    conn, _ = sock.accept()
    print("ACCEPTED", flush=True)
    try:
        conn.recv(100)
    finally:
        print("finally ran")


def interrupt_compute():
    # Ctrl-C during computation: raised by the next socket call (here after the loop ends).
    sock = serve()
    sock.settimeout(0.01)
    try:
        deadline = time.monotonic() + float(sys.argv[2])
        spins = 0
        while time.monotonic() < deadline:
            spins += 1
        print("loop done")
        try:
            sock.accept()
        except TimeoutError:
            print("not interrupted")
    finally:
        print("finally ran")


def sleeper():
    # The first sleep starts the socket service, which holds Ctrl-C from then on.
    time.sleep(0)
    print("PORT 0", flush=True)
    try:
        time.sleep(30)
    except KeyboardInterrupt:
        print("sleep interrupted")
        sys.exit(4)


def main():
    mode = sys.argv[1]
    if mode == "hello":
        hello(int(sys.argv[2]))
    elif mode == "echo":
        echo()
    elif mode == "halfclose":
        halfclose()
    elif mode == "reset":
        reset()
    elif mode == "inuse":
        in_use(sys.argv[2])
    elif mode == "timeouts":
        timeouts()
    elif mode == "subclass":
        subclass()
    elif mode == "waitlist":
        waitlist()
    elif mode == "interrupt":
        interrupt(sys.argv[2])
    elif mode == "interrupt_recv":
        interrupt_recv()
    elif mode == "interrupt_compute":
        interrupt_compute()
    elif mode == "sleep":
        sleeper()
    elif mode == "exit":
        print("before exit")
        sys.exit(int(sys.argv[2]))
    elif mode == "raise":
        print("before raise")
        raise ValueError("boom")


main()
