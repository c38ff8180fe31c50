// memphis.net: blocking TCP sockets for Python programs, as the Memphis article defines them.
//
//     listen((host, port), backlog=128) -> Socket    bound and listening (SO_REUSEADDR; port 0
//                                                    picks a free port)
//     Socket.accept() -> (Connection, (host, port))
//     Connection.recv(n) -> bytes                    up to n bytes, b'' at end of stream
//     Connection.send(data)                          all of it (sendall), bytes-like data
//     close(), settimeout(s), gettimeout(), getsockname(), context managers, on both
//     wait_readable(socks, timeout=None) -> list     those a call would not block on (select)
//
// The classes are native classes (native.ts) whose payload is a handle of the blocking socket
// layer (net/blocking.ts); this file only converts arguments and results and maps the layer's
// errors to Python's: NetError → the OSError subclass for its errno (`[Errno 98] Address already
// in use`, ConnectionResetError, BrokenPipeError), NetTimeout → TimeoutError('timed out'),
// NetInterrupt (Ctrl-C) → KeyboardInterrupt. Argument errors are CPython's socket module's.
//
// The calls block the program's thread: in real blocking syscalls (the native transport, whose
// addon the compiler embeds in the program) or while a worker does the I/O (the socket service,
// the fallback). The first socket call picks one (net/launch.ts); the compiler sees the import and
// says so to `main`, so that a service worker, which loads the same output, knows to serve
// instead of running the program.

import { bytesData, bytesFromU8 } from './bytes.js';
import { isPyException, makeExc, raise, throwPy } from './exceptions.js';
import { PyFloat } from './float.js';
import { intToFloat } from './int.js';
import { nameAs } from './install.js';
import { flushStdout } from './io.js';
import { import as importModule, nativeModule, setNetLauncher } from './module.js';
import { nativeClass, type NativeClass } from './native.js';
import * as blocking from './net/blocking.js';
import { runProgram } from './net/launch.js';
import { fullName, typeOf, type KwPairs } from './object.js';
import { repr } from './repr.js';
import { toIndex, typeNameOf } from './slice.js';
import { asArray } from './list.js';
import { isTuple, tuple, type PyTuple } from './tuple.js';
import { toTimeout, timeoutValue } from './net/timeout.js';

// ---------------------------------------------------------------------------------------------
// Errors

/** The Python exception for an error of the socket layer. */
function netError(e: unknown): never {
  if (e instanceof blocking.NetError) return throwPy(makeExc('OSError', e.errno, e.message));
  if (e instanceof blocking.NetTimeout) return throwPy(makeExc('TimeoutError', 'timed out'));
  if (e instanceof blocking.NetInterrupt) return throwPy(makeExc('KeyboardInterrupt'));
  // The main thread is exiting: end the program quietly.
  if (e instanceof blocking.NetServiceStopped) return throwPy(makeExc('SystemExit', 1));
  if (!isPyException(e) && e instanceof Error && /program thread/.test(e.message)) {
    return raise('RuntimeError', 'memphis.net needs the program to import it (import memphis.net or from memphis.net import ...): sockets are only available then');
  }
  throw e;
}

function closedError(): never {
  return throwPy(makeExc('OSError', 9, 'Bad file descriptor'));
}

// ---------------------------------------------------------------------------------------------
// Arguments

type Address = [string, number];

function addressTuple(a: Address): PyTuple {
  return tuple([a[0], a[1]]);
}

/** An AF_INET address `(host, port)`, with CPython's messages (getsockaddrarg). */
function toAddress(x: unknown, caller: string): Address {
  if (!isTuple(x)) {
    return raise('TypeError', `${caller}(): AF_INET address must be tuple, not ${typeNameOf(x)}`);
  }
  const items = x as unknown as unknown[];
  if (items.length !== 2) return raise('TypeError', 'AF_INET address must be a pair (host, port)');
  let host = items[0];
  if (typeof host !== 'string') {
    if (host === null || typeof host !== 'object' || !('b' in (host as object))) {
      return raise('TypeError', `str, bytes or bytearray expected, not ${typeNameOf(host)}`);
    }
    host = Buffer.from(bytesData(host)).toString('latin1');
  }
  const port = toIndex(items[1], (t) => `'${t}' object cannot be interpreted as an integer`);
  if (typeof port !== 'number' || port < 0 || port > 65535) {
    return raise('OverflowError', `${caller}(): port must be 0-65535.`);
  }
  return [host as string, port];
}

// ---------------------------------------------------------------------------------------------
// Socket and Connection

interface Handle {
  h: number;
  closed: boolean;
  timeout: number | null;
}

interface SocketPayload extends Handle {
  sockname: Address;
}

interface ConnPayload extends Handle {
  /** Asked of the transport on first use: most servers never look, and it is a syscall. */
  sockname: Address | null;
  peer: Address;
}

/** The local address of a socket or connection that is still open. */
function localAddress(p: SocketPayload | ConnPayload): Address {
  if (p.sockname === null) {
    try {
      p.sockname = blocking.getsockname(p.h);
    } catch (e) {
      return netError(e);
    }
  }
  return p.sockname;
}

