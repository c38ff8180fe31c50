// `_socket`: the native half of the socket module (lib/socket.py is the other, as in CPython).
// Real sockets of the kernel, through the native addon that memphis.net's native transport also
// uses (net/addon.ts loads it once per process; net/addon/sock.c): every descriptor is
// non-blocking, and a call that must wait does so in ppoll on the program's thread, up to the
// socket's timeout. So a blocking call blocks the program as in CPython, a timeout raises
// TimeoutError('timed out'), a non-blocking socket (timeout 0) raises BlockingIOError, and
// Ctrl-C during a wait raises KeyboardInterrupt (the addon's SIGINT handler, installed with the
// first socket). Where the addon does not load (not Linux, not built), the module imports and its
// pure functions work, but making a socket raises OSError saying why.
//
// Errors are CPython's: the kernel's errno with glibc's message (`[Errno 111] Connection
// refused` as ConnectionRefusedError), gaierror for getaddrinfo's failures, and CPython's
// argument errors (getsockaddrarg, the argument converters).

import { bytesData, bytesFromU8, PyByteArray, PyBytes, PyMemoryView } from '../bytes.js';
import { allocBytes } from '../bytesops.js';
import { makeExc, OSError, raise, throwPy, TimeoutError } from '../exceptions.js';
import { PyFloat } from '../float.js';
import { nodeModule } from '../host.js';
import { intToFloat } from '../int.js';
import { flushStdout } from '../io.js';
import { nativeModule } from '../module.js';
import { nativeClass, type NativeClass } from '../native.js';
import { loadAddon, type SockAddon } from '../net/addon.js';
import { builtinType, type KwPairs, type PyType } from '../object.js';
import { truthy } from '../ops.js';
import { toIndex, typeNameOf } from '../slice.js';
import { isTuple, tuple, type PyTuple } from '../tuple.js';
import { defineAll } from './common.js';
import { toTimeout, timeoutValue } from '../net/timeout.js';

// ---------------------------------------------------------------------------------------------
// Constants (Linux's values)

const AF_UNSPEC = 0;
const AF_INET = 2;
const AF_INET6 = 10;
const SOCK_STREAM = 1;
const SOL_SOCKET = 1;
const SO_TYPE = 3;
const SO_PROTOCOL = 38;
const SO_DOMAIN = 39;
const EAGAIN = 11;
const EBADF = 9;

const CONSTANTS: Record<string, number> = {
  AF_UNSPEC, AF_UNIX: 1, AF_INET, AF_INET6, AF_PACKET: 17, AF_NETLINK: 16,
  SOCK_STREAM, SOCK_DGRAM: 2, SOCK_RAW: 3, SOCK_RDM: 4, SOCK_SEQPACKET: 5, SOCK_NONBLOCK: 0o4000, SOCK_CLOEXEC: 0o2000000,
  SOL_SOCKET, SOL_IP: 0, SOL_TCP: 6, SOL_UDP: 17,
  SO_DEBUG: 1, SO_REUSEADDR: 2, SO_TYPE, SO_ERROR: 4, SO_DONTROUTE: 5, SO_BROADCAST: 6, SO_SNDBUF: 7, SO_RCVBUF: 8,
  SO_KEEPALIVE: 9, SO_OOBINLINE: 10, SO_LINGER: 13, SO_REUSEPORT: 15, SO_RCVLOWAT: 18, SO_SNDLOWAT: 19,
  SO_RCVTIMEO: 20, SO_SNDTIMEO: 21, SO_ACCEPTCONN: 30, SO_PROTOCOL, SO_DOMAIN,
  IPPROTO_IP: 0, IPPROTO_ICMP: 1, IPPROTO_TCP: 6, IPPROTO_UDP: 17, IPPROTO_IPV6: 41, IPPROTO_RAW: 255,
  IP_TOS: 1, IP_TTL: 2, IP_MULTICAST_TTL: 33, IP_MULTICAST_LOOP: 34, IP_ADD_MEMBERSHIP: 35,
  IPV6_V6ONLY: 26, IPV6_UNICAST_HOPS: 16,
  TCP_NODELAY: 1, TCP_MAXSEG: 2, TCP_CORK: 3, TCP_KEEPIDLE: 4, TCP_KEEPINTVL: 5, TCP_KEEPCNT: 6,
  TCP_QUICKACK: 12, TCP_USER_TIMEOUT: 18, TCP_FASTOPEN: 23,
  SHUT_RD: 0, SHUT_WR: 1, SHUT_RDWR: 2,
  MSG_OOB: 1, MSG_PEEK: 2, MSG_DONTROUTE: 4, MSG_CTRUNC: 8, MSG_TRUNC: 0x20, MSG_DONTWAIT: 0x40, MSG_EOR: 0x80,
  MSG_WAITALL: 0x100, MSG_NOSIGNAL: 0x4000, MSG_MORE: 0x8000,
  SOMAXCONN: 4096,
  AI_PASSIVE: 1, AI_CANONNAME: 2, AI_NUMERICHOST: 4, AI_V4MAPPED: 8, AI_ALL: 0x10, AI_ADDRCONFIG: 0x20,
  AI_NUMERICSERV: 0x400,
  NI_NUMERICHOST: 1, NI_NUMERICSERV: 2, NI_NOFQDN: 4, NI_NAMEREQD: 8, NI_DGRAM: 16, NI_MAXHOST: 1025, NI_MAXSERV: 32,
  EAI_BADFLAGS: -1, EAI_NONAME: -2, EAI_AGAIN: -3, EAI_FAIL: -4, EAI_FAMILY: -6, EAI_SOCKTYPE: -7,
  EAI_SERVICE: -8, EAI_MEMORY: -10, EAI_SYSTEM: -11, EAI_OVERFLOW: -12, EAI_NODATA: -5, EAI_ADDRFAMILY: -9,
  INADDR_ANY: 0, INADDR_BROADCAST: 0xffffffff, INADDR_LOOPBACK: 0x7f000001, INADDR_NONE: 0xffffffff,
};

