// The memory shared by the program thread (the main thread running compiled Python, which blocks)
// and the socket service (a worker's event loop, which never blocks). Three SharedArrayBuffers:
// a control block of Int32 slots, a command ring (program → service) and an event ring
// (service → program). Both rings carry records `[type, h, len, extra] + payload` (see ring.ts).
//
// The program thread always sleeps on one slot, BELL: it reads BELL, looks at the rings and flags,
// and only then waits for BELL to change. Whoever has news for it (events, room in the command ring
// when WANT_ROOM is set, Ctrl-C, the service stopping) changes the flag or ring first and then bumps
// and notifies BELL, so no wake-up can fall between the look and the wait.
// The service waits for commands with `Atomics.waitAsync` on CMD_W, and for room in the event ring
// with `Atomics.waitAsync` on EVT_R after setting WANT_EVT_ROOM.

/** Control block slots. */
export const CMD_W = 0;
export const CMD_R = 1;
export const EVT_W = 2;
export const EVT_R = 3;
/** Set by the service when it stops for good; every blocking call then fails instead of hanging. */
export const DEAD = 4;
/** Set by the service's SIGINT handler; the program thread consumes it and throws NetInterrupt. */
export const SIGINT = 5;
/** Bumped (and notified) for anything the program thread may be waiting for. */
export const BELL = 6;
/** Set by the program thread while it waits for room in the command ring. */
export const WANT_ROOM = 7;
/** Set by the service while events wait in its overflow queue for room in the event ring. */
export const WANT_EVT_ROOM = 8;
/** Set by the service once it serves and holds SIGINT; the program thread waits for it at start. */
export const READY = 9;
export const SLOTS = 16;

/** Commands, program → service. `h` is a handle unless noted; requests carry a request id. */
export const C_LISTEN = 1; // h = request id, extra = port, payload = "host\nbacklog"
export const C_SEND = 2; // payload = bytes (posted, no reply)
export const C_CLOSE = 3; // h = connection or listener (posted)
export const C_CONSUMED = 4; // extra = bytes the program took out of the event ring (read credit)
export const C_FLUSH = 5; // extra = request id; RESULT once at most FLUSH_LOW bytes are unwritten
export const C_SHUT_WR = 6; // half-close: FIN after the queued writes (posted)
export const C_NOOP = 7; // h = request id; RESULT at once (round-trip probe)
export const C_SHUTDOWN = 8; // h = request id; close everything, RESULT once written out (exit)

/** Events, service → program. */
export const E_RESULT = 1; // h = request id, extra = value (< 0: -errno, or the errno as text in the payload)
export const E_ACCEPTED = 2; // h = new connection, extra = listener, payload = "peer|port|local|port|fd"
export const E_DATA = 3; // payload = bytes received
export const E_EOF = 4; // the peer sent FIN
export const E_ERROR = 5; // extra = -errno; the connection is dead

/**
 * Flow control. The service reads ahead at most READ_HIGH unconsumed bytes per connection, and
 * resumes below READ_LOW; the program returns credit every CREDIT_EVERY bytes it takes. A send
 * blocks once SEND_HIGH bytes are queued in the service and not yet written to the kernel, until
 * that falls to FLUSH_LOW (a socket buffer, in effect, so `send` blocks like CPython's sendall).
 */
export const READ_HIGH = 256 * 1024;
export const READ_LOW = 64 * 1024;
export const CREDIT_EVERY = 64 * 1024;
export const SEND_HIGH = 1024 * 1024;
export const FLUSH_LOW = 256 * 1024;

/** Default ring size in bytes (a power of two). */
export const RING_BYTES = 1 << 20;

/** What the program thread hands the service's worker through `workerData`. */
export interface SharedNet {
  ctrl: SharedArrayBuffer;
  cmd: SharedArrayBuffer;
  evt: SharedArrayBuffer;
}

export function allocateShared(ringBytes: number = RING_BYTES): SharedNet {
  if (ringBytes < 4096 || (ringBytes & (ringBytes - 1)) !== 0) {
    throw new RangeError(`ring size must be a power of two >= 4096, got ${ringBytes}`);
  }
  return {
    ctrl: new SharedArrayBuffer(SLOTS * 4),
    cmd: new SharedArrayBuffer(ringBytes),
    evt: new SharedArrayBuffer(ringBytes),
  };
}
