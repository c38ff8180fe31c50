// `_subprocess`: the one native call under lib/subprocess.py. It runs a program to its end with
// node:child_process's spawnSync, which blocks the calling thread as CPython's run() does, and
// hands back the exit status and what was captured.
//
// Standard streams are given as lib/subprocess.py's constants: None (inherit), PIPE (-1),
// STDOUT (-2, stderr only: into wherever stdout goes), DEVNULL (-3), or a file descriptor.

import type { StdioOptions } from 'node:child_process';
import { nodeModule } from '../host.js';
import { flushOpenFiles, flushStdout } from '../io.js';
import { raise } from '../exceptions.js';
import { bytesData, bytesFromU8, type PyBytes } from '../bytes.js';
import { dict } from '../dict.js';
import { tuple, type PyTuple } from '../tuple.js';
import { toIndex } from '../slice.js';
import { toDouble, defineAll } from './common.js';
import { nativeModule } from '../module.js';
import { raiseOSError } from '../oserror.js';

const PIPE = -1;
const STDOUT = -2;
const DEVNULL = -3;

type Stream = 'inherit' | 'pipe' | 'ignore' | number;

function streamOf(spec: unknown, which: string): Stream {
  if (spec === null) return 'inherit';
  const n = Number(toIndex(spec));
  if (n === PIPE) return 'pipe';
  if (n === DEVNULL) return 'ignore';
  if (n >= 0) return n;
  return raise('ValueError', `invalid ${which} argument: ${n}`);
}

/**
 * stderr=STDOUT with stdout captured: both go to one unlinked temporary file, so the lines keep
 * the order the program wrote them in, as they do in CPython's one pipe.
 */
function sharedCapture(): { fd: number; read: () => Uint8Array } {
  const fs = nodeModule('fs');
  const dir = fs.mkdtempSync(nodeModule('path').join(nodeModule('os').tmpdir(), 'memphis-'));
  const file = nodeModule('path').join(dir, 'out');
  const fd = fs.openSync(file, 'w+');
  fs.unlinkSync(file);
  fs.rmdirSync(dir);
  return {
    fd,
    read: () => {
      // Read from the start: the child's writes left the shared offset at the end.
      const data = new Uint8Array(fs.fstatSync(fd).size);
      let at = 0;
      while (at < data.length) at += fs.readSync(fd, data, at, data.length - at, at);
      fs.closeSync(fd);
      return data;
    },
  };
}

function signalNumber(name: string): number {
  return (nodeModule('os').constants.signals as Record<string, number>)[name] ?? 0;
}

/**
 * run(argv, cwd, env, stdin, input, stdout, stderr, timeout) -> (returncode, stdout, stderr,
 * timed_out): the captured streams are bytes, or None where they were not captured.
 */
function run(argv: unknown, cwd: unknown, env: unknown, stdin: unknown, input: unknown, stdout: unknown, stderr: unknown, timeout: unknown): PyTuple {
  const args = Array.from(argv as ArrayLike<string>);
  const fs = nodeModule('fs');
  if (cwd !== null) {
    try {
      if (!fs.statSync(cwd as string).isDirectory()) raiseOSError({ code: 'ENOTDIR' }, cwd);
    } catch (e) {
      raiseOSError(e, cwd);
    }
  }
  const outStream = streamOf(stdout, 'stdout');
  let errStream: Stream;
  let shared: ReturnType<typeof sharedCapture> | null = null;
  if (stderr !== null && Number(toIndex(stderr)) === STDOUT) {
    if (outStream === 'pipe') shared = sharedCapture();
    errStream = shared ? shared.fd : outStream === 'inherit' ? 1 : outStream;
  } else {
    errStream = streamOf(stderr, 'stderr');
  }
  const inStream: Stream = input !== null ? 'pipe' : streamOf(stdin, 'stdin');
  const stdio: StdioOptions = [inStream, shared ? shared.fd : outStream, errStream];
  // What the program printed so far comes before what the child prints, as in CPython.
  flushStdout();
  flushOpenFiles();
  // env comes as a flat [name, value, ...] list of strs, converted by lib/subprocess.py.
  const pairs = env === null ? null : Array.from(env as ArrayLike<string>);
  const environment = pairs === null ? undefined : Object.fromEntries(pairs.flatMap((v, i) => (i % 2 ? [] : [[v, pairs[i + 1]!]])));
  const result = nodeModule('child_process').spawnSync(args[0]!, args.slice(1), {
    cwd: cwd === null ? undefined : (cwd as string),
    env: environment,
    stdio,
    input: input === null ? undefined : bytesData(input),
    timeout: timeout === null ? undefined : Math.max(1, Math.ceil(toDouble(timeout) * 1000)),
    killSignal: 'SIGKILL',
    maxBuffer: 2 ** 31,
  });
  const error = result.error as (Error & { code?: string }) | undefined;
  const timedOut = error?.code === 'ETIMEDOUT';
  if (error && !timedOut) {
    shared?.read();
    return raiseOSError(error, args[0]);
  }
  const captured = (data: Uint8Array | null | undefined): PyBytes | null => (data ? bytesFromU8(data) : null);
  const out = shared ? bytesFromU8(shared.read()) : outStream === 'pipe' ? captured(result.stdout) : null;
  const err = errStream === 'pipe' ? captured(result.stderr) : null;
  const code = result.status ?? (result.signal ? -signalNumber(result.signal) : 0);
  return tuple([code, out, err, timedOut]);
}

export function populateSubprocess(mod: Record<string, unknown>): void {
  defineAll(mod, {
    run,
    PIPE,
    STDOUT,
    DEVNULL,
    signal_names: dict(Object.entries(nodeModule('os').constants.signals as Record<string, number>).flatMap(([name, n]) => [n, name])),
  });
}

// Registered here, not in stdlib/index.ts, so that a program that never imports the module can
// leave this file out of its output (compiler/bundle.ts).
nativeModule('_subprocess', populateSubprocess);