// ---------------------------------------------------------------------------------------------
// Exceptions: socket.herror and socket.gaierror, OSError's subclasses (CPython's, in module socket)

function osErrorSubclass(name: string): PyType {
  const proto = Object.create((OSError as unknown as { prototype: object }).prototype) as object;
  return builtinType({ name, module: 'socket', base: OSError, proto, methods: {}, doc: null });
}

const herror = osErrorSubclass('herror');
const gaierror = osErrorSubclass('gaierror');

/** The Python exception for an error the addon threw. */
function sockError(e: unknown): never {
  const err = e as { code?: unknown; errno?: unknown; message?: unknown } | null;
  if (err !== null && typeof err === 'object' && typeof err.code === 'string') {
    if (err.code === 'SIGINT') return throwPy(makeExc('KeyboardInterrupt'));
    if (err.code === 'TIMEOUT') return throwPy(makeExc('TimeoutError', 'timed out'));
    if (err.code === 'GAI') return throwPy(makeExc(gaierror, err.errno, err.message));
    if (err.code[0] === 'E' && typeof err.errno === 'number') return throwPy(makeExc('OSError', err.errno, err.message));
  }
  throw e;
}

function osError(errno: number, message: string): never {
  return throwPy(makeExc('OSError', errno, message));
}

// ---------------------------------------------------------------------------------------------
// The addon

let addon: SockAddon | null | undefined;

/** The addon with the socket calls, loaded on the first socket; OSError where it cannot be. */
function sockets(): SockAddon {
  if (addon === undefined) {
    const a = loadAddon();
    addon = a !== null && typeof a.socket === 'function' ? a : null;
    if (addon !== null) {
      addon.catchInterrupts();
      // Output printed before a call waits is seen while it waits.
      addon.setBeforeBlock(flushStdout);
    }
  }
  if (addon === null) {
    return raise('OSError', 'socket: real sockets need the native addon (runtime/net/addon/sock.c, Linux, built when memphisc is installed), which did not load here');
  }
  return addon;
}

/** What one recv reads into before its bytes are copied out. */
const RECV_SCRATCH = 65536;
let scratch: Uint8Array | null = null;

// ---------------------------------------------------------------------------------------------
// Arguments

const indexMessage = (t: string): string => `'${t}' object cannot be interpreted as an integer`;

function toInt(x: unknown): number {
  const n = toIndex(x, indexMessage);
  return typeof n === 'number' ? n : Number(n);
}