function open<P extends Handle>(p: P): P {
  if (p.closed) closedError();
  return p;
}

function closeHandle(p: Handle): null {
  if (p.closed) return null;
  p.closed = true;
  try {
    blocking.close(p.h);
  } catch (e) {
    netError(e);
  }
  return null;
}

function setTimeoutOf(p: Handle, value: unknown): null {
  const t = toTimeout(value);
  open(p);
  p.timeout = t;
  try {
    blocking.settimeout(p.h, t);
  } catch (e) {
    netError(e);
  }
  return null;
}

function listenOn(address: unknown, backlog: unknown, caller: string): SocketPayload {
  const [host, port] = toAddress(address, caller);
  let n = 128;
  if (backlog !== undefined) {
    const b = toIndex(backlog, (t) => `'${t}' object cannot be interpreted as an integer`);
    n = typeof b === 'number' ? Math.max(0, Math.min(b, 65535)) : 65535;
  }
  let h: number;
  try {
    h = blocking.listen(host, port, n);
  } catch (e) {
    return netError(e);
  }
  return { h, closed: false, timeout: null, sockname: blocking.getsockname(h) };
}

/** `<memphis.net.Connection laddr=('127.0.0.1', 8080) raddr=('127.0.0.1', 50312)>` */
function reprOf(p: SocketPayload | ConnPayload | undefined, self: unknown): string {
  const name = fullName(typeOf(self));
  if (p === undefined) return `<${name} [uninitialized]>`;
  if (p.closed) return `<${name} [closed]>`;
  const raddr = 'peer' in p ? ` raddr=${repr(addressTuple(p.peer))}` : '';
  return `<${name} laddr=${repr(addressTuple(localAddress(p)))}${raddr}>`;
}

function exitArgs(min: number, max: number) {
  return { args: [min, max] as [number, number], call: (p: Handle) => closeHandle(p) };
}

export const Connection: NativeClass<ConnPayload> = nativeClass<ConnPayload>({
  name: 'Connection',
  module: 'memphis.net',
  doc: 'A connected TCP socket, as Socket.accept() returns it.',
  // `Connection(conn)`: another object for the same connection (so subclasses can wrap one).
  init: (_self, args, kw) => {
    if (kw !== null && kw.length > 0) raise('TypeError', 'Connection() takes no keyword arguments');
    if (args.length !== 1) raise('TypeError', `Connection() takes exactly one argument (${args.length} given)`);
    const p = Connection.payload(args[0]);
    if (p === undefined) {
      return raise('TypeError', `Connection() argument must be a memphis.net.Connection, not ${typeNameOf(args[0])}`);
    }
    return p;
  },
  methods: {
    recv: (p, _self, n: unknown) => {
      open(p);
      const size = toIndex(n, (t) => `'${t}' object cannot be interpreted as an integer`);
      if (size < 0) raise('ValueError', 'negative buffersize in recv');
      try {
        return bytesFromU8(blocking.recv(p.h, typeof size === 'number' ? size : 2 ** 31 - 1));
      } catch (e) {
        return netError(e);
      }
    },
    send: (p, _self, data: unknown) => {
      const b = bytesData(data);
      open(p);
      try {
        blocking.send(p.h, b);
      } catch (e) {
        netError(e);
      }
      return b.length;
    },
    sendall: (p, _self, data: unknown) => {
      const b = bytesData(data);
      open(p);
      try {
        blocking.send(p.h, b);
      } catch (e) {
        netError(e);
      }
      return null;
    },
    shutdown: (p, _self, how: unknown) => {
      const n = toIndex(how, (t) => `'${t}' object cannot be interpreted as an integer`);
      open(p);
      if (n !== 0 && n !== 1 && n !== 2) return throwPy(makeExc('OSError', 22, 'Invalid argument'));
      try {
        if (n !== 0) blocking.shutdownWrite(p.h);
      } catch (e) {
        netError(e);
      }
      return null;
    },
    close: (p) => closeHandle(p),
    settimeout: (p, _self, value: unknown) => setTimeoutOf(p, value),
    gettimeout: (p) => timeoutValue(p.timeout),
    getsockname: (p) => addressTuple(localAddress(open(p))),
    getpeername: (p) => addressTuple(open(p).peer),
    __enter__: (_p, self) => self,
    __exit__: exitArgs(0, 3),
  },
  repr: reprOf,
});

export const Socket: NativeClass<SocketPayload> = nativeClass<SocketPayload>({
  name: 'Socket',
  module: 'memphis.net',
  doc: 'A listening TCP socket, as listen() returns it.',
  // `Socket((host, port), backlog=128)` is listen((host, port), backlog).
  init: (_self, args, kw) => {
    const [address, backlog] = listenArgs('Socket', args, kw);
    return listenOn(address, backlog, 'Socket');
  },
  methods: {
    accept: (p, self) => {
      open(p);
      let h: number;
      let host: string;
      let port: number;
      try {
        [h, host, port] = blocking.accept(p.h);
      } catch (e) {
        return netError(e);
      }
      const conn: ConnPayload = {
        h, closed: false, timeout: null, sockname: null, peer: [host, port],
      };
      void self;
      return tuple([Connection.wrap(conn), tuple([host, port])]);
    },
    close: (p) => closeHandle(p),
    settimeout: (p, _self, value: unknown) => setTimeoutOf(p, value),
    gettimeout: (p) => timeoutValue(p.timeout),
    getsockname: (p) => addressTuple(open(p).sockname),
    __enter__: (_p, self) => self,
    __exit__: exitArgs(0, 3),
  },
  repr: reprOf,
});

