// An HTTP request fuzzer for Enid: random mutations of valid requests, each sent on its own
// connection, every answer checked to be a sequence of well-formed HTTP/1.1 responses (or nothing,
// when the server drops the connection). Bounded and seeded: the same seed sends the same bytes.
//
//   node scripts/enid_fuzz.mjs [--seed 1] [--count 2000] [--parallel 8] [--port P] [--engine compiled|cpython]
//
// Without --port it serves tests/enid/apps/hostile.py itself (compiled by memphisc from dist/, or
// on CPython). It fails (exit 1) on a malformed answer, a connection the server neither answers
// nor closes within --hang-ms, or a server that stops answering a normal request.

import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rng } from '../bench/harness.mjs';

export { rng };

const ROOT = fileURLToPath(new URL('..', import.meta.url));


const VALID = [
  'GET / HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET /name/abc?q=1 HTTP/1.1\r\nHost: x\r\nAccept: */*\r\n\r\n',
  'HEAD / HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET /rest/a/b/c HTTP/1.0\r\n\r\n',
  'POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello',
  'POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n3;x=y\r\nabc\r\n0\r\nT: 1\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: x\r\n\r\nGET /name/z HTTP/1.1\r\nHost: x\r\n\r\n',
  'OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET http://x/name/q HTTP/1.1\r\nHost: x\r\nCookie: a=b; c=d\r\n\r\n',
  'POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nExpect: 100-continue\r\n\r\nabcd',
];

const TOKENS = [
  '\r\n', '\n', '\r', '\0', ':', ' ', '\t', '%', '%00', '%2e%2e/', '/../', '\xff', '\u00e9', '?', '#',
  'Transfer-Encoding: chunked\r\n', 'Content-Length: 3\r\n', 'Content-Length: 99999999999\r\n',
  'Content-Length: -1\r\n', 'Transfer-Encoding: gzip, chunked\r\n', 'Host: y\r\n', 'Expect: nope\r\n',
  'HTTP/1.1', 'HTTP/2.0', 'ffffffffffffffffff\r\n', '0\r\n\r\n', ' HTTP/1.1\r\n', 'x'.repeat(300),
];

/** One mutant of a valid request: 1 to 4 random edits. */
export function mutate(random, input) {
  let b = Buffer.from(input, 'latin1');
  const edits = 1 + Math.floor(random() * 4);
  const at = () => Math.floor(random() * (b.length + 1));
  for (let e = 0; e < edits; e++) {
    const kind = Math.floor(random() * 7);
    if (kind === 0 && b.length > 0) {
      const i = Math.floor(random() * b.length);
      b[i] = Math.floor(random() * 256);
    } else if (kind === 1) {
      const i = at();
      b = Buffer.concat([b.subarray(0, i), Buffer.from([Math.floor(random() * 256)]), b.subarray(i)]);
    } else if (kind === 2 && b.length > 0) {
      const i = Math.floor(random() * b.length);
      const n = 1 + Math.floor(random() * 8);
      b = Buffer.concat([b.subarray(0, i), b.subarray(i + n)]);
    } else if (kind === 3 && b.length > 0) {
      const i = Math.floor(random() * b.length);
      const n = 1 + Math.floor(random() * 16);
      b = Buffer.concat([b.subarray(0, i + n), b.subarray(i, i + n), b.subarray(i + n)]);
    } else if (kind === 4) {
      const i = at();
      const t = Buffer.from(TOKENS[Math.floor(random() * TOKENS.length)], 'latin1');
      b = Buffer.concat([b.subarray(0, i), t, b.subarray(i)]);
    } else if (kind === 5) {
      b = b.subarray(0, at());
    } else {
      const i = Math.floor(random() * b.length);
      if (b.length > 0) b[i] = b[i] ^ (1 << Math.floor(random() * 8));
    }
  }
  return b;
}

/**
 * Throws unless `data` is zero or more complete, well-formed HTTP/1.1 responses. After a mutated
 * HEAD the first answer may or may not have a body (a request the server could not parse is not a
 * HEAD to it), so either reading is accepted.
 */
export function checkResponses(data, headFirst) {
  if (!headFirst) return checkSequence(data, false);
  try {
    return checkSequence(data, true);
  } catch {
    return checkSequence(data, false);
  }
}

