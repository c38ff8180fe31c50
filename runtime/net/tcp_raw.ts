// The fast transport: Node's internal libuv TCP handles (`process.binding('tcp_wrap')` and
// `'stream_wrap'`), the layer under net.Socket. Skipping the stream machinery cuts the per-connection
// cost by about half, which is most of what a connection-per-request server spends. The API is
// internal (DEP0111) and may change between Node majors: `loadRawTransport` checks the shape it
// needs and returns null when anything is missing, and the service falls back to tcp_node.ts.
//
// Two rules of this API: `WriteWrap.oncomplete` fires only for writes that went asynchronous
// (`streamBaseState[kLastWriteWasAsync]`), so a write that finished at once is accounted here; and
// libuv error codes are negative Linux errnos.

import type { Address, Listener, OnConnection, Stream, StreamSink, Transport } from './transport.js';

const UV_EOF = -4095;

interface TcpHandle {
  readonly fd?: number;
  onconnection: ((status: number, client: TcpHandle | undefined) => void) | null;
  onread: ((ab: ArrayBuffer | undefined) => void) | null;
  sink?: StreamSink;
  bind(host: string, port: number): number;
  bind6(host: string, port: number, flags: number): number;
  listen(backlog: number): number;
  getsockname(out: Partial<Address>): number;
  getpeername(out: Partial<Address>): number;
  readStart(): number;
  readStop(): number;
  useUserBuffer?(buffer: Uint8Array): void;
  writeBuffer(req: WriteReq, data: Uint8Array): number;
  shutdown(req: ShutdownReq): number;
  close(cb?: () => void): void;
}

interface WriteReq {
  handle: TcpHandle;
  oncomplete: (this: WriteReq, status: number) => void;
  async: boolean;
  buffer: Uint8Array;
  sink: StreamSink;
  bytes: number;
}

interface ShutdownReq {
  handle: TcpHandle;
  oncomplete: (status: number) => void;
}

interface RawBindings {
  TCP: new (type: number) => TcpHandle;
  SERVER: number;
  WriteWrap: new () => WriteReq;
  ShutdownWrap: new () => ShutdownReq;
  state: Int32Array;
  kReadBytesOrError: number;
  kArrayBufferOffset: number;
  kLastWriteWasAsync: number;
}

function loadBindings(): RawBindings | null {
  const binding = (process as unknown as { binding?: (name: string) => Record<string, unknown> }).binding;
  if (typeof binding !== 'function') return null;
  // process.binding warns once (DEP0111); the warning is about this module, not the user's program.
  const quiet = process.noDeprecation;
  process.noDeprecation = true;
  try {
    const tcp = binding('tcp_wrap');
    const stream = binding('stream_wrap');
    const constants = tcp.constants as Record<string, number> | undefined;
    const b = {
      TCP: tcp.TCP, SERVER: constants?.SERVER, WriteWrap: stream.WriteWrap,
      ShutdownWrap: stream.ShutdownWrap, state: stream.streamBaseState,
      kReadBytesOrError: stream.kReadBytesOrError, kArrayBufferOffset: stream.kArrayBufferOffset,
      kLastWriteWasAsync: stream.kLastWriteWasAsync,
    };
    if (typeof b.TCP !== 'function' || typeof b.WriteWrap !== 'function'
      || typeof b.ShutdownWrap !== 'function' || !(b.state instanceof Int32Array)
      || typeof b.SERVER !== 'number' || typeof b.kReadBytesOrError !== 'number'
      || typeof b.kArrayBufferOffset !== 'number' || typeof b.kLastWriteWasAsync !== 'number') {
      return null;
    }
    return b as RawBindings;
  } catch {
    return null;
  } finally {
    process.noDeprecation = quiet;
  }
}

/** The raw transport, or null when this Node does not expose the handles it needs. */
export function loadRawTransport(): Transport | null {
  const b = loadBindings();
  if (b === null) return null;
  const { TCP, SERVER, WriteWrap, ShutdownWrap, state, kReadBytesOrError, kArrayBufferOffset,
    kLastWriteWasAsync } = b;

  // Every connection reads into this one buffer: a read's bytes are copied into the event ring
  // (or the outbox) before `onread` returns, and libuv reads one handle at a time. Without it,
  // Node allocates a 64 KiB buffer for every read and shrinks it to what arrived.
  const readBuffer = new Uint8Array(65536);

  function onread(this: TcpHandle, ab: ArrayBuffer | undefined): void {
    const sink = this.sink!;
    const n = state[kReadBytesOrError];
    if (n > 0) sink.data(ab === undefined ? readBuffer.subarray(0, n) : new Uint8Array(ab, state[kArrayBufferOffset], n));
    else if (n === UV_EOF) {
      this.readStop();
      sink.eof();
    } else if (n < 0) {
      this.readStop();
      sink.error(-n);
    }
  }

  function onWriteComplete(this: WriteReq, status: number): void {
    this.sink.written(this.bytes, status < 0 ? -status : 0);
  }

  function makeStream(h: TcpHandle): Stream {
    return {
      fd: typeof h.fd === 'number' ? h.fd : -1,
      write(chunk) {
        const sink = h.sink!;
        const req = new WriteWrap();
        req.handle = h;
        req.oncomplete = onWriteComplete;
        req.async = false;
        req.buffer = chunk;
        req.sink = sink;
        req.bytes = chunk.length;
        const err = h.writeBuffer(req, chunk);
        if (err !== 0) sink.written(chunk.length, -err);
        else if (state[kLastWriteWasAsync] === 0) sink.written(chunk.length, 0);
      },
      readStart() { h.readStart(); },
      readStop() { h.readStop(); },
      shutdown(done) {
        const req = new ShutdownWrap();
        req.handle = h;
        req.oncomplete = () => done();
        if (h.shutdown(req) !== 0) done();
      },
      close(done) {
        h.readStop();
        h.close(done);
      },
    };
  }

  return {
    name: 'raw',
    listen(host: string, port: number, backlog: number, onConnection: OnConnection,
      done: (errno: number, listener: Listener | null) => void): void {
      const server = new TCP(SERVER);
      let err = host.includes(':') ? server.bind6(host, port, 0) : server.bind(host, port);
      if (err === 0) err = server.listen(backlog);
      if (err !== 0) {
        server.close();
        done(-err, null);
        return;
      }
      const me: Partial<Address> = {};
      server.getsockname(me);
      server.onconnection = (status, client) => {
        if (status !== 0 || client === undefined) return;
        const peer: Partial<Address> = {};
        const local: Partial<Address> = {};
        client.getpeername(peer);
        client.getsockname(local);
        const stream = makeStream(client);
        if (typeof client.useUserBuffer === 'function') client.useUserBuffer(readBuffer);
        client.sink = onConnection(stream, peer as Address, local as Address);
        client.onread = onread;
      };
      done(0, {
        address: me.address ?? host,
        port: me.port ?? port,
        close() { server.close(); },
      });
    },
  };
}
