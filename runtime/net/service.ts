// The socket service: the worker's half of blocking sockets. The compiled program runs on the main
// thread and blocks in `Atomics.wait` (blocking.ts); this side owns the real sockets on the
// worker's event loop, which stays free, so it can also take SIGINT while the program is blocked.
//
// In: commands from the command ring (listen, send, close, ...). Out: events into the event ring.
// The one idea that makes it fast is to never make the program ask: the service accepts every
// connection and reads ahead as soon as the kernel has data, pushing ACCEPTED/DATA/EOF/ERROR
// events, so `accept` and `recv` usually find their answer already waiting; and `send`/`close` are
// posted without a reply, like writes into a kernel socket buffer. Credit flow control bounds both
// directions (layout.ts). Only `listen` and the send back-pressure wait for an answer.
//
// superviseFromWorker ties the service to the process: Ctrl-C, and the service's end. At exit the
// program asks for a shutdown (C_SHUTDOWN) and waits for it: Python leaves unsent data to the
// kernel at exit; here it may still sit in Node's buffers, so exiting at once would drop it.

import { nodeModule } from '../host.js';
import * as L from './layout.js';
import { Ring } from './ring.js';
import { loadRawTransport } from './tcp_raw.js';
import { nodeTransport } from './tcp_node.js';
import type { Listener, Stream, StreamSink, Transport } from './transport.js';

export interface ServiceOptions {
  /** 'raw' (libuv handles, the default when available) or 'node' (node:net). */
  transport?: 'raw' | 'node';
  /** Size of each ring in bytes, a power of two. */
  ringBytes?: number;
  /** The buffers the program thread allocated (else new ones of `ringBytes`). */
  shared?: L.SharedNet;
}

export interface NetService {
  /** The buffers to hand the program thread (workerData). */
  readonly shared: L.SharedNet;
  readonly transport: 'raw' | 'node';
  /** Raise Ctrl-C in the program thread; false when the previous one is still unconsumed. */
  interrupt(): boolean;
  /** Tell the program thread that the service is up (it waits for this at start). */
  ready(): void;
  /** Stop serving for good and wake the program thread, whose blocking calls then fail. */
  die(): void;
  /** Stop serving; flush queued writes and close every socket, giving up after `timeoutMs`. */
  shutdown(timeoutMs: number): Promise<void>;
}

/** How long exit waits for queued socket data to reach the kernel. */
export const EXIT_FLUSH_MS = 5000;

function chooseTransport(name: 'raw' | 'node' | undefined): Transport {
  if (name === 'node') return nodeTransport;
  return loadRawTransport() ?? nodeTransport;
}

/** Resolve a Python bind address to an IP literal: '' is INADDR_ANY, names go through DNS. */
function resolveHost(host: string, done: (errno: number, ip: string) => void): void {
  if (host === '') return done(0, '0.0.0.0');
  if (host === '<broadcast>') return done(0, '255.255.255.255');
  if (nodeModule('net').isIP(host) !== 0) return done(0, host);
  nodeModule('dns').lookup(host, { family: 4 }, (err, address) => {
    if (err) done(err.code === 'EAI_AGAIN' ? -3 : -2, '');
    else done(0, address);
  });
}

// Atomics.waitAsync is ES2024 (Node 16+); the project's lib setting stops at ES2023.
type WaitAsyncResult =
  | { async: false; value: 'not-equal' | 'timed-out' }
  | { async: true; value: Promise<'ok' | 'timed-out'> };
const waitAsync = (Atomics as unknown as {
  waitAsync(ta: Int32Array, index: number, value: number): WaitAsyncResult;
}).waitAsync;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** One accepted connection, as the service tracks it. */
class Conn implements StreamSink {
  /** Bytes pushed as DATA and not yet credited back by the program. */
  inflight = 0;
  paused = false;
  /** Bytes handed to the transport and not yet written to the kernel. */
  unwritten = 0;
  flushWaiters: number[] = [];
  /** errno of the failure that killed the connection, 0 while healthy. */
  failed = 0;
  closed = false;
  done: Promise<void> | null = null;

