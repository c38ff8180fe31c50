// The fallback transport on the public node:net API, used when the internal libuv handles of
// tcp_raw.ts are unavailable (or when MEMPHIS_NET_TRANSPORT=node asks for it). Same contract,
// about half the connections per second. `allowHalfOpen` keeps our side open after the peer's FIN,
// as a kernel socket does.

import type * as net from 'node:net';
import { nodeModule } from '../host.js';
import { errnoFromName } from './errno.js';
import type { Address, Listener, OnConnection, Stream, StreamSink, Transport } from './transport.js';

/** Linux errno of a Node error: libuv's negative errno when present, else from the code. */
function errnoOf(e: unknown): number {
  const err = e as { errno?: unknown; code?: unknown };
  if (typeof err.errno === 'number' && err.errno < 0) return -err.errno;
  if (typeof err.code === 'string') {
    // Writing to a destroyed stream has no errno; the kernel would say EPIPE.
    if (err.code === 'ERR_STREAM_DESTROYED' || err.code === 'ERR_STREAM_WRITE_AFTER_END') return 32;
    return errnoFromName(err.code);
  }
  return 5;
}

class NodeStream implements Stream {
  sink: StreamSink | null = null;
  readonly fd: number;
  private reading = false;

  constructor(private readonly sock: net.Socket) {
    const fd = (sock as unknown as { _handle?: { fd?: unknown } })._handle?.fd;
    this.fd = typeof fd === 'number' ? fd : -1;
  }

  write(chunk: Uint8Array): void {
    const sink = this.sink!;
    this.sock.write(chunk, (e) => sink.written(chunk.length, e ? errnoOf(e) : 0));
  }

  readStart(): void {
    if (!this.reading) {
      this.reading = true;
      this.sock.resume();
    }
  }

  readStop(): void {
    if (this.reading) {
      this.reading = false;
      this.sock.pause();
    }
  }

  shutdown(done: () => void): void {
    if (this.sock.destroyed || this.sock.writableEnded) {
      done();
      return;
    }
    // `end`'s callback never runs when the socket fails first; 'close' always comes.
    let called = false;
    const once = (): void => {
      if (!called) {
        called = true;
        done();
      }
    };
    this.sock.once('close', once);
    this.sock.end(once);
  }

  close(done: () => void): void {
    if (this.sock.destroyed) {
      queueMicrotask(done);
      return;
    }
    this.sock.once('close', () => done());
    this.sock.destroySoon();
  }
}

export const nodeTransport: Transport = {
  name: 'node',
  listen(host: string, port: number, backlog: number, onConnection: OnConnection,
    done: (errno: number, listener: Listener | null) => void): void {
    const server = nodeModule('net').createServer({ allowHalfOpen: true, pauseOnConnect: true });
    server.on('connection', (sock) => {
      const peer: Address = { address: sock.remoteAddress ?? '', port: sock.remotePort ?? 0 };
      const local: Address = { address: sock.localAddress ?? '', port: sock.localPort ?? 0 };
      const stream = new NodeStream(sock);
      const sink = onConnection(stream, peer, local);
      stream.sink = sink;
      sock.on('data', (chunk: Buffer) => sink.data(chunk));
      sock.on('end', () => sink.eof());
      sock.on('error', (e) => sink.error(errnoOf(e)));
    });
    const onError = (e: Error): void => done(errnoOf(e), null);
    server.once('error', onError);
    server.listen({ host, port, backlog, exclusive: true }, () => {
      server.off('error', onError);
      server.on('error', () => { /* accept failures (EMFILE) are retried by libuv */ });
      const a = server.address() as net.AddressInfo;
      done(0, { address: a.address, port: a.port, close() { server.close(); } });
    });
  },
};
