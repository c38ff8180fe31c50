// Enid conformance: the example apps and tests/enid/apps/conformance.py served over real sockets,
// checked with Node's fetch (ordinary requests) and node:net (keep-alive, pipelining, partial and
// malformed input). Every case runs against each engine of `engines`: CPython and the app compiled
// by memphisc (from dist/, which `npm test` builds first), on each memphis.net transport (the
// native one and the socket service). Date headers are never compared.
//
// The server is single-threaded and keeps a connection open until the client closes it or the idle
// timeout passes, so fetch calls send `Connection: close` (otherwise fetch's pooled idle connection
// would hold the server while a raw-socket test waits in the accept queue), and every raw socket is
// destroyed when its test is done.

import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRANSPORTS } from '../net/harness.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = path.join(ROOT, 'dist/compiler/cli.js');

// ---------------------------------------------------------------------------------------------
// Engines: how to turn an app.py into a running process.

interface Engine {
  name: string;
  enabled: boolean;
  /** Environment the server runs with (which memphis.net transport). */
  env: Record<string, string>;
  /** The command that serves `app` (an absolute path to a .py file). */
  /** The command that serves `app`, and the file it made to do so (removed once the server is up). */
  prepare(app: string): { cmd: string; args: string[]; made?: string };
}

const engines: Engine[] = [
  {
    name: 'cpython',
    enabled: true,
    env: {},
    prepare: (app) => ({ cmd: 'python3', args: [app] }),
  },
  // Compiled, once on each memphis.net transport (the native one skipped when it was not built).
  ...TRANSPORTS.map(([transport, env, available]): Engine => ({
    name: `compiled (${transport})`,
    enabled: available,
    env,
    prepare: (app) => {
      const out = path.join(os.tmpdir(), `enid-${path.basename(path.dirname(app))}-${path.basename(app, '.py')}-${process.pid}-${env.MEMPHIS_NET_TRANSPORT}.mjs`);
      execFileSync('node', [CLI, app, '-o', out, '--no-sourcemap'], {
        cwd: ROOT,
        env: { ...process.env, PYTHONPATH: ROOT },
        stdio: 'pipe',
        timeout: 30_000,
      });
      return { cmd: 'node', args: [out], made: out };
    },
  })),
];

// ---------------------------------------------------------------------------------------------
// Servers.

const usedPorts = new Set<number>();

/** A port nothing listens on, never the same twice in this run (servers start concurrently). */
async function freePort(): Promise<number> {
  for (;;) {
    const port = await probePort();
    if (!usedPorts.has(port)) {
      usedPorts.add(port);
      return port;
    }
  }
}

function probePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

class Server {
  stdout: string[] = [];
  stderr = '';
  private partial = '';
  exited = false;

  constructor(readonly proc: ChildProcess, readonly port: number) {
    proc.stdout!.setEncoding('utf8');
    proc.stderr!.setEncoding('utf8');
    proc.stdout!.on('data', (chunk: string) => {
      const text = this.partial + chunk;
      const lines = text.split('\n');
      this.partial = lines.pop()!;
      this.stdout.push(...lines);
    });
    proc.stderr!.on('data', (chunk: string) => {
      this.stderr += chunk;
    });
    proc.on('exit', () => {
      this.exited = true;
    });
  }

  url(p: string): string {
    return `http://127.0.0.1:${this.port}${p}`;
  }

  /** Wait until some stdout line after index `from` satisfies `pred`; that line. */
  async waitForLine(pred: (line: string) => boolean, from = 0, timeoutMs = 5000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      for (let i = from; i < this.stdout.length; i++) if (pred(this.stdout[i])) return this.stdout[i];
      if (this.exited) throw new Error(`server exited; stdout:\n${this.stdout.join('\n')}\nstderr:\n${this.stderr}`);
      if (Date.now() > deadline) throw new Error(`no matching line; stdout:\n${this.stdout.join('\n')}`);
      await sleep(10);
    }
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

async function startServer(engine: Engine, app: string, extraEnv: Record<string, string> = {}): Promise<Server> {
  const port = await freePort();
  const { cmd, args, made } = engine.prepare(path.join(ROOT, app));
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), PYTHONPATH: ROOT };
  delete env.HOST;
  Object.assign(env, engine.env, extraEnv);
  const proc = spawn(cmd, args, { cwd: path.dirname(path.join(ROOT, app)), env, stdio: ['ignore', 'pipe', 'pipe'] });
  const server = new Server(proc, port);
  await server.waitForLine((l) => l.startsWith('Serving on '), 0, 60_000);
  // The compiled program is one module, loaded whole before it serves.
  if (made !== undefined) fs.rmSync(made, { force: true });
  return server;
}

// ---------------------------------------------------------------------------------------------
// Clients.

/** fetch with `Connection: close` and no redirect following. */
function get(server: Server, p: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (!headers.has('connection')) headers.set('connection', 'close');
  return fetch(server.url(p), { redirect: 'manual', ...init, headers, signal: AbortSignal.timeout(5000) });
}

interface RawResult {
  data: Buffer;
  /** The server closed the connection (end or reset) before the exchange stopped. */
  closed: boolean;
  ms: number;
}

