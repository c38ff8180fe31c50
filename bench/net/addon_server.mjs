// The layer server (layer_server.mjs) on bench/net/addon/sock.c: real blocking syscalls on the main
// thread, no worker. Same request handling, byte for byte.
//   node bench/net/addon_server.mjs <port>
import { createRequire } from 'node:module';
const net = createRequire(import.meta.url)('../.out/sock.node');

const enc = new TextEncoder();
const KEEP = enc.encode('HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello');
const CLOSE = enc.encode('HTTP/1.1 200 OK\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello');
const END = enc.encode('\r\n\r\n');
const CLOSE_HEADER = enc.encode('onnection: close');

function indexOf(buf, pat, from = 0, to = buf.length) {
  outer: for (let i = from; i + pat.length <= to; i++) {
    for (let j = 0; j < pat.length; j++) if (buf[i + j] !== pat[j]) continue outer;
    return i;
  }
  return -1;
}

function concat(a, b) {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function serve(conn) {
  let buf = new Uint8Array(0);
  for (;;) {
    const data = net.recv(conn, 4096, -1);
    if (data.length === 0) return;
    buf = concat(buf, data);
    let end;
    while ((end = indexOf(buf, END)) >= 0) {
      if (indexOf(buf, CLOSE_HEADER, 0, end) >= 0) {
        net.send(conn, CLOSE, -1);
        return;
      }
      net.send(conn, KEEP, -1);
      buf = buf.subarray(end + 4);
    }
  }
}

function main() {
  const server = net.listen('127.0.0.1', Number(process.argv[2] ?? 8080), 128);
  process.stdout.write(`PORT ${net.getsockname(server)[1]}\n`);
  for (;;) {
    const [conn] = net.accept(server, -1);
    try {
      serve(conn);
    } catch (e) {
      // the load generator resets its connections when it stops
      if (!/^E\d+$/.test(e.code)) throw e;
    }
    net.close(conn);
  }
}

main();
