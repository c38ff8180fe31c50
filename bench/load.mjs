// Enid under load: wrk against examples/hello (GET /) and a JSON route of examples/todo
// (GET /todos/1), compiled by memphisc (and on CPython with --engines compiled,cpython), at
// several concurrencies, with keep-alive and with `Connection: close`. Prints req/s, p99 latency,
// socket errors and non-2xx answers for every run, and the server's CPU time per request (user +
// sys of every thread, from /proc: steadier than req/s on a shared machine); exits 1 if any run had a socket error or a
// non-2xx answer (every route loaded is valid), or if the server died.
// Needs `npm run build` first and wrk (`apt-get install -y wrk`).
//
//   npm run load -- [--duration 30] [--conns 1,16,64] [--modes keepalive,close]
//                   [--apps hello,todo] [--engines compiled] [--threads 2]

import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, sleep } from './harness.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const APPS = {
  hello: { file: 'examples/hello/app.py', path: '/' },
  todo: { file: 'examples/todo/app.py', path: '/todos/1', setup: seedTodo },
};

function options() {
  const o = { duration: 30, conns: [1, 16, 64], modes: ['keepalive', 'close'], apps: ['hello', 'todo'],
    engines: ['compiled'], threads: 2 };
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i += 2) {
    const [k, v] = [argv[i], argv[i + 1]];
    if (k === '--duration') o.duration = Number(v);
    else if (k === '--conns') o.conns = v.split(',').map(Number);
    else if (k === '--modes') o.modes = v.split(',');
    else if (k === '--apps') o.apps = v.split(',');
    else if (k === '--engines') o.engines = v.split(',');
    else if (k === '--threads') o.threads = Number(v);
    else throw new Error(`unknown option ${k}`);
  }
  return o;
}



/** Start `app` on `engine`; resolves once it answers. */
async function startServer(app, engine) {
  const file = path.join(ROOT, app.file);
  let cmd = 'python3';
  let args = [file];
  if (engine === 'compiled') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enid-load-'));
    process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
    const out = path.join(dir, 'app.mjs');
    execFileSync(process.execPath, [path.join(ROOT, 'dist/compiler/cli.js'), file, '-o', out], { cwd: ROOT, env: { ...process.env, PYTHONPATH: ROOT } });
    cmd = process.execPath;
    args = [out];
  }
  const port = await freePort();
  const proc = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, PORT: String(port), PYTHONPATH: ROOT, HOST: '127.0.0.1' }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (d) => { stderr += d; });
  let exited = false;
  proc.on('exit', () => { exited = true; });
  for (let i = 0; i < 600; i++) {
    if (exited) throw new Error(`server exited: ${stderr}`);
    try {
      const r = await fetch(`http://127.0.0.1:${port}/`, { headers: { connection: 'close' } });
      await r.arrayBuffer();
      break;
    } catch {
      await sleep(50);
    }
  }
  return { proc, port, stderr: () => stderr, exited: () => exited };
}

async function seedTodo(port) {
  const r = await fetch(`http://127.0.0.1:${port}/todos`, {
    method: 'POST', headers: { 'content-type': 'application/json', connection: 'close' },
    body: JSON.stringify({ title: 'load test' }),
  });
  if (r.status !== 201) throw new Error(`seeding the todo app answered ${r.status}`);
  await r.arrayBuffer();
}

/** CPU time (user + sys, all threads) of process `pid` so far, in seconds. */
function cpuSeconds(pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks
}

/** Milliseconds from wrk's "1.23ms" / "456.00us" / "2.01s". */
function millis(text) {
  const m = /^([\d.]+)(us|ms|s|m)$/.exec(text);
  if (!m) return NaN;
  const scale = { us: 0.001, ms: 1, s: 1000, m: 60000 }[m[2]];
  return Number(m[1]) * scale;
}

function runWrk(port, urlPath, conns, mode, duration, threads) {
  const args = ['-t', String(Math.min(threads, conns)), '-c', String(conns), '-d', `${duration}s`, '--latency', '--timeout', '5s'];
  if (mode === 'close') args.push('-H', 'Connection: close');
  args.push(`http://127.0.0.1:${port}${urlPath}`);
  const out = execFileSync('wrk', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? NaN);
  const total = Number(/(\d+) requests in/.exec(out)?.[1] ?? NaN);
  const p99 = millis(/\s99%\s+(\S+)/.exec(out)?.[1] ?? '');
  const se = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const socketErrors = se ? se.slice(1).map(Number) : [0, 0, 0, 0];
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0);
  return { rps, total, p99, socketErrors, non2xx, raw: out };
}

async function main() {
  const o = options();
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' });
  } catch (e) {
    if (e.code === 'ENOENT') throw new Error('wrk is not installed (apt-get install -y wrk)');
  }
  console.log(`wrk, ${o.duration} s per run, ${o.threads} threads; ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)}`);
  console.log('| engine | app | mode | conns | req/s | p99 ms | socket errors (connect/read/write/timeout) | non-2xx | requests | server CPU µs/req |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  let failed = false;
  for (const engine of o.engines) {
    for (const name of o.apps) {
      const app = APPS[name];
      const server = await startServer(app, engine);
      if (app.setup) await app.setup(server.port);
      for (const mode of o.modes) {
        for (const conns of o.conns) {
          const cpuBefore = cpuSeconds(server.proc.pid);
          const r = runWrk(server.port, app.path, conns, mode, o.duration, o.threads);
          const cpuPerRequest = ((cpuSeconds(server.proc.pid) - cpuBefore) / r.total) * 1e6;
          const errors = r.socketErrors.reduce((a, b) => a + b, 0);
          if (errors !== 0 || r.non2xx !== 0 || !(r.total > 0)) failed = true;
          console.log(`| ${engine} | ${name} ${app.path} | ${mode} | ${conns} | ${r.rps.toFixed(0)} | ${r.p99.toFixed(2)} | ${r.socketErrors.join('/')} | ${r.non2xx} | ${r.total} | ${cpuPerRequest.toFixed(0)} |`);
        }
      }
      if (server.exited()) {
        failed = true;
        console.log(`the ${engine} ${name} server died: ${server.stderr()}`);
      }
      server.proc.kill('SIGTERM');
      await sleep(200);
    }
  }
  console.log(failed ? 'FAIL: socket errors, non-2xx answers or a dead server' : 'OK: no socket error, no non-2xx answer');
  process.exit(failed ? 1 : 0);
}

await main();
