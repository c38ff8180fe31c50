// Enid soak test: a long mix of reads and writes against examples/todo compiled by memphisc (or on
// CPython with --engine cpython), from a Node client with keep-alive over several connections.
// The server's resident memory (VmRSS of /proc/<pid>/status) is sampled every --sample seconds;
// the run passes if memory stays flat (the lowest sample of the second half within 25% of the
// median of the first half, after warm-up: garbage collection makes the RSS a sawtooth, and a
// leak shows as a rising floor), every answer was 2xx, and the final state read back from the server equals
// the state the client derives from the requests that got 2xx. Requests on one todo never overlap
// (a todo in flight is not picked again), so that state is well defined.
// Needs `npm run build` first.
//
//   npm run soak -- [--requests 1000000] [--connections 8] [--sample 10] [--engine compiled]

import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, rng, sleep } from './harness.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const APP = path.join(ROOT, 'examples/todo/app.py');
// The store is kept near this size: more creates below it, more deletes above.
const TARGET_SIZE = 200;

function options() {
  const o = { requests: 1_000_000, connections: 8, sample: 10, engine: 'compiled', seed: 1 };
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i += 2) {
    const [k, v] = [argv[i], argv[i + 1]];
    if (k === '--requests') o.requests = Number(v);
    else if (k === '--connections') o.connections = Number(v);
    else if (k === '--sample') o.sample = Number(v);
    else if (k === '--engine') o.engine = v;
    else if (k === '--seed') o.seed = Number(v);
    else throw new Error(`unknown option ${k}`);
  }
  return o;
}




function rssKb(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]);
}