/** An address's host: str, bytes or bytearray (CPython's idna step is ASCII's here). */
function hostOf(x: unknown): string {
  if (typeof x === 'string') return x;
  if (x instanceof String) return String(x);
  if (x instanceof PyBytes || x instanceof PyByteArray) return Buffer.from(x.b).toString('latin1');
  return raise('TypeError', `str, bytes or bytearray expected, not ${typeNameOf(x)}`);
}

type Address = [host: string, port: number, flowinfo: number, scope: number];

/** getsockaddrarg: the address argument of bind/connect for the socket's family. */
function toAddress(family: number, x: unknown, caller: string): Address {
  const name = family === AF_INET6 ? 'AF_INET6' : 'AF_INET';
  if (!isTuple(x)) return raise('TypeError', `${caller}(): ${name} address must be tuple, not ${typeNameOf(x)}`);
  const items = x as unknown as unknown[];
  if (family === AF_INET6) {
    if (items.length < 2 || items.length > 4) return raise('TypeError', 'AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])');
  } else if (items.length !== 2) {
    return raise('TypeError', 'AF_INET address must be a pair (host, port)');
  }
  const host = hostOf(items[0]);
  const port = toInt(items[1]);
  if (port < 0 || port > 65535) return raise('OverflowError', `${caller}(): port must be 0-65535.`);
  const flowinfo = items.length > 2 ? toInt(items[2]) : 0;
  if (flowinfo < 0 || flowinfo > 0xfffff) return raise('OverflowError', `${caller}(): flowinfo must be 0-1048575.`);
  const scope = items.length > 3 ? toInt(items[3]) : 0;
  return [host, port, flowinfo, scope];
}

/** A socket address as Python sees it: (host, port) or, for IPv6, (host, port, flowinfo, scope_id). */
function addressValue(a: readonly [number, string, number, number, number]): PyTuple {
  return a[0] === AF_INET6 ? tuple([a[1], a[2], a[3], a[4]]) : tuple([a[1], a[2]]);
}

/** The writable memory of a recv_into buffer: a bytearray, or a writable contiguous memoryview. */
function writableData(x: unknown, caller: string): Uint8Array {
  if (x instanceof PyByteArray) return x.b;
  if (x instanceof PyMemoryView && !x.ro && !(x.obj instanceof PyBytes) && x.step === 1) return x.b;
  return raise('TypeError', `${caller}() argument 1 must be read-write bytes-like object, not ${typeNameOf(x)}`);
}

// ---------------------------------------------------------------------------------------------
// The socket class

interface Sock {
  /** -1 once closed or detached. */
  fd: number;
  family: number;
  type: number;
  proto: number;
  /** Seconds; null blocks forever, 0 never blocks. */
  timeout: number | null;
}

let defaultTimeout: number | null = null;

function ms(p: Sock): number {
  return p.timeout === null ? -1 : p.timeout * 1000;
}

function initSocket(args: unknown[], kw: KwPairs | null): Sock {
  const names = ['family', 'type', 'proto', 'fileno'];
  const given: unknown[] = [-1, -1, -1, null];
  if (args.length > 4) raise('TypeError', `socket() takes at most 4 arguments (${args.length} given)`);
  args.forEach((a, i) => { given[i] = a; });
  for (const [name, value] of kw ?? []) {
    const i = names.indexOf(name);
    if (i < 0) raise('TypeError', `socket() got an unexpected keyword argument '${name}'`);
    if (i < args.length) raise('TypeError', `argument for socket() given by name ('${name}') and position (${i + 1})`);
    given[i] = value;
  }
  let family = toInt(given[0]);
  let type = toInt(given[1]);
  let proto = toInt(given[2]);
  const a = sockets();
  let fd: number;
  if (given[3] !== null) {
    fd = toInt(given[3]);
    if (fd < 0) raise('ValueError', 'negative file descriptor');
    try {
      if (family === -1) family = a.getsockopt(fd, SOL_SOCKET, SO_DOMAIN, 0) as number;
      if (type === -1) type = a.getsockopt(fd, SOL_SOCKET, SO_TYPE, 0) as number;
      if (proto === -1) proto = a.getsockopt(fd, SOL_SOCKET, SO_PROTOCOL, 0) as number;
      a.adopt(fd);
    } catch (e) {
      return sockError(e);
    }
  } else {
    if (family === -1) family = AF_INET;
    if (type === -1) type = SOCK_STREAM;
    if (proto === -1) proto = 0;
    if (family !== AF_INET && family !== AF_INET6) {
      // AF_UNIX and the others have addresses this module does not read or write.
      osError(97, 'Address family not supported by protocol');
    }
    try {
      fd = a.socket(family, type, proto);
    } catch (e) {
      return sockError(e);
    }
  }
  // SOCK_NONBLOCK in the type asks for timeout 0, and is not part of the type (CPython on Linux).
  const nonblocking = (type & CONSTANTS.SOCK_NONBLOCK!) !== 0;
  type &= ~(CONSTANTS.SOCK_NONBLOCK! | CONSTANTS.SOCK_CLOEXEC!);
  return { fd, family, type, proto, timeout: nonblocking ? 0 : defaultTimeout };
}