interface RawOptions {
  /** Pieces written one after the other, `gapMs` apart. */
  gapMs?: number;
  /** Stop once this many complete responses are in (default: wait for the server to close). */
  responses?: number;
  /** Give up after this long (the result then has closed = false). */
  timeoutMs?: number;
  /** Destroy the socket right after the last write. */
  abortAfterWrite?: boolean;
  /** Half-close (FIN) after the last write, as a client with nothing more to say. */
  endAfterWrite?: boolean;
}

/** Write raw bytes on a fresh connection and collect what comes back. */
function raw(server: Server, pieces: (string | Buffer)[] | string | Buffer, opts: RawOptions = {}): Promise<RawResult> {
  const list = Array.isArray(pieces) ? pieces : [pieces];
  const start = Date.now();
  return new Promise((resolve) => {
    const sock = net.connect(server.port, '127.0.0.1');
    sock.setNoDelay(true);
    const chunks: Buffer[] = [];
    let finished = false;
    const finish = (closed: boolean) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      sock.destroy();
      resolve({ data: Buffer.concat(chunks), closed, ms: Date.now() - start });
    };
    const timer = setTimeout(() => finish(false), opts.timeoutMs ?? 5000);
    sock.on('data', (d: Buffer) => {
      chunks.push(d);
      if (opts.responses !== undefined && parseResponses(Buffer.concat(chunks)).length >= opts.responses) finish(false);
    });
    sock.on('close', () => finish(true));
    sock.on('error', () => finish(true));
    sock.on('connect', async () => {
      for (let i = 0; i < list.length; i++) {
        if (finished) return;
        sock.write(list[i]);
        if (opts.gapMs && i < list.length - 1) await sleep(opts.gapMs);
      }
      if (opts.endAfterWrite) sock.end();
      if (opts.abortAfterWrite) {
        await sleep(50);
        finish(false);
      }
    });
  });
}

interface RawResponse {
  status: number;
  reason: string;
  headers: Record<string, string[]>;
  body: Buffer;
}

/** The complete responses at the front of `data` (a HEAD answer can be marked by `headFlags`). */
function parseResponses(data: Buffer, headFlags: boolean[] = []): RawResponse[] {
  const out: RawResponse[] = [];
  let pos = 0;
  for (;;) {
    const end = data.indexOf('\r\n\r\n', pos);
    if (end < 0) return out;
    const lines = data.subarray(pos, end).toString('latin1').split('\r\n');
    const m = /^HTTP\/1\.1 (\d{3}) (.*)$/.exec(lines[0]);
    if (!m) throw new Error(`bad status line ${JSON.stringify(lines[0])}`);
    const headers: Record<string, string[]> = {};
    for (const line of lines.slice(1)) {
      const i = line.indexOf(':');
      const name = line.slice(0, i).toLowerCase();
      (headers[name] ??= []).push(line.slice(i + 1).trim());
    }
    const status = Number(m[1]);
    const isHead = headFlags[out.length] ?? false;
    const length = isHead || status < 200 || status === 204 || status === 304 ? 0 : Number(headers['content-length']?.[0] ?? 0);
    if (data.length < end + 4 + length) return out;
    out.push({ status, reason: m[2], headers, body: data.subarray(end + 4, end + 4 + length) });
    pos = end + 4 + length;
  }
}

function one(result: RawResult, head = false): RawResponse {
  const responses = parseResponses(result.data, [head]);
  expect(responses.length, result.data.toString('latin1')).toBeGreaterThanOrEqual(1);
  return responses[0];
}

const DATE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d GMT$/;
const LOG = /^127\.0\.0\.1 "(.*)" (\d{3}|-) (\d+|-) \d+\.\dms( \(client disconnected\))?$/;

function headerNames(r: Response): string[] {
  return [...r.headers.keys()].filter((k) => k !== 'date').sort();
}

// ---------------------------------------------------------------------------------------------
// The cases, once per engine.

