// Hello-world HTTP server on the blocking socket layer (dist/runtime/net), written the way the
// compiled Python server (py_server.py) runs: one connection at a time. A request that says
// "Connection: close" is answered and the connection closed; otherwise it stays open.
//   node bench/net/layer_server.mjs <port>
import { runProgram } from '../../dist/runtime/net/launch.js';
import * as net from '../../dist/runtime/net/blocking.js';
import { serveHello } from './hello_http.mjs';

function main() {
  const server = net.listen('127.0.0.1', Number(process.argv[2] ?? 8080));
  console.log(`PORT ${net.getsockname(server)[1]}`);
  for (;;) {
    const [conn] = net.accept(server);
    try {
      serveHello(() => net.recv(conn, 4096), (data) => net.send(conn, data));
    } catch (e) {
      // the load generator resets its connections when it stops
      if (!(e instanceof net.NetError)) throw e;
    }
    net.close(conn);
  }
}

runProgram(import.meta.url, main, true);