function call<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    return sockError(e);
  }
}

function recvBytes(p: Sock, size: number, flags: number): PyBytes {
  const a = sockets();
  return call(() => {
    if (size > RECV_SCRATCH) return bytesFromU8(new Uint8Array(a.recv(p.fd, size, ms(p), flags)));
    scratch ??= new Uint8Array(RECV_SCRATCH);
    const got = a.recvInto!(p.fd, scratch, size, ms(p), flags);
    const out = allocBytes(got);
    out.set(scratch.subarray(0, got));
    return bytesFromU8(out);
  });
}

function connectTo(p: Sock, address: unknown, caller: string): void {
  const [host, port, flowinfo, scope] = toAddress(p.family, address, caller);
  const a = sockets();
  a.connect(p.fd, p.family, host, port, flowinfo, scope, ms(p));
}

const optional = (min: number, max: number, fn: (p: Sock, self: unknown, ...args: any[]) => unknown) => ({ args: [min, max] as [number, number], call: fn });

export const SocketClass: NativeClass<Sock> = nativeClass<Sock>({
  name: 'socket',
  module: '_socket',
  doc: 'socket(family=AF_INET, type=SOCK_STREAM, proto=0, fileno=None) -> socket object',
  init: (_self, args, kw) => initSocket(args, kw),
  methods: {
    _accept: (p) => {
      const a = sockets();
      const got = call(() => a.accept(p.fd, ms(p)));
      const fd = got[0];
      const address = p.family === AF_INET6 ? addressValue(call(() => a.sockaddr(fd, true))) : tuple([got[1], got[2]]);
      return tuple([fd, address]);
    },
    bind: (p, _self, address: unknown) => {
      const [host, port, flowinfo, scope] = toAddress(p.family, address, 'bind');
      const a = sockets();
      call(() => a.bind(p.fd, p.family, host, port, flowinfo, scope));
      return null;
    },
    listen: optional(0, 1, (p, _self, backlog?: unknown) => {
      let n = backlog === undefined ? Math.min(CONSTANTS.SOMAXCONN!, 128) : toInt(backlog);
      if (n < 0) n = 0;
      const a = sockets();
      call(() => a.listenOn(p.fd, n));
      return null;
    }),
    connect: (p, _self, address: unknown) => {
      call(() => connectTo(p, address, 'connect'));
      return null;
    },
    connect_ex: (p, _self, address: unknown) => {
      try {
        connectTo(p, address, 'connect_ex');
        return 0;
      } catch (e) {
        const err = e as { code?: unknown; errno?: unknown } | null;
        if (err !== null && typeof err === 'object' && typeof err.code === 'string') {
          // A timeout is EWOULDBLOCK, as CPython's connect_ex reports it.
          if (err.code === 'TIMEOUT') return EAGAIN;
          if (err.code[0] === 'E' && typeof err.errno === 'number') return err.errno;
        }
        return sockError(e);
      }
    },
    recv: optional(1, 2, (p, _self, n: unknown, flags: unknown = 0) => {
      const size = toInt(n);
      const f = toInt(flags);
      if (size < 0) raise('ValueError', 'negative buffersize in recv');
      return recvBytes(p, size, f);
    }),
    recv_into: optional(1, 3, (p, _self, buffer: unknown, nbytes: unknown = 0, flags: unknown = 0) => {
      const target = writableData(buffer, 'recv_into');
      let n = toInt(nbytes);
      const f = toInt(flags);
      if (n < 0) raise('ValueError', 'negative buffersize in recv_into');
      if (n === 0) n = target.length;
      if (n > target.length) raise('ValueError', 'buffer too small for requested bytes');
      const a = sockets();
      return call(() => a.recvInto!(p.fd, target, n, ms(p), f));
    }),
    send: optional(1, 2, (p, _self, data: unknown, flags: unknown = 0) => {
      const b = bytesData(data);
      const f = toInt(flags);
      const a = sockets();
      return call(() => a.sendSome(p.fd, b, ms(p), f));
    }),
    sendall: optional(1, 2, (p, _self, data: unknown, flags: unknown = 0) => {
      const b = bytesData(data);
      const f = toInt(flags);
      const a = sockets();
      call(() => a.send(p.fd, b, ms(p), f));
      return null;
    }),
    shutdown: (p, _self, how: unknown) => {
      const n = toInt(how);
      const a = sockets();
      call(() => a.shutdown(p.fd, n));
      return null;
    },
    close: (p) => {
      if (p.fd >= 0) {
        const fd = p.fd;
        p.fd = -1;
        sockets().close(fd);
      }
      return null;
    },
    detach: (p) => {
      const fd = p.fd;
      p.fd = -1;
      return fd;
    },
    fileno: (p) => p.fd,
    getsockname: (p) => {
      const a = sockets();
      return addressValue(call(() => a.sockaddr(p.fd, false)));
    },
    getpeername: (p) => {
      const a = sockets();
      return addressValue(call(() => a.sockaddr(p.fd, true)));
    },
    setsockopt: optional(3, 4, (p, _self, level: unknown, option: unknown, value: unknown) => {
      const lv = toInt(level);
      const opt = toInt(option);
      const v = typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' || value instanceof PyFloat
        ? toInt(value) : new Uint8Array(bytesData(value));
      const a = sockets();
      call(() => a.setsockopt(p.fd, lv, opt, v));
      return null;
    }),
    getsockopt: optional(2, 3, (p, _self, level: unknown, option: unknown, buflen: unknown = 0) => {
      const lv = toInt(level);
      const opt = toInt(option);
      const n = toInt(buflen);
      if (n < 0 || n > 1024) raise('OSError', 'getsockopt buflen out of range');
      const a = sockets();
      const got = call(() => a.getsockopt(p.fd, lv, opt, n));
      return typeof got === 'number' ? got : bytesFromU8(new Uint8Array(got));
    }),
    settimeout: (p, _self, value: unknown) => {
      const t = toTimeout(value);
      if (p.fd < 0) osError(EBADF, 'Bad file descriptor');
      p.timeout = t;
      return null;
    },
    gettimeout: (p) => timeoutValue(p.timeout),
    setblocking: (p, _self, flag: unknown) => {
      const blocking = truthy(flag);
      if (p.fd < 0) osError(EBADF, 'Bad file descriptor');
      p.timeout = blocking ? null : 0;
      return null;
    },
    getblocking: (p) => p.timeout !== 0,
  },
  getters: {
    family: (p) => p.family,
    type: (p) => p.type,
    proto: (p) => p.proto,
    timeout: (p) => timeoutValue(p.timeout),
  },
  repr: (p) => (p === undefined ? '<socket object, fd=-1, family=0, type=0, proto=0>'
    : `<socket object, fd=${p.fd}, family=${p.family}, type=${p.type}, proto=${p.proto}>`),
});