for (const engine of engines) {
  describe.skipIf(!engine.enabled)(`enid on ${engine.name}`, () => {
    // Every app of this engine, started together (a server start is most of this file's time).
    const apps: Record<string, [string, Record<string, string>]> = {
      hello: ['examples/hello/app.py', {}],
      helloHost: ['examples/hello/app.py', { HOST: 'localhost' }],
      todo: ['examples/todo/app.py', {}],
      hooks: ['examples/hooks/app.py', {}],
      conformance: ['tests/enid/apps/conformance.py', {}],
    };
    const servers: Record<string, Server | undefined> = {};
    beforeAll(async () => {
      const names = Object.keys(apps);
      const results = await Promise.allSettled(names.map((n) => startServer(engine, apps[n][0], apps[n][1])));
      results.forEach((r, i) => {
        if (r.status === 'fulfilled') servers[names[i]] = r.value;
      });
      const failed = results.find((r) => r.status === 'rejected');
      if (failed) throw (failed as PromiseRejectedResult).reason;
    }, 120_000);
    afterAll(async () => {
      await Promise.all(Object.values(servers).map((srv) => srv?.stop()));
    });

    describe('examples/hello', () => {
      let server: Server;
      beforeAll(() => {
        server = servers.hello!;
      });

      it('prints the serving line', () => {
        expect(server.stdout[0]).toBe(`Serving on http://127.0.0.1:${server.port}`);
      });

      it('answers / with the greeting', async () => {
        const r = await get(server, '/');
        expect(r.status).toBe(200);
        expect(r.statusText).toBe('OK');
        expect(r.headers.get('content-type')).toBe('text/plain; charset=utf-8');
        expect(r.headers.get('content-length')).toBe('36');
        expect(r.headers.get('date')).toMatch(DATE);
        expect(headerNames(r)).toEqual(['connection', 'content-length', 'content-type']);
        expect(await r.text()).toBe('Hello from Enid (powered by Memphis)');
      });

      it('answers other paths with 404 Not Found', async () => {
        for (const p of ['/another_endpoint', '/anything_else', '//', '/index.html']) {
          const r = await get(server, p);
          expect(r.status).toBe(404);
          expect(r.statusText).toBe('Not Found');
          expect(r.headers.get('content-type')).toBe('text/plain; charset=utf-8');
          expect(await r.text()).toBe('404 Not Found');
        }
      });

      it('logs one access line per request', async () => {
        const from = server.stdout.length;
        await (await get(server, '/')).text();
        const line = await server.waitForLine((l) => l.includes('"GET / HTTP/1.1"'), from);
        expect(line).toMatch(/^127\.0\.0\.1 "GET \/ HTTP\/1\.1" 200 36 \d+\.\dms$/);
        expect(line).toMatch(LOG);
      });

      it('answers HEAD like GET without the body, and 405 for other methods', async () => {
        const res = one(await raw(server, 'HEAD / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'), true);
        expect(res.status).toBe(200);
        expect(res.headers['content-length']).toEqual(['36']);
        const post = await get(server, '/', { method: 'POST', body: 'x' });
        expect(post.status).toBe(405);
        expect(post.headers.get('allow')).toBe('GET, HEAD');
        expect(await post.text()).toBe('405 Method Not Allowed');
      });
    });

    describe('examples/hello with HOST set', () => {
      let server: Server;
      beforeAll(() => {
        server = servers.helloHost!;
      });

      it('listens where HOST says', async () => {
        expect(server.stdout[0]).toBe(`Serving on http://localhost:${server.port}`);
        const r = await fetch(`http://localhost:${server.port}/`, { headers: { connection: 'close' }, signal: AbortSignal.timeout(5000) });
        expect(await r.text()).toBe('Hello from Enid (powered by Memphis)');
      });

      it('limits bodies to 1 MB by default', async () => {
        let res = one(await raw(server, 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1048577\r\n\r\n'));
        expect(res.status).toBe(413);
        const body = Buffer.alloc(1048576, 'a');
        res = one(await raw(server, [`POST / HTTP/1.1\r\nHost: x\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`, body]));
        expect(res.status).toBe(405);
      });
    });

    describe('examples/todo', () => {
      let server: Server;
      beforeAll(() => {
        server = servers.todo!;
      });

      const json = (body: unknown): RequestInit => ({
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json' },
      });

      it('creates, reads, updates and deletes', async () => {
        let r = await get(server, '/todos');
        expect(r.status).toBe(200);
        expect(r.headers.get('content-type')).toBe('application/json');
        expect(await r.json()).toEqual([]);

        r = await get(server, '/todos', { method: 'POST', ...json({ title: 'milk' }) });
        expect(r.status).toBe(201);
        expect(r.statusText).toBe('Created');
        expect(r.headers.get('location')).toBe('/todos/1');
        expect(await r.json()).toEqual({ id: 1, title: 'milk', done: false });
        r = await get(server, '/todos', { method: 'POST', ...json({ title: 'eggs', done: true }) });
        expect(((await r.json()) as { id: number }).id).toBe(2);

        r = await get(server, '/todos/1');
        expect(await r.json()).toEqual({ id: 1, title: 'milk', done: false });
        r = await get(server, '/todos?done=true');
        expect(await r.json()).toEqual([{ id: 2, title: 'eggs', done: true }]);

        r = await get(server, '/todos/1', { method: 'PATCH', ...json({ done: true }) });
        expect(await r.json()).toEqual({ id: 1, title: 'milk', done: true });
        r = await get(server, '/todos/1', { method: 'PUT', ...json({ title: 'oat milk' }) });
        expect(await r.json()).toEqual({ id: 1, title: 'oat milk', done: false });

        r = await get(server, '/todos/1', { method: 'DELETE' });
        expect(r.status).toBe(204);
        expect(r.statusText).toBe('No Content');
        expect(r.headers.get('content-length')).toBeNull();
        expect(await r.text()).toBe('');
        r = await get(server, '/todos/1');
        expect(r.status).toBe(404);
        expect(await r.json()).toEqual({ error: '404 Not Found' });
      });

      it('answers 404 for unknown ids and non-integer ids, 400 for bad input', async () => {
        let r = await get(server, '/todos/999');
        expect(r.status).toBe(404);
        expect(await r.json()).toEqual({ error: '404 Not Found' });
        r = await get(server, '/todos/abc');
        expect(r.status).toBe(404);
        r = await get(server, '/todos', { method: 'POST', ...json({ done: true }) });
        expect(r.status).toBe(400);
        expect(await r.json()).toEqual({ error: 'title is required' });
        r = await get(server, '/todos', { method: 'POST', body: '{nope', headers: { 'content-type': 'application/json' } });
        expect(r.status).toBe(400);
        r = await get(server, '/todos/2', { method: 'POST' });
        expect(r.status).toBe(405);
        expect(r.headers.get('allow')).toBe('GET, HEAD, PUT, PATCH, DELETE');
      });
    });

    describe('examples/hooks', () => {
      let server: Server;
      beforeAll(() => {
        server = servers.hooks!;
      });

      it('runs middleware, before and after hooks in order', async () => {
        const r = await get(server, '/');
        expect(r.status).toBe(200);
        expect(await r.text()).toBe('Hello, stranger!');
        expect(r.headers.get('x-powered-by')).toBe('Enid');
        expect(r.headers.get('x-trail')).toBe('middleware,before,handler');
        expect(r.headers.get('x-response-time')).toMatch(/^\d+us$/);
      });

      it('lets a before_request hook answer', async () => {
        const r = await get(server, '/admin');
        expect(r.status).toBe(401);
        expect(r.statusText).toBe('Unauthorized');
        expect(await r.json()).toEqual({ error: 'login first' });
        expect(r.headers.get('x-powered-by')).toBe('Enid');
        expect(r.headers.get('x-trail')).toBe('middleware,before');
      });

      it('sets, reads and deletes cookies', async () => {
        let r = await get(server, '/login', {
          method: 'POST',
          body: 'name=Ann',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        });
        expect(r.status).toBe(303);
        expect(r.headers.get('location')).toBe('/');
        expect(r.headers.getSetCookie()).toEqual([
          'name=Ann; Max-Age=3600; Path=/; HttpOnly; SameSite=Lax',
          'session=s3cret; Path=/; HttpOnly; SameSite=Strict',
        ]);
        r = await get(server, '/', { headers: { cookie: 'name=Ann; session=s3cret' } });
        expect(await r.text()).toBe('Hello, Ann!');
        r = await get(server, '/admin', { headers: { cookie: 'name=Ann; session=s3cret' } });
        expect(r.status).toBe(200);
        expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
        expect(await r.text()).toBe('<h1>Admin</h1>');
        r = await get(server, '/logout', { method: 'POST' });
        expect(r.headers.getSetCookie()).toEqual([
          'name=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/; HttpOnly; SameSite=Lax',
          'session=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/; HttpOnly; SameSite=Lax',
        ]);
        r = await get(server, '/login', {
          method: 'POST',
          body: 'name=A%3B+B',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        });
        expect(r.status).toBe(400);
        expect(r.headers.getSetCookie()).toEqual([]);
      });

      it('routes errors to error handlers', async () => {
        let r = await get(server, '/divide/7/2');
        expect(await r.json()).toEqual({ result: 3 });
        r = await get(server, '/divide/1/0');
        expect(r.status).toBe(400);
        expect(await r.json()).toEqual({ error: 'division by zero' });
        r = await get(server, '/missing/page');
        expect(r.status).toBe(404);
        expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
        expect(await r.text()).toBe('<h1>Nothing at /missing/page</h1>');
        const before = server.stderr.length;
        r = await get(server, '/crash');
        expect(r.status).toBe(500);
        expect(await r.json()).toEqual({ error: 'internal error' });
        expect(r.headers.get('x-powered-by')).toBe('Enid');
        for (let i = 0; i < 100 && !server.stderr.includes('this message stays'); i++) await sleep(10);
        expect(server.stderr.slice(before)).toMatch(/Traceback[\s\S]*RuntimeError: this message stays on the server/);
      });
    });

    describe('conformance app', () => {
      let server: Server;
      beforeAll(() => {
        server = servers.conformance!;
      });

      const echo = async (p: string, init: RequestInit = {}) => {
        const r = await get(server, p, init);
        expect(r.status).toBe(200);
        return (await r.json()) as Record<string, unknown>;
      };

      describe('requests', () => {
        it('parses and percent-decodes the query, keeping repeated keys', async () => {
          const d = await echo('/echo?a=1&a=2&b=%E2%82%AC+x&flag&e=%zz&&c=%C3%A9');
          expect(d.query).toEqual([['a', '1'], ['a', '2'], ['b', '€ x'], ['flag', ''], ['e', '%zz'], ['c', 'é']]);
          expect(d.query_a).toBe('1');
          expect(d.query_a_all).toEqual(['1', '2']);
          expect(d.query_missing).toBe('default');
          expect(d.has_b).toBe(true);
          expect(d.query_string).toBe('a=1&a=2&b=%E2%82%AC+x&flag&e=%zz&&c=%C3%A9');
          expect(d.path).toBe('/echo');
        });

        it('decodes escapes in either case and keeps a % without two hex digits', async () => {
          const d = await echo('/echo?a=%4a%4A%4f%e2%82%Ac%2f&b=%%41%4&c=%4g%&d=%C3%A9%C3');
          expect(d.query).toEqual([['a', 'JJO€/'], ['b', '%A%4'], ['c', '%4g%'], ['d', 'é\uFFFD']]);
        });

        it('decodes invalid UTF-8 with replacement characters', async () => {
          const d = await echo('/echo?a=%FF');
          expect(d.query_a).toBe('\uFFFD');
        });

        it('reads headers case-insensitively, repeated ones in order', async () => {
          const res = one(await raw(server,
            'GET /echo HTTP/1.1\r\nHost: x\r\nx-TEST: v1\r\nX-Multi: a\r\nx-multi: b\r\nConnection: close\r\n\r\n'));
          const d = JSON.parse(res.body.toString());
          expect(d.x_test).toBe('v1');
          expect(d.x_test_upper).toBe('v1');
          expect(d.has_x_test).toBe(true);
          expect(d.x_multi).toEqual(['a', 'b']);
        });

        it('gives body, text, form, json, cookies and the client address', async () => {
          let d = await echo('/echo', { method: 'POST', body: 'x=1+2&y=%C3%A9&x=3', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
          expect(d.form).toEqual([['x', '1 2'], ['y', 'é'], ['x', '3']]);
          expect(d.content_type).toBe('application/x-www-form-urlencoded');
          expect(d.body_length).toBe(18);
          d = await echo('/echo', { method: 'PUT', body: 'héllo' });
          expect(d.text).toBe('héllo');
          expect(d.body_length).toBe(6);
          expect(d.form).toEqual([]);
          d = await echo('/echo', { headers: { cookie: 'a=1; b="two words"; c=x=y' } });
          expect(d.cookies).toEqual({ a: '1', b: 'two words', c: 'x=y' });
          expect(d.client_host).toBe('127.0.0.1');
          expect(d.client_port_is_int).toBe(true);
          let r = await get(server, '/json', { method: 'POST', body: '{"n": [1, "é"]}', headers: { 'content-type': 'application/json' } });
          expect(await r.json()).toEqual({ received: { n: [1, 'é'] } });
          r = await get(server, '/json', { method: 'POST', body: '{oops', headers: { 'content-type': 'application/json' } });
          expect(r.status).toBe(400);
          expect(await r.text()).toBe('400 Bad Request: invalid JSON body');
        });
      });

      describe('routing', () => {
        it('converts path parameters', async () => {
          expect(await echo('/users/42')).toEqual({ id: 42, double: 84, params: { id: 42 } });
          expect(await echo('/users/bob')).toEqual({ name: 'bob' });
          expect(await echo('/users/-5')).toEqual({ name: '-5' });
          expect(await echo('/users/b%2Fob/posts/7')).toEqual({ name: 'b/ob', post: '7' });
          expect(await echo('/users/%C3%A9/posts/x%20y')).toEqual({ name: 'é', post: 'x y' });
          expect(await echo('/files/a/b/c.txt')).toEqual({ rest: 'a/b/c.txt' });
          expect(await echo('/files/x')).toEqual({ rest: 'x' });
        });

        it('answers 404 when no pattern matches', async () => {
          for (const p of ['/users/', '/users/1/2', '/files/', '/files', '/nothing']) {
            const r = await get(server, p);
            expect(r.status, p).toBe(404);
            expect(await r.text()).toBe('404 Not Found');
          }
        });

        it('answers 405 with Allow when only the method is wrong', async () => {
          let r = await get(server, '/users/1', { method: 'DELETE' });
          expect(r.status).toBe(405);
          expect(r.statusText).toBe('Method Not Allowed');
          expect(r.headers.get('allow')).toBe('GET, HEAD');
          expect(await r.text()).toBe('405 Method Not Allowed');
          r = await get(server, '/multi', { method: 'PUT', body: '' });
          expect(r.headers.get('allow')).toBe('GET, HEAD, POST');
          r = await get(server, '/multi', { method: 'POST', body: '' });
          expect(await r.text()).toBe('multi POST');
          r = await get(server, '/multi', { method: 'OPTIONS' });
          expect(r.status).toBe(204);
          expect(r.headers.get('allow')).toBe('GET, HEAD, POST, OPTIONS');
        });

        it('accepts absolute-form targets and OPTIONS *', async () => {
          const result = await raw(server,
            'GET http://example.com/users/7?x=1 HTTP/1.1\r\nHost: example.com\r\n\r\n' +
            'OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
          const [absolute, star] = parseResponses(result.data);
          expect(JSON.parse(absolute.body.toString())).toEqual({ id: 7, double: 14, params: { id: 7 } });
          expect(star.status).toBe(204);
          expect(star.headers.allow).toEqual(['GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS']);
        });

        it('answers HEAD from GET without a body', async () => {
          const result = await raw(server, 'HEAD /text HTTP/1.1\r\nHost: x\r\n\r\nGET /text HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
          const [head, getRes] = parseResponses(result.data, [true, false]);
          expect(head.status).toBe(200);
          expect(head.headers['content-length']).toEqual(['5']);
          expect(head.body.length).toBe(0);
          expect(getRes.body.toString()).toBe('café');
          expect(result.closed).toBe(true);
        });
      });

      describe('responses', () => {
        it('turns return values into responses', async () => {
          let r = await get(server, '/return/str');
          expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
          expect(await r.text()).toBe('<p>hello</p>');
          r = await get(server, '/return/dict');
          expect(r.headers.get('content-type')).toBe('application/json');
          expect(await r.text()).toBe('{"a": 1, "b": [true, null]}');
          r = await get(server, '/return/list');
          expect(await r.text()).toBe('[1, "two", 3.5]');
          r = await get(server, '/return/tuple2');
          expect(r.status).toBe(201);
          expect(await r.text()).toBe('created');
          r = await get(server, '/return/tuple3');
          expect(r.status).toBe(202);
          expect(r.statusText).toBe('Accepted');
          expect(r.headers.get('x-extra')).toBe('yes');
          expect(await r.json()).toEqual({ ok: true });
          r = await get(server, '/return/bytes');
          expect(r.headers.get('content-type')).toBe('application/octet-stream');
          expect(Buffer.from(await r.arrayBuffer())).toEqual(Buffer.from([0, 1, 2]));
          r = await get(server, '/return/empty');
          expect(r.status).toBe(204);
          expect(headerNames(r)).toEqual(['connection']);
        });

        it('builds text, html, json and redirect responses', async () => {
          let r = await get(server, '/text');
          expect(r.headers.get('content-type')).toBe('text/plain; charset=utf-8');
          expect(r.headers.get('content-length')).toBe('5');
          expect(await r.text()).toBe('café');
          r = await get(server, '/html');
          expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
          r = await get(server, '/json-response');
          expect(r.headers.get('x-custom')).toBe('1');
          expect(await r.text()).toBe('{"unicode": "\\u00e9\\u20ac"}');
          r = await get(server, '/redirect');
          expect(r.status).toBe(302);
          expect(r.statusText).toBe('Found');
          expect(r.headers.get('location')).toBe('/text');
          r = await get(server, '/redirect/301');
          expect(r.status).toBe(301);
          expect(r.statusText).toBe('Moved Permanently');
          expect(r.headers.get('location')).toBe('https://example.com/');
        });

        it('uses the standard reason phrases', async () => {
          const cases: [number, string][] = [[200, 'OK'], [201, 'Created'], [400, 'Bad Request'], [403, 'Forbidden'],
            [409, 'Conflict'], [418, "I'm a Teapot"], [422, 'Unprocessable Entity'], [503, 'Service Unavailable']];
          for (const [code, reason] of cases) {
            const res = one(await raw(server, `GET /status/${code} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`));
            expect(res.status).toBe(code);
            expect(res.reason).toBe(reason);
            expect(res.headers['content-length']).toEqual(['0']);
          }
        });

        it('sets and deletes cookies', async () => {
          let r = await get(server, '/cookie/set');
          expect(r.headers.getSetCookie()).toEqual([
            'plain=1; Path=/; HttpOnly; SameSite=Lax',
            'full=v; Max-Age=60; Domain=example.com; Path=/app; Secure; SameSite=Strict',
          ]);
          r = await get(server, '/cookie/delete');
          expect(r.headers.getSetCookie()).toEqual(['plain=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/; HttpOnly; SameSite=Lax']);
        });

        it('refuses CR and LF in header values', async () => {
          let r = await get(server, '/header-injection');
          expect(await r.json()).toEqual({ refused: ['setitem', 'add', 'constructor', 'cookie', 'redirect'] });
          r = await get(server, '/header-injection/unhandled');
          expect(r.status).toBe(500);
          expect(r.headers.get('x-bad')).toBeNull();
          expect(r.headers.getSetCookie()).toEqual([]);
          expect(await r.text()).toBe('500 Internal Server Error');
        });

        it('answers HTTPError and abort with their status', async () => {
          let r = await get(server, '/abort');
          expect(r.status).toBe(418);
          expect(await r.text()).toBe("418 I'm a Teapot");
          r = await get(server, '/abort/message');
          expect(r.status).toBe(403);
          expect(await r.text()).toBe('no entry');
        });

        it('answers 500 with a generic body when a handler raises, traceback on stderr only', async () => {
          const before = server.stderr.length;
          const r = await get(server, '/boom');
          expect(r.status).toBe(500);
          expect(r.statusText).toBe('Internal Server Error');
          expect(r.headers.get('content-type')).toBe('text/plain; charset=utf-8');
          const body = await r.text();
          expect(body).toBe('500 Internal Server Error');
          for (let i = 0; i < 100 && !server.stderr.includes('secret detail 1234'); i++) await sleep(10);
          expect(server.stderr.slice(before)).toMatch(/Traceback \(most recent call last\):[\s\S]*RuntimeError: secret detail 1234/);
          const after = await get(server, '/text');
          expect(after.status).toBe(200);
        });

        it('answers 500 when a handler returns None', async () => {
          const r = await get(server, '/return/none');
          expect(r.status).toBe(500);
          expect(await r.text()).toBe('500 Internal Server Error');
        });
      });

      describe('connections', () => {
        it('keeps HTTP/1.1 connections alive and answers pipelined requests in order', async () => {
          const req = (p: string) => `GET ${p} HTTP/1.1\r\nHost: x\r\n\r\n`;
          const result = await raw(server, req('/text') + req('/status/201') + req('/nothing') + req('/html'), { responses: 4 });
          const rs = parseResponses(result.data);
          expect(rs.map((r) => r.status)).toEqual([200, 201, 404, 200]);
          expect(rs[0].body.toString()).toBe('café');
          expect(rs[3].body.toString()).toBe('<b>bold</b>');
          expect(result.closed).toBe(false);
          for (const r of rs) expect(r.headers.connection).toBeUndefined();
        });

        it('serves a second request on the same connection after the first answer', async () => {
          const result = await new Promise<RawResponse[]>((resolve, reject) => {
            const sock = net.connect(server.port, '127.0.0.1');
            let data = Buffer.alloc(0);
            const timer = setTimeout(() => { sock.destroy(); reject(new Error('timeout')); }, 5000);
            sock.on('connect', () => sock.write('GET /text HTTP/1.1\r\nHost: x\r\n\r\n'));
            sock.on('data', (d) => {
              data = Buffer.concat([data, d]);
              const rs = parseResponses(data);
              if (rs.length === 1 && !sock.writableEnded) sock.end('GET /html HTTP/1.1\r\nHost: x\r\n\r\n');
              if (rs.length === 2) { clearTimeout(timer); sock.destroy(); resolve(rs); }
            });
          });
          expect(result.map((r) => r.body.toString())).toEqual(['café', '<b>bold</b>']);
        });

        it('honours Connection: close', async () => {
          const result = await raw(server, 'GET /text HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\nGET /html HTTP/1.1\r\nHost: x\r\n\r\n');
          expect(result.closed).toBe(true);
          const rs = parseResponses(result.data);
          expect(rs.length).toBe(1);
          expect(rs[0].headers.connection).toEqual(['close']);
        });

        it('closes HTTP/1.0 connections unless keep-alive is asked', async () => {
          let result = await raw(server, 'GET /text HTTP/1.0\r\n\r\n');
          expect(result.closed).toBe(true);
          expect(one(result).status).toBe(200);
          expect(one(result).headers.connection).toEqual(['close']);
          result = await raw(server, 'GET /text HTTP/1.0\r\nConnection: keep-alive\r\n\r\nGET /html HTTP/1.0\r\n\r\n');
          const rs = parseResponses(result.data);
          expect(rs.map((r) => r.headers.connection)).toEqual([['keep-alive'], ['close']]);
          expect(result.closed).toBe(true);
        });

        it('reads a request split over many writes', async () => {
          const body = 'x='.concat('a'.repeat(598));
          const text = `POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`;
          const pieces: string[] = [];
          for (let i = 0; i < text.length; i += 37) pieces.push(text.slice(i, i + 37));
          const res = one(await raw(server, pieces, { gapMs: 1 }));
          expect(res.status).toBe(200);
          const d = JSON.parse(res.body.toString());
          expect(d.body_length).toBe(600);
          expect(d.text).toBe(body);
        });

        it('decodes chunked request bodies', async () => {
          const res = one(await raw(server, [
            'POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n',
            '5\r\nhello\r\n', '1;ext=1\r\n \r\n', 'A\r\n0123456789\r\n', '0\r\nX-Trailer: 1\r\n\r\n',
          ], { gapMs: 5 }));
          expect(res.status).toBe(200);
          expect(JSON.parse(res.body.toString()).text).toBe('hello 0123456789');
        });

        it('answers Expect: 100-continue', async () => {
          const result = await new Promise<Buffer>((resolve, reject) => {
            const sock = net.connect(server.port, '127.0.0.1');
            let data = Buffer.alloc(0);
            let sent = false;
            const timer = setTimeout(() => { sock.destroy(); reject(new Error('timeout')); }, 5000);
            sock.on('connect', () => sock.write('POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n'));
            sock.on('data', (d) => {
              data = Buffer.concat([data, d]);
              if (!sent && data.toString().startsWith('HTTP/1.1 100 Continue\r\n\r\n')) { sent = true; sock.write('abcd'); }
            });
            sock.on('close', () => { clearTimeout(timer); resolve(data); });
          });
          const rs = parseResponses(result);
          expect(rs.map((r) => r.status)).toEqual([100, 200]);
          expect(JSON.parse(rs[1].body.toString()).text).toBe('abcd');
        });

        it('drops an idle connection after the timeout', async () => {
          const result = await raw(server, [], { timeoutMs: 4000 });
          expect(result.closed).toBe(true);
          expect(result.data.length).toBe(0);
          expect(result.ms).toBeGreaterThanOrEqual(800);
          expect(result.ms).toBeLessThan(3000);
        });

        it('answers 408 to a client too slow to send its request', async () => {
          const from = server.stdout.length;
          const result = await raw(server, ['GET /text HTTP/1.1\r\n', 'Host: x\r\n'], { gapMs: 300, timeoutMs: 5000 });
          expect(result.closed).toBe(true);
          const res = one(result);
          expect(res.status).toBe(408);
          expect(res.headers.connection).toEqual(['close']);
          await server.waitForLine((l) => l.includes('408'), from);
        });

        it('logs one line when a client disconnects mid-request, and keeps serving', async () => {
          const from = server.stdout.length;
          const stderrBefore = server.stderr.length;
          const result = await raw(server, 'POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nonly part', { abortAfterWrite: true });
          expect(result.data.length).toBe(0);
          const line = await server.waitForLine((l) => l.includes('POST /echo'), from);
          expect(line).toMatch(/^127\.0\.0\.1 "POST \/echo HTTP\/1\.1" - - \d+\.\dms \(client disconnected\)$/);
          const r = await get(server, '/text');
          expect(r.status).toBe(200);
          await r.text();
          expect(server.stdout.slice(from).filter((l) => l.includes('POST /echo')).length).toBe(1);
          expect(server.stderr.slice(stderrBefore)).toBe('');
        });

        it('logs the request line of a client gone before the end of the head', async () => {
          const cases: [string, RawOptions][] = [
            ['GET /half-abort HTTP/1.1\r\nHo', { abortAfterWrite: true }],
            ['\r\nGET /half-fin HTTP/1.1\r\nHost: x\r\n', { endAfterWrite: true }],
            ['GET /half-line HTTP/1.', { abortAfterWrite: true }],
          ];
          for (const [request, opts] of cases) {
            const from = server.stdout.length;
            await raw(server, request, opts);
            const line = await server.waitForLine((l) => l.includes('(client disconnected)'), from);
            const expected = request.includes('HTTP/1.1\r\n') ? request.trim().split('\r\n')[0] : '-';
            expect(line).toMatch(LOG);
            expect(LOG.exec(line)![1]).toBe(expected);
          }
          const r = await get(server, '/text');
          expect(r.status).toBe(200);
          await r.text();
        });

        it('escapes C1 controls, separators, quotes and backslashes in the log', async () => {
          const cases: [string, string][] = [
            ['/\u0085x', '/\\x85x'],
            ['/a\u2028b\u2029c', '/a\\u2028b\\u2029c'],
            ['/\u009b31m', '/\\x9b31m'],
            ['/q"\\', '/q\\"\\\\'],
            ['/caf\u00e9', '/caf\u00e9'],
          ];
          for (const [target, logged] of cases) {
            const from = server.stdout.length;
            const result = await raw(server, Buffer.from(`GET ${target} HTTP/1.1\r\nHost: x\r\n\r\n`, 'utf8'), { endAfterWrite: true });
            expect(result.closed).toBe(true);
            const line = await server.waitForLine((l) => l.startsWith('127.0.0.1 "GET /') && !l.includes('/text'), from);
            expect(LOG.exec(line)?.[1]).toBe(`GET ${logged} HTTP/1.1`);
          }
        });
      });

      describe('bad input', () => {
        const bad: [string, string | Buffer, number][] = [
          ['a malformed request line', 'GARBAGE\r\n\r\n', 400],
          ['a request line with extra spaces', 'GET  /text HTTP/1.1\r\nHost: x\r\n\r\n', 400],
          ['a malformed method', 'G(T /text HTTP/1.1\r\nHost: x\r\n\r\n', 400],
          ['a relative target', 'GET text HTTP/1.1\r\nHost: x\r\n\r\n', 400],
          ['a malformed version', 'GET /text HTTP/x\r\nHost: x\r\n\r\n', 400],
          ['an unsupported version', 'GET /text HTTP/2.0\r\nHost: x\r\n\r\n', 505],
          ['a header without a colon', 'GET /text HTTP/1.1\r\nHost: x\r\nBroken\r\n\r\n', 400],
          ['a space before the colon', 'GET /text HTTP/1.1\r\nHost : x\r\n\r\n', 400],
          ['an obsolete folded header', 'GET /text HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n  2\r\n\r\n', 400],
          ['a missing Host', 'GET /text HTTP/1.1\r\n\r\n', 400],
          ['headers over 16 KB', `GET /text HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(17000)}\r\n\r\n`, 431],
          ['an endless header block', `GET /text HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(17000)}`, 431],
          ['a body over max_body', 'POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 1025\r\n\r\n', 413],
          ['a chunked body over max_body', `POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n400\r\n${'a'.repeat(1024)}\r\n1\r\na\r\n0\r\n\r\n`, 413],
          ['Content-Length with Transfer-Encoding', 'POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n', 400],
          ['differing Content-Lengths', 'POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd', 400],
          ['a non-numeric Content-Length', 'POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n', 400],
          ['a malformed chunk size', 'POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n', 400],
          ['an unknown transfer coding', 'POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n', 501],
          ['a bare LF in a header', 'GET /text HTTP/1.1\r\nHost: x\nX-A: 1\r\n\r\n', 400],
        ];
        for (const [what, request, status] of bad) {
          it(`answers ${status} to ${what} and closes`, async () => {
            const from = server.stdout.length;
            const result = await raw(server, request, { endAfterWrite: true });
            expect(result.closed).toBe(true);
            const res = one(result);
            expect(res.status).toBe(status);
            expect(res.headers.connection).toEqual(['close']);
            expect(res.headers['content-type']).toEqual(['text/plain; charset=utf-8']);
            expect(res.body.toString()).toBe(`${status} ${res.reason}`);
            expect(parseResponses(result.data).length).toBe(1);
            const line = await server.waitForLine((l) => l.includes(`" ${status} `), from);
            expect(line).toMatch(LOG);
          });
        }

        it('accepts repeated equal Content-Lengths', async () => {
          const res = one(await raw(server, 'POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc'));
          expect(res.status).toBe(200);
          expect(JSON.parse(res.body.toString()).text).toBe('abc');
        });

        it('answers 413 to fetch sending a large body', async () => {
          const r = await get(server, '/echo', { method: 'POST', body: 'x'.repeat(100_000) });
          expect(r.status).toBe(413);
          expect(await r.text()).toBe('413 Request Entity Too Large');
        });

        it('keeps serving after bad input', async () => {
          const r = await get(server, '/text');
          expect(r.status).toBe(200);
          expect(await r.text()).toBe('café');
        });
      });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// App.test_client(), from Python.

describe('enid test client (CPython)', () => {
  it('passes tests/enid/client_check.py', async () => {
    const { stdout, stderr, code } = await new Promise<{ stdout: string; stderr: string; code: number | null }>((resolve) => {
      const child = spawn('python3', [path.join(ROOT, 'tests/enid/client_check.py')], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (err += d));
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      child.on('close', (c) => {
        clearTimeout(timer);
        resolve({ stdout: out, stderr: err, code: c });
      });
    });
    expect(stdout).toContain('ok raw_bad_input');
    expect(stdout.trimEnd().split('\n').at(-1), stderr).toBe('ALL OK');
    expect(code).toBe(0);
  });
});
