// The async ceiling: the same server on plain node:net.   node bench/net/node_net_server.mjs <port>
import * as net from 'node:net';

const KEEP = Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello');
const CLOSE = Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello');

const server = net.createServer((c) => {
  let buf = Buffer.alloc(0);
  c.on('data', (d) => {
    buf = buf.length === 0 ? d : Buffer.concat([buf, d]);
    let end;
    while ((end = buf.indexOf('\r\n\r\n')) >= 0) {
      if (buf.subarray(0, end).includes('onnection: close')) {
        c.end(CLOSE);
        return;
      }
      c.write(KEEP);
      buf = buf.subarray(end + 4);
    }
  });
  c.on('error', () => {});
});
server.listen(Number(process.argv[2] ?? 8080), '127.0.0.1', () => console.log(`PORT ${server.address().port}`));
