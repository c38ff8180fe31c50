// Blocking TCP sockets for the program thread: synchronous listen/accept/recv/send/close, as
// Python's socket module needs them. This file knows nothing of Python objects; the runtime's
// socket class wraps it. Handles are small integers chosen by the service (service.ts).
//
// Every call first takes whatever events the service has already pushed (connections, data, EOF,
// errors), and sleeps in `Atomics.wait` only when none of them answers it. A send writes straight
// to the socket's (non-blocking) descriptor with `fs.writeSync`, which costs no wake-up of the
// main thread; when the kernel buffer is full (EAGAIN) the rest, and every later send on that
// connection, is posted to the service instead, so bytes never overtake each other. Posted sends
// and closes return at once; a send blocks only once SEND_HIGH bytes are still unwritten, like a
// full kernel socket buffer. A failed posted send surfaces on a later call, as it does with a
// kernel buffer.
//
// Each wait is bounded by the socket's timeout (NetTimeout), interrupted by Ctrl-C (NetInterrupt,
// raised from the service's SIGINT handler) and by the service stopping, and preceded by the
// before-block hook, where the runtime flushes buffered stdout. The first call starts the service
// (the starter launch.ts sets); until then this thread has no service and no SIGINT handler.
//
// The starter may instead hand this layer the native transport (native.ts: real blocking
// syscalls on this thread, no service); every call then goes there.

import { nodeModule } from '../host.js';
import { errnoFromName, errnoName, strerror } from './errno.js';
import * as L from './layout.js';
import type { DirectSockets } from './native.js';
import { Ring } from './ring.js';

const { writeSync } = nodeModule('fs');

/** An OSError: Linux errno, its name, and glibc's message (CPython's `strerror`). */
export class NetError extends Error {
  readonly errno: number;
  readonly code: string;

  constructor(errno: number) {
    super(strerror(errno));
    this.name = 'NetError';
    this.errno = errno;
    this.code = errnoName(errno);
  }
}

/** A blocking call outlasted the socket's timeout (CPython: `TimeoutError('timed out')`). */
export class NetTimeout extends Error {
  constructor() {
    super('timed out');
    this.name = 'NetTimeout';
  }
}

/** Ctrl-C arrived while the program was blocked or polling (CPython: KeyboardInterrupt). */
export class NetInterrupt extends Error {
  constructor() {
    super('');
    this.name = 'NetInterrupt';
  }
}

/** Thrown when the socket service is gone (its thread ended). */
export class NetServiceStopped extends Error {
  constructor() {
    super('the socket service has stopped');
    this.name = 'NetServiceStopped';
  }
}

interface ConnState {
  readonly listener: false;
  /** Received chunks not yet returned by recv; `qoff` bytes of the first are already taken. */
  q: Uint8Array[];
  qoff: number;
  qbytes: number;
  eof: boolean;
  /** errno the service reported, not yet raised; -1 once raised (the connection is dead). */
  err: number;
  writeClosed: boolean;
  /** Bytes taken by recv and not yet credited back to the service. */
  unreported: number;
  /** Bytes posted since the service last said how much is unwritten (an upper bound). */
  unflushed: number;
  /** Timeout in ms; -1 blocks forever, 0 never blocks. */
  timeout: number;
  sockname: [string, number];
  /** Descriptor for direct writes; -1 once sends go through the service. */
  fd: number;
}

interface ListenerState {
  readonly listener: true;
  pending: Array<[number, string, number]>;
  timeout: number;
  sockname: [string, number];
}

type HandleState = ConnState | ListenerState;

const encoder = new TextEncoder();
const decoder = new TextDecoder();
/** Sends are cut into records of at most this size (smaller with small test rings). */
const SEND_CHUNK = 256 * 1024;