  constructor(readonly svc: ServiceCore, readonly id: number, readonly stream: Stream) {}

  data(chunk: Uint8Array): void {
    const svc = this.svc;
    svc.catchUp();
    if (this.closed) return;
    const max = svc.evt.maxPayload;
    if (chunk.length <= max) svc.emit(L.E_DATA, this.id, 0, chunk);
    else for (let off = 0; off < chunk.length; off += max) svc.emit(L.E_DATA, this.id, 0, chunk.subarray(off, off + max));
    this.inflight += chunk.length;
    if (this.inflight > L.READ_HIGH && !this.paused) {
      this.paused = true;
      this.stream.readStop();
    }
  }

  eof(): void {
    this.svc.catchUp();
    if (!this.closed) this.svc.emit(L.E_EOF, this.id, 0, null);
  }

  error(errno: number): void {
    if (this.failed !== 0) return;
    this.failed = errno;
    this.stream.readStop();
    if (!this.closed) this.svc.emit(L.E_ERROR, this.id, -errno, null);
    this.answerFlushes();
  }

  written(bytes: number, errno: number): void {
    this.unwritten -= bytes;
    if (errno !== 0) this.error(errno);
    else if (this.flushWaiters.length !== 0 && this.unwritten <= L.FLUSH_LOW) this.answerFlushes();
  }

  answerFlushes(): void {
    const value = this.failed !== 0 ? -this.failed : this.unwritten;
    for (const id of this.flushWaiters) this.svc.emit(L.E_RESULT, id, value, null);
    this.flushWaiters.length = 0;
  }
}

class ServiceCore implements NetService {
  readonly shared: L.SharedNet;
  readonly transport: 'raw' | 'node';
  readonly ctrl: Int32Array;
  readonly cmd: Ring;
  readonly evt: Ring;
  private readonly tcp: Transport;
  private readonly conns = new Map<number, Conn>();
  private readonly listeners = new Map<number, Listener>();
  private readonly closing = new Set<Promise<void>>();
  private nextId = 3; // small numbers, like file descriptors past stdio
  private outbox: Array<[number, number, number, Uint8Array | null]> = [];
  private outboxArmed = false;
  private stopped = false;

  constructor(options: ServiceOptions) {
    this.tcp = chooseTransport(options.transport);
    this.transport = this.tcp.name;
    this.shared = options.shared ?? L.allocateShared(options.ringBytes);
    this.ctrl = new Int32Array(this.shared.ctrl);
    this.cmd = new Ring(this.shared.cmd, this.ctrl, L.CMD_W, L.CMD_R);
    this.evt = new Ring(this.shared.evt, this.ctrl, L.EVT_W, L.EVT_R);
    this.onWake();
  }

  // Events to the program thread. When the event ring is full they wait, in order, in the
  // outbox; credit flow control keeps that bounded.

  emit(type: number, h: number, extra: number, payload: Uint8Array | null): void {
    if (this.outbox.length !== 0 || !this.evt.tryWrite(type, h, extra, payload)) {
      this.outbox.push([type, h, extra, payload === null ? null : payload.slice()]);
      this.armOutbox();
      return;
    }
    this.ring();
  }

  private ring(): void {
    Atomics.add(this.ctrl, L.BELL, 1);
    Atomics.notify(this.ctrl, L.BELL);
  }

  private armOutbox(): void {
    if (this.outboxArmed) return;
    this.outboxArmed = true;
    Atomics.store(this.ctrl, L.WANT_EVT_ROOM, 1);
    const r = waitAsync(this.ctrl, L.EVT_R, this.evt.lastR);
    if (r.async) void r.value.then(() => this.flushOutbox());
    else queueMicrotask(() => this.flushOutbox());
  }

  private flushOutbox(): void {
    this.outboxArmed = false;
    Atomics.store(this.ctrl, L.WANT_EVT_ROOM, 0);
    let sent = 0;
    while (this.outbox.length !== 0) {
      const [type, h, extra, payload] = this.outbox[0];
      if (!this.evt.tryWrite(type, h, extra, payload)) {
        this.armOutbox();
        break;
      }
      this.outbox.shift();
      sent++;
    }
    if (sent !== 0) this.ring();
  }

