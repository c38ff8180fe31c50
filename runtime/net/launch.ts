// The entry of every compiled program: `runProgram(import.meta.url, main, usesNet, addon)`.
//
// The program always runs on the thread that loaded it (the main thread), so a program that only
// imports memphis.net (anything importing Enid, whose package imports it) pays nothing for it.
//
// The first socket call picks the transport. The native one (native.ts: real blocking syscalls
// on this thread through an N-API addon) when it loads: from the bytes the compiler embedded in
// the program (`addon`), or, for the runtime run from dist/, from dist/native/sock.node. Otherwise
// (not Linux, no C compiler at install time, a dlopen error) the socket service, silently.
// MEMPHIS_NET_TRANSPORT forces one: `addon`, or `service` (`raw` and `node` are the service on
// that transport of its own); a forced `addon` that does not load is an error.
//
// The socket service: blocking sockets need another thread whose event loop does the I/O while
// the program sleeps in `Atomics.wait`: the first socket call starts the socket service
// (service.ts) in a worker, which loads this same module again and, seeing the service marker in
// its `workerData`, serves instead of running the program. The worker also takes SIGINT (a
// signal handler of the main thread cannot run while it is blocked) and turns it into an
// interrupt of the blocked call; when the program ends, however it ends, the main thread waits
// until the service has handed every queued send to the kernel.

import type { Worker as WorkerThread } from 'node:worker_threads';
import { nodeModule } from '../host.js';
import { setEmbeddedNetAddon } from '../module.js';
import { attachProgramThread, awaitService, finishService, NetInterrupt, setServiceStarter, useDirect } from './blocking.js';
import { allocateShared, type SharedNet } from './layout.js';
import { openDirect } from './native.js';
import { EXIT_FLUSH_MS, startService, superviseFromWorker } from './service.js';

/** What the program thread passes the service's worker. */
interface ServiceThreadData {
  memphisNetService: { shared: SharedNet; transport?: 'raw' | 'node' };
}

function serviceThreadData(): ServiceThreadData['memphisNetService'] | null {
  const { isMainThread, workerData } = nodeModule('worker_threads');
  if (isMainThread) return null;
  const data = workerData as Partial<ServiceThreadData> | null;
  return data?.memphisNetService ?? null;
}

/**
 * Run the compiled program's `main` on this thread; with `usesNet`, the first socket call starts
 * a transport: the native one (from `addon`, the base64 bytes of the built addon, when given) or
 * the service in a worker. In that worker (this module loaded again) serve instead.
 */
export function runProgram(moduleUrl: string, main: () => void, usesNet: boolean, addon: string | null = null): void {
  if (usesNet) {
    const data = serviceThreadData();
    if (data !== null) {
      runServiceThread(data);
      return;
    }
    if (addon !== null) setEmbeddedNetAddon(addon);
    setServiceStarter(() => startTransport(moduleUrl));
  }
  try {
    main();
  } catch (e) {
    // A compiled program reports its KeyboardInterrupt itself; a plain JS main gets CPython's end.
    if (!(e instanceof NetInterrupt)) throw e;
    nodeModule('fs').writeSync(2, 'KeyboardInterrupt\n');
    process.exit(130);
  }
}

/** The first socket call: bind this thread to the native transport or to the service. */
function startTransport(moduleUrl: string): void {
  const forced = process.env.MEMPHIS_NET_TRANSPORT;
  if (forced !== 'service' && forced !== 'raw' && forced !== 'node') {
    const direct = openDirect();
    if (direct !== null) {
      useDirect(direct);
      return;
    }
    if (forced === 'addon') throw new Error('memphis.net: MEMPHIS_NET_TRANSPORT=addon, but the native transport did not load');
  }
  startServiceThread(moduleUrl);
}

/** Start the socket service in a worker and bind this thread to it. */
function startServiceThread(moduleUrl: string): void {
  const transport = process.env.MEMPHIS_NET_TRANSPORT;
  const ringBytes = process.env.MEMPHIS_NET_RING_BYTES;
  const shared = allocateShared(ringBytes !== undefined ? Number(ringBytes) : undefined);
  const data: ServiceThreadData = {
    memphisNetService: { shared, transport: transport === 'node' || transport === 'raw' ? transport : undefined },
  };
  const worker: WorkerThread = new (nodeModule('worker_threads').Worker)(new URL(moduleUrl), {
    workerData: data,
  });
  // The program's end is the process's: the service must not keep it alive.
  worker.unref();
  attachProgramThread(shared);
  awaitService();
  // Python leaves unsent data to the kernel at exit; here it may still sit in the service.
  process.on('exit', () => finishService(EXIT_FLUSH_MS + 1000));
}

function runServiceThread(data: ServiceThreadData['memphisNetService']): void {
  const service = startService({ transport: data.transport, shared: data.shared });
  superviseFromWorker(service);
}