// ---------------------------------------------------------------------------------------------
// Module functions

function getaddrinfo(...args: unknown[]): unknown {
  return getaddrinfoKw(args, null);
}

function getaddrinfoKw(pos: unknown[], kw: KwPairs | null): unknown {
  const names = ['host', 'port', 'family', 'type', 'proto', 'flags'];
  const given: unknown[] = [undefined, undefined, 0, 0, 0, 0];
  if (pos.length > 6) raise('TypeError', `getaddrinfo() takes at most 6 arguments (${pos.length} given)`);
  pos.forEach((a, i) => { given[i] = a; });
  for (const [name, value] of kw ?? []) {
    const i = names.indexOf(name);
    if (i < 0) raise('TypeError', `getaddrinfo() got an unexpected keyword argument '${name}'`);
    if (i < pos.length) raise('TypeError', `argument for getaddrinfo() given by name ('${name}') and position (${i + 1})`);
    given[i] = value;
  }
  if (given[0] === undefined) raise('TypeError', "getaddrinfo() missing required argument 'host' (pos 1)");
  if (given[1] === undefined) raise('TypeError', "getaddrinfo() missing required argument 'port' (pos 2)");
  const host = given[0] === null ? null : hostOf(given[0]);
  const portArg = given[1];
  let port: string | null;
  if (portArg === null) port = null;
  else if (typeof portArg === 'number' || typeof portArg === 'bigint') port = String(portArg);
  else if (typeof portArg === 'string') port = portArg;
  else if (portArg instanceof PyBytes) port = Buffer.from(portArg.b).toString('latin1');
  else return raise('OSError', 'Int or String expected');
  const [family, type, proto, flags] = given.slice(2).map(toInt) as [number, number, number, number];
  const a = sockets();
  const found = call(() => a.getaddrinfo(host, port, family, type, proto, flags));
  return found.map((r) => tuple([r[0], r[1], r[2], r[3], addressValue([r[0], r[4], r[5], r[6], r[7]])]));
}
(getaddrinfo as { $kw?: unknown }).$kw = getaddrinfoKw;