async function startServer(engine) {
  let cmd = 'python3';
  let args = [APP];
  if (engine === 'compiled') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enid-soak-'));
    process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
    const out = path.join(dir, 'app.mjs');
    execFileSync(process.execPath, [path.join(ROOT, 'dist/compiler/cli.js'), APP, '-o', out], { cwd: ROOT, env: { ...process.env, PYTHONPATH: ROOT } });
    cmd = process.execPath;
    args = [out];
  }
  const port = await freePort();
  const proc = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, PORT: String(port), PYTHONPATH: ROOT }, stdio: ['ignore', 'ignore', 'inherit'] });
  for (let i = 0; i < 600; i++) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/todos`, { headers: { connection: 'close' } });
      await r.arrayBuffer();
      break;
    } catch {
      await sleep(50);
    }
  }
  return { proc, port };
}

function send(agent, port, method, urlPath, body) {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? null : Buffer.from(JSON.stringify(body));
    const headers = data === null ? {} : { 'content-type': 'application/json', 'content-length': data.length };
    const req = http.request({ host: '127.0.0.1', port, method, path: urlPath, agent, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.setTimeout(10_000, () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(data);
  });
}

async function main() {
  const o = options();
  const random = rng(o.seed);
  const { proc, port } = await startServer(o.engine);
  const agent = new http.Agent({ keepAlive: true, maxSockets: o.connections });
  const model = new Map(); // id -> {id, title, done}
  const busy = new Set();
  const counts = { sent: 0, ok: 0, non2xx: 0, errors: 0, byKind: {} };
  const samples = [];
  const started = Date.now();
  const sampleNow = () => samples.push([Math.round((Date.now() - started) / 1000), rssKb(proc.pid)]);
  sampleNow();
  const sampler = setInterval(sampleNow, o.sample * 1000);
  let lastReport = Date.now();

  function pickIdle() {
    for (let tries = 0; tries < 8; tries++) {
      const ids = [...model.keys()];
      if (ids.length === 0) return null;
      const id = ids[Math.floor(random() * ids.length)];
      if (!busy.has(id)) return id;
    }
    return null;
  }

  async function one() {
    const r = random();
    const size = model.size;
    let id = null;
    let kind;
    if (r < 0.5) kind = 'get';
    else if (r < 0.52) kind = 'list';
    else if (r < 0.7) kind = size < TARGET_SIZE ? 'create' : 'delete';
    else if (r < 0.8) kind = size > TARGET_SIZE ? 'delete' : 'create';
    else if (r < 0.9) kind = 'patch';
    else kind = 'put';
    if (kind !== 'create' && kind !== 'list') {
      id = pickIdle();
      if (id === null) kind = 'create';
    }
    counts.byKind[kind] = (counts.byKind[kind] ?? 0) + 1;
    if (id !== null) busy.add(id);
    const n = counts.sent++;
    try {
      let res;
      if (kind === 'get') {
        res = await send(agent, port, 'GET', `/todos/${id}`);
        if (res.status === 200) {
          const got = JSON.parse(res.body);
          const want = model.get(id);
          if (got.title !== want.title || got.done !== want.done) throw new Error(`GET /todos/${id}: ${res.body} but expected ${JSON.stringify(want)}`);
        }
      } else if (kind === 'list') {
        res = await send(agent, port, 'GET', '/todos?done=true');
      } else if (kind === 'create') {
        const title = `todo ${n}`;
        res = await send(agent, port, 'POST', '/todos', { title });
        if (res.status === 201) {
          const got = JSON.parse(res.body);
          model.set(got.id, { id: got.id, title, done: false });
        }
      } else if (kind === 'delete') {
        res = await send(agent, port, 'DELETE', `/todos/${id}`);
        if (res.status === 204) model.delete(id);
      } else if (kind === 'patch') {
        const done = random() < 0.5;
        res = await send(agent, port, 'PATCH', `/todos/${id}`, { done });
        if (res.status === 200) model.get(id).done = done;
      } else {
        const title = `renamed ${n}`;
        const done = random() < 0.5;
        res = await send(agent, port, 'PUT', `/todos/${id}`, { title, done });
        if (res.status === 200) Object.assign(model.get(id), { title, done });
      }
      if (res.status >= 200 && res.status < 300) counts.ok++;
      else counts.non2xx++;
    } catch (e) {
      counts.errors++;
      if (counts.errors <= 5) console.log(`error: ${e.message}`);
    } finally {
      if (id !== null) busy.delete(id);
    }
    if (Date.now() - lastReport > 30_000) {
      lastReport = Date.now();
      const s = (Date.now() - started) / 1000;
      console.log(`${counts.sent} requests in ${s.toFixed(0)} s (${(counts.sent / s).toFixed(0)}/s), RSS ${(samples[samples.length - 1][1] / 1024).toFixed(1)} MB`);
    }
  }

  async function worker() {
    while (counts.sent < o.requests) await one();
  }
  await Promise.all(Array.from({ length: o.connections * 2 }, worker));
  const seconds = (Date.now() - started) / 1000;
  clearInterval(sampler);
  sampleNow();

  // The final state, read back, against the model.
  const res = await send(agent, port, 'GET', '/todos');
  const server = JSON.parse(res.body);
  const want = [...model.values()].sort((a, b) => a.id - b.id);
  const got = server.slice().sort((a, b) => a.id - b.id);
  const same = JSON.stringify(got) === JSON.stringify(want);
  agent.destroy();
  proc.kill('SIGTERM');

  const firstHalf = samples.slice(1, Math.max(2, Math.ceil(samples.length / 2))).map((s) => s[1]).sort((a, b) => a - b);
  const baseline = firstHalf[Math.floor(firstHalf.length / 2)] ?? samples[0][1];
  const last = samples[samples.length - 1][1];
  const secondHalf = samples.slice(Math.ceil(samples.length / 2)).map((s) => s[1]);
  const floor = Math.min(...secondHalf);
  const flat = floor <= baseline * 1.25;
  const mb = (kb) => (kb / 1024).toFixed(1);
  console.log(`${o.engine}: ${counts.sent} requests over ${o.connections} keep-alive connections in ${seconds.toFixed(0)} s (${(counts.sent / seconds).toFixed(0)} req/s)`);
  console.log(`mix: ${JSON.stringify(counts.byKind)}`);
  console.log(`2xx ${counts.ok}, non-2xx ${counts.non2xx}, client errors ${counts.errors}`);
  console.log(`RSS samples (s: MB): ${samples.map((s) => `${s[0]}: ${mb(s[1])}`).join(', ')}`);
  console.log(`RSS first ${mb(samples[0][1])} MB, first-half median ${mb(baseline)} MB, second-half minimum ${mb(floor)} MB, last ${mb(last)} MB, max ${mb(Math.max(...samples.map((s) => s[1])))} MB: ${flat ? 'flat' : 'GROWING'}`);
  console.log(`final state: ${got.length} todos on the server, ${want.length} expected: ${same ? 'equal' : 'DIFFERENT'}`);
  const ok = flat && same && counts.non2xx === 0 && counts.errors === 0;
  console.log(ok ? 'OK' : 'FAIL');
  process.exit(ok ? 0 : 1);
}

await main();