let ctrl: Int32Array | null = null;
let cmd: Ring;
let evt: Ring;
let sendChunk = SEND_CHUNK;
/** MEMPHIS_NET_DIRECT=0 posts every send (to measure the difference). */
const directWrites = process.env.MEMPHIS_NET_DIRECT !== '0';
const handles = new Map<number, HandleState>();
const results = new Map<number, [number, Uint8Array | null]>();
/** Requests whose caller gave up (timeout, Ctrl-C), by id: their command type. */
const abandoned = new Map<number, number>();
let reqSeq = 0;
let beforeBlock: (() => void) | null = null;
let startService: (() => void) | null = null;
/** The native transport, when the starter chose it (then there is no service). */
let direct: DirectSockets | null = null;

/** The starter chose the native transport: serve every call with it. */
export function useDirect(sockets: DirectSockets): void {
  direct = sockets;
  sockets.setBeforeBlock(beforeBlock);
}

/** The transport in use, for diagnostics and tests: 'addon', 'service', or null before the first call. */
export function transportInUse(): 'addon' | 'service' | null {
  return direct !== null ? 'addon' : ctrl !== null ? 'service' : null;
}

/** The native transport, after starting one on the first call; null when it is the service. */
function viaDirect(): DirectSockets | null {
  if (direct === null && ctrl === null) control();
  return direct;
}

/** How the first socket call starts the service and attaches this thread to it (launch.ts). */
export function setServiceStarter(start: (() => void) | null): void {
  startService = start;
}

/** Bind this thread to the buffers the service shares (the starter does this). */
export function attachProgramThread(shared: L.SharedNet): void {
  ctrl = new Int32Array(shared.ctrl);
  cmd = new Ring(shared.cmd, ctrl, L.CMD_W, L.CMD_R);
  evt = new Ring(shared.evt, ctrl, L.EVT_W, L.EVT_R);
  sendChunk = Math.min(SEND_CHUNK, cmd.maxPayload);
}

/** How long a program waits for its service's worker to start before giving up. */
const SERVICE_START_MS = 30_000;

/**
 * Wait until the service serves and holds SIGINT (the worker starting takes tens of ms), so
 * that no Ctrl-C falls between the first socket call and the handler. A worker that fails to
 * load can say nothing: the wait is bounded.
 */
export function awaitService(): void {
  const c = ctrl!;
  const deadline = performance.now() + SERVICE_START_MS;
  while (Atomics.load(c, L.READY) === 0) {
    const bell = Atomics.load(c, L.BELL);
    if (c[L.DEAD] !== 0) throw new NetServiceStopped();
    if (Atomics.load(c, L.READY) !== 0) break;
    if (performance.now() >= deadline) throw new Error('memphis.net: the socket service did not start');
    Atomics.wait(c, L.BELL, bell, 100);
  }
}

function control(): Int32Array {
  if (ctrl !== null) return ctrl;
  if (startService === null) {
    throw new Error('sockets need the program thread started by runProgram(url, main, true)');
  }
  const start = startService;
  startService = null;
  start();
  if (ctrl === null && direct === null) throw new Error('memphis.net: no socket transport started');
  return ctrl!;
}

/** The runtime's hook, run right before the thread sleeps (it flushes buffered stdout there). */
export function setBeforeBlock(fn: (() => void) | null): void {
  beforeBlock = fn;
  if (direct !== null) direct.setBeforeBlock(fn);
}

/** Throw NetInterrupt if Ctrl-C is pending. Cheap enough for loop back-edges. */
export function checkInterrupt(): void {
  if (direct !== null) direct.checkInterrupt();
  else if (ctrl !== null && ctrl[L.SIGINT] !== 0 && Atomics.exchange(ctrl, L.SIGINT, 0) !== 0) {
    throw new NetInterrupt();
  }
}

function checkSignals(c: Int32Array): void {
  if (c[L.SIGINT] !== 0 && Atomics.exchange(c, L.SIGINT, 0) !== 0) throw new NetInterrupt();
  if (c[L.DEAD] !== 0) throw new NetServiceStopped();
}

