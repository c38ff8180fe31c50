// The seam between the socket service (service.ts: rings, flow control, exit) and the code that
// drives real TCP sockets on the event loop. Two transports implement it: tcp_raw.ts on Node's
// internal libuv handles (fast: no stream machinery per connection) and tcp_node.ts on the public
// node:net (the fallback). Errors are Linux errno numbers, positive.

/** What the service gives a transport for each accepted connection. */
export interface StreamSink {
  data(chunk: Uint8Array): void;
  eof(): void;
  /** A read or write failed; the connection is dead. */
  error(errno: number): void;
  /** `bytes` of an earlier `write` reached the kernel (or failed, when errno is not 0). */
  written(bytes: number, errno: number): void;
}

/** One accepted TCP connection. */
export interface Stream {
  /** The socket's file descriptor (non-blocking), or -1 when the transport does not expose it. */
  readonly fd: number;
  /** Queue bytes; the transport owns `chunk` from now on. Completion goes to `sink.written`. */
  write(chunk: Uint8Array): void;
  readStart(): void;
  readStop(): void;
  /** Send FIN once the queued writes are done; `done` runs then (or at once on failure). */
  shutdown(done: () => void): void;
  /** Release the socket; `done` runs once it is closed. */
  close(done: () => void): void;
}

export interface Listener {
  readonly address: string;
  readonly port: number;
  close(): void;
}

export interface Address {
  address: string;
  port: number;
}

export type OnConnection = (stream: Stream, peer: Address, local: Address) => StreamSink;

export interface Transport {
  readonly name: 'raw' | 'node';
  /**
   * Bind and listen (SO_REUSEADDR, as Node sets it). `host` is an IP literal; name resolution
   * happens before. Calls `done` with an errno or the listener.
   */
  listen(host: string, port: number, backlog: number, onConnection: OnConnection,
    done: (errno: number, listener: Listener | null) => void): void;
}