  // Commands from the program thread.

  private onWake(): void {
    if (this.stopped) return;
    this.takeCommands();
    const r = waitAsync(this.ctrl, L.CMD_W, this.cmd.seenW);
    // A batch arrived meanwhile: let I/O callbacks run before taking it.
    if (r.async) void r.value.then(this.wake);
    else setImmediate(this.wake);
  }

  private readonly wake = (): void => this.onWake();

  private takeCommands(): void {
    if (this.cmd.drain(this.onCommand) !== 0 && Atomics.load(this.ctrl, L.WANT_ROOM) !== 0) {
      Atomics.store(this.ctrl, L.WANT_ROOM, 0);
      this.ring();
    }
  }

  /**
   * Carry out the commands already posted before an event for a connection goes out. The
   * program's wake-up call for them may come later in the same turn of the event loop than the
   * connection's input: a client that reads its response and hangs up would otherwise get an EOF
   * pushed, and the program woken for it, on a connection the program has already closed.
   */
  catchUp(): void {
    if (!this.stopped && this.cmd.pending()) this.takeCommands();
  }

  private readonly onCommand = (type: number, h: number, extra: number, payload: Uint8Array | null): void => {
    switch (type) {
      case L.C_SEND: {
        const c = this.conns.get(h);
        if (c === undefined || c.failed !== 0) return;
        c.unwritten += payload!.length;
        c.stream.write(payload!);
        return;
      }
      case L.C_CLOSE: {
        const c = this.conns.get(h);
        if (c !== undefined) return this.closeConn(c);
        const l = this.listeners.get(h);
        if (l !== undefined) {
          this.listeners.delete(h);
          l.close();
        }
        return;
      }
      case L.C_CONSUMED: {
        const c = this.conns.get(h);
        if (c === undefined) return;
        c.inflight -= extra;
        if (c.paused && c.inflight < L.READ_LOW && c.failed === 0) {
          c.paused = false;
          c.stream.readStart();
        }
        return;
      }
      case L.C_FLUSH: {
        const c = this.conns.get(h);
        if (c === undefined) return this.emit(L.E_RESULT, extra, -9, null);
        c.flushWaiters.push(extra);
        if (c.failed !== 0 || c.unwritten <= L.FLUSH_LOW) c.answerFlushes();
        return;
      }
      case L.C_SHUT_WR: {
        const c = this.conns.get(h);
        if (c !== undefined && c.failed === 0) c.stream.shutdown(() => {});
        return;
      }
      case L.C_LISTEN:
        return this.listen(h, extra, decoder.decode(payload!));
      case L.C_NOOP:
        return this.emit(L.E_RESULT, h, 0, null);
      case L.C_SHUTDOWN:
        // After the drain this command came in (shutdown drains the ring itself).
        queueMicrotask(() => void this.shutdown(EXIT_FLUSH_MS).then(() => this.emit(L.E_RESULT, h, 0, null)));
        return;
    }
  };

  private listen(reqId: number, port: number, spec: string): void {
    const nl = spec.indexOf('\n');
    const host = spec.slice(0, nl);
    const backlog = Number(spec.slice(nl + 1));
    resolveHost(host, (errno, ip) => {
      // getaddrinfo's errnos are negative: they travel as text (see blocking.ts resultErrno).
      if (errno !== 0) return this.emit(L.E_RESULT, reqId, -1, encoder.encode(String(errno)));
      const id = this.nextId++;
      this.tcp.listen(ip, port, backlog, (stream, peer, local) => {
        const c = new Conn(this, this.nextId++, stream);
        this.conns.set(c.id, c);
        this.emit(L.E_ACCEPTED, c.id, id,
          encoder.encode(`${peer.address}|${peer.port}|${local.address}|${local.port}|${stream.fd}`));
        stream.readStart();
        return c;
      }, (err, listener) => {
        if (err !== 0 || listener === null) return this.emit(L.E_RESULT, reqId, -err, null);
        this.listeners.set(id, listener);
        this.emit(L.E_RESULT, reqId, id, encoder.encode(`${listener.address}|${listener.port}`));
      });
    });
  }