function gethostname(): string {
  return nodeModule('os').hostname();
}

function gethostbyname(name: unknown): string {
  const host = hostOf(name);
  const a = sockets();
  const found = call(() => a.getaddrinfo(host, null, AF_INET, 0, 0, 0));
  return found[0]![4];
}

/** inet_aton: C's parser (a, a.b, a.b.c or a.b.c.d; decimal, octal or hex parts). */
function inetAton(text: unknown): PyBytes {
  const s = typeof text === 'string' ? text : raise('TypeError', `inet_aton() argument 1 must be str, not ${typeNameOf(text)}`);
  const bad = (): never => raise('OSError', 'illegal IP address string passed to inet_aton');
  const parts = s.replace(/\s.*$/s, '').split('.');
  if (parts.length > 4) bad();
  const values = parts.map((part) => {
    let m: RegExpExecArray | null;
    if ((m = /^0[xX]([0-9a-fA-F]*)$/.exec(part))) return m[1] === '' ? 0 : parseInt(m[1]!, 16);
    if (/^0[0-7]*$/.test(part)) return parseInt(part, 8);
    if (/^[1-9][0-9]*$/.test(part)) return Number(part);
    return bad();
  });
  const limits = [0xffffffff, 0xffffff, 0xffff, 0xff];
  const last = values.length - 1;
  if (values.some((v, i) => v > (i === last ? limits[last]! : 0xff))) bad();
  let n = values[last]!;
  for (let i = 0; i < last; i++) n += values[i]! * 2 ** (8 * (3 - i));
  return bytesFromU8(Uint8Array.of(n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff));
}

function inetNtoa(packed: unknown): string {
  const b = bytesData(packed);
  if (b.length !== 4) raise('OSError', 'packed IP wrong length for inet_ntoa');
  return Array.from(b).join('.');
}

function inetPton(family: unknown, text: unknown): PyBytes {
  const af = toInt(family);
  const s = typeof text === 'string' ? text : raise('TypeError', `inet_pton() argument 2 must be str, not ${typeNameOf(text)}`);
  const bad = (): never => raise('OSError', 'illegal IP address string passed to inet_pton');
  if (af === AF_INET) {
    if (!nodeModule('net').isIPv4(s)) bad();
    return bytesFromU8(Uint8Array.from(s.split('.').map(Number)));
  }
  if (af === AF_INET6) {
    if (!nodeModule('net').isIPv6(s)) bad();
    const out = new Uint8Array(16);
    let text6 = s;
    const tail: number[] = [];
    const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text6);
    if (v4) {
      tail.push(...v4[1]!.split('.').map(Number));
      text6 = text6.slice(0, -v4[1]!.length) + '0:0';
    }
    const [head, rest] = text6.split('::') as [string, string | undefined];
    const words = (t: string): number[] => (t === '' ? [] : t.split(':').map((w) => parseInt(w, 16)));
    const front = words(head);
    const back = rest === undefined ? [] : words(rest);
    const all = [...front, ...new Array(8 - front.length - back.length).fill(0), ...back];
    all.forEach((w, i) => { out[2 * i] = w >> 8; out[2 * i + 1] = w & 0xff; });
    if (tail.length) out.set(tail, 12);
    return bytesFromU8(out);
  }
  return osError(97, 'Address family not supported by protocol');
}