function checkSequence(data, headFirst) {
  let pos = 0;
  let index = 0;
  while (pos < data.length) {
    const end = data.indexOf('\r\n\r\n', pos);
    if (end < 0) throw new Error('incomplete response head');
    const lines = data.subarray(pos, end).toString('latin1').split('\r\n');
    const m = /^HTTP\/1\.1 (\d{3}) [A-Za-z -]+$/.exec(lines[0]);
    if (!m) throw new Error(`bad status line ${JSON.stringify(lines[0])}`);
    let length = null;
    for (const line of lines.slice(1)) {
      const h = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+): ?([\x20-\x7e\x80-\xff\t]*)$/.exec(line);
      if (!h) throw new Error(`bad header line ${JSON.stringify(line)}`);
      if (h[1].toLowerCase() === 'content-length') length = Number(h[2]);
    }
    const status = Number(m[1]);
    const noBody = (index === 0 && headFirst) || status < 200 || status === 204 || status === 304;
    if (!noBody && length === null) throw new Error(`no Content-Length: ${lines[0]}`);
    const n = noBody ? 0 : length;
    if (data.length < end + 4 + n) throw new Error(`body cut short: ${lines[0]}`);
    pos = end + 4 + n;
    index++;
  }
  return index;
}

/** Send `bytes`, half-close, collect until the server closes; rejects after `hangMs`. */
function exchange(port, bytes, hangMs) {
  return new Promise((resolve, reject) => {
    const sock = net.connect(port, '127.0.0.1');
    const chunks = [];
    const timer = setTimeout(() => {
      sock.destroy();
      reject(new Error(`no answer and no close within ${hangMs} ms`));
    }, hangMs);
    sock.on('connect', () => sock.end(bytes));
    sock.on('data', (d) => chunks.push(d));
    const done = () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks));
    };
    sock.on('close', done);
    sock.on('error', () => {}); // a reset counts as a close
  });
}

/** Fuzz the server on `port`; resolves to counts, with the failures (seed and bytes) listed. */
export async function fuzz({ port, seed = 1, count = 1000, parallel = 8, hangMs = 10_000 }) {
  const random = rng(seed);
  const cases = [];
  for (let i = 0; i < count; i++) {
    const base = VALID[Math.floor(random() * VALID.length)];
    cases.push({ base, bytes: mutate(random, base) });
  }
  const stats = { sent: 0, answered: 0, responses: 0, dropped: 0, failures: [] };
  let next = 0;
  async function worker() {
    while (next < cases.length) {
      const c = cases[next++];
      stats.sent++;
      try {
        const data = await exchange(port, c.bytes, hangMs);
        const n = checkResponses(data, c.bytes.subarray(0, 5).toString('latin1') === 'HEAD ');
        if (n === 0) stats.dropped++;
        else stats.answered++;
        stats.responses += n;
      } catch (e) {
        stats.failures.push({ error: String(e.message ?? e), bytes: JSON.stringify(c.bytes.toString('latin1')) });
      }
    }
  }
  await Promise.all(Array.from({ length: parallel }, worker));
  return stats;
}

/** A normal request still succeeds: GET / answers 200. */
export async function stillServing(port) {
  const data = await exchange(port, Buffer.from('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'), 5000);
  return /^HTTP\/1\.1 200 /.test(data.toString('latin1'));
}

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

async function main() {
  let port = Number(option('port', '0'));
  let proc = null;
  if (port === 0) {
    const engine = option('engine', 'compiled');
    const app = path.join(ROOT, 'tests/enid/apps/hostile.py');
    let cmd = 'python3';
    let args = [app];
    if (engine === 'compiled') {
      const out = path.join(os.tmpdir(), `enid-fuzz-${process.pid}.mjs`);
      execFileSync('node', [path.join(ROOT, 'dist/compiler/cli.js'), app, '-o', out, '--no-sourcemap'], { env: { ...process.env, PYTHONPATH: ROOT } });
      cmd = 'node';
      args = [out];
    }
    const probe = net.createServer();
    await new Promise((r) => probe.listen(0, '127.0.0.1', r));
    port = probe.address().port;
    await new Promise((r) => probe.close(r));
    proc = spawn(cmd, args, { env: { ...process.env, PORT: String(port), PYTHONPATH: ROOT }, stdio: ['ignore', 'ignore', 'inherit'] });
    for (let i = 0; i < 300; i++) {
      await new Promise((r) => setTimeout(r, 100));
      if (await stillServing(port).catch(() => false)) break;
    }
    if (engine === 'compiled') fs.rmSync(args[0], { force: true });
  }
  const seed = Number(option('seed', '1'));
  const count = Number(option('count', '2000'));
  const started = Date.now();
  const stats = await fuzz({ port, seed, count, parallel: Number(option('parallel', '8')), hangMs: Number(option('hang-ms', '10000')) });
  const alive = await stillServing(port).catch(() => false);
  if (proc !== null) proc.kill('SIGTERM');
  console.log(`seed ${seed}: ${stats.sent} requests in ${((Date.now() - started) / 1000).toFixed(1)} s; `
    + `${stats.answered} answered (${stats.responses} responses), ${stats.dropped} dropped, `
    + `${stats.failures.length} failures; still serving: ${alive}`);
  for (const f of stats.failures.slice(0, 20)) console.log(`  ${f.error}: ${f.bytes}`);
  process.exit(stats.failures.length === 0 && alive ? 0 : 1);
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