/** Sleep until BELL moves from `bell` or `deadline` (performance.now() ms) passes. */
function block(c: Int32Array, bell: number, deadline: number): void {
  if (beforeBlock !== null) beforeBlock();
  // Wake at least once a second anyway: a cheap guard against any lost notify.
  let ms = 1000;
  if (deadline !== Infinity) ms = Math.max(0, Math.min(ms, deadline - performance.now()));
  Atomics.wait(c, L.BELL, bell, ms);
}

// Events from the service.

function onEvent(type: number, h: number, extra: number, payload: Uint8Array | null): void {
  switch (type) {
    case L.E_DATA: {
      const s = handles.get(h);
      if (s !== undefined && !s.listener) {
        s.q.push(payload!);
        s.qbytes += payload!.length;
      }
      return;
    }
    case L.E_ACCEPTED: {
      const l = handles.get(extra);
      if (l === undefined || !l.listener) {
        post(L.C_CLOSE, h, 0, null); // the listener was closed meanwhile
        return;
      }
      const [peer, peerPort, local, localPort, fd] = decoder.decode(payload!).split('|');
      handles.set(h, {
        listener: false, q: [], qoff: 0, qbytes: 0, eof: false, err: 0, writeClosed: false,
        unreported: 0, unflushed: 0, timeout: -1, sockname: [local, Number(localPort)],
        fd: directWrites ? Number(fd) : -1,
      });
      l.pending.push([h, peer, Number(peerPort)]);
      return;
    }
    case L.E_EOF: {
      const s = handles.get(h);
      if (s !== undefined && !s.listener) s.eof = true;
      return;
    }
    case L.E_ERROR: {
      const s = handles.get(h);
      if (s !== undefined && !s.listener && s.err === 0) s.err = -extra;
      return;
    }
    case L.E_RESULT: {
      const gaveUp = abandoned.get(h);
      if (gaveUp === undefined) {
        results.set(h, [extra, payload]);
        return;
      }
      abandoned.delete(h);
      // A listener nobody will know about: close it.
      if (gaveUp === L.C_LISTEN && extra > 0) post(L.C_CLOSE, extra, 0, null);
      return;
    }
  }
}

/** Take every pending event; true if there were any. */
function pump(c: Int32Array): boolean {
  if (!evt.pending()) return false;
  evt.drain(onEvent);
  if (Atomics.load(c, L.WANT_EVT_ROOM) !== 0) Atomics.notify(c, L.EVT_R);
  return true;
}

// Commands to the service.

function post(type: number, h: number, extra: number, payload: Uint8Array | null): void {
  const c = ctrl!;
  if (!cmd.tryWrite(type, h, extra, payload)) {
    for (;;) {
      Atomics.store(c, L.WANT_ROOM, 1);
      const bell = Atomics.load(c, L.BELL);
      if (cmd.tryWrite(type, h, extra, payload)) break;
      checkSignals(c);
      block(c, bell, Infinity);
    }
  }
  Atomics.notify(c, L.CMD_W);
}

function resultErrno(value: number, payload: Uint8Array | null): number {
  return payload !== null ? Number(decoder.decode(payload)) : -value;
}

/** Post a request and wait for its result: [value, payload]. */
function request(type: number, h: number, extra: number, payload: Uint8Array | null,
  timeout: number, idInExtra: boolean): [number, Uint8Array | null] {
  const c = control();
  const id = ++reqSeq;
  if (idInExtra) post(type, h, id, payload);
  else post(type, id, extra, payload);
  let deadline = NaN;
  try {
    for (;;) {
      const bell = Atomics.load(c, L.BELL);
      pump(c);
      const res = results.get(id);
      if (res !== undefined) {
        results.delete(id);
        return res;
      }
      checkSignals(c);
      if (deadline !== deadline) deadline = timeout < 0 ? Infinity : performance.now() + timeout;
      if (performance.now() >= deadline) throw new NetTimeout();
      block(c, bell, deadline);
    }
  } catch (e) {
    abandoned.set(id, type);
    throw e;
  }
}

