// The same answers from node:http.   node bench/net/node_http_server.mjs <port>
import * as http from 'node:http';

const server = http.createServer((req, res) => {
  res.setHeader('Content-Length', '5');
  res.end('hello');
});
server.listen(Number(process.argv[2] ?? 8080), '127.0.0.1', () => console.log(`PORT ${server.address().port}`));