/** listen's arguments `(address, backlog=128)`, positional or by keyword. */
function listenArgs(caller: string, pos: unknown[], kw: KwPairs | null): [unknown, unknown] {
  const args: unknown[] = pos.slice();
  if (args.length > 2) raise('TypeError', `${caller}() takes at most 2 arguments (${args.length} given)`);
  for (const [name, value] of kw ?? []) {
    const i = name === 'address' ? 0 : name === 'backlog' ? 1 : -1;
    if (i < 0) raise('TypeError', `${caller}() got an unexpected keyword argument '${name}'`);
    if (args[i] !== undefined) raise('TypeError', `argument for ${caller}() given by name ('${name}') and position (${i + 1})`);
    args[i] = value;
  }
  if (args[0] === undefined) raise('TypeError', `${caller}() missing required argument 'address' (pos 1)`);
  return [args[0], args[1]];
}

function listen(...args: unknown[]): unknown {
  const [address, backlog] = listenArgs('listen', args, null);
  return Socket.wrap(listenOn(address, backlog, 'listen'));
}
(listen as any).$kw = (pos: unknown[], kw: KwPairs | null) => {
  const [address, backlog] = listenArgs('listen', pos, kw);
  return Socket.wrap(listenOn(address, backlog, 'listen'));
};

/**
 * `wait_readable(socks, timeout=None)`: the list of those sockets and connections a call would
 * not block on (recv has data or EOF, accept has a connection), waiting up to `timeout` seconds
 * for one; [] when the time runs out. The readable half of select.select, for servers that serve
 * several connections from one thread.
 */
function waitReadable(socks: unknown, timeout: unknown = null): unknown[] {
  const items = asArray(socks);
  // Each item's handle, and the distinct handles in the order they first appear.
  const itemHandles: number[] = new Array(items.length);
  const handles: number[] = [];
  // The same connection may be listed twice (or as two objects); a short list is searched, a long
  // one indexed.
  const seen = items.length > 16 ? new Set<number>() : null;
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    const p: Handle | undefined = Connection.payload(x) ?? Socket.payload(x);
    if (p === undefined) {
      return raise('TypeError', `wait_readable() expects memphis.net sockets and connections, not ${typeNameOf(x)}`);
    }
    if (p.closed) closedError();
    itemHandles[i] = p.h;
    if (seen === null ? !handles.includes(p.h) : !seen.has(p.h)) {
      seen?.add(p.h);
      handles.push(p.h);
    }
  }
  const t = toTimeout(timeout);
  let ready: number[];
  try {
    ready = blocking.waitReadable(handles, t === null ? -1 : t * 1000);
  } catch (e) {
    return netError(e);
  }
  if (ready.length === 0) return [];
  if (handles.length === items.length && ready.length === 1) {
    // Nothing listed twice and one ready: that item alone.
    return [items[itemHandles.indexOf(ready[0]!)]];
  }
  // Every item of a ready handle, grouped by handle in the order the handles are listed.
  const rank = new Map<number, number>();
  for (let i = 0; i < ready.length; i++) rank.set(ready[i]!, i);
  const groups: unknown[][] = ready.map(() => []);
  for (let i = 0; i < items.length; i++) {
    const r = rank.get(itemHandles[i]!);
    if (r !== undefined) groups[r]!.push(items[i]);
  }
  return groups.flat();
}

// ---------------------------------------------------------------------------------------------
// The modules

function define(mod: Record<string, unknown>, name: string, value: unknown): void {
  Object.defineProperty(mod, '$' + name, { value: nameAs(value, name), writable: true, configurable: true, enumerable: true });
}

// A program that imports memphis.net runs through the launcher (net/launch.ts); its blocking calls
// flush stdout before they sleep.
setNetLauncher((run, addon) => {
  blocking.setBeforeBlock(flushStdout);
  runProgram(import.meta.url, run, true, addon);
});

nativeModule('memphis.net', (mod) => {
  define(mod, '__doc__', 'Blocking TCP sockets: listen((host, port)) -> Socket; Socket.accept() -> (Connection, address).');
  define(mod, 'listen', listen);
  define(mod, 'wait_readable', waitReadable);
  define(mod, 'Socket', Socket.type);
  define(mod, 'Connection', Connection.type);
  define(mod, 'SHUT_RD', 0);
  define(mod, 'SHUT_WR', 1);
  define(mod, 'SHUT_RDWR', 2);
});

// The `memphis` package: `import memphis` makes `memphis.net` available, as in the article.
nativeModule('memphis', (mod) => {
  define(mod, '__doc__', 'Modules of the Memphis runtime.');
  define(mod, 'net', importModule('memphis.net'));
}, true);