// Handles.

function state(h: number): HandleState {
  control();
  const s = handles.get(h);
  if (s === undefined) throw new NetError(9);
  return s;
}

function connState(h: number): ConnState {
  const s = state(h);
  if (s.listener) throw new NetError(107); // ENOTCONN, as recv/send on a listening socket gives
  return s;
}

/** Wait for `ready()` to hold, within the handle's timeout. */
function waitUntil(c: Int32Array, timeout: number, ready: () => boolean): void {
  let deadline = NaN;
  for (;;) {
    const bell = Atomics.load(c, L.BELL);
    pump(c);
    if (ready()) return;
    checkSignals(c);
    if (timeout === 0) throw new NetError(11); // EAGAIN: a non-blocking socket
    if (deadline !== deadline) deadline = timeout < 0 ? Infinity : performance.now() + timeout;
    if (performance.now() >= deadline) throw new NetTimeout();
    block(c, bell, deadline);
  }
}

// The API.

/**
 * Bind to `host:port` and listen; returns the listener's handle. Port 0 picks a free port. `host`
 * '' means every interface; names are resolved (IPv4). The address is reusable at once
 * (SO_REUSEADDR, as Node sets it).
 */
export function listen(host: string, port: number, backlog = 128): number {
  const d = viaDirect();
  if (d !== null) return d.listen(host, port, backlog);
  const [value, payload] = request(L.C_LISTEN, 0, port, encoder.encode(`${host}\n${backlog}`), -1, false);
  if (value < 0) throw new NetError(resultErrno(value, payload));
  const [address, boundPort] = decoder.decode(payload!).split('|');
  handles.set(value, { listener: true, pending: [], timeout: -1, sockname: [address, Number(boundPort)] });
  return value;
}

/** The local address of a listener or connection. */
export function getsockname(h: number): [string, number] {
  if (direct !== null) return direct.getsockname(h);
  const s = state(h);
  return [s.sockname[0], s.sockname[1]];
}

/** Wait for a connection: [connection handle, peer host, peer port]. */
export function accept(h: number): [number, string, number] {
  const d = viaDirect();
  if (d !== null) return d.accept(h);
  const s = state(h);
  if (!s.listener) throw new NetError(22); // EINVAL, as accept on a connected socket gives
  if (s.pending.length === 0) waitUntil(ctrl!, s.timeout, () => s.pending.length !== 0);
  return s.pending.shift()!;
}

/** Up to `n` bytes, waiting for at least one; empty at EOF. */
export function recv(h: number, n: number): Uint8Array {
  const d = viaDirect();
  if (d !== null) return d.recv(h, n);
  const s = connState(h);
  if (s.qbytes === 0 && n > 0) {
    const c = ctrl!;
    pump(c);
    if (s.qbytes === 0 && s.err === 0 && !s.eof) {
      returnCreditBeforeSleep(h, s);
      waitUntil(c, s.timeout, () => s.qbytes !== 0 || s.err !== 0 || s.eof);
    }
  }
  if (s.qbytes !== 0 && n > 0) return take(h, s, n);
  if (s.err > 0) {
    const errno = s.err;
    s.err = -1;
    s.eof = true;
    throw new NetError(errno);
  }
  return new Uint8Array(0);
}

/**
 * Before sleeping on a connection whose queue is empty. The service can't be paused on it then:
 * it pauses above READ_HIGH unconsumed bytes and resumes below READ_LOW when credit comes back,
 * and `take` returns credit every CREDIT_EVERY (<= READ_LOW) bytes, so the last return left it
 * below READ_LOW. Returning the few bytes since then would cost a wake-up of the service per
 * request on a keep-alive connection; only a sizable remainder is returned (as insurance).
 */
