// The entry of every compiled program: `runProgram(import.meta.url, main, usesNet)`.
//
// A program that never imports memphis.net just runs `main()` on the main thread. One that does
// needs blocking sockets, which Node offers only to a thread that may sleep in `Atomics.wait` while
// another thread's event loop does the I/O. So the main thread starts the socket service
// (service.ts) and runs the same module again in a worker, where `runProgram` sees the worker
// marker and calls `main()`. The main thread keeps SIGINT (signals never reach a worker's
// handlers) and forwards the worker's exit code once the sockets are flushed.
//
// Worker-side details: `process.exit` ends only the worker, and its code becomes the process's
// through the 'exit' event; `process.argv` is the main thread's; stdout and stderr are written with
// `fs.writeSync`, since a worker's streams are relayed by the main thread asynchronously (late,
// out of order with direct writes, lost at exit); `fs.readSync(0, ...)` reads stdin directly.

import type { Worker as WorkerThread } from 'node:worker_threads';
import { nodeModule } from '../host.js';
import { attachProgramThread, NetInterrupt } from './blocking.js';
import type { SharedNet } from './layout.js';
import { startService, superviseProgram } from './service.js';

const { writeSync } = nodeModule('fs');

/** What the main thread passes the program's worker. */
interface ProgramThreadData {
  memphisNet: { shared: SharedNet; argv: string[] };
}

function programThreadData(): ProgramThreadData['memphisNet'] | null {
  const { isMainThread, workerData } = nodeModule('worker_threads');
  if (isMainThread) return null;
  const data = workerData as Partial<ProgramThreadData> | null;
  return data?.memphisNet ?? null;
}

/** Run the compiled program's `main`, in a worker with the socket service when `usesNet`. */
export function runProgram(moduleUrl: string, main: () => void, usesNet: boolean): void {
  if (!usesNet) {
    main();
    return;
  }
  const data = programThreadData();
  if (data !== null) {
    runProgramThread(data, main);
    return;
  }
  if (!nodeModule('worker_threads').isMainThread) {
    // Loaded inside someone else's worker: no service of our own; sockets will say so.
    main();
    return;
  }
  const transport = process.env.MEMPHIS_NET_TRANSPORT;
  const ringBytes = process.env.MEMPHIS_NET_RING_BYTES;
  const service = startService({
    transport: transport === 'node' || transport === 'raw' ? transport : undefined,
    ringBytes: ringBytes !== undefined ? Number(ringBytes) : undefined,
  });
  const worker: WorkerThread = new (nodeModule('worker_threads').Worker)(new URL(moduleUrl), {
    // In the worker's process.argv at load time already (sys.argv is read then).
    argv: process.argv.slice(2),
    workerData: { memphisNet: { shared: service.shared, argv: process.argv } } satisfies ProgramThreadData,
  });
  superviseProgram(service, worker);
}

function runProgramThread(data: ProgramThreadData['memphisNet'], main: () => void): void {
  process.argv = data.argv.slice();
  installSyncStdio();
  attachProgramThread(data.shared);
  try {
    main();
  } catch (e) {
    if (e instanceof NetInterrupt) {
      writeAllSync(2, 'KeyboardInterrupt\n');
      process.exit(130);
    }
    const err = e as { stack?: unknown };
    writeAllSync(2, `${typeof err?.stack === 'string' ? err.stack : String(e)}\n`);
    process.exit(1);
  }
  // Python exits when its main thread ends, whatever sockets are open; the main thread flushes them.
  process.exit();
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/** Write all of `data` to `fd` synchronously, waiting out EAGAIN on a non-blocking pipe. */
export function writeAllSync(fd: number, data: string | Uint8Array): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let off = 0;
  while (off < bytes.length) {
    try {
      off += writeSync(fd, bytes, off, bytes.length - off);
    } catch (e) {
      if ((e as { code?: string }).code !== 'EAGAIN') throw e;
      Atomics.wait(pause, 0, 0, 1);
    }
  }
}

type WriteCallback = (err?: Error | null) => void;

/** Make the worker's process.stdout/stderr (and so console.log) write synchronously. */
function installSyncStdio(): void {
  for (const [stream, fd] of [[process.stdout, 1], [process.stderr, 2]] as const) {
    const write = (chunk: string | Uint8Array, encoding?: BufferEncoding | WriteCallback,
      cb?: WriteCallback): boolean => {
      const bytes = typeof chunk === 'string'
        ? Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8')
        : chunk;
      writeAllSync(fd, bytes);
      const done = typeof encoding === 'function' ? encoding : cb;
      if (done !== undefined) queueMicrotask(() => done(null));
      return true;
    };
    (stream as unknown as { write: typeof write }).write = write;
  }
}