  private closeConn(c: Conn): void {
    this.conns.delete(c.id);
    if (c.closed) return;
    c.closed = true;
    c.stream.readStop();
    // Like close(2): queued data is still delivered, then FIN. With nothing queued in the
    // transport (the program wrote its sends itself), close(2) is what does that: a shutdown
    // first would only cost a request and a turn of the event loop.
    const done = new Promise<void>((resolve) => {
      const close = (): void => c.stream.close(resolve);
      if (c.failed !== 0 || c.unwritten === 0) close();
      else c.stream.shutdown(close);
    });
    this.closing.add(done);
    void done.then(() => this.closing.delete(done));
  }

  interrupt(): boolean {
    if (Atomics.compareExchange(this.ctrl, L.SIGINT, 0, 1) !== 0) return false;
    this.ring();
    return true;
  }

  ready(): void {
    Atomics.store(this.ctrl, L.READY, 1);
    this.ring();
  }

  die(): void {
    this.stopped = true;
    if (Atomics.exchange(this.ctrl, L.DEAD, 1) === 0) this.ring();
  }

  shutdown(timeoutMs: number): Promise<void> {
    // Sends and closes the program posted just before it ended may still sit in the command ring
    // (posted commands get no reply): carry them out before closing what is left.
    if (!this.stopped) this.cmd.drain(this.onCommand);
    this.stopped = true;
    for (const l of this.listeners.values()) l.close();
    this.listeners.clear();
    for (const c of [...this.conns.values()]) this.closeConn(c);
    if (this.closing.size === 0) return Promise.resolve();
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<void>((resolve) => { timer = setTimeout(resolve, timeoutMs); });
    return Promise.race([Promise.all(this.closing).then(() => {}), limit]).finally(() => clearTimeout(timer));
  }
}

/** Start the socket service on this thread's event loop. */
export function startService(options: ServiceOptions = {}): NetService {
  return new ServiceCore(options);
}

function writeStderr(text: string): void {
  try {
    nodeModule('fs').writeSync(2, text);
  } catch {
    // stderr closed: nothing left to tell
  }
}

/**
 * Run the service for the rest of this worker's life: Ctrl-C becomes an interrupt of the
 * program's blocked call, and a second Ctrl-C while the first is still pending (a loop that never
 * blocks nor checks) ends the process as an unhandled SIGINT does. The worker's end, however it
 * comes, wakes the program's blocked call to fail rather than hang.
 */
export function superviseFromWorker(service: NetService): void {
  // A signal handler of the program's thread could not run while it is blocked, and a worker's
  // process.on('SIGINT') is never called: libuv's signal handle, on this thread's loop, is.
  const sigint = signalHandle(2, () => {
    if (service.interrupt()) return;
    sigint?.close();
    process.kill(process.pid, 'SIGINT');
  });
  // Atomics.waitAsync alone does not keep a worker's event loop alive.
  setInterval(() => {}, 2 ** 30);
  process.on('uncaughtException', (e: unknown) => {
    const err = e as { stack?: unknown };
    writeStderr(`memphis.net service: ${typeof err?.stack === 'string' ? err.stack : String(e)}\n`);
    service.die();
    process.exit(1);
  });
  process.on('exit', () => service.die());
  service.ready();
}

interface SignalHandle {
  close(): void;
}

/** Call `onSignal` for each `signum` this process gets, from this thread's event loop. */
function signalHandle(signum: number, onSignal: () => void): SignalHandle | null {
  const binding = (process as unknown as { binding?: (name: string) => unknown }).binding;
  if (typeof binding !== 'function') return null;
  const quiet = process.noDeprecation;
  process.noDeprecation = true;
  try {
    const { Signal } = binding('signal_wrap') as {
      Signal: new () => { onsignal: (n: number) => void; start(n: number): number; close(): void; unref(): void };
    };
    const handle = new Signal();
    handle.onsignal = onSignal;
    if (handle.start(signum) !== 0) {
      handle.close();
      return null;
    }
    handle.unref();
    return handle;
  } catch {
    return null;
  } finally {
    process.noDeprecation = quiet;
  }
}