function returnCreditBeforeSleep(h: number, s: ConnState): void {
  if (s.unreported >= L.READ_LOW / 4) {
    post(L.C_CONSUMED, h, s.unreported, null);
    s.unreported = 0;
  }
}

function take(h: number, s: ConnState, n: number): Uint8Array {
  let out: Uint8Array;
  const first = s.q[0];
  const avail = first.length - s.qoff;
  if (avail >= n || s.q.length === 1) {
    const k = Math.min(avail, n);
    if (s.qoff === 0 && k === first.length) {
      out = first;
      s.q.shift();
    } else {
      out = first.slice(s.qoff, s.qoff + k);
      s.qoff += k;
      if (s.qoff === first.length) {
        s.q.shift();
        s.qoff = 0;
      }
    }
  } else {
    const k = Math.min(n, s.qbytes);
    out = new Uint8Array(k);
    let got = 0;
    while (got < k) {
      const b = s.q[0];
      const m = Math.min(b.length - s.qoff, k - got);
      out.set(b.subarray(s.qoff, s.qoff + m), got);
      got += m;
      s.qoff += m;
      if (s.qoff === b.length) {
        s.q.shift();
        s.qoff = 0;
      }
    }
  }
  s.qbytes -= out.length;
  s.unreported += out.length;
  if (s.unreported >= L.CREDIT_EVERY) {
    post(L.C_CONSUMED, h, s.unreported, null);
    s.unreported = 0;
  }
  return out;
}

/**
 * The handles of `hs` that a call would not block on: a connection with data, EOF or an error, a
 * listener with a connection waiting (a closed handle counts too, so its call raises). Waits up
 * to `timeout` ms (-1 forever) for one; empty when the time runs out (select's readable set).
 */
export function waitReadable(hs: readonly number[], timeout: number): number[] {
  const d = viaDirect();
  if (d !== null) return d.waitReadable(hs, timeout);
  const c = control();
  const ready: number[] = [];
  const collect = (): boolean => {
    for (const h of hs) {
      const s = handles.get(h);
      if (s === undefined || (s.listener ? s.pending.length !== 0 : s.qbytes !== 0 || s.err !== 0 || s.eof)) {
        ready.push(h);
      }
    }
    return ready.length !== 0;
  };
  pump(c);
  if (collect() || timeout === 0) return ready;
  for (const h of hs) {
    const s = handles.get(h);
    if (s !== undefined && !s.listener) returnCreditBeforeSleep(h, s);
  }
  try {
    waitUntil(c, timeout, collect);
  } catch (e) {
    if (e instanceof NetTimeout) return ready;
    throw e;
  }
  return ready;
}

/** Send all of `data` (sendall). Blocks only while too much is still unwritten. */
export function send(h: number, data: Uint8Array): void {
  const d = viaDirect();
  if (d !== null) return d.send(h, data);
  const s = connState(h);
  pump(ctrl!);
  raisePending(s);
  const len = data.length;
  let start = 0;
  if (s.fd >= 0) {
    start = writeDirect(s, data);
    if (start === len) return;
  }
  // The ring copies the bytes, so the caller may reuse `data` at once.
  for (let off = start; off < len; off += sendChunk) {
    const chunk = off === 0 && len <= sendChunk ? data : data.subarray(off, Math.min(len, off + sendChunk));
    post(L.C_SEND, h, 0, chunk);
    s.unflushed += chunk.length;
    if (s.unflushed > L.SEND_HIGH) waitUnflushed(h, s);
  }
}

/** Write what the kernel takes now; on EAGAIN switch the connection to posted sends for good. */
function writeDirect(s: ConnState, data: Uint8Array): number {
  let off = 0;
  try {
    while (off < data.length) off += writeSync(s.fd, data, off, data.length - off);
  } catch (e) {
    const err = e as { code?: string; errno?: number };
    if (err.code === 'EAGAIN') {
      s.fd = -1;
      return off;
    }
    s.err = -1;
    s.fd = -1;
    throw new NetError(typeof err.errno === 'number' && err.errno < 0 ? -err.errno : errnoFromName(err.code ?? ''));
  }
  return off;
}

