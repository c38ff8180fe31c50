// The hello-world HTTP exchange both blocking bench servers speak (layer_server.mjs on the socket
// layer, addon_server.mjs on real blocking syscalls): answer every complete request head on a
// connection, and close it after one that says "Connection: close".

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

/** Serve one connection until the client ends it or asks to close: `recv()` blocks for bytes, `send(bytes)` sends all. */
export function serveHello(recv, send) {
  let buf = new Uint8Array(0);
  for (;;) {
    const data = recv();
    if (data.length === 0) return;
    buf = concat(buf, data);
    let end;
    while ((end = indexOf(buf, END)) >= 0) {
      if (indexOf(buf, CLOSE_HEADER, 0, end) >= 0) {
        send(CLOSE);
        return;
      }
      send(KEEP);
      buf = buf.subarray(end + 4);
    }
  }
}
