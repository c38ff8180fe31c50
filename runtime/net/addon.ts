// Loading the native addon (addon/sock.c) once per process, for both of its users: memphis.net's
// native transport (native.ts) and the socket module (stdlib/socket.ts). One loaded copy serves
// both, so they share its SIGINT handler and its before-block hook.
//
// A compiled program carries the addon's bytes (base64) when it imports memphis.net or socket, so
// it still runs from any folder: the first load writes them once to a cache file named by their
// hash, in a folder of the user's own under the temp directory, and loads that. Run from dist/
// (the runtime's tests), it loads dist/native/sock.node.

import { nodeModule } from '../host.js';
import { embeddedNetAddon } from '../module.js';

/** The addon's exports (addon/sock.c). Timeouts are in ms: -1 forever, 0 never blocks. */
export interface SockAddon {
  listen(host: string, port: number, backlog: number): number;
  getsockname(fd: number): [string, number];
  /** [fd, host, port] */
  accept(fd: number, timeoutMs: number): [number, string, number];
  recv(fd: number, n: number, timeoutMs: number, flags?: number): Uint8Array;
  /** Receives at most min(n, u8.length) bytes into u8; the count (0 at EOF). */
  recvInto?(fd: number, u8: Uint8Array, n: number, timeoutMs: number, flags?: number): number;
  send(fd: number, data: Uint8Array, timeoutMs: number, flags?: number): void;
  /** write(2) of a string as UTF-8: 0 when all went out, errno when nothing did, -k after k bytes. */
  writeText?(fd: number, s: string): number;
  shutdown(fd: number, how: number): void;
  close(fd: number): void;
  /** `hook` false: the caller has run the before-block hook (an older addon runs it anyway). */
  poll(fds: Int32Array, count: number, timeoutMs: number, revents: Int32Array, hook?: boolean): number;
  sleep(ms: number): void;
  catchInterrupts(): boolean;
  takeInterrupt(): boolean;
  setBeforeBlock(fn: (() => void) | null): void;
  // The socket module's calls. An address is (family, host, port, flowinfo, scope_id); one that
  // comes back is [family, host, port, flowinfo, scope_id].
  socket(family: number, type: number, proto: number): number;
  adopt(fd: number): void;
  dup(fd: number): number;
  bind(fd: number, family: number, host: string, port: number, flowinfo: number, scope: number): void;
  listenOn(fd: number, backlog: number): void;
  connect(fd: number, family: number, host: string, port: number, flowinfo: number, scope: number, timeoutMs: number): void;
  sockaddr(fd: number, peer: boolean): [number, string, number, number, number];
  sendSome(fd: number, data: Uint8Array, timeoutMs: number, flags: number): number;
  setsockopt(fd: number, level: number, option: number, value: number | Uint8Array): void;
  getsockopt(fd: number, level: number, option: number, buflen: number): number | Uint8Array;
  getaddrinfo(host: string | null, port: string | null, family: number, type: number, proto: number, flags: number):
    Array<[number, number, number, string, string, number, number, number]>;
}

let loaded: SockAddon | null | undefined;

/**
 * The addon, loaded on the first call from the bytes the compiler embedded in the program (or,
 * run from dist/, from the built file); null when that fails in any way (not Linux, nothing to
 * load, a dlopen error, an untrusted cache folder).
 */
export function loadAddon(): SockAddon | null {
  if (loaded !== undefined) return loaded;
  loaded = null;
  if (process.platform !== 'linux') return null;
  try {
    const embedded = embeddedNetAddon();
    const file = embedded !== null ? cachedCopy(embedded) : builtAddon();
    if (file === null || !nodeModule('fs').existsSync(file)) return null;
    const mod = { exports: {} as SockAddon };
    process.dlopen(mod, file, nodeModule('os').constants.dlopen.RTLD_NOW);
    if (typeof mod.exports.takeInterrupt === 'function') loaded = mod.exports;
  } catch {
    loaded = null;
  }
  return loaded;
}

/** Where `npm install` builds the addon, when this file runs from dist/ (not bundled). */
function builtAddon(): string | null {
  const here = import.meta.url;
  if (!here.startsWith('file:') || !here.endsWith('/runtime/net/addon.js')) return null;
  return nodeModule('url').fileURLToPath(new URL('../../native/sock.node', here));
}

/**
 * The addon's bytes as a file: `<tmp>/memphis-<uid>/sock-<hash>.node`, written once (to a temp
 * name, then renamed, so a reader never sees half of it). The folder must be this user's and
 * closed to others, or a file planted there could be loaded as ours: else null.
 */
function cachedCopy(base64: string): string | null {
  const fs = nodeModule('fs');
  const path = nodeModule('path');
  const bytes = Buffer.from(base64, 'base64');
  const hash = nodeModule('crypto').createHash('sha256').update(bytes).digest('hex').slice(0, 20);
  const uid = typeof process.getuid === 'function' ? process.getuid() : -1;
  const dir = path.join(nodeModule('os').tmpdir(), `memphis-${uid}`);
  try {
    fs.mkdirSync(dir, { mode: 0o700 });
  } catch (e) {
    if ((e as { code?: string }).code !== 'EEXIST') return null;
  }
  const st = fs.lstatSync(dir);
  if (!st.isDirectory() || st.uid !== uid || (st.mode & 0o077) !== 0) return null;
  const file = path.join(dir, `sock-${hash}.node`);
  if (fs.existsSync(file)) return file;
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, bytes, { mode: 0o700 });
  fs.renameSync(tmp, file);
  return file;
}
