// Helpers for the socket tests: run a fixture program in a child process, wait for its lines,
// and talk to it with real TCP clients.

import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as net from 'node:net';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const BUILT = fileURLToPath(new URL('../../dist/runtime/net/launch.js', import.meta.url));
const ADDON = fileURLToPath(new URL('../../dist/native/sock.node', import.meta.url));

/**
 * Whether the native transport was built (scripts/build-addon.mjs, run by `npm install` and
 * `npm run build`); when not, its test variants are skipped and say so in their names.
 */
export const ADDON_BUILT = existsSync(ADDON);
const ADDON_MISSING = ADDON_BUILT ? '' : ' (skipped: dist/native/sock.node was not built; `npm run build` says why)';

/**
 * The transports every socket test runs on: [label, env, available]. The native transport (real
 * blocking syscalls, the default where it loads) and the socket service (the fallback).
 */
export const TRANSPORTS: Array<[string, Record<string, string>, boolean]> = [
  [`addon${ADDON_MISSING}`, { MEMPHIS_NET_TRANSPORT: 'addon' }, ADDON_BUILT],
  ['service', { MEMPHIS_NET_TRANSPORT: 'service' }, true],
];

export function requireBuild(): void {
  if (!existsSync(BUILT)) throw new Error('dist/ is missing: run `npx tsc -p tsconfig.json` (npm test does)');
}

export interface Program {
  proc: ChildProcessWithoutNullStreams;
  stdout(): string;
  stderr(): string;
  /** Resolves with the first match of `re` in stdout. */
  waitFor(re: RegExp, ms?: number): Promise<RegExpExecArray>;
  /** The port from the program's "PORT <n>" line. */
  port(): Promise<number>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>;
}

export function run(fixture: string, args: string[], env: Record<string, string> = {}): Program {
  const t0 = performance.now();
  const proc = spawn(process.execPath, [FIXTURES + fixture, ...args], {
    env: { ...process.env, ...env },
  });
  let out = '';
  let err = '';
  const waiters: Array<() => void> = [];
  proc.stdout.on('data', (d: Buffer) => {
    out += d.toString();
    for (const w of waiters.splice(0)) w();
  });
  proc.stderr.on('data', (d: Buffer) => {
    err += d.toString();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>((resolve) => {
    proc.on('exit', (code, signal) => {
      resolve({ code, signal, ms: performance.now() - t0 });
      for (const w of waiters.splice(0)) w();
    });
  });
  let gone = false;
  void exited.then(() => { gone = true; });
  const waitFor = (re: RegExp, ms = 10_000): Promise<RegExpExecArray> => new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${re}; stdout: ${out}; stderr: ${err}`)), ms);
    const check = (): void => {
      const m = re.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m);
      } else if (gone) {
        clearTimeout(timer);
        reject(new Error(`exited before ${re}; stdout: ${out}; stderr: ${err}`));
      } else waiters.push(check);
    };
    check();
  });
  return {
    proc,
    stdout: () => out,
    stderr: () => err,
    waitFor,
    port: async () => Number((await waitFor(/PORT (\d+)/))[1]),
    exited,
  };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function connect(port: number): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const s = net.connect({ port, host: '127.0.0.1', allowHalfOpen: true }, () => resolve(s));
    s.once('error', reject);
  });
}

/** Read until the peer ends the connection. */
export function readToEnd(s: net.Socket): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    s.on('data', (d: Buffer) => parts.push(d));
    s.on('end', () => resolve(Buffer.concat(parts)));
    s.on('error', reject);
  });
}

/** One request on a fresh connection: send `data`, end, read the whole answer. */
export async function exchange(port: number, data: string | Buffer): Promise<Buffer> {
  const s = await connect(port);
  const answer = readToEnd(s);
  s.end(data);
  const result = await answer;
  s.destroy();
  return result;
}

/**
 * Run slow_reader.py (CPython, SO_RCVBUF 4096, a pause first, then a sleep between reads):
 * resolves with the number of bytes it got.
 */
export function slowReader(port: number, pauseSeconds: number, betweenSeconds = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    const args = [FIXTURES + 'slow_reader.py', String(port), String(pauseSeconds), String(betweenSeconds)];
    execFile('python3', args, (err, stdout) => {
      if (err) reject(err);
      else resolve(Number(stdout.trim()));
    });
  });
}

/** A compiled module running in a child process, its output collected as it comes. */
export interface RunningModule {
  stdout(): string;
  stderr(): string;
  waitFor(re: RegExp, ms?: number): Promise<RegExpExecArray>;
  port(): Promise<number>;
  kill(signal: NodeJS.Signals): void;
  exited: Promise<number | null>;
}

/** Starts `node file ...args` with `env` added to the environment. */
export function startModule(file: string, args: string[], env: Record<string, string>): RunningModule {
  const proc = spawn(process.execPath, [file, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let out = '';
  let err = '';
  let gone = false;
  proc.stdout.on('data', (d: Buffer) => { out += d.toString(); });
  proc.stderr.on('data', (d: Buffer) => { err += d.toString(); });
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => { gone = true; resolve(code); }));
  const waitFor = async (re: RegExp, ms = 10_000): Promise<RegExpExecArray> => {
    const deadline = Date.now() + ms;
    for (;;) {
      const m = re.exec(out);
      if (m) return m;
      if (gone || Date.now() > deadline) throw new Error(`no ${re}; stdout: ${out}; stderr: ${err}`);
      await sleep(10);
    }
  };
  return {
    stdout: () => out,
    stderr: () => err,
    waitFor,
    port: async () => Number((await waitFor(/PORT (\d+)/))[1]),
    kill: (signal) => proc.kill(signal),
    exited,
  };
}
