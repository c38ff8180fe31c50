// The native transport of blocking sockets: the program thread makes the real blocking syscalls
// itself, through a small N-API addon (addon/sock.c), with no worker and no ring. It serves the
// same API as the socket service (blocking.ts), which stays the fallback: launch.ts picks this one
// when the addon loads (Linux, built at install time) and MEMPHIS_NET_TRANSPORT does not say
// otherwise.
//
// addon.ts loads the addon (from the bytes the compiler embeds in the program, or the built file).
// Handles are the sockets' file descriptors. Ctrl-C is the addon's: a persistent SIGINT handler wakes any wait,
// and a Ctrl-C during computation is raised by the next socket call (or checkInterrupt).

import { allocBytes } from '../bytesops.js';
import { setTextWriter } from '../io.js';
import { loadAddon, type SockAddon } from './addon.js';
import { NetError, NetInterrupt, NetTimeout } from './blocking.js';

/** The blocking API on the addon, as blocking.ts forwards it. */
export interface DirectSockets {
  listen(host: string, port: number, backlog: number): number;
  getsockname(h: number): [string, number];
  accept(h: number): [number, string, number];
  recv(h: number, n: number): Uint8Array;
  send(h: number, data: Uint8Array): void;
  shutdownWrite(h: number): void;
  close(h: number): void;
  settimeout(h: number, seconds: number | null): void;
  waitReadable(hs: readonly number[], timeout: number): number[];
  sleep(seconds: number): void;
  checkInterrupt(): void;
  setBeforeBlock(fn: (() => void) | null): void;
}

// ---------------------------------------------------------------------------------------------
// Loading

/**
 * The native transport on the addon (addon.ts loads it, once per process); null when it does
 * not load in any way (not Linux, nothing to load, a dlopen error): the caller falls back.
 */
export function openDirect(): DirectSockets | null {
  const addon = loadAddon();
  return addon === null ? null : directSockets(addon);
}

// ---------------------------------------------------------------------------------------------
// The API

interface DirectHandle {
  readonly listener: boolean;
  /** Timeout in ms; -1 blocks forever, 0 never blocks. */
  timeout: number;
  /** The local address, asked of the kernel on first use. */
  sockname: [string, number] | null;
  writeClosed: boolean;
}

/** The addon's errors as the layer's: NetError(errno), NetTimeout, NetInterrupt. */
function translate(e: unknown): never {
  const err = e as { code?: unknown; errno?: unknown };
  if (err !== null && typeof err === 'object') {
    if (err.code === 'SIGINT') throw new NetInterrupt();
    if (err.code === 'TIMEOUT') throw new NetTimeout();
    if (typeof err.code === 'string' && err.code[0] === 'E' && typeof err.errno === 'number') throw new NetError(err.errno);
  }
  throw e;
}

/** Resolve a Python bind address as the service does: '' is INADDR_ANY. */
function bindHost(host: string): string {
  if (host === '') return '0.0.0.0';
  if (host === '<broadcast>') return '255.255.255.255';
  return host;
}

/** What one recv reads into before its bytes are copied out: recv's usual 64 KiB. */
const RECV_SCRATCH = 65536;

