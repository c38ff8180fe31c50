// Hello-world HTTP throughput of the blocking socket layer against CPython's blocking socket
// server and Node's own async servers. Needs `npx tsc -p tsconfig.json` first (it runs dist/).
//
//   node bench/net.mjs [--duration 1] [--rounds 3] [--conns 1,8] [--modes close,keepalive]
//                      [--servers layer,cpython,node-net,node-http,layer-posted,layer-node,addon,
//                                 compiled,compiled-service,enid,enid-service,enid-cpython|all]
//                      [--client wrk|node]
//
// The default run (layer, cpython, node-net; 3 rounds of 1 s) takes about 45 s.
// "compiled" is net/py_server.py (on memphis.net) compiled by memphisc, on the
// default transport (the native one where it was built) and, as "compiled-service", on the socket
// service; "enid" is examples/hello compiled, the same two ways, and on CPython ("enid-cpython").
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
// "vs CPython" and "cpu x CPython" are medians of per-round ratios to the same program on CPython:
// the CPython socket server, or for the Enid rows Enid on CPython.

import { execFile, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
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
  // The layer server's loop in JS on the native transport's addon (runtime/net/addon/sock.c, built
  // as `npm install` builds it): the floor under the compiled server on the default transport.
  addon: { label: 'blocking syscalls', cmd: [process.execPath, here('./net/addon_server.mjs'), '0'], env: {}, build: buildAddon },
  compiled: compiledServer('compiled (default)', 'net/py_server.py', {}),
  'compiled-service': compiledServer('compiled (service)', 'net/py_server.py', { MEMPHIS_NET_TRANSPORT: 'service' }),
  enid: { ...compiledServer('Enid (default)', '../examples/hello/app.py', {}), ref: 'enid-cpython' },
  'enid-service': { ...compiledServer('Enid (service)', '../examples/hello/app.py', { MEMPHIS_NET_TRANSPORT: 'service' }), ref: 'enid-cpython' },
  'enid-cpython': { label: 'Enid on CPython', cmd: ['python3', here('../examples/hello/app.py')], env: { PORT: '0', PYTHONPATH: here('..') }, ref: 'enid-cpython' },
};

/** A Python server compiled by memphisc into bench/.out (its port: argv, or PORT for Enid). */
function compiledServer(label, py, env) {
  const out = here(`./.out/${py.replace(/\W+/g, '_')}.mjs`);
  return {
    label, cmd: [process.execPath, out, '0'], env: { PORT: '0', ...env },
    build: () => {
      mkdirSync(here('./.out'), { recursive: true });
      execFileSync(process.execPath, [here('../dist/compiler/cli.js'), here(py), '-o', out], { stdio: ['ignore', 'ignore', 'pipe'] });
    },
  };
}

/** Build the native transport's addon (runtime/net/addon/sock.c) as `npm install` does; an Error says why not. */
function buildAddon() {
  execFileSync(process.execPath, [here('../scripts/build-addon.mjs'), '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] });
  if (!existsSync(here('../dist/native/sock.node'))) throw new Error('dist/native/sock.node was not built (node scripts/build-addon.mjs says why)');
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
      const m = /PORT (\d+)|Serving on http:\/\/[^\s]+:(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ name, proc, port: Number(m[1] ?? m[2]) });
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
            cpuPerRequest.get(key).push(cpu0 !== null && cpu1 !== null && requests > 0 ? (cpu1 - cpu0) / requests : NaN);
          }
        }
      }
    }
    console.log(`client: ${o.client}, ${o.rounds} interleaved rounds of ${o.duration} s per run`);
    console.log('mode       c  server                 median req/s   vs CPython  vs node:net  cpu µs/req  cpu x CPython   rounds');
    for (const mode of o.modes) {
      for (const c of o.conns) {
        for (const s of servers) {
          const runs = results.get(`${mode} ${c} ${s.name}`);
          const cpu = cpuPerRequest.get(`${mode} ${c} ${s.name}`);
          // Per-round ratios to the same program on CPython (Enid's rows: Enid on CPython).
          const perRound = (table, ref) => {
            const r = table.get(`${mode} ${c} ${ref}`);
            const xs = r ? table.get(`${mode} ${c} ${s.name}`).map((x, i) => x / r[i]).filter((x) => x === x) : [];
            return xs.length ? `${median(xs).toFixed(2)}x` : '-';
          };
          const ref = SERVERS[s.name].ref ?? 'cpython';
          const cpuMedian = median(cpu.filter((x) => x === x));
          console.log(`${mode.padEnd(10)} ${String(c).padEnd(2)} ${SERVERS[s.name].label.padEnd(22)} `
            + `${fmt(median(runs)).padStart(12)}   ${perRound(results, ref).padStart(9)}  ${perRound(results, 'node-net').padStart(10)}  `
            + `${cpuMedian === cpuMedian ? cpuMedian.toFixed(1).padStart(10) : '-'.padStart(10)}  ${perRound(cpuPerRequest, ref).padStart(13)}   ${runs.map(fmt).join('/')}`);
        }
      }
    }
  } finally {
    stop();
  }
}

await main();
