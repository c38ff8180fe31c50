// Shared by the hostile-input and security tests: start an Enid app on each engine (CPython, and
// compiled by memphisc from dist/, once on each memphis.net transport) on a free port, and talk
// raw TCP to it.

import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TRANSPORTS } from '../net/harness.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = path.join(ROOT, 'dist/compiler/cli.js');

export interface Engine {
  name: string;
  /** False when the engine cannot run here (the native transport was not built). */
  enabled: boolean;
  /** Environment the server runs with (which memphis.net transport). */
  env: Record<string, string>;
  /** The command that serves `app` (an absolute path to a .py file), and the file it made to do so. */
  prepare(app: string): { cmd: string; args: string[]; made?: string };
}

/** The app compiled by memphisc into a temporary .mjs. */
function compiled(app: string): { cmd: string; args: string[]; made: string } {
  const out = path.join(os.tmpdir(), `enid-${path.basename(app, '.py')}-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.mjs`);
  execFileSync('node', [CLI, app, '-o', out, '--no-sourcemap'], {
    cwd: ROOT, env: { ...process.env, PYTHONPATH: ROOT }, stdio: 'pipe', timeout: 60_000,
  });
  return { cmd: 'node', args: [out], made: out };
}

export const engines: Engine[] = [
  { name: 'cpython', enabled: true, env: {}, prepare: (app) => ({ cmd: 'python3', args: [app] }) },
  ...TRANSPORTS.map(([transport, env, available]): Engine => ({
    name: `compiled (${transport})`, enabled: available, env, prepare: compiled,
  })),
];

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

export class Server {
  stdout = '';
  stderr = '';
  exited = false;

  constructor(readonly proc: ChildProcess, readonly port: number) {
    proc.stdout!.setEncoding('utf8');
    proc.stderr!.setEncoding('utf8');
    proc.stdout!.on('data', (chunk: string) => { this.stdout += chunk; });
    proc.stderr!.on('data', (chunk: string) => { this.stderr += chunk; });
    proc.on('exit', () => { this.exited = true; });
  }

  url(p: string): string {
    return `http://127.0.0.1:${this.port}${p}`;
  }

  async stop(): Promise<void> {
    if (this.exited) return;
    const done = new Promise<void>((resolve) => this.proc.once('exit', () => resolve()));
    this.proc.kill('SIGTERM');
    const timer = setTimeout(() => this.proc.kill('SIGKILL'), 2000);
    await done;
    clearTimeout(timer);
  }
}

export async function startServer(engine: Engine, app: string, env: Record<string, string> = {}): Promise<Server> {
  const port = await freePort();
  const { cmd, args, made } = engine.prepare(path.join(ROOT, app));
  const fullEnv: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), PYTHONPATH: ROOT, ...engine.env, ...env };
  if (env.HOST === undefined) delete fullEnv.HOST;
  const proc = spawn(cmd, args, { cwd: ROOT, env: fullEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  const server = new Server(proc, port);
  const deadline = Date.now() + 30_000;
  while (!server.stdout.includes('Serving on ')) {
    if (server.exited) throw new Error(`server exited: ${server.stderr}`);
    if (Date.now() > deadline) throw new Error(`server did not start: ${server.stdout}${server.stderr}`);
    await sleep(20);
  }
  // The compiled program is one module, loaded whole before it serves.
  if (made !== undefined) fs.rmSync(made, { force: true });
  return server;
}

export interface RawResult {
  data: Buffer;
  /** The server closed the connection (end or reset) before the exchange stopped. */
  closed: boolean;
  ms: number;
}

export interface RawOptions {
  /** Pieces written one after the other, `gapMs` apart. */
  gapMs?: number;
  /** Give up after this long (the result then has closed = false). */
  timeoutMs?: number;
  /** Half-close (FIN) after the last write. */
  endAfterWrite?: boolean;
  /** Reset the connection (RST) right after the last write. */
  resetAfterWrite?: boolean;
}

/** Write raw bytes on a fresh connection and collect what comes back until the server closes. */
export function raw(port: number, pieces: (string | Buffer)[] | string | Buffer, opts: RawOptions = {}): Promise<RawResult> {
  const list = Array.isArray(pieces) ? pieces : [pieces];
  const start = Date.now();
  return new Promise((resolve) => {
    const sock = net.connect(port, '127.0.0.1');
    sock.setNoDelay(true);
    const chunks: Buffer[] = [];
    let finished = false;
    const finish = (closed: boolean): void => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      sock.destroy();
      resolve({ data: Buffer.concat(chunks), closed, ms: Date.now() - start });
    };
    const timer = setTimeout(() => finish(false), opts.timeoutMs ?? 8000);
    sock.on('data', (d: Buffer) => chunks.push(d));
    sock.on('close', () => finish(true));
    sock.on('error', () => finish(true));
    sock.on('connect', async () => {
      for (let i = 0; i < list.length; i++) {
        if (finished) return;
        sock.write(list[i]);
        if (opts.gapMs && i < list.length - 1) await sleep(opts.gapMs);
      }
      if (opts.endAfterWrite) sock.end();
      if (opts.resetAfterWrite) {
        sock.resetAndDestroy();
        finish(true);
      }
    });
  });
}

export interface RawResponse {
  status: number;
  headers: Record<string, string[]>;
  body: Buffer;
}

/**
 * Parse `data` as a sequence of complete HTTP/1.1 responses; throws on anything else (a malformed
 * status line or header, a body shorter than its Content-Length, stray bytes at the end).
 */
export function parseResponses(data: Buffer, headFlags: boolean[] = []): RawResponse[] {
  const out: RawResponse[] = [];
  let pos = 0;
  while (pos < data.length) {
    const end = data.indexOf('\r\n\r\n', pos);
    if (end < 0) throw new Error(`incomplete response head: ${JSON.stringify(data.subarray(pos).toString('latin1'))}`);
    const lines = data.subarray(pos, end).toString('latin1').split('\r\n');
    const m = /^HTTP\/1\.1 (\d{3}) [A-Za-z -]+$/.exec(lines[0]);
    if (!m) throw new Error(`bad status line ${JSON.stringify(lines[0])}`);
    const headers: Record<string, string[]> = {};
    for (const line of lines.slice(1)) {
      const h = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+): ?(.*)$/.exec(line);
      if (!h) throw new Error(`bad header line ${JSON.stringify(line)}`);
      (headers[h[1].toLowerCase()] ??= []).push(h[2].trim());
    }
    const status = Number(m[1]);
    const isHead = headFlags[out.length] ?? false;
    const noBody = isHead || status < 200 || status === 204 || status === 304;
    if (!noBody && headers['content-length']?.length !== 1) throw new Error(`no Content-Length in ${lines[0]}`);
    const length = noBody ? 0 : Number(headers['content-length'][0]);
    if (data.length < end + 4 + length) throw new Error(`body shorter than Content-Length in ${lines[0]}`);
    out.push({ status, headers, body: data.subarray(end + 4, end + 4 + length) });
    pos = end + 4 + length;
  }
  return out;
}

/** Statuses of the responses in a raw result. */
export function statuses(result: RawResult): number[] {
  return parseResponses(result.data).map((r) => r.status);
}

/** A normal request on a fresh connection: the status and body text. */
export async function normalGet(port: number, p = '/'): Promise<[number, string]> {
  const res = await raw(port, `GET ${p} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`, { timeoutMs: 5000 });
  const rs = parseResponses(res.data);
  if (rs.length !== 1) return [0, res.data.toString('latin1')];
  return [rs[0].status, rs[0].body.toString('utf8')];
}
