// Hello-world HTTP throughput of the blocking socket layer against CPython's blocking socket
// server and Node's own async servers. Needs `npx tsc -p tsconfig.json` first (it runs dist/).
//
//   node bench/net.mjs [--duration 1] [--rounds 3] [--conns 1,8] [--modes close,keepalive]
//                      [--servers layer,cpython,node-net,node-http,layer-posted,layer-node,addon|all]
//                      [--client wrk|node]
//
// The default run (layer, cpython, node-net; 3 rounds of 1 s) takes about 45 s.
//
// Every server is started once and kept up; the rounds are interleaved (each round runs every
// workload against every server in turn), because throughput on a shared VM drifts from minute to
// minute: each round's ratio to CPython is taken, and the median of those is printed.
// "close" is a new connection per request (Connection: close); "keepalive" reuses connections.
// The blocking servers (layer, cpython) serve one connection at a time, as the Python program
// does, so with keep-alive at c=8 they serve one of the 8 connections at a time.
// The load generator is wrk when installed, otherwise a Node client in this process.
// "cpu µs/req" is the server's CPU time (all threads, from /proc) per request: on a busy machine,
// where req/s swings with the other load, it is the steadier measure of the server's own cost.

import { execFile, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as net from 'node:net';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

const SERVERS = {
  layer: { label: 'layer (raw libuv)', cmd: [process.execPath, here('./net/layer_server.mjs'), '0'], env: { MEMPHIS_NET_TRANSPORT: 'raw' } },
  'layer-posted': { label: 'layer (posted sends)', cmd: [process.execPath, here('./net/layer_server.mjs'), '0'], env: { MEMPHIS_NET_TRANSPORT: 'raw', MEMPHIS_NET_DIRECT: '0' } },
  'layer-node': { label: 'layer (node:net)', cmd: [process.execPath, here('./net/layer_server.mjs'), '0'], env: { MEMPHIS_NET_TRANSPORT: 'node' } },
  cpython: { label: 'CPython socket', cmd: ['python3', here('./net/py_server.py'), '0'], env: {} },
  'node-net': { label: 'node:net async', cmd: [process.execPath, here('./net/node_net_server.mjs'), '0'], env: {} },
  'node-http': { label: 'node:http async', cmd: [process.execPath, here('./net/node_http_server.mjs'), '0'], env: {} },
  // The layer server's loop on real blocking syscalls made on the main thread (bench/net/addon/sock.c,
  // an N-API addon built here on first use with the machine's C compiler): what a memphis.net
  // without the socket service could reach.
  addon: { label: 'blocking syscalls', cmd: [process.execPath, here('./net/addon_server.mjs'), '0'], env: {}, build: buildAddon },
};

/** Build bench/.out/sock.node from bench/net/addon/sock.c with Node's headers; an Error says why not. */
function buildAddon() {
  const out = here('./.out/sock.node');
  const include = join(dirname(dirname(process.execPath)), 'include', 'node');
  mkdirSync(here('./.out'), { recursive: true });
  execFileSync(process.env.CC ?? 'cc', ['-shared', '-fPIC', '-O2', `-I${include}`, '-I/usr/include/node', '-o', out, here('./net/addon/sock.c')],
    { stdio: ['ignore', 'ignore', 'pipe'] });
}

function options() {
  const o = { duration: 1, rounds: 3, conns: [1, 8], modes: ['close', 'keepalive'],
    servers: ['layer', 'cpython', 'node-net'], client: null };
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i += 2) {
    const [k, v] = [argv[i], argv[i + 1]];
    if (k === '--duration') o.duration = Number(v);
    else if (k === '--rounds') o.rounds = Number(v);
    else if (k === '--conns') o.conns = v.split(',').map(Number);
    else if (k === '--modes') o.modes = v.split(',');
    else if (k === '--servers') o.servers = v === 'all' ? Object.keys(SERVERS) : v.split(',');
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

function startServer(name) {
  const spec = SERVERS[name];
  const proc = spawn(spec.cmd[0], spec.cmd.slice(1), { env: { ...process.env, ...spec.env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${name} did not start`)), 10_000);
    proc.stdout.on('data', (d) => {
      out += d;
      const m = /PORT (\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ name, proc, port: Number(m[1]) });
      }
    });
    proc.on('exit', (code) => reject(new Error(`${name} exited with ${code}`)));
  });
}

function wrk(port, c, mode, seconds) {
  const args = ['-t1', `-c${c}`, `-d${Math.max(1, Math.round(seconds))}s`, '--timeout', '2s'];
  if (mode === 'close') args.push('-H', 'Connection: close');
  args.push(`http://127.0.0.1:${port}/`);
  return new Promise((resolve, reject) => {
    execFile('wrk', args, (err, stdout) => {
      if (err) return reject(err);
      const m = /Requests\/sec:\s+([\d.]+)/.exec(stdout);
      resolve(m ? Number(m[1]) : 0);
    });
  });
}

// The fallback load generator: c loops, each sending one request at a time.
function nodeClient(port, c, mode, seconds) {
  const close = mode === 'close';
  const request = Buffer.from(`GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n${close ? 'Connection: close\r\n' : ''}\r\n`);
  const until = performance.now() + seconds * 1000;
  let done = 0;
  const loop = () => new Promise((resolve) => {
    let sock = null;
    let buf = '';
    const next = () => {
      if (performance.now() >= until) {
        sock?.destroy();
        return resolve();
      }
      if (sock === null) {
        sock = net.connect(port, '127.0.0.1');
        sock.on('data', (d) => {
          buf += d;
          if (buf.endsWith('hello')) {
            buf = '';
            done++;
            if (close) {
              sock.destroy();
              sock = null;
            }
            next();
          }
        });
        sock.on('error', () => { sock = null; setTimeout(next, 10); });
      }
      sock.write(request);
    };
    next();
  });
  return Promise.all(Array.from({ length: c }, loop)).then(() => done / seconds);
}

// CPU time (user + system, all threads) of a process, in µs; null where /proc is missing.
const TICK_US = 1e6 / 100; // USER_HZ is 100 on Linux
function cpuMicros(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_US;
  } catch {
    return null;
  }
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
    for (const name of o.servers) {
      try {
        SERVERS[name].build?.();
      } catch (e) {
        console.log(`${name}: not run, its build failed: ${String(e.stderr ?? e.message).trim().split('\n')[0]}`);
        continue;
      }
      servers.push(await startServer(name));
    }
    for (const s of servers) await load(s.port, 1, 'close', 1); // warm-up
    const results = new Map(); // "mode c server" -> [rps per round]
    const cpuPerRequest = new Map(); // "mode c server" -> [server CPU µs per request, per round]
    for (let round = 0; round < o.rounds; round++) {
      for (const mode of o.modes) {
        for (const c of o.conns) {
          for (const s of servers) {
            const cpu0 = cpuMicros(s.proc.pid);
            const rps = await load(s.port, c, mode, o.duration);
            const cpu1 = cpuMicros(s.proc.pid);
            const key = `${mode} ${c} ${s.name}`;
            if (!results.has(key)) results.set(key, []);
            results.get(key).push(rps);
            if (!cpuPerRequest.has(key)) cpuPerRequest.set(key, []);
            const requests = rps * Math.max(1, Math.round(o.duration));
            if (cpu0 !== null && cpu1 !== null && requests > 0) cpuPerRequest.get(key).push((cpu1 - cpu0) / requests);
          }
        }
      }
    }
    console.log(`client: ${o.client}, ${o.rounds} interleaved rounds of ${o.duration} s per run`);
    console.log('mode       c  server                 median req/s   vs CPython  vs node:net  cpu µs/req   rounds');
    for (const mode of o.modes) {
      for (const c of o.conns) {
        for (const s of servers) {
          const runs = results.get(`${mode} ${c} ${s.name}`);
          const cpu = cpuPerRequest.get(`${mode} ${c} ${s.name}`);
          const ratio = (ref) => {
            const r = results.get(`${mode} ${c} ${ref}`);
            return r ? `${median(runs.map((x, i) => x / r[i])).toFixed(2)}x` : '-';
          };
          console.log(`${mode.padEnd(10)} ${String(c).padEnd(2)} ${SERVERS[s.name].label.padEnd(22)} `
            + `${fmt(median(runs)).padStart(12)}   ${ratio('cpython').padStart(9)}  ${ratio('node-net').padStart(10)}  `
            + `${cpu.length ? median(cpu).toFixed(0).padStart(10) : '-'.padStart(10)}   ${runs.map(fmt).join('/')}`);
        }
      }
    }
  } finally {
    stop();
  }
}

await main();
