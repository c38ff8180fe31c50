// Requests per second of the Enid hello app (examples/hello/app.py) compiled by memphisc, the same
// app on CPython, and a plain node:http server (and Flask's development server when Flask is
// installed), with keep-alive and with `Connection: close`, at concurrency 1 and 16; and each
// server's CPU time per request (user + sys of all its threads, from /proc), the steadier figure
// on a shared machine.
// Needs `npx tsc -p tsconfig.json` first (it compiles the app with dist/compiler/cli.js).
//
//   node bench/enid.mjs [--duration 1] [--rounds 3] [--conns 1,16] [--modes keepalive,close]
//                       [--servers compiled,cpython,node-http,flask] [--client wrk|node]
//
// The default run takes about a minute. Every server is started once; the rounds are
// interleaved (each round runs every workload against every server in turn), because throughput
// on a shared machine drifts: each round's ratio is taken, and the median is printed. The load
// generator is wrk when installed (`apt-get install -y wrk`), otherwise a Node client in this
// process; either way, the same one for every server.
// Enid's server is single-threaded on both engines and takes one request per ready connection in
// turn, so at c=16 the 16 keep-alive connections share it.

import { execFile, execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, sleep } from './harness.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const APP = path.join(ROOT, 'examples/hello/app.py');
const GREETING = 'Hello from Enid (powered by Memphis)';

function compiledApp() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enid-bench-'));
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  const out = path.join(dir, 'app.mjs');
  execFileSync(process.execPath, [path.join(ROOT, 'dist/compiler/cli.js'), APP, '-o', out], { cwd: ROOT, stdio: 'inherit' });
  return out;
}

const SERVERS = {
  compiled: { label: 'Enid compiled', cmd: () => [process.execPath, compiledApp()] },
  cpython: { label: 'Enid on CPython', cmd: () => ['python3', APP] },
  'node-http': { label: 'node:http', cmd: () => [process.execPath, path.join(ROOT, 'bench/net/node_http_server.mjs')], portArg: true },
  flask: { label: 'Flask (dev server)', cmd: () => ['python3', path.join(ROOT, 'bench/enid_flask.py')], optional: true },
};

