// The layer server (layer_server.mjs) on the native transport's addon (runtime/net/addon/sock.c,
// built into dist/native by scripts/build-addon.mjs): real blocking syscalls on the main
// thread, no worker. Same request handling, byte for byte.
//   node bench/net/addon_server.mjs <port>
import { createRequire } from 'node:module';
import { serveHello } from './hello_http.mjs';

const net = createRequire(import.meta.url)('../../dist/native/sock.node');

function main() {
  const server = net.listen('127.0.0.1', Number(process.argv[2] ?? 8080), 128);
  process.stdout.write(`PORT ${net.getsockname(server)[1]}\n`);
  for (;;) {
    const [conn] = net.accept(server, -1);
    try {
      serveHello(() => net.recv(conn, 4096, -1), (data) => net.send(conn, data, -1));
    } catch (e) {
      // the load generator resets its connections when it stops
      if (!/^E\d+$/.test(e.code)) throw e;
    }
    net.close(conn);
  }
}

main();