function directSockets(addon: SockAddon): DirectSockets {
  const handles = new Map<number, DirectHandle>();
  // A Buffer made by the addon for every recv costs an allocation outside V8's heap, tracked and
  // swept (about 1 µs); the bytes kept are copied out of one reused array instead, into the
  // runtime's small-bytes slabs. An addon built before recvInto keeps the Buffer per call.
  const recvInto = addon.recvInto;
  const scratch = recvInto !== undefined ? new Uint8Array(RECV_SCRATCH) : null;
  // poll's descriptor and result arrays, grown as needed and reused from call to call.
  let pollFds = new Int32Array(16);
  let pollEvents = new Int32Array(16);
  // The before-block hook, also kept here: a wait_readable that may block runs it itself before
  // calling the addon, which would otherwise call back into JS for it (about 0.2 µs a wait).
  let beforeBlock: (() => void) | null = null;
  // Ctrl-C is ours from now on (unless the process ignores it).
  addon.catchInterrupts();
  // stdout and stderr are written through the addon from now on: fs.writeSync's request object
  // and checks cost about 1 µs a call, which a server logging every request pays each time.
  const writeText = addon.writeText;
  if (writeText !== undefined) setTextWriter((fd, s) => writeText.call(addon, fd, s));

  const state = (h: number): DirectHandle => {
    const s = handles.get(h);
    if (s === undefined) throw new NetError(9); // EBADF: closed
    return s;
  };
  const opened = (fd: number, listener: boolean): void => {
    handles.set(fd, { listener, timeout: -1, sockname: null, writeClosed: false });
  };

  /** waitReadable with closed handles among `hs`: those count as ready, so that their call raises. */
  const waitWithClosed = (hs: readonly number[], timeout: number): number[] => {
    const closed = hs.filter((h) => !handles.has(h));
    const open = hs.filter((h) => handles.has(h));
    const fds = Int32Array.from(open);
    const revents = new Int32Array(open.length);
    try {
      addon.poll(fds, open.length, closed.length !== 0 ? 0 : timeout, revents);
    } catch (e) {
      return translate(e);
    }
    const ready = open.filter((_h, i) => revents[i] !== 0);
    return hs.filter((h) => closed.includes(h) || ready.includes(h));
  };

  return {
    listen(host, port, backlog) {
      let fd: number;
      try {
        fd = addon.listen(bindHost(host), port, backlog);
      } catch (e) {
        return translate(e);
      }
      opened(fd, true);
      return fd;
    },

    getsockname(h) {
      const s = state(h);
      if (s.sockname === null) {
        try {
          s.sockname = addon.getsockname(h);
        } catch (e) {
          return translate(e);
        }
      }
      return [s.sockname[0], s.sockname[1]];
    },

    accept(h) {
      const s = state(h);
      if (!s.listener) throw new NetError(22); // EINVAL, as accept on a connected socket gives
      let got: [number, string, number];
      try {
        got = addon.accept(h, s.timeout);
      } catch (e) {
        return translate(e);
      }
      opened(got[0], false);
      return got;
    },

    recv(h, n) {
      const s = state(h);
      if (s.listener) throw new NetError(107); // ENOTCONN
      try {
        if (scratch === null || n > RECV_SCRATCH) return addon.recv(h, n, s.timeout);
        const got = recvInto!.call(addon, h, scratch, n, s.timeout);
        const out = allocBytes(got);
        out.set(scratch.subarray(0, got));
        return out;
      } catch (e) {
        return translate(e);
      }
    },

    send(h, data) {
      const s = state(h);
      if (s.listener) throw new NetError(107);
      if (s.writeClosed) throw new NetError(32); // EPIPE
      try {
        addon.send(h, data, s.timeout);
      } catch (e) {
        translate(e);
      }
    },

    shutdownWrite(h) {
      const s = state(h);
      if (s.listener) throw new NetError(107);
      if (s.writeClosed) return;
      s.writeClosed = true;
      try {
        addon.shutdown(h, 1);
      } catch (e) {
        // A peer that reset the connection: it is already shut, as far as the program can tell.
        if ((e as { errno?: unknown }).errno !== 107) translate(e);
      }
    },

    close(h) {
      if (!handles.delete(h)) return;
      addon.close(h);
    },

    settimeout(h, seconds) {
      state(h).timeout = seconds === null ? -1 : Math.max(0, seconds * 1000);
    },

    waitReadable(hs, timeout) {
      let open = 0;
      for (let i = 0; i < hs.length; i++) if (handles.has(hs[i]!)) open++;
      if (open !== hs.length) return waitWithClosed(hs, timeout);
      if (pollFds.length < open) {
        pollFds = new Int32Array(open * 2);
        pollEvents = new Int32Array(open * 2);
      }
      for (let i = 0; i < open; i++) pollFds[i] = hs[i]!;
      try {
        if (timeout !== 0 && beforeBlock !== null) beforeBlock();
        addon.poll(pollFds, open, timeout, pollEvents, false);
      } catch (e) {
        return translate(e);
      }
      const ready: number[] = [];
      for (let i = 0; i < open; i++) if (pollEvents[i] !== 0) ready.push(hs[i]!);
      return ready;
    },

    sleep(seconds) {
      try {
        addon.sleep(Math.max(0, seconds * 1000));
      } catch (e) {
        translate(e);
      }
    },

    checkInterrupt() {
      if (addon.takeInterrupt()) throw new NetInterrupt();
    },

    setBeforeBlock(fn) {
      beforeBlock = fn;
      addon.setBeforeBlock(fn);
    },
  };
}