function hasFlask() {
  try {
    execFileSync('python3', ['-c', 'import flask'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function options() {
  const o = { duration: 1, rounds: 3, conns: [1, 16], modes: ['keepalive', 'close'],
    servers: ['compiled', 'cpython', 'node-http', ...(hasFlask() ? ['flask'] : [])], client: null };
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i += 2) {
    const [k, v] = [argv[i], argv[i + 1]];
    if (k === '--duration') o.duration = Number(v);
    else if (k === '--rounds') o.rounds = Number(v);
    else if (k === '--conns') o.conns = v.split(',').map(Number);
    else if (k === '--modes') o.modes = v.split(',');
    else if (k === '--servers') o.servers = v.split(',');
    else if (k === '--client') o.client = v;
    else throw new Error(`unknown option ${k}`);
  }
  if (o.client === null) {
    try {
      execFileSync('wrk', ['--version'], { stdio: 'ignore' });
      o.client = 'wrk';
    } catch (e) {
      // wrk prints its version and exits 1; a missing binary is ENOENT.
      o.client = e.code === 'ENOENT' ? 'node' : 'wrk';
    }
  }
  return o;
}



/** Start a server and wait until it answers GET / (its output goes to /dev/null). */
async function startServer(name) {
  const spec = SERVERS[name];
  const port = await freePort();
  const [cmd, ...args] = spec.cmd();
  if (spec.portArg) args.push(String(port));
  const proc = spawn(cmd, args, {
    cwd: ROOT, stdio: 'ignore',
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', PYTHONPATH: ROOT },
  });
  let exited = false;
  proc.on('exit', () => { exited = true; });
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (exited) throw new Error(`${name} exited`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/`, { headers: { connection: 'close' } });
      const body = await res.text();
      if (res.ok && (name === 'node-http' || body === GREETING)) return { name, proc, port };
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`${name} did not start`);
    await sleep(50);
  }
}

/** CPU seconds (user + sys, every thread) a process has used so far. */
function cpuSeconds(pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks
}

/** One load run against `server`: its req/s and its CPU µs per request. */
async function measure(load, server, c, mode, seconds) {
  const before = cpuSeconds(server.proc.pid);
  const { rps, requests } = await load(server.port, c, mode, seconds);
  const cpu = cpuSeconds(server.proc.pid) - before;
  return { rps, cpuPerRequest: requests > 0 ? (cpu * 1e6) / requests : NaN };
}

function wrk(port, c, mode, seconds) {
  const args = ['-t1', `-c${c}`, `-d${Math.max(1, Math.round(seconds))}s`, '--timeout', '2s'];
  if (mode === 'close') args.push('-H', 'Connection: close');
  args.push(`http://127.0.0.1:${port}/`);
  return new Promise((resolve, reject) => {
    execFile('wrk', args, (err, stdout) => {
      if (err) return reject(err);
      const m = /Requests\/sec:\s+([\d.]+)/.exec(stdout);
      const n = /(\d+) requests in/.exec(stdout);
      resolve({ rps: m ? Number(m[1]) : 0, requests: n ? Number(n[1]) : 0 });
    });
  });
}

// The fallback load generator: c loops, each with one request in flight; a response is complete
// once its Content-Length bytes of body have arrived.
function nodeClient(port, c, mode, seconds) {
  const close = mode === 'close';
  const request = Buffer.from(`GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n${close ? 'Connection: close\r\n' : ''}\r\n`);
  const until = performance.now() + seconds * 1000;
  let done = 0;
  const complete = (buf) => {
    const end = buf.indexOf('\r\n\r\n');
    if (end < 0) return false;
    const m = /content-length:\s*(\d+)/i.exec(buf.subarray(0, end).toString('latin1'));
    return m !== null && buf.length >= end + 4 + Number(m[1]);
  };
  const serverCloses = (head) =>
    /\r\nconnection:\s*close/i.test(head) || (head.startsWith('HTTP/1.0') && !/\r\nconnection:\s*keep-alive/i.test(head));
  const loop = () => new Promise((resolve) => {
    let sock = null;
    let buf = Buffer.alloc(0);
    const next = () => {
      if (performance.now() >= until) {
        sock?.destroy();
        return resolve();
      }
      if (sock === null) {
        const s = net.connect(port, '127.0.0.1');
        sock = s;
        s.on('data', (d) => {
          buf = Buffer.concat([buf, d]);
          if (complete(buf)) {
            const head = buf.subarray(0, buf.indexOf('\r\n\r\n')).toString('latin1');
            buf = Buffer.alloc(0);
            done++;
            // A server that ends the connection after its answer (an HTTP/1.0 answer, as Flask's
            // development server gives) gets the next request on a new one.
            if (close || serverCloses(head)) {
              s.destroy();
              sock = null;
            }
            next();
          }
        });
        // The server closed the connection before answering: ask again on a new one.
        const retry = () => {
          if (sock !== s) return;
          sock = null;
          buf = Buffer.alloc(0);
          setTimeout(next, 10);
        };
        s.on('error', retry);
        s.on('close', retry);
      }
      sock.write(request);
    };
    next();
  });
  return Promise.all(Array.from({ length: c }, loop)).then(() => ({ rps: done / seconds, requests: done }));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n) => Math.round(n).toLocaleString('en-US');

async function main() {
  const o = options();
  const load = o.client === 'wrk' ? wrk : nodeClient;
  const servers = [];
  const stop = () => { for (const s of servers) s.proc.kill(); };
  process.on('SIGINT', () => { stop(); process.exit(130); });
  try {
    for (const name of o.servers) servers.push(await startServer(name));
    for (const s of servers) await load(s.port, 1, 'keepalive', 1); // warm-up (JIT, caches)
    const results = new Map(); // "mode c server" -> [req/s per round]
    for (let round = 0; round < o.rounds; round++) {
      for (const mode of o.modes) {
        for (const c of o.conns) {
          for (const s of servers) {
            const key = `${mode} ${c} ${s.name}`;
            if (!results.has(key)) results.set(key, []);
            results.get(key).push(await measure(load, s, c, mode, o.duration));
          }
        }
      }
    }
    console.log(`client: ${o.client}, ${o.rounds} interleaved rounds of ${o.duration} s per run`);
    console.log('mode       c   server                median req/s  compiled/CPython  vs node:http  CPU µs/req  '
      + 'CPU compiled/CPython   req/s rounds');
    for (const mode of o.modes) {
      for (const c of o.conns) {
        for (const s of servers) {
          const runs = results.get(`${mode} ${c} ${s.name}`);
          const rps = runs.map((r) => r.rps);
          // The median over rounds of each round's ratio (the rounds drift together).
          const ratio = (a, b, field) => {
            const ra = results.get(`${mode} ${c} ${a}`);
            const rb = results.get(`${mode} ${c} ${b}`);
            return ra && rb ? `${median(ra.map((x, i) => x[field] / rb[i][field])).toFixed(2)}x` : '-';
          };
          const compiled = s.name === 'compiled';
          console.log(`${mode.padEnd(10)} ${String(c).padEnd(3)} ${SERVERS[s.name].label.padEnd(20)} `
            + `${fmt(median(rps)).padStart(12)}  ${(compiled ? ratio('compiled', 'cpython', 'rps') : '').padStart(16)}  `
            + `${ratio(s.name, 'node-http', 'rps').padStart(11)}  ${fmt(median(runs.map((r) => r.cpuPerRequest))).padStart(10)}  `
            + `${(compiled ? ratio('compiled', 'cpython', 'cpuPerRequest') : '').padStart(20)}   ${rps.map(fmt).join('/')}`);
        }
      }
    }
  } finally {
    stop();
  }
}

await main();