function inetNtop(family: unknown, packed: unknown): string {
  const af = toInt(family);
  const b = bytesData(packed);
  if (af === AF_INET) {
    if (b.length !== 4) raise('ValueError', 'invalid length of packed IP address string');
    return Array.from(b).join('.');
  }
  if (af === AF_INET6) {
    if (b.length !== 16) raise('ValueError', 'invalid length of packed IP address string');
    const words: number[] = [];
    for (let i = 0; i < 16; i += 2) words.push((b[i]! << 8) | b[i + 1]!);
    // glibc: an IPv4-mapped or -compatible address ends in dotted form.
    const dotted = `${b[12]}.${b[13]}.${b[14]}.${b[15]}`;
    if (words.slice(0, 5).every((w) => w === 0) && words[5] === 0xffff) return `::ffff:${dotted}`;
    // The longest run of two or more zero words becomes '::' (the first of equal runs).
    let best = -1;
    let bestLen = 1;
    for (let i = 0; i < 8;) {
      if (words[i] !== 0) { i++; continue; }
      let j = i;
      while (j < 8 && words[j] === 0) j++;
      if (j - i > bestLen) { best = i; bestLen = j - i; }
      i = j;
    }
    const hex = words.map((w) => w.toString(16));
    if (best < 0) return hex.join(':');
    return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLen).join(':')}`;
  }
  return osError(97, 'Address family not supported by protocol');
}

function unsigned(x: unknown, bits: 16 | 32, name: string): number {
  const n = toIndex(x, indexMessage);
  if (bits === 16) {
    if (n < 0) raise('OverflowError', `${name}: can't convert negative Python int to C 16-bit unsigned integer`);
    if (n > 0xffff) raise('OverflowError', `${name}: Python int too large to convert to C 16-bit unsigned integer`);
  } else {
    if (n < 0) raise('OverflowError', "can't convert negative value to unsigned int");
    if (n > 0xffffffff) raise('OverflowError', 'int larger than 32 bits');
  }
  return Number(n);
}

function swap16(x: unknown, name: string): number {
  const n = unsigned(x, 16, name);
  return ((n & 0xff) << 8) | (n >> 8);
}

function swap32(x: unknown): number {
  const n = unsigned(x, 32, '');
  return (((n & 0xff) << 24) | ((n & 0xff00) << 8) | ((n >>> 8) & 0xff00) | (n >>> 24)) >>> 0;
}

nativeModule('_socket', (mod) => {
  defineAll(mod, {
    ...CONSTANTS,
    has_ipv6: true,
    socket: SocketClass.type,
    SocketType: SocketClass.type,
    error: OSError,
    herror,
    gaierror,
    timeout: TimeoutError,
    getaddrinfo,
    gethostname,
    gethostbyname,
    inet_aton: inetAton,
    inet_ntoa: inetNtoa,
    inet_pton: inetPton,
    inet_ntop: inetNtop,
    htons: (x: unknown) => swap16(x, 'htons'),
    ntohs: (x: unknown) => swap16(x, 'ntohs'),
    htonl: (x: unknown) => swap32(x),
    ntohl: (x: unknown) => swap32(x),
    getdefaulttimeout: () => timeoutValue(defaultTimeout),
    setdefaulttimeout: (t: unknown) => {
      defaultTimeout = toTimeout(t);
      return null;
    },
    close: (fd: unknown) => {
      sockets().close(toInt(fd));
      return null;
    },
    dup: (fd: unknown) => {
      const n = toInt(fd);
      const a = sockets();
      return call(() => a.dup(n));
    },
  });
});