/** Back-pressure: wait until at most FLUSH_LOW bytes of `h` are still unwritten. */
function waitUnflushed(h: number, s: ConnState): void {
  const [value, payload] = request(L.C_FLUSH, h, 0, null, s.timeout === 0 ? -1 : s.timeout, true);
  if (value < 0) {
    s.err = -1;
    throw new NetError(resultErrno(value, payload));
  }
  s.unflushed = value;
}

function raisePending(s: ConnState): void {
  if (s.err > 0) {
    const errno = s.err;
    s.err = -1;
    throw new NetError(errno);
  }
  if (s.err < 0 || s.writeClosed) throw new NetError(32); // EPIPE
}

/** Half-close: the peer reads EOF once the queued data is delivered; recv still works. */
export function shutdownWrite(h: number): void {
  const d = viaDirect();
  if (d !== null) return d.shutdownWrite(h);
  const s = connState(h);
  if (s.writeClosed) return;
  s.writeClosed = true;
  post(L.C_SHUT_WR, h, 0, null);
}

/** Close a listener or connection; queued data is still delivered. Closing twice does nothing. */
export function close(h: number): void {
  if (direct !== null) return direct.close(h);
  const s = handles.get(h);
  if (s === undefined) return;
  if (s.listener) {
    // Connections accepted by the service but not yet by the program die with the listener.
    pump(ctrl!);
    for (const [conn] of s.pending) {
      handles.delete(conn);
      post(L.C_CLOSE, conn, 0, null);
    }
  }
  handles.delete(h);
  post(L.C_CLOSE, h, 0, null);
}

/** Timeout for blocking calls on `h`, in seconds: null blocks forever, 0 never blocks. */
export function settimeout(h: number, seconds: number | null): void {
  const d = viaDirect();
  if (d !== null) return d.settimeout(h, seconds);
  const s = state(h);
  s.timeout = seconds === null ? -1 : Math.max(0, seconds * 1000);
}

/**
 * True on the thread of a program that uses memphis.net (the service runs or can be started):
 * only the service can take Ctrl-C while this thread sleeps, so its sleeps go through `sleep`.
 */
export function isProgramThread(): boolean {
  return ctrl !== null || startService !== null || direct !== null;
}

/**
 * Sleep, waking early only to raise Ctrl-C (time.sleep on the program thread, which starts the
 * service if no socket call has: a signal handler of a sleeping thread could never run).
 */
export function sleep(seconds: number): void {
  const deadline = performance.now() + seconds * 1000;
  if (ctrl === null && startService !== null) control();
  if (direct !== null) return direct.sleep(seconds);
  if (ctrl === null) {
    // No service (a program without sockets): a plain sleep.
    const ms = deadline - performance.now();
    if (ms > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
    return;
  }
  const c = ctrl;
  for (;;) {
    const bell = Atomics.load(c, L.BELL);
    checkSignals(c);
    if (performance.now() >= deadline) return;
    block(c, bell, deadline);
  }
}

/**
 * The program has ended: wait (at most `timeoutMs`) until the service has closed every socket,
 * handing what is queued to the kernel, as Python's exit leaves unsent data to it. Nothing to do
 * when no socket call was ever made; a service already gone or a Ctrl-C ends the wait.
 */
export function finishService(timeoutMs: number): void {
  if (ctrl === null) return;
  try {
    request(L.C_SHUTDOWN, 0, 0, null, timeoutMs, false);
  } catch (e) {
    if (!(e instanceof NetTimeout || e instanceof NetInterrupt || e instanceof NetServiceStopped)) throw e;
  }
}

/** Round trip to the service and back (for measurements). */
export function ping(): void {
  request(L.C_NOOP, 0, 0, null, -1, false);
}
